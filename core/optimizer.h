// torch.optim.SGD (with momentum, dampening 0) and torch.optim.Adam (its defaults), update for update.
#pragma once

#include <cstddef>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

namespace leakylab {

enum class OptimizerKind { Sgd, Adam };

std::optional<OptimizerKind> optimizerFromName(std::string_view name); // "sgd" or "adam"
std::string_view optimizerName(OptimizerKind kind);

struct OptimizerSettings {
    OptimizerKind kind = OptimizerKind::Sgd;
    double lr = 0.1;
    double momentum = 0.0; // SGD only; Adam uses betas (0.9, 0.999) and eps 1e-8
};

// Updates one flat array of parameters in place. Each element's update depends only on its own
// gradient and state, so one array updated at once equals PyTorch's tensor-by-tensor loop.
class Optimizer {
public:
    Optimizer(const OptimizerSettings& settings, std::size_t parameterCount);

    void step(std::span<float> params, std::span<const float> grads);
    void reset();

private:
    void sgdStep(std::span<float> params, std::span<const float> grads);
    void adamStep(std::span<float> params, std::span<const float> grads);

    OptimizerSettings settings_;
    std::vector<float> first_;  // SGD's momentum buffer, Adam's exp_avg
    std::vector<float> second_; // Adam's exp_avg_sq
    long steps_ = 0;
};

} // namespace leakylab
