target_sources(tidemark_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/integration.h ${CMAKE_CURRENT_LIST_DIR}/integration.cpp
    ${CMAKE_CURRENT_LIST_DIR}/pipeline_result.h ${CMAKE_CURRENT_LIST_DIR}/pipeline_result.cpp
)
target_sources(tidemark_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/pipeline_steps.h ${CMAKE_CURRENT_LIST_DIR}/pipeline_steps.cpp
)
target_sources(tidemark_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/pipeline.h ${CMAKE_CURRENT_LIST_DIR}/pipeline.cpp
)
