# The Values tab's data: the differing rows of a same-connection diff, materialised in the
# warehouse and paged by ordinal; and their CSV export.
target_sources(tidemark_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/differing_rows.h ${CMAKE_CURRENT_LIST_DIR}/differing_rows.cpp
    ${CMAKE_CURRENT_LIST_DIR}/differing_rows_sql.h ${CMAKE_CURRENT_LIST_DIR}/differing_rows_sql.cpp
    ${CMAKE_CURRENT_LIST_DIR}/values_csv.h ${CMAKE_CURRENT_LIST_DIR}/values_csv.cpp
)
