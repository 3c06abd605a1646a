// leakylab_bench_core: the activation kernels against a plain copy (the memory-bandwidth floor).
#include <benchmark/benchmark.h>

#include <cstring>
#include <random>
#include <vector>

#include "core/activation.h"

namespace {

std::vector<float> normalBuffer(std::size_t n)
{
    std::vector<float> v(n);
    std::mt19937 rng(42);
    std::normal_distribution<float> dist;
    for (float& x : v)
        x = dist(rng);
    return v;
}

void finish(benchmark::State& state, std::size_t n, std::size_t buffersTouched)
{
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * n));
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * n * sizeof(float) * buffersTouched));
}

void BM_LeakyReluForward(benchmark::State& state)
{
    const auto n = static_cast<std::size_t>(state.range(0));
    const std::vector<float> x = normalBuffer(n);
    std::vector<float> y(n);
    for (auto _ : state) {
        leakylab::leakyReluForward(x.data(), y.data(), n, 0.01f);
        benchmark::DoNotOptimize(y.data());
        benchmark::ClobberMemory();
    }
    finish(state, n, 2);
}

void BM_LeakyReluBackward(benchmark::State& state)
{
    const auto n = static_cast<std::size_t>(state.range(0));
    const std::vector<float> x = normalBuffer(n);
    const std::vector<float> gradOut(n, 1.0f);
    std::vector<float> gradIn(n);
    for (auto _ : state) {
        leakylab::leakyReluBackward(gradOut.data(), x.data(), gradIn.data(), n, 0.01f);
        benchmark::DoNotOptimize(gradIn.data());
        benchmark::ClobberMemory();
    }
    finish(state, n, 3);
}

void BM_ReluForward(benchmark::State& state)
{
    const auto n = static_cast<std::size_t>(state.range(0));
    const std::vector<float> x = normalBuffer(n);
    std::vector<float> y(n);
    for (auto _ : state) {
        leakylab::reluForward(x.data(), y.data(), n);
        benchmark::DoNotOptimize(y.data());
        benchmark::ClobberMemory();
    }
    finish(state, n, 2);
}

void BM_Copy(benchmark::State& state)
{
    const auto n = static_cast<std::size_t>(state.range(0));
    const std::vector<float> x = normalBuffer(n);
    std::vector<float> y(n);
    for (auto _ : state) {
        std::memcpy(y.data(), x.data(), n * sizeof(float));
        benchmark::DoNotOptimize(y.data());
        benchmark::ClobberMemory();
    }
    finish(state, n, 2);
}

// 256 elements up to 16,777,216 (64 MiB, far beyond any cache).
#define LEAKYLAB_SIZES ->RangeMultiplier(16)->Range(1 << 8, 1 << 24)->UseRealTime()
BENCHMARK(BM_LeakyReluForward) LEAKYLAB_SIZES;
BENCHMARK(BM_LeakyReluBackward) LEAKYLAB_SIZES;
BENCHMARK(BM_ReluForward) LEAKYLAB_SIZES;
BENCHMARK(BM_Copy) LEAKYLAB_SIZES;

} // namespace

BENCHMARK_MAIN();
