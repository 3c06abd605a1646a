// A small multilayer perceptron, inputs -> hidden layers -> 1 output, forward and backward in float32.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

#include "core/torch_random.h"

namespace leakylab {

enum class HiddenActivation { Relu, LeakyRelu };

// nn.Sequential(Linear(inputs, hidden), act, [Linear(hidden, hidden), act] * (hiddenLayers - 1),
// Linear(hidden, 1)). All parameters sit in one flat array, layer by layer, each layer's weight
// (outputs x inputs, as nn.Linear.weight) followed by its bias; gradients use the same layout.
class Mlp {
public:
    Mlp(std::size_t inputs, std::size_t hidden, std::size_t hiddenLayers, HiddenActivation activation,
        float negativeSlope);

    // nn.Linear.reset_parameters for each layer in order: weight, then bias, uniform in +-1/sqrt(fan_in).
    void initLikeTorch(TorchGenerator& gen);
    // Sets every hidden layer's bias to `value` (the output layer keeps its own).
    void fillHiddenBiases(float value);

    std::size_t inputs() const { return inputs_; }
    std::size_t hidden() const { return hidden_; }
    std::size_t hiddenLayers() const { return hiddenLayers_; }
    std::size_t layerCount() const { return hiddenLayers_ + 1; }
    std::size_t layerInputs(std::size_t layer) const { return layer == 0 ? inputs_ : hidden_; }
    std::size_t layerOutputs(std::size_t layer) const { return layer == hiddenLayers_ ? 1 : hidden_; }
    HiddenActivation activation() const { return activation_; }
    float negativeSlope() const { return slope_; }

    std::span<const float> weight(std::size_t layer) const;
    std::span<const float> bias(std::size_t layer) const;
    std::span<float> weight(std::size_t layer);
    std::span<float> bias(std::size_t layer);
    std::span<float> parameters() { return params_; }
    std::span<const float> parameters() const { return params_; }
    std::span<const float> gradients() const { return grads_; }

    // The outputs (logits) for `rows` samples of x (rows x inputs). Keeps every layer's
    // pre-activation and activation for backward() and for preActivation().
    std::span<const float> forward(const float* x, std::size_t rows);
    // Pre-activations of hidden layer `layer` from the last forward: rows x hidden.
    std::span<const float> preActivation(std::size_t layer) const;
    // Fills gradients() for the last forward, given x again and dLoss/dOutput for each row.
    void backward(const float* x, const float* gradOutput);

    // forward() without touching this network's buffers: for a display thread holding a copy.
    std::vector<float> predict(const std::vector<float>& x) const;

private:
    std::size_t weightOffset(std::size_t layer) const { return offsets_[layer]; }
    std::size_t biasOffset(std::size_t layer) const
    {
        return offsets_[layer] + layerInputs(layer) * layerOutputs(layer);
    }
    void ensureRows(std::size_t rows);

    std::size_t inputs_, hidden_, hiddenLayers_;
    HiddenActivation activation_;
    float slope_;
    std::vector<std::size_t> offsets_;
    std::vector<float> params_;
    std::vector<float> grads_;

    // Workspace of the last forward, sized for the largest batch seen (no allocation per step).
    std::size_t rows_ = 0;
    std::size_t capacity_ = 0;
    std::vector<std::vector<float>> weightT_; // each layer's weight transposed, inputs x outputs
    std::vector<std::vector<float>> pre_;     // per layer: rows x outputs, before the activation
    std::vector<std::vector<float>> post_;    // per hidden layer: rows x hidden, after it
    std::vector<float> grad_;                 // dLoss/dPre of the current layer
    std::vector<float> gradBelow_;            // dLoss/dPost of the layer below
};

} // namespace leakylab
