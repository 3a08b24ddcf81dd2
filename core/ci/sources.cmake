target_sources(tidemark_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/gitignore_matcher.h ${CMAKE_CURRENT_LIST_DIR}/gitignore_matcher.cpp
)
target_sources(tidemark_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/integration_catalog.h ${CMAKE_CURRENT_LIST_DIR}/integration_catalog.cpp
)
