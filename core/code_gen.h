// The PyTorch program behind a LeakyLab state: what the code panel shows and `leakylab code` prints.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/eval.h"

namespace leakylab {

// The three ways the lesson calls the activation.
enum class CodeForm {
    Module,     // m = nn.LeakyReLU(negative_slope=...); y = m(x)
    Functional, // y = F.leaky_relu(x, negative_slope=...)
    Inplace,    // F.leaky_relu(x, negative_slope=..., inplace=True); x now holds the output
};

std::string_view codeFormName(CodeForm form); // "module", "functional", "inplace"
std::optional<CodeForm> codeFormFromName(std::string_view name);

// The EvalOptions that print what the program prints (Inplace sets `inplace`).
EvalOptions evalOptionsFor(CodeForm form, EvalOptions options);

// A complete Python script (imports, seed, tensor, call, print) that, run by PyTorch 1.13, prints
// exactly what evaluate(expression, evalOptionsFor(form, options)) prints.
std::string pythonProgram(std::string_view expression, CodeForm form, const EvalOptions& options);

// A double as Python's repr writes it, so the script holds the very same value: 0.01, 1e-08, -0.0, 3.0,
// float('nan').
std::string pythonFloat(double value);

} // namespace leakylab
