// Compares core/torch_math.h with the libraries PyTorch calls, on every one of the 2^32 float inputs.
// A development check (it needs libsleef and takes some minutes), built by hand:
//
//   g++ -std=c++20 -O2 -ffp-contract=off -I. tests/tools/check_torch_math_exhaustive.cpp core/torch_math.cpp
//       -o /tmp/check_torch_math /usr/lib/x86_64-linux-gnu/libsleef.so.3 && /tmp/check_torch_math
//
// Sleef_expf1_u10purecfma and Sleef_logf1_u10purecfma are one lane of the AVX2 functions libtorch
// calls (Sleef_expf8_u10, Sleef_logf8_u10); expf is this machine's glibc. NaN matches any NaN.
#include <bit>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <vector>

#include "core/torch_math.h"

extern "C" float Sleef_expf1_u10purecfma(float);
extern "C" float Sleef_logf1_u10purecfma(float);

namespace {

bool same(float a, float b)
{
    return (std::isnan(a) && std::isnan(b)) || std::bit_cast<std::uint32_t>(a) == std::bit_cast<std::uint32_t>(b);
}

} // namespace

int main()
{
    constexpr std::size_t chunk = std::size_t {1} << 20;
    std::vector<float> in(chunk);
    std::vector<float> exps(chunk);
    std::vector<float> logs(chunk);
    std::uint64_t bad[5] = {};
    for (std::uint64_t base = 0; base < (std::uint64_t {1} << 32); base += chunk) {
        for (std::size_t i = 0; i < chunk; ++i)
            in[i] = std::bit_cast<float>(static_cast<std::uint32_t>(base + i));
        leakylab::sleefExp(in.data(), exps.data(), chunk);
        leakylab::sleefLog(in.data(), logs.data(), chunk);
        for (std::size_t i = 0; i < chunk; ++i) {
            const float x = in[i];
            const float sleefExp = Sleef_expf1_u10purecfma(x);
            const float sleefLog = Sleef_logf1_u10purecfma(x);
            bad[0] += same(leakylab::sleefExp(x), sleefExp) ? 0 : 1;
            bad[1] += same(exps[i], sleefExp) ? 0 : 1;
            bad[2] += same(leakylab::sleefLog(x), sleefLog) ? 0 : 1;
            bad[3] += same(logs[i], sleefLog) ? 0 : 1;
            bad[4] += same(leakylab::glibcExp(x), std::exp(x)) ? 0 : 1;
        }
    }
    std::printf("inputs that differ: exp %llu (arrays %llu), log %llu (arrays %llu), glibc expf %llu\n",
                static_cast<unsigned long long>(bad[0]), static_cast<unsigned long long>(bad[1]),
                static_cast<unsigned long long>(bad[2]), static_cast<unsigned long long>(bad[3]),
                static_cast<unsigned long long>(bad[4]));
    return bad[0] + bad[1] + bad[2] + bad[3] + bad[4] == 0 ? 0 : 1;
}
