// PyTorch's CPU generator: torch.manual_seed(s) followed by torch.randn(...), bit for bit.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

namespace leakylab {

class TorchGenerator {
public:
    // The state torch.manual_seed(seed) leaves (PyTorch takes the seed modulo 2^64).
    explicit TorchGenerator(std::uint64_t seed);

    void manualSeed(std::uint64_t seed);
    std::uint64_t seed() const { return seed_; }

    // torch.randn(n) as a flat buffer: what PyTorch 1.13 on the CPU fills a contiguous float32 tensor
    // of n elements with (one path below 16 elements, another from 16 on).
    std::vector<float> randn(std::int64_t n);

    // The raw 32-bit mt19937 output, as PyTorch's CPUGeneratorImpl::random().
    std::uint32_t random();
    // Two 32-bit outputs combined, as CPUGeneratorImpl::random64().
    std::uint64_t random64();

private:
    void regenerateState();
    double nextDoubleNormal();

    std::uint64_t seed_ = 0;
    std::array<std::uint32_t, 624> state_ {};
    std::size_t index_ = 0; // next state word to temper
    std::optional<double> nextDoubleNormal_; // PyTorch caches the second Box-Muller value
};

} // namespace leakylab
