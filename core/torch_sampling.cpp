// torch.rand, Tensor.uniform_ and torch.randperm as PyTorch 1.13 draws them from its CPU generator.
#include "core/torch_sampling.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <utility>

namespace leakylab {

void uniformFill(TorchGenerator& gen, float* out, std::size_t n, double from, double to)
{
    // uniform_real_distribution<float>: the bounds are rounded to float first, and libtorch's AVX2
    // build fuses x * (to - from) + from into one multiply-add.
    const auto lo = static_cast<float>(from);
    const auto hi = static_cast<float>(to);
    const float range = hi - lo;
    for (std::size_t i = 0; i < n; ++i) {
        const float x = static_cast<float>(gen.random() & ((1U << 24) - 1U)) * 0x1.0p-24F;
        out[i] = std::fma(x, range, lo);
    }
}

std::vector<float> rand(TorchGenerator& gen, std::size_t n)
{
    std::vector<float> out(n);
    uniformFill(gen, out.data(), n, 0.0, 1.0);
    return out;
}

std::vector<std::int64_t> randperm(TorchGenerator& gen, std::int64_t n)
{
    std::vector<std::int64_t> perm(static_cast<std::size_t>(std::max<std::int64_t>(n, 0)));
    std::iota(perm.begin(), perm.end(), std::int64_t {0});
    for (std::int64_t i = 0; i + 1 < n; ++i) {
        const auto z = static_cast<std::int64_t>(gen.random() % static_cast<std::uint64_t>(n - i));
        std::swap(perm[static_cast<std::size_t>(i)], perm[static_cast<std::size_t>(z + i)]);
    }
    return perm;
}

} // namespace leakylab
