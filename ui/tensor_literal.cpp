// Writing tensors as Python literals that read back bit for bit, and reading one typed cell value.
#include "ui/tensor_literal.h"

#include <array>
#include <charconv>
#include <cmath>

#include "core/tensor_parser.h"
#include "core/torch_random.h"

namespace leakylab {
namespace {

// Python reads a literal as a double and PyTorch rounds that to float32; the shortest float text is almost
// always enough, but double rounding can differ, so the exact double is the fallback.
bool readsBackAs(std::string_view text, float value)
{
    double parsed = 0.0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), parsed);
    return error == std::errc() && end == text.data() + text.size() && static_cast<float>(parsed) == value;
}

void appendElements(std::string& out, const Tensor& t, std::size_t dim, std::size_t& next)
{
    if (dim == t.shape.size()) {
        if (t.isFloat())
            out += floatLiteral(t.f32[next]);
        else
            out += std::to_string(t.i64[next]);
        ++next;
        return;
    }
    out += '[';
    for (std::int64_t i = 0; i < t.shape[dim]; ++i) {
        if (i > 0)
            out += ", ";
        appendElements(out, t, dim + 1, next);
    }
    out += ']';
}

} // namespace

std::string floatLiteral(float value)
{
    if (std::isnan(value))
        return "nan";
    if (std::isinf(value))
        return value > 0 ? "inf" : "-inf";
    if (value == 0.0f)
        return std::signbit(value) ? "-0.0" : "0"; // "-0" would be the integer 0
    std::array<char, 64> buffer{};
    auto end = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value).ptr;
    std::string text(buffer.data(), end);
    if (readsBackAs(text, value))
        return text;
    end = std::to_chars(buffer.data(), buffer.data() + buffer.size(), static_cast<double>(value)).ptr;
    return std::string(buffer.data(), end);
}

std::string tensorLiteral(const Tensor& tensor)
{
    std::string body;
    std::size_t next = 0;
    appendElements(body, tensor, 0, next);
    if (tensor.isFloat())
        return body;
    // Without integers to infer from, torch.tensor([]) would be float32.
    const bool empty = tensor.numel() == 0;
    return "torch.tensor(" + body + (empty ? ", dtype=torch.int64)" : ")");
}

std::optional<Tensor> parseElement(std::string_view text, DType dtype)
{
    TorchGenerator unused(0); // a cell holds a number; randn() in one is read but means nothing special
    const std::string source = dtype == DType::Int64 ? "torch.tensor(" + std::string(text) + ")" : std::string(text);
    auto parsed = parseTensor(source, unused);
    if (!parsed || parsed.value().dim() != 0 || parsed.value().dtype != dtype)
        return std::nullopt;
    return std::move(parsed).value();
}

} // namespace leakylab
