# One INTERFACE target carries the compile policy for all of our own code.
add_library(vpw_policy INTERFACE)
target_compile_definitions(vpw_policy INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_CAST_FROM_BYTEARRAY
    QT_USE_QSTRINGBUILDER
    QT_NO_FOREACH
    QT_NO_KEYWORDS
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    VPW_VERSION="${PROJECT_VERSION}")
target_compile_options(vpw_policy INTERFACE -Wall -Wextra -Wpedantic -Werror)
target_include_directories(vpw_policy INTERFACE ${PROJECT_SOURCE_DIR})
# clang (the sanitizer and fuzz builds) flags every qCDebug(category) << ... under -Wpedantic:
# Qt's logging macros take an empty variadic part by design (valid C++20, a GNU extension
# before). Only that diagnostic is relaxed; gcc's build keeps the full policy.
if(CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    target_compile_options(vpw_policy INTERFACE -Wno-gnu-zero-variadic-macro-arguments)
endif()
