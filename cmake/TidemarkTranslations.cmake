# Translations with the Qt 6 linguist tools of Debian's qt6-l10n-tools (lupdate, lrelease; that
# package has no CMake integration). Each translations/tidemark_<lang>.ts is compiled to a .qm and
# built into the target's resources under :/i18n; `update_translations` rescans the sources.
find_program(TIDEMARK_LRELEASE NAMES lrelease lrelease-qt6 HINTS /usr/lib/qt6/bin REQUIRED)
find_program(TIDEMARK_LUPDATE NAMES lupdate lupdate-qt6 HINTS /usr/lib/qt6/bin)

function(tidemark_add_translations target)
    cmake_parse_arguments(ARG "" "" "TS_FILES;SOURCE_DIRS" ${ARGN})
    set(qm_files)
    foreach(ts IN LISTS ARG_TS_FILES)
        get_filename_component(name "${ts}" NAME_WE)
        set(qm "${CMAKE_CURRENT_BINARY_DIR}/i18n/${name}.qm")
        add_custom_command(OUTPUT "${qm}"
            COMMAND ${CMAKE_COMMAND} -E make_directory "${CMAKE_CURRENT_BINARY_DIR}/i18n"
            COMMAND ${TIDEMARK_LRELEASE} -silent "${ts}" -qm "${qm}"
            DEPENDS "${ts}"
            COMMENT "Compiling translation ${name}"
            VERBATIM)
        list(APPEND qm_files "${qm}")
    endforeach()
    qt_add_resources(${target} "${target}_translations"
        PREFIX "/i18n"
        BASE "${CMAKE_CURRENT_BINARY_DIR}/i18n"
        FILES ${qm_files})
    if(TIDEMARK_LUPDATE)
        add_custom_target(update_translations
            COMMAND ${TIDEMARK_LUPDATE} -no-obsolete -locations none ${ARG_SOURCE_DIRS} -ts ${ARG_TS_FILES}
            WORKING_DIRECTORY "${PROJECT_SOURCE_DIR}"
            COMMENT "Updating the translation sources from the code"
            VERBATIM)
    endif()
endfunction()
