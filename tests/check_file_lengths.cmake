# The house rule of COMMON.md / style.md: no production source file is over 500 lines (a file
# that grows past it is split along its jobs). Run as a script:
#   cmake -DROOT=<source dir> [-DLIMIT=500] -P tests/check_file_lengths.cmake
# Fails, naming every file over the limit, when a .cpp or .h under app/, ui/ or tools/ has more
# lines than LIMIT. Registered as the CTest test source/filelengths (tests/CMakeLists.txt).
if(NOT ROOT)
    message(FATAL_ERROR "usage: cmake -DROOT=<source dir> -P check_file_lengths.cmake")
endif()
if(NOT LIMIT)
    set(LIMIT 500)
endif()
set(sources)
foreach(dir app ui tools)
    file(GLOB_RECURSE found LIST_DIRECTORIES false "${ROOT}/${dir}/*.cpp" "${ROOT}/${dir}/*.h")
    list(APPEND sources ${found})
endforeach()
if(NOT sources)
    message(FATAL_ERROR "no sources found under ${ROOT}/{app,ui,tools}")
endif()
set(over)
foreach(source IN LISTS sources)
    file(READ "${source}" text)
    # Lines as wc -l counts them: newline characters.
    string(REGEX REPLACE "[^\n]" "" newlines "${text}")
    string(LENGTH "${newlines}" count)
    if(count GREATER LIMIT)
        file(RELATIVE_PATH name "${ROOT}" "${source}")
        list(APPEND over "  ${name}: ${count} lines")
    endif()
endforeach()
list(LENGTH sources checked)
if(over)
    list(JOIN over "\n" text)
    message(FATAL_ERROR "production source files over ${LIMIT} lines (split them along their "
        "jobs):\n${text}")
endif()
message(STATUS "${checked} production source files, none over ${LIMIT} lines")
