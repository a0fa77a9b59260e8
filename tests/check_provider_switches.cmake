# Nothing outside a provider's folder switches on a provider (design.md §5, issue 14): app/ and
# ui/, except app/providers/, name no provider by its wire name ("aliyun", "huawei", "aws" as
# a string literal) and compare no Provider with a module (`== &…::module()`). Comments are not
# code and are skipped. Run as a script:
#   cmake -DROOT=<source dir> -P tests/check_provider_switches.cmake
# Registered as the CTest test source/providerswitches (tests/CMakeLists.txt).
#
# `known` listed the files that still switched on a provider when this check was written; their
# per-provider parts moved into app/providers/<name>/ (issue 14) and it is empty now: any switch
# fails the check. A file listed but clean fails it too.
if(NOT ROOT)
    message(FATAL_ERROR "usage: cmake -DROOT=<source dir> -P check_provider_switches.cmake")
endif()
set(known)

set(literal "\"(aliyun|huawei|aws)\"")
set(comparison "(==|!=)[ \t]*&?[A-Za-z_:]*::module\\(\\)|::module\\(\\)[ \t]*(==|!=)")
set(sources)
foreach(dir app ui)
    file(GLOB_RECURSE found LIST_DIRECTORIES false "${ROOT}/${dir}/*.cpp" "${ROOT}/${dir}/*.h")
    list(APPEND sources ${found})
endforeach()
list(FILTER sources EXCLUDE REGEX "^${ROOT}/app/providers/")
if(NOT sources)
    message(FATAL_ERROR "no sources found under ${ROOT}/{app,ui}")
endif()

set(found_in)
set(breaks)
foreach(source IN LISTS sources)
    file(STRINGS "${source}" lines REGEX "aliyun|huawei|aws|::module\\(\\)")
    file(RELATIVE_PATH name "${ROOT}" "${source}")
    foreach(line IN LISTS lines)
        string(REGEX REPLACE "//.*$" "" code "${line}") # comments are not switches
        if(code MATCHES "${literal}" OR code MATCHES "${comparison}")
            list(APPEND found_in "${name}")
            list(FIND known "${name}" index)
            if(index LESS 0)
                string(STRIP "${line}" shown)
                list(APPEND breaks "  ${name}: ${shown}")
            endif()
        endif()
    endforeach()
endforeach()

set(cleaned)
foreach(name IN LISTS known)
    list(FIND found_in "${name}" index)
    if(index LESS 0)
        list(APPEND cleaned "  ${name}")
    endif()
endforeach()

if(breaks)
    list(JOIN breaks "\n" text)
    message(SEND_ERROR "a provider named or compared outside app/providers/ (ask the provider "
        "module or the registry instead):\n${text}")
endif()
if(cleaned)
    list(JOIN cleaned "\n" text)
    message(SEND_ERROR "these files no longer switch on a provider: remove them from `known` in "
        "tests/check_provider_switches.cmake:\n${text}")
endif()
if(breaks OR cleaned)
    message(FATAL_ERROR "provider switches outside app/providers/")
endif()
list(LENGTH sources checked)
message(STATUS "${checked} files of app/ and ui/ outside app/providers/: no new provider switch")
