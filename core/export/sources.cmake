# Exporting results: a diff result as JSON (the CLI contract) and as CSV tables.
target_sources(tidemark_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/result_export.h ${CMAKE_CURRENT_LIST_DIR}/result_export.cpp
)
