# bench_values: the Values tab (ValuesWidget, offscreen) over 100,000 and 1,000,000 differing rows
# in generated SQLite tables: time to first paint against the 1 s target and against a plain
# SELECT ... LIMIT 256 of the join, and peak memory at both sizes (see bench_values.cpp).
if(TARGET tidemark_ui_values)
    add_executable(bench_values
        bench_values.cpp
        peak_memory.h peak_memory.cpp
    )
    target_link_libraries(bench_values PRIVATE Tidemark::options Tidemark::core tidemark_ui_values Qt6::Widgets)
    list(APPEND tidemark_benchmark_commands COMMAND bench_values)
    list(APPEND tidemark_benchmark_targets bench_values)
endif()
