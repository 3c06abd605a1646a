// The two training losses with mean reduction, forward beside backward, as PyTorch 1.13 computes them.
#pragma once

#include <cstddef>

namespace leakylab {

enum class LossKind { BceWithLogits, Mse };

// The mean loss of `n` outputs against their targets; writes dLoss/dOutput into `grad` when it is
// not null. The sum is kept in double, so the mean can differ from PyTorch's float sum in the last bit.
float meanLoss(LossKind kind, const float* output, const float* target, std::size_t n, float* grad);

} // namespace leakylab
