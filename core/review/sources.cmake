# The review layer both front ends call: the services an integration talks to, the pull-request
# pipeline run as one job with its secrets, and what a pull request's page shows.
target_sources(tidemark_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/services.h ${CMAKE_CURRENT_LIST_DIR}/services.cpp
    ${CMAKE_CURRENT_LIST_DIR}/pipeline_job.h ${CMAKE_CURRENT_LIST_DIR}/pipeline_job.cpp
    ${CMAKE_CURRENT_LIST_DIR}/pull_request_state.h ${CMAKE_CURRENT_LIST_DIR}/pull_request_state.cpp
    ${CMAKE_CURRENT_LIST_DIR}/pull_request_lineage.h ${CMAKE_CURRENT_LIST_DIR}/pull_request_lineage.cpp
)
