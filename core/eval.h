// `leakylab eval`: an activation applied to a parsed tensor, printed exactly as PyTorch prints it.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/result.h"
#include "core/tensor.h"

namespace leakylab {

enum class Activation { LeakyRelu, Relu };

struct EvalOptions {
    Activation activation = Activation::LeakyRelu;
    double negativeSlope = 0.01; // nn.LeakyReLU()'s default
    bool inplace = false;
    bool grad = false;
    std::optional<std::uint64_t> seed; // torch.manual_seed(seed) first; otherwise a random seed
};

struct EvalResult {
    std::uint64_t seed = 0;      // the seed the generator started from
    std::optional<Tensor> input; // the tensor as parsed (before any in-place change)
    std::optional<Tensor> output; // y, or x itself after an in-place call
    std::optional<Tensor> grad;  // x.grad after y.sum().backward(), when asked for
    std::string printed;         // what the program printed: print(y), then print(x.grad), each + '\n'
    std::optional<Error> error;  // where it stopped: a parse error, or PyTorch's own error message

    bool ok() const { return !error; }
};

// Applies the activation like F.leaky_relu / F.relu on the CPU in float32. When PyTorch would raise,
// the error message is PyTorch's own.
Result<Tensor> applyActivation(const Tensor& x, Activation activation, double negativeSlope);
// x.grad after y.sum().backward(), for a float32 x.
Tensor activationGrad(const Tensor& x, Activation activation, double negativeSlope);

// Runs the program step by step as PyTorch would: when PyTorch raises part-way (the in-place backward
// with a negative slope), `printed` holds what was printed before the error.
EvalResult evaluate(std::string_view expression, const EvalOptions& options);

std::string_view activationName(Activation activation); // "leaky_relu" or "relu"
std::optional<Activation> activationFromName(std::string_view name);

} // namespace leakylab
