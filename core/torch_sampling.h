// torch.rand, Tensor.uniform_ and torch.randperm as PyTorch 1.13 draws them from its CPU generator.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "core/torch_random.h"

namespace leakylab {

// Tensor.uniform_(from, to) on a contiguous float32 tensor, one 32-bit draw per element in order.
void uniformFill(TorchGenerator& gen, float* out, std::size_t n, double from, double to);

// torch.rand(n): uniform_(0, 1).
std::vector<float> rand(TorchGenerator& gen, std::size_t n);

// torch.randperm(n): Fisher-Yates from the front, one 32-bit draw per swap (n below 2^32).
std::vector<std::int64_t> randperm(TorchGenerator& gen, std::int64_t n);

} // namespace leakylab
