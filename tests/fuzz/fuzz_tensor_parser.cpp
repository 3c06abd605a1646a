// Fuzzes the tensor expressions students type: parseTensor, then what is done with an accepted tensor
// (formatTensor, evaluate) and the program `leakylab code` writes for it, which must read back the same.
#include <algorithm>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <functional>
#include <iterator>
#include <string>
#include <string_view>

#include "core/code_gen.h"
#include "core/eval.h"
#include "core/tensor_parser.h"
#include "core/tensor_print.h"
#include "fuzz_check.h"

namespace {

using namespace leakylab;

constexpr std::uint64_t kSeed = 20221028;

// Small enough that a run stays fast; every limit check runs the same at any value.
ParserLimits fuzzLimits()
{
    ParserLimits limits;
    limits.maxElements = std::int64_t{1} << 16;
    return limits;
}

void checkError(const Error& error, std::size_t inputSize)
{
    LEAKYLAB_FUZZ_CHECK(!error.message.empty());
    LEAKYLAB_FUZZ_CHECK(error.message.find('\n') == std::string::npos); // one line, as Error promises
    LEAKYLAB_FUZZ_CHECK(!error.position || *error.position <= inputSize);
}

void checkTensor(const Tensor& t, const ParserLimits& limits)
{
    LEAKYLAB_FUZZ_CHECK(t.dim() <= kMaxDims);
    for (std::int64_t d : t.shape)
        LEAKYLAB_FUZZ_CHECK(d >= 0);
    const std::size_t stored = t.isFloat() ? t.f32.size() : t.i64.size();
    LEAKYLAB_FUZZ_CHECK((t.isFloat() ? t.i64.size() : t.f32.size()) == 0);
    LEAKYLAB_FUZZ_CHECK(static_cast<std::int64_t>(stored) <= limits.maxElements);
    LEAKYLAB_FUZZ_CHECK(t.numel() == static_cast<std::int64_t>(stored));
}

// Bit for bit, so NaNs compare equal and -0 differs from 0.
bool sameTensor(const Tensor& a, const Tensor& b)
{
    const auto bits = [](float v) { return std::bit_cast<std::uint32_t>(v); };
    return a.dtype == b.dtype && a.shape == b.shape && a.i64 == b.i64 &&
           std::ranges::equal(a.f32, b.f32, {}, bits, bits);
}

// Options picked from the input's bytes, so each input always runs the same way.
EvalOptions optionsFor(std::string_view text)
{
    static constexpr double kSlopes[] = {0.01, 0.0, -0.5, 1e30, 1e-45, -0.0, 3.0};
    std::size_t h = std::hash<std::string_view>{}(text);
    EvalOptions options;
    options.activation = h & 1 ? Activation::Relu : Activation::LeakyRelu;
    options.grad = h & 2;
    options.inplace = h & 4;
    options.negativeSlope = kSlopes[(h >> 3) % std::size(kSlopes)];
    options.seed = kSeed;
    return options;
}

void checkEvaluate(std::string_view text, const Tensor& parsed, const EvalOptions& options)
{
    const EvalResult result = evaluate(text, options);
    LEAKYLAB_FUZZ_CHECK(result.seed == kSeed);
    LEAKYLAB_FUZZ_CHECK(result.input && sameTensor(*result.input, parsed)); // the same seed draws the same values
    if (result.error) {
        checkError(*result.error, text.size());
        return;
    }
    LEAKYLAB_FUZZ_CHECK(result.output && result.output->shape == parsed.shape);
    LEAKYLAB_FUZZ_CHECK(!options.grad || (result.grad && result.grad->shape == parsed.shape));
    LEAKYLAB_FUZZ_CHECK(!result.printed.empty() && result.printed.back() == '\n');
}

// The line `x = ...` of the program: what Python evaluates for the tensor, up to the statement after it.
std::string_view tensorSource(std::string_view program)
{
    constexpr std::string_view kStart = "\nx = ";
    const std::size_t start = program.find(kStart);
    LEAKYLAB_FUZZ_CHECK(start != std::string_view::npos);
    const std::string_view rest = program.substr(start + kStart.size());
    std::size_t end = rest.size();
    for (std::string_view next : {"\nx.requires_grad_()\n", "\nm = ", "\ny = ", "\nF."})
        end = std::min(end, rest.find(next));
    LEAKYLAB_FUZZ_CHECK(end != std::string_view::npos);
    return rest.substr(0, end);
}

// What Python makes of the program's tensor line is what LeakyLab made of the expression.
void checkProgram(std::string_view text, const Tensor& parsed, const EvalOptions& options)
{
    for (CodeForm form : {CodeForm::Module, CodeForm::Functional, CodeForm::Inplace}) {
        const std::string program = pythonProgram(text, form, options);
        const std::string_view source = tensorSource(program);
        TorchGenerator generator(kSeed);
        const Result<Tensor> reread = parseTensor(source, generator, fuzzLimits());
        if (!reread)
            std::fprintf(stderr, "the program's tensor line %s was refused: %s\n", std::string(source).c_str(),
                         reread.error().message.c_str());
        LEAKYLAB_FUZZ_CHECK(reread.ok());
        LEAKYLAB_FUZZ_CHECK(sameTensor(reread.value(), parsed));
        // Python makes a tensor only of a call: bare data such as `torch.nan` would be a float. The parser
        // refuses calls inside a list, so a call is what a list around the line must not be.
        std::string listed;
        listed.reserve(source.size() + 3);
        listed.append("[").append(source).append("\n]");
        TorchGenerator unused(kSeed);
        LEAKYLAB_FUZZ_CHECK(!parseTensor(listed, unused, fuzzLimits()).ok());
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const ParserLimits limits = fuzzLimits();
    TorchGenerator generator(kSeed);
    const Result<Tensor> parsed = parseTensor(text, generator, limits);
    if (!parsed) {
        checkError(parsed.error(), size);
        return 0;
    }
    const Tensor& tensor = parsed.value();
    checkTensor(tensor, limits);
    const std::string printed = formatTensor(tensor);
    LEAKYLAB_FUZZ_CHECK(printed.starts_with("tensor(") && printed.ends_with(")"));

    const EvalOptions options = optionsFor(text);
    checkEvaluate(text, tensor, options);
    checkProgram(text, tensor, options);
    return 0;
}
