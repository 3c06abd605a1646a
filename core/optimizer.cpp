// torch.optim.SGD (with momentum, dampening 0) and torch.optim.Adam (its defaults), update for update.
//
// PyTorch's tensor ops round each result to float32; `add_(x, alpha=a)` is one fused multiply-add
// (its vector kernel is vec::fmadd), so those lines are std::fma here and every other op is its own
// rounding. Python-side scalars (lr, bias corrections) are doubles rounded to float where they meet
// a tensor.
#include "core/optimizer.h"

#include <algorithm>
#include <cmath>

namespace leakylab {

std::optional<OptimizerKind> optimizerFromName(std::string_view name)
{
    if (name == "sgd")
        return OptimizerKind::Sgd;
    if (name == "adam")
        return OptimizerKind::Adam;
    return std::nullopt;
}

std::string_view optimizerName(OptimizerKind kind) { return kind == OptimizerKind::Adam ? "adam" : "sgd"; }

Optimizer::Optimizer(const OptimizerSettings& settings, std::size_t parameterCount)
    : settings_(settings)
    , first_(parameterCount)
    , second_(settings.kind == OptimizerKind::Adam ? parameterCount : 0)
{
}

void Optimizer::reset()
{
    std::fill(first_.begin(), first_.end(), 0.0F);
    std::fill(second_.begin(), second_.end(), 0.0F);
    steps_ = 0;
}

void Optimizer::step(std::span<float> params, std::span<const float> grads)
{
    ++steps_;
    if (settings_.kind == OptimizerKind::Adam)
        adamStep(params, grads);
    else
        sgdStep(params, grads);
}

// _single_tensor_sgd: buf = grad on the first step, then buf = buf * momentum + grad;
// param.add_(buf, alpha=-lr). Without momentum the gradient itself is the step.
void Optimizer::sgdStep(std::span<float> params, std::span<const float> grads)
{
    const auto negLr = static_cast<float>(-settings_.lr);
    if (settings_.momentum == 0.0) {
        for (std::size_t i = 0; i < params.size(); ++i)
            params[i] = std::fma(grads[i], negLr, params[i]);
        return;
    }
    const auto momentum = static_cast<float>(settings_.momentum);
    for (std::size_t i = 0; i < params.size(); ++i) {
        if (steps_ == 1) {
            first_[i] = grads[i];
        } else {
            const float decayed = first_[i] * momentum;
            first_[i] = decayed + grads[i];
        }
        params[i] = std::fma(first_[i], negLr, params[i]);
    }
}

// _single_tensor_adam with betas (0.9, 0.999), eps 1e-8, no weight decay, no amsgrad.
void Optimizer::adamStep(std::span<float> params, std::span<const float> grads)
{
    constexpr double beta1 = 0.9;
    constexpr double beta2 = 0.999;
    constexpr double eps = 1e-8;
    const auto step = static_cast<double>(steps_);
    const double biasCorrection1 = 1.0 - std::pow(beta1, step);
    const double biasCorrection2 = 1.0 - std::pow(beta2, step);
    const auto negStepSize = static_cast<float>(-(settings_.lr / biasCorrection1));
    const auto correction2Sqrt = static_cast<float>(std::sqrt(biasCorrection2));
    const auto b1 = static_cast<float>(beta1);
    const auto b2 = static_cast<float>(beta2);
    const auto oneMinusB1 = static_cast<float>(1.0 - beta1);
    const auto oneMinusB2 = static_cast<float>(1.0 - beta2);
    const auto epsF = static_cast<float>(eps);
    for (std::size_t i = 0; i < params.size(); ++i) {
        const float g = grads[i];
        first_[i] = std::fma(g, oneMinusB1, first_[i] * b1);                       // exp_avg.mul_(b1).add_(g, alpha=1-b1)
        second_[i] = std::fma(oneMinusB2 * g, g, second_[i] * b2);                 // exp_avg_sq.mul_(b2).addcmul_(g, g, value=1-b2)
        const float denom = std::sqrt(second_[i]) / correction2Sqrt + epsF;         // (exp_avg_sq.sqrt() / bc2_sqrt).add_(eps)
        params[i] = params[i] + negStepSize * first_[i] / denom;                    // param.addcdiv_(exp_avg, denom, value=-step_size)
    }
}

} // namespace leakylab
