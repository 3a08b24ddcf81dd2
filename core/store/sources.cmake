# The local results store: runs and diff results in SQLite (Qt Sql), shared by the app and the CLI.
target_sources(tidemark_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/results_store.h ${CMAKE_CURRENT_LIST_DIR}/results_store.cpp
    ${CMAKE_CURRENT_LIST_DIR}/store_schema.h ${CMAKE_CURRENT_LIST_DIR}/store_schema.cpp
    ${CMAKE_CURRENT_LIST_DIR}/store_sql.h ${CMAKE_CURRENT_LIST_DIR}/store_sql.cpp
    ${CMAKE_CURRENT_LIST_DIR}/process_identity.h ${CMAKE_CURRENT_LIST_DIR}/process_identity.cpp
)
