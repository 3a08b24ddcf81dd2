target_sources(tidemark_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/code_host.h ${CMAKE_CURRENT_LIST_DIR}/code_host.cpp
    ${CMAKE_CURRENT_LIST_DIR}/rest_session.h ${CMAKE_CURRENT_LIST_DIR}/rest_session.cpp
    ${CMAKE_CURRENT_LIST_DIR}/github_client.h ${CMAKE_CURRENT_LIST_DIR}/github_client.cpp
    ${CMAKE_CURRENT_LIST_DIR}/gitlab_client.h ${CMAKE_CURRENT_LIST_DIR}/gitlab_client.cpp
)
