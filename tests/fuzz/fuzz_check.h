// What a fuzz target checks beyond "no crash": a broken promise aborts, so libFuzzer and the replay test fail.
#pragma once

#include <cstdio>
#include <cstdlib>

namespace leakylab::fuzz {

[[noreturn]] inline void checkFailed(const char* condition, const char* file, int line)
{
    std::fprintf(stderr, "%s:%d: fuzz check failed: %s\n", file, line, condition);
    std::abort();
}

} // namespace leakylab::fuzz

// Not assert(): it must hold in every build type, NDEBUG or not.
#define LEAKYLAB_FUZZ_CHECK(condition)                                                 \
    do {                                                                               \
        if (!(condition))                                                              \
            ::leakylab::fuzz::checkFailed(#condition, __FILE__, __LINE__);             \
    } while (false)
