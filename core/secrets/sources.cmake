# Secrets: the system keychain (QtKeychain) and, for CI, environment variables.
find_package(Qt6Keychain REQUIRED)
target_sources(tidemark_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/secret_store.h ${CMAKE_CURRENT_LIST_DIR}/secret_store.cpp
    ${CMAKE_CURRENT_LIST_DIR}/keychain_secret_store.h ${CMAKE_CURRENT_LIST_DIR}/keychain_secret_store.cpp
    ${CMAKE_CURRENT_LIST_DIR}/env_secret_store.h ${CMAKE_CURRENT_LIST_DIR}/env_secret_store.cpp
    ${CMAKE_CURRENT_LIST_DIR}/chained_secret_store.h ${CMAKE_CURRENT_LIST_DIR}/chained_secret_store.cpp
)
target_link_libraries(tidemark_core PRIVATE Qt6Keychain::Qt6Keychain)
