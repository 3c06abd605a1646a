// The two training losses with mean reduction, forward beside backward, as PyTorch 1.13 computes them.
#pragma once

#include <cstddef>

namespace leakylab {

enum class LossKind { BceWithLogits, Mse };

// The mean loss of `n` outputs against their targets, and dLoss/dOutput in `grad` (n floats, which
// also hold the per-sample losses on the way), bit for bit as PyTorch 1.13's CPU kernels give them.
float meanLoss(LossKind kind, const float* output, const float* target, std::size_t n, float* grad);

} // namespace leakylab
