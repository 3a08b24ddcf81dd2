# One INTERFACE target carries the project-wide compile rules: the language level, the warnings
# and the Qt compile definitions. Every Tidemark target links it.
add_library(tidemark_options INTERFACE)
add_library(Tidemark::options ALIAS tidemark_options)

target_compile_features(tidemark_options INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)

target_compile_options(tidemark_options INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Wcast-align
    -Woverloaded-virtual -Wimplicit-fallthrough)
if(TIDEMARK_WARNINGS_AS_ERRORS)
    target_compile_options(tidemark_options INTERFACE -Werror)
endif()

target_compile_definitions(tidemark_options INTERFACE
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_NO_KEYWORDS
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    TIDEMARK_VERSION="${PROJECT_VERSION}")
