# vpw_add_test(<layer> <name> LIBS <libs...> [KEYRING] [BENCHMARK] [SOURCES <extra...>])
#
# Builds tests/<layer>/tst_<name>.cpp into the executable tst_<layer>_<name>, registers it
# with CTest as <layer>/<name>, and runs it headless (offscreen platform, C.UTF-8).
# KEYRING runs it inside a private D-Bus session with an unlocked gnome-keyring
# (tests/keyring-launcher.sh). BENCHMARK registers it with the "benchmark" label, so that
# the regular test run (`ctest -LE benchmark`) leaves it out.
function(vpw_add_test layer name)
    cmake_parse_arguments(ARG "KEYRING;BENCHMARK" "TIMEOUT" "LIBS;SOURCES;ARGS" ${ARGN})
    set(target tst_${layer}_${name})
    add_executable(${target} ${PROJECT_SOURCE_DIR}/tests/${layer}/tst_${name}.cpp ${ARG_SOURCES})
    target_link_libraries(${target} PRIVATE vpw_policy Qt6::Test ${ARG_LIBS})
    set(command $<TARGET_FILE:${target}> ${ARG_ARGS})
    if(ARG_KEYRING)
        set(command ${PROJECT_SOURCE_DIR}/tests/keyring-launcher.sh ${command})
    endif()
    add_test(NAME ${layer}/${name} COMMAND ${command})
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 120)
        if(ARG_BENCHMARK)
            set(ARG_TIMEOUT 900) # a benchmark repeats its rows (-median N) on a shared machine
        endif()
    endif()
    if(VPW_SANITIZE)
        math(EXPR ARG_TIMEOUT "${ARG_TIMEOUT} * 3") # instrumented code runs slower
    endif()
    set_tests_properties(${layer}/${name} PROPERTIES
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LANG=C.UTF-8;LC_ALL=C.UTF-8;QT_FORCE_STDERR_LOGGING=1"
        TIMEOUT ${ARG_TIMEOUT})
    if(ARG_BENCHMARK)
        set_tests_properties(${layer}/${name} PROPERTIES LABELS benchmark)
    endif()
endfunction()
