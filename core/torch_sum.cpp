// PyTorch 1.13's float32 sum on the CPU (cascade_sum in SumKernel.cpp), in its order of additions.
#include "core/torch_sum.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstddef>

namespace leakylab {
namespace {

template <std::size_t W>
using Lanes = std::array<float, W>;

// c10's CeilLog2: ceil(log2(x)), and 1 for x <= 2.
std::size_t ceilLog2(std::size_t x) { return x <= 2 ? 1 : static_cast<std::size_t>(std::bit_width(x - 1)); }

// multi_row_sum: W sums side by side over `size` rows, row(i) pointing at row i's W lanes. Rows go
// into level 0 in runs of 2^p (p >= 4, larger for long sums); after each run the levels carry upward
// like the digits of a counter, so that each addition joins sums of a similar size.
template <std::size_t W, class Row>
Lanes<W> cascade(std::size_t size, Row row)
{
    constexpr std::size_t levels = 4;
    const std::size_t power = std::max<std::size_t>(4, ceilLog2(size) / levels);
    const std::size_t run = std::size_t {1} << power;
    const std::size_t mask = run - 1;
    std::array<Lanes<W>, levels> acc {};
    const auto add = [&](std::size_t i) {
        const float* values = row(i);
        for (std::size_t k = 0; k < W; ++k)
            acc[0][k] += values[k];
    };
    std::size_t i = 0;
    while (i + run <= size) {
        for (std::size_t j = 0; j < run; ++j, ++i)
            add(i);
        for (std::size_t level = 1; level < levels; ++level) {
            for (std::size_t k = 0; k < W; ++k) {
                acc[level][k] += acc[level - 1][k];
                acc[level - 1][k] = 0.0F;
            }
            if ((i & (mask << (level * power))) != 0)
                break;
        }
    }
    for (; i < size; ++i)
        add(i);
    for (std::size_t level = 1; level < levels; ++level)
        for (std::size_t k = 0; k < W; ++k)
            acc[0][k] += acc[level][k];
    return acc[0];
}

// row_sum: each lane summed over `size` rows as 4 interleaved partial sums (row 4i + p into partial
// p, a cascade each), the rows left over added to partial 0, then partials 1, 2 and 3 added to it.
template <std::size_t W, class Row>
Lanes<W> interleaved(std::size_t size, Row row)
{
    // Lane p * W + k of the cascade is partial p of lane k.
    Lanes<4 * W> quad {};
    const Lanes<4 * W> partial = cascade<4 * W>(size / 4, [&](std::size_t i) {
        for (std::size_t p = 0; p < 4; ++p)
            std::copy_n(row(4 * i + p), W, quad.begin() + static_cast<std::ptrdiff_t>(p * W));
        return quad.data();
    });
    Lanes<W> sum;
    std::copy_n(partial.begin(), W, sum.begin());
    for (std::size_t i = size / 4 * 4; i < size; ++i)
        for (std::size_t k = 0; k < W; ++k)
            sum[k] += row(i)[k];
    for (std::size_t p = 1; p < 4; ++p)
        for (std::size_t k = 0; k < W; ++k)
            sum[k] += partial[p * W + k];
    return sum;
}

} // namespace

float torchSum(const float* x, std::size_t n)
{
    // The output starts at 0 and the kernel adds its result to it.
    if (n < 8) // too short for one vector: one scalar row_sum
        return 0.0F + interleaved<1>(n, [&](std::size_t i) { return x + i; })[0];
    // vectorized_inner_sum: row_sum over 8-float vectors, then the leftover floats in order, then
    // the vector's 8 lanes in order.
    const std::size_t vectors = n / 8;
    const Lanes<8> lanes = interleaved<8>(vectors, [&](std::size_t i) { return x + 8 * i; });
    float total = 0.0F;
    for (std::size_t i = vectors * 8; i < n; ++i)
        total += x[i];
    for (const float lane : lanes)
        total += lane;
    return 0.0F + total;
}

void torchColumnSums(const float* a, std::size_t rows, std::size_t cols, float* sums)
{
    if (cols == 1) { // a column vector is one contiguous run
        sums[0] = torchSum(a, rows);
        return;
    }
    const auto from = [&](std::size_t j0) { return [=](std::size_t i) { return a + i * cols + j0; }; };
    const auto store = [&](const auto& lanes, std::size_t j0) {
        for (std::size_t k = 0; k < lanes.size(); ++k)
            sums[j0 + k] = 0.0F + lanes[k];
    };
    std::size_t j = 0;
    if (cols >= 8) {
        // vectorized_outer_sum: 4 vectors (32 columns) at once by one cascade over the rows, then
        // single vectors by row_sum, then single columns by row_sum.
        for (; j + 32 <= cols; j += 32)
            store(cascade<32>(rows, from(j)), j);
        for (; j + 8 <= cols; j += 8)
            store(interleaved<8>(rows, from(j)), j);
    } else {
        // scalar_outer_sum: 4 columns at once by one cascade, the rest by row_sum.
        for (; j + 4 <= cols; j += 4)
            store(cascade<4>(rows, from(j)), j);
    }
    for (; j < cols; ++j)
        store(interleaved<1>(rows, from(j)), j);
}

} // namespace leakylab
