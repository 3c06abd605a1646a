# LEAKYLAB_SANITIZE and LEAKYLAB_FUZZ: instrument every target of the project (never the system libraries).
set(LEAKYLAB_SANITIZE "" CACHE STRING
    "Sanitizers for every project target, as -fsanitize= takes them (e.g. address,undefined); empty for none")
option(LEAKYLAB_FUZZ "Build the libFuzzer targets in tests/fuzz (needs clang++)" OFF)

if(LEAKYLAB_SANITIZE)
    # Directory-wide, so tests, tools and later targets are instrumented without each asking for it.
    # No recovery: a test that hits undefined behaviour must fail, not print and carry on.
    add_compile_options(-fsanitize=${LEAKYLAB_SANITIZE} -fno-omit-frame-pointer -fno-sanitize-recover=all)
    add_link_options(-fsanitize=${LEAKYLAB_SANITIZE})
endif()

if(LEAKYLAB_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "LEAKYLAB_FUZZ needs clang++ (libFuzzer): configure with the fuzz preset")
    endif()
    # Coverage feedback from the libraries too; only the fuzz executables link libFuzzer's main().
    add_compile_options(-fsanitize=fuzzer-no-link)
endif()
