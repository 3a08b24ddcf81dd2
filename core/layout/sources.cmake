target_sources(tidemark_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/layered_layout.h ${CMAKE_CURRENT_LIST_DIR}/layered_layout.cpp
    ${CMAKE_CURRENT_LIST_DIR}/lineage_layout.h ${CMAKE_CURRENT_LIST_DIR}/lineage_layout.cpp
)
