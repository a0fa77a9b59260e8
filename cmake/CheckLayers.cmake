# The layer rule of design.md §5 for ui/: nothing there includes app/cloud or app/wire (the
# session is the UI's only way to the API). Run as a script:
#   cmake -DDIR=<ui source dir> [-DSTAMP=<file to touch when clean>] -P CheckLayers.cmake
# ui/CMakeLists.txt runs it before vpw_ui is compiled (a violation fails the build), and the
# ui/layers test runs it as well.
file(GLOB_RECURSE sources LIST_DIRECTORIES false "${DIR}/*.cpp" "${DIR}/*.h")
set(breaks)
foreach(source IN LISTS sources)
    file(STRINGS "${source}" lines REGEX "#include \"app/(cloud|wire)/")
    foreach(line IN LISTS lines)
        file(RELATIVE_PATH name "${DIR}" "${source}")
        list(APPEND breaks "  ${name}: ${line}")
    endforeach()
endforeach()
if(breaks)
    list(JOIN breaks "\n" text)
    message(FATAL_ERROR "ui/ talks to app/session, never to app/cloud or app/wire "
        "(design.md §5):\n${text}")
endif()
if(STAMP)
    file(TOUCH "${STAMP}")
endif()
