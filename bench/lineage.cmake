# bench_lineage: the lineage layout (core) on generated dbt-like DAGs of 1,000 and 10,000 nodes and,
# when the widgets are built, the lineage screen's time to first paint (offscreen), each against a
# fixed budget (see bench_lineage.cpp).
add_executable(bench_lineage bench_lineage.cpp)
target_link_libraries(bench_lineage PRIVATE Tidemark::options Tidemark::core Qt6::Core)
if(TARGET tidemark_ui_lineage)
    target_link_libraries(bench_lineage PRIVATE tidemark_ui_lineage Qt6::Widgets)
    target_compile_definitions(bench_lineage PRIVATE TIDEMARK_BENCH_LINEAGE_VIEW=1)
endif()
list(APPEND tidemark_benchmark_commands COMMAND bench_lineage)
list(APPEND tidemark_benchmark_targets bench_lineage)
