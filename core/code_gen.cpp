// Writes the PyTorch program for a LeakyLab state, line by line as a teacher would type it.
#include "core/code_gen.h"

#include <array>
#include <charconv>
#include <cmath>
#include <string>

namespace leakylab {
namespace {

std::string_view trimmed(std::string_view s)
{
    const auto first = s.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos)
        return {};
    const auto last = s.find_last_not_of(" \t\r\n");
    return s.substr(first, last - first + 1);
}

// The expression as Python source: a bare list becomes torch.Tensor([...]) (float32, as LeakyLab reads
// it), a bare number a 0-d float32 tensor; calls of torch are already Python.
std::string tensorSource(std::string_view expression)
{
    const std::string_view e = trimmed(expression);
    if (!e.empty() && e.front() == '[')
        return "torch.Tensor(" + std::string(e) + ")";
    if (e.substr(0, 6) == "torch.")
        return std::string(e);
    return "torch.tensor(" + std::string(e) + ", dtype=torch.float32)";
}

bool mentions(std::string_view text, std::string_view word) { return text.find(word) != std::string_view::npos; }

} // namespace

std::string_view codeFormName(CodeForm form)
{
    switch (form) {
    case CodeForm::Module:
        return "module";
    case CodeForm::Functional:
        return "functional";
    case CodeForm::Inplace:
        return "inplace";
    }
    return "module";
}

std::optional<CodeForm> codeFormFromName(std::string_view name)
{
    for (CodeForm form : {CodeForm::Module, CodeForm::Functional, CodeForm::Inplace})
        if (codeFormName(form) == name)
            return form;
    return std::nullopt;
}

EvalOptions evalOptionsFor(CodeForm form, EvalOptions options)
{
    options.inplace = form == CodeForm::Inplace;
    return options;
}

std::string pythonFloat(double value)
{
    if (std::isnan(value))
        return "float('nan')";
    if (std::isinf(value))
        return value > 0 ? "float('inf')" : "float('-inf')";
    std::array<char, 32> buffer{};
    const auto end = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value).ptr;
    std::string text(buffer.data(), end);
    if (text.find_first_of(".e") == std::string::npos)
        text += ".0"; // 3 -> 3.0: the slope is a float in PyTorch's signature
    return text;
}

std::string pythonProgram(std::string_view expression, CodeForm form, const EvalOptions& options)
{
    const bool leaky = options.activation == Activation::LeakyRelu;
    const std::string slope = "negative_slope=" + pythonFloat(options.negativeSlope);
    const bool inplace = form == CodeForm::Inplace;
    // In place on a leaf that requires grad is refused by PyTorch, so with autograd it runs on a copy.
    const std::string target = inplace && options.grad ? "y" : "x";

    std::string code = "import torch\n";
    if (mentions(expression, "math."))
        code += "import math\n";
    code += form == CodeForm::Module ? "import torch.nn as nn\n" : "import torch.nn.functional as F\n";
    if (mentions(expression, "nan") || mentions(expression, "inf"))
        code += "from math import inf, nan\n";
    code += "\n";
    if (options.seed && mentions(expression, "randn"))
        code += "torch.manual_seed(" + std::to_string(*options.seed) + ")\n";
    code += "x = " + tensorSource(expression) + "\n";
    if (options.grad)
        code += "x.requires_grad_()\n";
    if (inplace && options.grad)
        code += "y = x.clone()\n";

    switch (form) {
    case CodeForm::Module:
        code += leaky ? "m = nn.LeakyReLU(" + slope + ")\n" : "m = nn.ReLU()\n";
        code += "y = m(x)\n";
        break;
    case CodeForm::Functional:
        code += leaky ? "y = F.leaky_relu(x, " + slope + ")\n" : "y = F.relu(x)\n";
        break;
    case CodeForm::Inplace:
        code += leaky ? "F.leaky_relu(" + target + ", " + slope + ", inplace=True)\n"
                      : "F.relu(" + target + ", inplace=True)\n";
        code += "# " + target + " itself now holds the output\n";
        break;
    }
    const std::string shown = inplace ? target : "y";
    code += options.grad ? "print(" + shown + ".detach())\n" : "print(" + shown + ")\n";
    if (options.grad) {
        code += (inplace ? target : std::string("y")) + ".sum().backward()\n";
        code += "print(x.grad)\n";
    }
    return code;
}

} // namespace leakylab
