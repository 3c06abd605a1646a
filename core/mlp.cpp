// A small multilayer perceptron, inputs -> hidden layers -> 1 output, forward and backward in float32.
#include "core/mlp.h"

#include <algorithm>
#include <cmath>

#include "core/activation.h"
#include "core/dense.h"
#include "core/torch_sampling.h"
#include "core/torch_sum.h"

namespace leakylab {

Mlp::Mlp(std::size_t inputs, std::size_t hidden, std::size_t hiddenLayers, HiddenActivation activation,
         float negativeSlope)
    : inputs_(inputs)
    , hidden_(hidden)
    , hiddenLayers_(hiddenLayers)
    , activation_(activation)
    , slope_(negativeSlope)
{
    std::size_t size = 0;
    for (std::size_t l = 0; l < layerCount(); ++l) {
        offsets_.push_back(size);
        size += (layerInputs(l) + 1) * layerOutputs(l);
    }
    params_.assign(size, 0.0F);
    grads_.assign(size, 0.0F);
    weightT_.resize(layerCount());
    for (std::size_t l = 0; l < layerCount(); ++l)
        weightT_[l].resize(layerInputs(l) * layerOutputs(l));
    pre_.resize(layerCount());
    post_.resize(hiddenLayers_);
}

void Mlp::initLikeTorch(TorchGenerator& gen)
{
    for (std::size_t l = 0; l < layerCount(); ++l) {
        // kaiming_uniform_(weight, a=sqrt(5)): gain sqrt(2 / (1 + a^2)), bound sqrt(3) * gain / sqrt(fan_in),
        // computed in double as Python does; that is 1/sqrt(fan_in) up to rounding.
        const auto fanIn = static_cast<double>(layerInputs(l));
        const double a = std::sqrt(5.0);
        const double gain = std::sqrt(2.0 / (1.0 + a * a));
        const double weightBound = std::sqrt(3.0) * (gain / std::sqrt(fanIn));
        const double biasBound = 1.0 / std::sqrt(fanIn);
        uniformFill(gen, weight(l).data(), weight(l).size(), -weightBound, weightBound);
        uniformFill(gen, bias(l).data(), bias(l).size(), -biasBound, biasBound);
    }
}

void Mlp::fillHiddenBiases(float value)
{
    for (std::size_t l = 0; l < hiddenLayers_; ++l)
        std::ranges::fill(bias(l), value);
}

std::span<const float> Mlp::weight(std::size_t layer) const
{
    return {params_.data() + weightOffset(layer), layerInputs(layer) * layerOutputs(layer)};
}
std::span<const float> Mlp::bias(std::size_t layer) const
{
    return {params_.data() + biasOffset(layer), layerOutputs(layer)};
}
std::span<float> Mlp::weight(std::size_t layer)
{
    return {params_.data() + weightOffset(layer), layerInputs(layer) * layerOutputs(layer)};
}
std::span<float> Mlp::bias(std::size_t layer) { return {params_.data() + biasOffset(layer), layerOutputs(layer)}; }

void Mlp::ensureRows(std::size_t rows)
{
    rows_ = rows;
    if (rows <= capacity_)
        return;
    capacity_ = rows;
    for (std::size_t l = 0; l < layerCount(); ++l)
        pre_[l].resize(rows * layerOutputs(l));
    for (auto& p : post_)
        p.resize(rows * hidden_);
    grad_.resize(rows * std::max<std::size_t>(hidden_, 1));
    gradBelow_.resize(rows * std::max(hidden_, inputs_));
}

std::span<const float> Mlp::forward(const float* x, std::size_t rows)
{
    ensureRows(rows);
    const float* h = x;
    for (std::size_t l = 0; l < layerCount(); ++l) {
        const std::size_t in = layerInputs(l);
        const std::size_t out = layerOutputs(l);
        const float* w = params_.data() + weightOffset(l);
        for (std::size_t o = 0; o < out; ++o)
            for (std::size_t i = 0; i < in; ++i)
                weightT_[l][i * out + o] = w[o * in + i];
        // z = h W^T + b, as nn.Linear.
        dense::multiply(h, in, 1, weightT_[l].data(), params_.data() + biasOffset(l), pre_[l].data(), rows, in, out);
        if (l == hiddenLayers_)
            break;
        const std::size_t n = rows * out;
        if (activation_ == HiddenActivation::Relu)
            reluForward(pre_[l].data(), post_[l].data(), n);
        else
            leakyReluForward(pre_[l].data(), post_[l].data(), n, slope_);
        h = post_[l].data();
    }
    return {pre_[hiddenLayers_].data(), rows};
}

std::span<const float> Mlp::preActivation(std::size_t layer) const { return {pre_[layer].data(), rows_ * hidden_}; }

void Mlp::backward(const float* x, const float* gradOutput)
{
    const std::size_t rows = rows_;
    std::copy(gradOutput, gradOutput + rows, grad_.begin());
    for (std::size_t l = layerCount(); l-- > 0;) {
        const std::size_t in = layerInputs(l);
        const std::size_t out = layerOutputs(l);
        const float* h = l == 0 ? x : post_[l - 1].data();
        // dW = dZ^T h and db = the column sums of dZ, summed over the batch in PyTorch's order.
        dense::multiply(grad_.data(), 1, out, h, nullptr, grads_.data() + weightOffset(l), out, rows, in);
        torchColumnSums(grad_.data(), rows, out, grads_.data() + biasOffset(l));
        if (l == 0)
            break;
        // dH = dZ W, then back through the activation of the layer below.
        dense::multiply(grad_.data(), out, 1, params_.data() + weightOffset(l), nullptr, gradBelow_.data(), rows,
                        out, in);
        // The kink at 0: PyTorch's derivative there is taken from the negative side. ReLU's backward,
        // threshold_backward(grad, result, 0), zeroes the gradient wherever relu(z) <= 0, so z = 0
        // passes nothing: this line is what keeps a dead unit dead. LeakyReLU's backward tests z > 0,
        // so at z = 0 and below the gradient is multiplied by the slope and still flows.
        const std::size_t n = rows * in;
        if (activation_ == HiddenActivation::Relu)
            reluBackward(gradBelow_.data(), post_[l - 1].data(), grad_.data(), n);
        else
            leakyReluBackward(gradBelow_.data(), pre_[l - 1].data(), grad_.data(), n, slope_);
    }
}

std::vector<float> Mlp::predict(const std::vector<float>& x) const
{
    Mlp copy = *this;
    const auto out = copy.forward(x.data(), x.size() / inputs_);
    return {out.begin(), out.end()};
}

} // namespace leakylab
