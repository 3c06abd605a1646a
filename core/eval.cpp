// `leakylab eval`: parse, apply, differentiate and print, failing where and as PyTorch fails.
#include "core/eval.h"

#include <algorithm>
#include <random>

#include "core/activation.h"
#include "core/tensor_parser.h"
#include "core/tensor_print.h"
#include "core/torch_random.h"

namespace leakylab {
namespace {

// PyTorch's messages, verbatim (tests/data/tutorial.json).
constexpr const char* kLeakyReluOnLong = "\"leaky_relu_cpu\" not implemented for 'Long'";
constexpr const char* kIntRequiresGrad = "only Tensors of floating point dtype can require gradients";
constexpr const char* kInplaceNegativeSlope =
    "In-place leakyReLu backward calculation is triggered with a negative slope which is not supported. "
    "This is caused by calling in-place forward function with a negative slope, please call out-of-place "
    "version instead. File an issue at https://github.com/pytorch/pytorch if you do require supporting "
    "in-place leakRelu backward calculation with negative slope";

std::uint64_t randomSeed()
{
    std::random_device device;
    return (std::uint64_t{device()} << 32) | device();
}

} // namespace

std::string_view activationName(Activation activation)
{
    return activation == Activation::Relu ? "relu" : "leaky_relu";
}

std::optional<Activation> activationFromName(std::string_view name)
{
    if (name == "leaky_relu")
        return Activation::LeakyRelu;
    if (name == "relu")
        return Activation::Relu;
    return std::nullopt;
}

Result<Tensor> applyActivation(const Tensor& x, Activation activation, double negativeSlope)
{
    Tensor y = x;
    if (x.dtype == DType::Int64) {
        if (activation == Activation::LeakyRelu)
            return Error{kLeakyReluOnLong, std::nullopt};
        for (std::int64_t& v : y.i64)
            v = std::max<std::int64_t>(v, 0); // clamp_min on integers
        return y;
    }
    if (activation == Activation::Relu)
        reluForward(x.f32.data(), y.f32.data(), x.f32.size());
    else
        leakyReluForward(x.f32.data(), y.f32.data(), x.f32.size(), slopeAsFloat(negativeSlope));
    return y;
}

Tensor activationGrad(const Tensor& x, Activation activation, double negativeSlope)
{
    Tensor g = Tensor::float32(x.shape, std::vector<float>(x.f32.size(), 1.0f)); // d(y.sum())/dy
    if (activation == Activation::Relu)
        reluBackward(g.f32.data(), x.f32.data(), g.f32.data(), g.f32.size());
    else
        leakyReluBackward(g.f32.data(), x.f32.data(), g.f32.data(), g.f32.size(), slopeAsFloat(negativeSlope));
    return g;
}

EvalResult evaluate(std::string_view expression, const EvalOptions& options)
{
    EvalResult result;
    result.seed = options.seed.value_or(randomSeed());
    TorchGenerator generator(result.seed);
    auto parsed = parseTensor(expression, generator);
    if (!parsed) {
        result.error = parsed.error();
        return result;
    }
    const Tensor& x = result.input.emplace(std::move(parsed).value());

    if (options.grad && x.dtype == DType::Int64) {
        result.error = Error{kIntRequiresGrad, std::nullopt}; // x.requires_grad_() refuses
        return result;
    }
    auto output = applyActivation(x, options.activation, options.negativeSlope);
    if (!output) {
        result.error = output.error();
        return result;
    }
    result.printed = formatTensor(result.output.emplace(std::move(output).value())) + "\n";

    if (options.grad) {
        // In-place with autograd runs on x.clone(); its backward derives from the result, which only
        // determines the input's sign when the slope is >= 0, so PyTorch refuses any other (NaN too).
        if (options.inplace && options.activation == Activation::LeakyRelu && !(options.negativeSlope >= 0.0)) {
            result.error = Error{kInplaceNegativeSlope, std::nullopt};
            return result;
        }
        result.printed += formatTensor(result.grad.emplace(activationGrad(x, options.activation, options.negativeSlope))) + "\n";
    }
    return result;
}

} // namespace leakylab
