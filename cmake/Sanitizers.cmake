# Instrumented builds, each in its own build directory (scripts/sanitize.sh, scripts/fuzz.sh).
#   VPW_SANITIZE  AddressSanitizer + UndefinedBehaviorSanitizer on everything we compile; the
#                 first finding aborts the process (-fno-sanitize-recover), so CTest fails.
#   VPW_SANITIZERS  which of them (-fsanitize= list), "address,undefined" unless told: the
#                 throughput fuzz build (scripts/fuzz.sh with FUZZ_SANITIZE=0) sets
#                 "undefined", since ASan's shadow memory and allocator cost most of the time.
#   VPW_FUZZ      libFuzzer coverage on everything we compile, and the targets of tests/fuzz.
#                 Needs clang (CC=clang CXX=clang++) and Debian's libclang-rt-14-dev.
# Both are global (add_compile_options) because the libraries the tests and fuzzers link
# must be instrumented as well, not only the executables.
option(VPW_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
set(VPW_SANITIZERS "address,undefined" CACHE STRING
    "The -fsanitize= list of VPW_SANITIZE builds (address,undefined or undefined)")
option(VPW_FUZZ "Build the libFuzzer targets of tests/fuzz (clang only)" OFF)

if(VPW_SANITIZE)
    set(vpw_sanitizers -fsanitize=${VPW_SANITIZERS} -fno-sanitize-recover=all)
    add_compile_options(${vpw_sanitizers} -fno-omit-frame-pointer)
    add_link_options(${vpw_sanitizers})
endif()

if(VPW_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "VPW_FUZZ=ON needs clang: configure with CC=clang CXX=clang++")
    endif()
    add_compile_options(-fsanitize=fuzzer-no-link)
endif()
