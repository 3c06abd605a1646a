// The two training losses with mean reduction, forward beside backward, as PyTorch 1.13 computes them.
//
// Each line below is one PyTorch kernel and so one float rounding; the order of the lines is the
// order of PyTorch's operations, and none of them may be merged.
#include "core/loss.h"

#include "core/torch_math.h"
#include "core/torch_sum.h"

namespace leakylab {
namespace {

// binary_cross_entropy_with_logits: max_val = (-z).clamp_min_(0), then
// (1 - t).mul_(z).add_(max_val).add_((-max_val).exp_().add_((-z - max_val).exp_()).log_()).
// This form never takes the exponential of a large positive number.
float bceWithLogits(float z, float t)
{
    const float negZ = -z;
    const float maxVal = negZ < 0.0F ? 0.0F : negZ; // clamp_min keeps -0.0 and NaN, as here
    float loss = (1.0F - t) * z;
    loss = loss + maxVal;
    const float shifted = negZ - maxVal;
    const float sum = sleefExp(-maxVal) + sleefExp(shifted);
    return loss + sleefLog(sum);
}

// Its backward: (z.sigmoid() - t) * grad / n. sigmoid is a cpu_kernel_vec: 1 / (exp(0 - z) + 1) on
// blocks of 16 with Sleef's exp, and 1 / (1 + std::exp(-z)) on the last n % 16 with glibc's.
float sigmoid(float z, bool vectorPart)
{
    if (vectorPart) {
        const float e = sleefExp(0.0F - z);
        return 1.0F / (e + 1.0F);
    }
    const float e = glibcExp(-z);
    return 1.0F / (1.0F + e);
}

} // namespace

float meanLoss(LossKind kind, const float* output, const float* target, std::size_t n, float* grad)
{
    const auto count = static_cast<float>(n);
    // The mean is a float sum in PyTorch's order, divided by the element count.
    if (kind == LossKind::BceWithLogits) {
        for (std::size_t i = 0; i < n; ++i)
            grad[i] = bceWithLogits(output[i], target[i]);
        const float mean = torchSum(grad, n) / count;
        const std::size_t vectorEnd = n - n % 16;
        for (std::size_t i = 0; i < n; ++i) {
            const float difference = sigmoid(output[i], i < vectorEnd) - target[i];
            grad[i] = difference / count;
        }
        return mean;
    }
    // nn.MSELoss: (z - t)^2; backward: mse_loss_backward's norm = 2 / n, rounded to float, times
    // (z - t), times the incoming gradient 1.
    for (std::size_t i = 0; i < n; ++i) {
        const float difference = output[i] - target[i];
        grad[i] = difference * difference;
    }
    const float mean = torchSum(grad, n) / count;
    const auto norm = static_cast<float>(2.0 / static_cast<double>(n));
    for (std::size_t i = 0; i < n; ++i) {
        const float difference = output[i] - target[i];
        grad[i] = norm * difference;
    }
    return mean;
}

} // namespace leakylab
