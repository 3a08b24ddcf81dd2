# dbt profiles.yml: profiles, targets, and a target turned into a warehouse connection.
find_package(yaml-cpp REQUIRED) # Debian 12 (0.7): the imported target is plain `yaml-cpp`
target_sources(tidemark_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/dbt_profiles.h ${CMAKE_CURRENT_LIST_DIR}/dbt_profiles.cpp
)
target_link_libraries(tidemark_core PRIVATE yaml-cpp)
