// repr(tensor) as PyTorch 1.13 prints it: a port of torch/_tensor_str.py for dense float32/int64 tensors.
#include "core/tensor_print.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <string>
#include <system_error>
#include <vector>

namespace leakylab {

namespace {

// torch's default PRINT_OPTS.
constexpr int kPrecision = 4;
constexpr std::int64_t kThreshold = 1000;
constexpr std::int64_t kEdgeItems = 3;
constexpr int kLineWidth = 80;

enum class FloatStyle { Fixed, Scientific };

// Python's format(value, '.{precision}f' / '.{precision}e'); to_chars rather than snprintf because
// the app's C locale may use a decimal comma. Python spells every NaN "nan", with no sign.
std::string pythonFloat(double v, FloatStyle style, int precision)
{
    if (std::isnan(v))
        return "nan";
    if (std::isinf(v))
        return v < 0 ? "-inf" : "inf";
    char buf[400]; // %.4f of DBL_MAX needs 315 characters
    const auto format = style == FloatStyle::Fixed ? std::chars_format::fixed : std::chars_format::scientific;
    const auto res = std::to_chars(buf, buf + sizeof buf, v, format, precision);
    return std::string(buf, res.ptr);
}

std::string pythonInt(std::int64_t v)
{
    char buf[24];
    const auto res = std::to_chars(buf, buf + sizeof buf, v);
    return std::string(buf, res.ptr);
}

// Which indices of each dimension get printed: all of them, or the first and last kEdgeItems with
// "..." between when the tensor is summarised and that dimension is longer than 2 * kEdgeItems.
struct DimPlan {
    std::vector<std::int64_t> indices;
    bool elided = false; // "..." goes after indices[kEdgeItems - 1]
};

std::vector<DimPlan> planDims(const std::vector<std::int64_t>& shape, bool summarize)
{
    std::vector<DimPlan> plans;
    for (std::int64_t size : shape) {
        DimPlan p;
        if (summarize && size > 2 * kEdgeItems) {
            p.elided = true;
            for (std::int64_t i = 0; i < kEdgeItems; ++i)
                p.indices.push_back(i);
            for (std::int64_t i = size - kEdgeItems; i < size; ++i)
                p.indices.push_back(i);
        } else {
            for (std::int64_t i = 0; i < size; ++i)
                p.indices.push_back(i);
        }
        plans.push_back(std::move(p));
    }
    return plans;
}

// Flat offsets of the printed elements: what get_summarized_data keeps, or everything.
std::vector<std::size_t> printedOffsets(const std::vector<DimPlan>& plans, const std::vector<std::int64_t>& strides)
{
    std::vector<std::size_t> offsets{0};
    for (std::size_t d = 0; d < plans.size(); ++d) {
        std::vector<std::size_t> next;
        next.reserve(offsets.size() * plans[d].indices.size());
        for (std::size_t base : offsets)
            for (std::int64_t i : plans[d].indices)
                next.push_back(base + static_cast<std::size_t>(i * strides[d]));
        offsets = std::move(next);
    }
    return offsets;
}

// torch._tensor_str._Formatter: picks int/fixed/scientific mode and a common width from the printed values.
class Formatter {
public:
    Formatter(const Tensor& t, const std::vector<std::size_t>& offsets)
        : floating_(t.isFloat())
    {
        if (floating_)
            scanFloats(t.f32, offsets);
        else
            for (std::size_t o : offsets)
                maxWidth_ = std::max(maxWidth_, pythonInt(t.i64[o]).size());
    }

    std::size_t width() const { return maxWidth_; }

    std::string format(const Tensor& t, std::size_t offset) const
    {
        std::string s;
        if (!floating_) {
            s = pythonInt(t.i64[offset]);
        } else {
            const double v = static_cast<double>(t.f32[offset]);
            if (sciMode_) {
                s = pythonFloat(v, FloatStyle::Scientific, kPrecision);
            } else if (intMode_) {
                // Integral floats print as "3." so the dtype stays visible; nan and inf get no dot.
                s = pythonFloat(v, FloatStyle::Fixed, 0);
                if (std::isfinite(v))
                    s += '.';
            } else {
                s = pythonFloat(v, FloatStyle::Fixed, kPrecision);
            }
        }
        // Only nonzero finite values set the width, so "-0.", "nan" or "-inf" may be wider and go unpadded.
        if (s.size() < maxWidth_)
            s.insert(0, maxWidth_ - s.size(), ' ');
        return s;
    }

private:
    void scanFloats(const std::vector<float>& values, const std::vector<std::size_t>& offsets)
    {
        std::vector<double> nonzeroFinite;
        double minAbs = 0.0;
        double maxAbs = 0.0;
        for (std::size_t o : offsets) {
            const float f = values[o];
            if (!std::isfinite(f) || f == 0.0f)
                continue;
            const double v = static_cast<double>(f);
            const double a = std::fabs(v);
            minAbs = nonzeroFinite.empty() ? a : std::min(minAbs, a);
            maxAbs = nonzeroFinite.empty() ? a : std::max(maxAbs, a);
            if (intMode_ && v != std::ceil(v))
                intMode_ = false;
            nonzeroFinite.push_back(v);
        }
        if (nonzeroFinite.empty())
            return; // int mode, width 1

        const bool wideRange = maxAbs / minAbs > 1000.0 || maxAbs > 1.0e8;
        sciMode_ = intMode_ ? wideRange : wideRange || minAbs < 1.0e-4;

        for (double v : nonzeroFinite) {
            std::size_t w = 0;
            if (sciMode_)
                w = pythonFloat(v, FloatStyle::Scientific, kPrecision).size();
            else if (intMode_)
                w = pythonFloat(v, FloatStyle::Fixed, 0).size() + 1;
            else
                w = pythonFloat(v, FloatStyle::Fixed, kPrecision).size();
            maxWidth_ = std::max(maxWidth_, w);
        }
    }

    bool floating_;
    bool intMode_ = true;
    bool sciMode_ = false;
    std::size_t maxWidth_ = 1;
};

struct Printer {
    const Tensor& t;
    const std::vector<DimPlan>& plans;
    const std::vector<std::int64_t>& strides;
    const Formatter& formatter;
    std::string& out;

    // _vector_str: the last dimension, wrapped to kLineWidth.
    void vector(std::size_t base, int indent) const
    {
        const DimPlan& plan = plans.back();
        const std::int64_t stride = strides.back();
        const std::size_t elementLength = formatter.width() + 2;
        const std::size_t perLine =
            std::max<std::size_t>(1, static_cast<std::size_t>(kLineWidth - indent) / elementLength);
        std::string lineBreak = ",\n";
        lineBreak.append(static_cast<std::size_t>(indent) + 1, ' ');

        out += '[';
        std::size_t k = 0; // position among the printed elements, " ..." included
        auto emit = [&](const std::string& s) {
            if (k > 0)
                out += k % perLine == 0 ? lineBreak.c_str() : ", ";
            out += s;
            ++k;
        };
        for (std::size_t j = 0; j < plan.indices.size(); ++j) {
            if (plan.elided && j == static_cast<std::size_t>(kEdgeItems))
                emit(" ...");
            emit(formatter.format(t, base + static_cast<std::size_t>(plan.indices[j] * stride)));
        }
        out += ']';
    }

    // _tensor_str_with_formatter for dimension d of the whole tensor.
    void slice(std::size_t d, std::size_t base, int indent) const
    {
        if (d + 1 == plans.size()) {
            vector(base, indent);
            return;
        }
        const DimPlan& plan = plans[d];
        const std::size_t remainingDims = plans.size() - d;
        std::string separator = ",";
        separator.append(remainingDims - 1, '\n');
        separator.append(static_cast<std::size_t>(indent) + 1, ' ');
        out += '[';
        for (std::size_t j = 0; j < plan.indices.size(); ++j) {
            if (j > 0)
                out += separator;
            if (plan.elided && j == static_cast<std::size_t>(kEdgeItems)) {
                out += "...";
                out += separator;
            }
            slice(d + 1, base + static_cast<std::size_t>(plan.indices[j] * strides[d]), indent + 1);
        }
        out += ']';
    }
};

// _tensor_str for a tensor with at least one element.
std::string tensorBody(const Tensor& t, int indent)
{
    const bool summarize = t.numel() > kThreshold;
    const std::vector<DimPlan> plans = planDims(t.shape, summarize);
    std::vector<std::int64_t> strides(t.shape.size(), 1);
    for (std::size_t d = t.shape.size(); d-- > 1;)
        strides[d - 1] = strides[d] * t.shape[d];

    const Formatter formatter(t, printedOffsets(plans, strides));
    if (t.dim() == 0)
        return formatter.format(t, 0);

    std::string out;
    Printer{t, plans, strides, formatter, out}.slice(0, 0, indent);
    return out;
}

// str(tuple(shape)) in Python: "(2, 0)", "(0,)".
std::string pythonTuple(const std::vector<std::int64_t>& shape)
{
    std::string s = "(";
    for (std::size_t i = 0; i < shape.size(); ++i) {
        if (i > 0)
            s += ", ";
        s += pythonInt(shape[i]);
    }
    if (shape.size() == 1)
        s += ',';
    return s + ")";
}

// _add_suffixes: ", suffix" on the last line, or on a new line when it would pass kLineWidth.
std::string addSuffixes(std::string str, const std::vector<std::string>& suffixes, int indent)
{
    const std::size_t lastNewline = str.rfind('\n');
    // Python computes len - rfind + 1 with rfind == -1 when there is no newline.
    std::size_t lastLineLen = lastNewline == std::string::npos ? str.size() + 2 : str.size() - lastNewline + 1;
    for (const std::string& suffix : suffixes) {
        if (lastLineLen + suffix.size() + 2 > static_cast<std::size_t>(kLineWidth)) {
            str += ",\n";
            str.append(static_cast<std::size_t>(indent), ' ');
            str += suffix;
            lastLineLen = static_cast<std::size_t>(indent) + suffix.size();
        } else {
            str += ", ";
            str += suffix;
            lastLineLen += suffix.size() + 2;
        }
    }
    return str + ")";
}

} // namespace

std::string formatTensor(const Tensor& t)
{
    const std::string prefix = "tensor(";
    const int indent = static_cast<int>(prefix.size());
    std::vector<std::string> suffixes;
    std::string body;
    if (t.numel() == 0) {
        // Empty tensors show their shape (unless 1-D) and any non-default dtype.
        if (t.dim() != 1)
            suffixes.push_back("size=" + pythonTuple(t.shape));
        if (!t.isFloat())
            suffixes.push_back("dtype=torch.int64");
        body = "[]";
    } else {
        body = tensorBody(t, indent);
    }
    return addSuffixes(prefix + body, suffixes, indent);
}

} // namespace leakylab
