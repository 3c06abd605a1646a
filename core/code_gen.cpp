// Writes the PyTorch program for a LeakyLab state, line by line as a teacher would type it.
#include "core/code_gen.h"

#include <array>
#include <cctype>
#include <charconv>
#include <cmath>
#include <optional>
#include <string>

namespace leakylab {
namespace {

bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\f' || c == '\r' || c == '\n'; }
bool isLineBreak(char c) { return c == '\r' || c == '\n'; }
bool isNameChar(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; }

// Without the whitespace and line continuations ("\" at a line's end) around it, which the parser skips.
std::string_view trimmed(std::string_view s)
{
    std::size_t first = 0, last = s.size();
    while (first < last && (isSpace(s[first]) || (s[first] == '\\' && first + 1 < last && isLineBreak(s[first + 1]))))
        ++first;
    while (last > first && (isSpace(s[last - 1]) || (s[last - 1] == '\\' && last < s.size() && isLineBreak(s[last]))))
        --last;
    return s.substr(first, last - first);
}

// Past the whitespace, comments and line continuations from `i`, as Python's tokenizer skips them.
std::size_t skipSpace(std::string_view s, std::size_t i)
{
    while (i < s.size()) {
        if (isSpace(s[i]) || (s[i] == '\\' && i + 1 < s.size() && isLineBreak(s[i + 1])))
            ++i;
        else if (s[i] == '#')
            while (i < s.size() && !isLineBreak(s[i]))
                ++i;
        else
            break;
    }
    return i;
}

// Where the name of the function starts when the expression is a call ("randn(3)", "(torch . zeros(2))"),
// and whether `torch.` is written before it; nothing when the expression is data ("[1]", "3", "torch.nan").
struct Call {
    std::size_t name = 0;
    bool prefixed = false;
};
std::optional<Call> calledFunction(std::string_view e)
{
    std::size_t i = skipSpace(e, 0);
    while (i < e.size() && e[i] == '(') // groupings: `((torch.randn(2)))`
        i = skipSpace(e, i + 1);
    const auto word = [&](std::size_t at) {
        std::size_t end = at;
        while (end < e.size() && isNameChar(e[end]))
            ++end;
        return e.substr(at, end - at);
    };
    Call call{i, false};
    std::string_view name = word(i);
    if (name == "torch") {
        std::size_t dot = skipSpace(e, i + name.size());
        if (dot >= e.size() || e[dot] != '.')
            return std::nullopt;
        call = {skipSpace(e, dot + 1), true};
        name = word(call.name);
    }
    for (std::string_view function : {"tensor", "Tensor", "randn", "zeros", "ones"})
        if (name == function)
            return call;
    return std::nullopt;
}

// The expression as Python source: a bare list becomes torch.Tensor([...]) (float32, as LeakyLab reads
// it), other data a float32 tensor; calls of torch are already Python, once `torch.` is written out.
std::string tensorSource(std::string_view expression)
{
    const std::string_view e = trimmed(expression);
    // A comment must not swallow what follows the expression on its line, nor the line `x = ` itself.
    const bool commented = e.find('#') != std::string_view::npos;
    if (const std::optional<Call> call = calledFunction(e)) {
        std::string source(e);
        if (!call->prefixed)
            source.insert(call->name, "torch."); // the parser reads `randn(3)` as after `from torch import *`
        return commented ? "(" + source + "\n)" : source;
    }
    const std::string end = commented ? "\n" : "";
    if (!e.empty() && e.front() == '[')
        return "torch.Tensor(" + std::string(e) + end + ")";
    return "torch.tensor(" + std::string(e) + end + ", dtype=torch.float32)";
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
