# Project-wide options and the INTERFACE target that every first-party target links.
# Keeping flags on a target (not in directory scope) means third-party code is untouched.

option(CRM_WARNINGS_AS_ERRORS "Treat compiler warnings as errors (on in CI)" OFF)
option(CRM_BUILD_BENCHMARKS "Build the benchmarks under bench/" OFF)
option(CRM_ENABLE_SANITIZERS "Build with AddressSanitizer and UBSan" OFF)

set(CMAKE_CXX_EXTENSIONS OFF)
set(CMAKE_EXPORT_COMPILE_COMMANDS ON)

add_library(crm_project_options INTERFACE)
add_library(Crm::ProjectOptions ALIAS crm_project_options)

target_compile_features(crm_project_options INTERFACE cxx_std_20)

target_compile_definitions(crm_project_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_NO_KEYWORDS
    QT_USE_QSTRINGBUILDER
    QT_STRICT_ITERATORS
    QT_DISABLE_DEPRECATED_UP_TO=0x060400)

if(MSVC)
    target_compile_options(crm_project_options INTERFACE /W4 /permissive- /utf-8 /Zc:__cplusplus)
    if(CRM_WARNINGS_AS_ERRORS)
        target_compile_options(crm_project_options INTERFACE /WX)
    endif()
else()
    target_compile_options(crm_project_options INTERFACE
        -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-align
        -Woverloaded-virtual -Wnull-dereference -Wimplicit-fallthrough)
    if(CRM_WARNINGS_AS_ERRORS)
        target_compile_options(crm_project_options INTERFACE -Werror)
    endif()
    if(CRM_ENABLE_SANITIZERS)
        target_compile_options(crm_project_options INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer)
        target_link_options(crm_project_options INTERFACE -fsanitize=address,undefined)
    endif()
endif()
