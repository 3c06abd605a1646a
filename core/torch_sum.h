// PyTorch 1.13's float32 sum on the CPU (cascade_sum in SumKernel.cpp), in its order of additions.
//
// Float addition is not associative, so the order is the result: PyTorch sums in chunks of at least
// 16 and then sums the chunk sums (a cascade), keeps 4 or 32 independent sums side by side for its
// vector registers, and combines them in a fixed order. This is that order for one thread, which is
// what PyTorch uses below 32768 elements, or on any size when it runs on one thread.
#pragma once

#include <cstddef>

namespace leakylab {

// x.sum() for n contiguous floats: the sum behind a loss's mean.
float torchSum(const float* x, std::size_t n);

// a.sum(0) for a contiguous rows x cols matrix: the bias gradient of nn.Linear.
void torchColumnSums(const float* a, std::size_t rows, std::size_t cols, float* sums);

} // namespace leakylab
