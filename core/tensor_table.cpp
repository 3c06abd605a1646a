// One row per element, the columns chosen by what the evaluation produced.
#include "core/tensor_table.h"

#include <cstddef>
#include <vector>

#include "core/shortest_number.h"

namespace leakylab {
namespace {

std::string elementText(const Tensor& t, std::size_t i)
{
    return t.isFloat() ? shortestText(t.f32[i]) : std::to_string(t.i64[i]);
}

} // namespace

Result<std::string> tensorTableCsv(const EvalResult& result)
{
    if (!result.input)
        return Error{Message(LEAKYLAB_MESSAGE("core", "there is no tensor to write: the expression did not parse"))};
    const Tensor& x = *result.input;
    std::vector<const Tensor*> columns {&x};
    std::string csv;
    for (int d = 0; d < x.dim(); ++d) {
        csv += 'i';
        csv += std::to_string(d);
        csv += ',';
    }
    csv += "x";
    // Shapes always match x's; a mismatch would mean a broken result, so such a column is left out.
    const auto sameSize = [&](const std::optional<Tensor>& t) { return t && t->numel() == x.numel(); };
    if (sameSize(result.output)) {
        csv += ",y";
        columns.push_back(&*result.output);
    }
    if (sameSize(result.grad)) {
        csv += ",grad";
        columns.push_back(&*result.grad);
    }
    csv += '\n';

    const auto n = static_cast<std::size_t>(x.numel());
    std::vector<std::int64_t> index(x.shape.size(), 0);
    for (std::size_t i = 0; i < n; ++i) {
        for (const std::int64_t k : index) {
            csv += std::to_string(k);
            csv += ',';
        }
        for (const Tensor* column : columns) {
            csv += elementText(*column, i);
            csv += ',';
        }
        csv.back() = '\n';
        // Row-major: the last index runs fastest.
        for (std::size_t d = index.size(); d-- > 0;) {
            if (++index[d] < x.shape[d])
                break;
            index[d] = 0;
        }
    }
    return csv;
}

} // namespace leakylab
