// The two training losses with mean reduction, forward beside backward, as PyTorch 1.13 computes them.
#include "core/loss.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace leakylab {
namespace {

// nn.BCEWithLogitsLoss: binary_cross_entropy_with_logits writes the loss in this stable form, which
// never takes the exponential of a large positive number.
float bceWithLogits(float z, float t)
{
    const float maxVal = std::max(-z, 0.0F);
    return (1.0F - t) * z + maxVal + std::log(std::exp(-maxVal) + std::exp(-z - maxVal));
}
// Its backward: (sigmoid(z) - t) * grad, then divided by the element count for the mean.
float bceWithLogitsGrad(float z, float t, float count) { return (1.0F / (1.0F + std::exp(-z)) - t) / count; }

// nn.MSELoss: (z - t)^2.
float squaredError(float z, float t) { return (z - t) * (z - t); }
// Its backward: mse_loss_backward scales by norm = 2 / count, rounded to float first.
float squaredErrorGrad(float z, float t, float norm) { return norm * (z - t); }

} // namespace

float meanLoss(LossKind kind, const float* output, const float* target, std::size_t n, float* grad)
{
    double sum = 0.0;
    const auto count = static_cast<float>(n);
    const auto norm = static_cast<float>(2.0 / static_cast<double>(n));
    for (std::size_t i = 0; i < n; ++i) {
        const float z = output[i];
        const float t = target[i];
        if (kind == LossKind::BceWithLogits) {
            sum += static_cast<double>(bceWithLogits(z, t));
            if (grad)
                grad[i] = bceWithLogitsGrad(z, t, count);
        } else {
            sum += static_cast<double>(squaredError(z, t));
            if (grad)
                grad[i] = squaredErrorGrad(z, t, norm);
        }
    }
    // PyTorch sums in float32, which overflows to inf where this double sum would not.
    if (sum > static_cast<double>(std::numeric_limits<float>::max()))
        return std::numeric_limits<float>::infinity();
    return static_cast<float>(sum / static_cast<double>(n));
}

} // namespace leakylab
