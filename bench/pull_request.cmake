# bench_pull_request: the pull-request page on the Tuva pair of the shared fixtures (see
# bench_pull_request.cpp); needs the widgets.
if(TARGET tidemark_ui AND TARGET Qt6::Test)
    add_executable(bench_pull_request bench_pull_request.cpp peak_memory.h peak_memory.cpp)
    target_link_libraries(bench_pull_request PRIVATE Tidemark::options Tidemark::ui Qt6::Widgets Qt6::Test)
    target_compile_definitions(bench_pull_request PRIVATE TIDEMARK_FIXTURES_DIR="${TIDEMARK_FIXTURES_DIR}")
    list(APPEND tidemark_benchmark_commands COMMAND bench_pull_request)
    list(APPEND tidemark_benchmark_targets bench_pull_request)
endif()
