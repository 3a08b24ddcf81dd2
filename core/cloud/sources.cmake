# dbt Cloud: the Administrative API client (accounts, jobs, runs, artifacts, trigger, cancel).
target_sources(tidemark_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/dbt_cloud.h ${CMAKE_CURRENT_LIST_DIR}/dbt_cloud.cpp
    ${CMAKE_CURRENT_LIST_DIR}/dbt_cloud_client.h ${CMAKE_CURRENT_LIST_DIR}/dbt_cloud_client.cpp)
