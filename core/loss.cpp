// The two training losses with mean reduction, forward beside backward, as PyTorch 1.13 computes them.
//
// Each step below is one PyTorch kernel and so one float rounding; the order of the steps is the
// order of PyTorch's operations, and none of them may be merged. The elementwise work goes in chunks
// so that exp and log run on whole arrays (8 lanes at a time where the CPU can).
#include "core/loss.h"

#include <algorithm>
#include <array>

#include "core/torch_math.h"
#include "core/torch_sum.h"

namespace leakylab {
namespace {

constexpr std::size_t kChunk = 64;

// max_val = (-z).clamp_min_(0): clamp_min keeps -0.0 and NaN, as this comparison does.
float maxValue(float z)
{
    const float negZ = -z;
    return negZ < 0.0F ? 0.0F : negZ;
}

// binary_cross_entropy_with_logits, per sample: with max_val as above,
// (1 - t).mul_(z).add_(max_val).add_((-max_val).exp_().add_((-z - max_val).exp_()).log_()).
// This form never takes the exponential of a large positive number.
void bceWithLogits(const float* z, const float* t, std::size_t n, float* loss)
{
    std::array<float, kChunk> second {};
    for (std::size_t start = 0; start < n; start += kChunk) {
        const std::size_t len = std::min(kChunk, n - start);
        float* first = loss + start; // exp(-max_val), then the sum of the exponentials, then its log
        for (std::size_t i = 0; i < len; ++i) {
            const float maxVal = maxValue(z[start + i]);
            first[i] = -maxVal;
            second[i] = -z[start + i] - maxVal;
        }
        sleefExp(first, first, len);
        sleefExp(second.data(), second.data(), len);
        for (std::size_t i = 0; i < len; ++i)
            first[i] = first[i] + second[i];
        sleefLog(first, first, len);
        for (std::size_t i = 0; i < len; ++i) {
            float sum = (1.0F - t[start + i]) * z[start + i];
            sum = sum + maxValue(z[start + i]);
            first[i] = sum + first[i];
        }
    }
}

// Its backward: (z.sigmoid() - t) * grad / n, grad being 1. sigmoid is a cpu_kernel_vec: blocks of 16
// go through 1 / (exp(0 - z) + 1) with Sleef's exp, the last n % 16 through 1 / (1 + std::exp(-z))
// with glibc's.
void bceWithLogitsBackward(const float* z, const float* t, std::size_t n, float* grad)
{
    const auto count = static_cast<float>(n);
    const std::size_t vectorEnd = n - n % 16;
    for (std::size_t start = 0; start < vectorEnd; start += kChunk) {
        const std::size_t len = std::min(kChunk, vectorEnd - start);
        float* e = grad + start;
        for (std::size_t i = 0; i < len; ++i)
            e[i] = 0.0F - z[start + i];
        sleefExp(e, e, len);
        for (std::size_t i = 0; i < len; ++i) {
            const float sigmoid = 1.0F / (e[i] + 1.0F);
            const float difference = sigmoid - t[start + i];
            grad[start + i] = difference / count;
        }
    }
    for (std::size_t i = vectorEnd; i < n; ++i) {
        const float sigmoid = 1.0F / (1.0F + glibcExp(-z[i]));
        const float difference = sigmoid - t[i];
        grad[i] = difference / count;
    }
}

} // namespace

float meanLoss(LossKind kind, const float* output, const float* target, std::size_t n, float* grad)
{
    // The mean is a float sum in PyTorch's order, divided by the element count.
    const auto count = static_cast<float>(n);
    if (kind == LossKind::BceWithLogits) {
        bceWithLogits(output, target, n, grad);
        const float mean = torchSum(grad, n) / count;
        bceWithLogitsBackward(output, target, n, grad);
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
