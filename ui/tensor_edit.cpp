// Inserting and removing rows, columns and elements of small tensors, for both dtypes alike.
#include "ui/tensor_edit.h"

#include <cassert>
#include <vector>

namespace leakylab {
namespace {

// 0-d behaves as a one-element vector, 1-D as a single row, so dim 1 of a vector is its elements.
std::vector<std::int64_t> asMatrix(const Tensor& t)
{
    if (t.dim() == 0)
        return {1, 1};
    if (t.dim() == 1)
        return {1, t.shape[0]};
    return {t.shape[0], t.shape[1]};
}

template <class V>
V insertZeros(const V& values, std::int64_t rows, std::int64_t cols, int dim, std::int64_t index)
{
    V out;
    out.reserve(values.size() + static_cast<std::size_t>(dim == 0 ? cols : rows));
    for (std::int64_t r = 0; r <= rows; ++r) {
        if (dim == 0 && r == index)
            out.insert(out.end(), static_cast<std::size_t>(cols), typename V::value_type{});
        if (r == rows)
            break;
        for (std::int64_t c = 0; c <= cols; ++c) {
            if (dim == 1 && c == index)
                out.push_back(typename V::value_type{});
            if (c < cols)
                out.push_back(values[static_cast<std::size_t>(r * cols + c)]);
        }
    }
    return out;
}

template <class V>
V removeSlice(const V& values, std::int64_t rows, std::int64_t cols, int dim, std::int64_t index)
{
    V out;
    for (std::int64_t r = 0; r < rows; ++r)
        for (std::int64_t c = 0; c < cols; ++c)
            if ((dim == 0 ? r : c) != index)
                out.push_back(values[static_cast<std::size_t>(r * cols + c)]);
    return out;
}

// A vector stays a vector when its elements change; a matrix keeps both dimensions.
std::vector<std::int64_t> resultShape(const Tensor& t, std::int64_t rows, std::int64_t cols)
{
    if (t.dim() < 2)
        return {cols};
    return {rows, cols};
}

} // namespace

Tensor withElement(const Tensor& tensor, std::int64_t flatIndex, const Tensor& value)
{
    assert(value.dtype == tensor.dtype && flatIndex >= 0 && flatIndex < tensor.numel());
    Tensor out = tensor;
    const auto i = static_cast<std::size_t>(flatIndex);
    if (out.isFloat())
        out.f32[i] = value.f32.front();
    else
        out.i64[i] = value.i64.front();
    return out;
}

Tensor withZerosInserted(const Tensor& tensor, int dim, std::int64_t index)
{
    const auto m = asMatrix(tensor);
    const int d = tensor.dim() < 2 ? 1 : dim; // a vector grows along its only dimension
    const std::int64_t rows = m[0] + (d == 0 ? 1 : 0);
    const std::int64_t cols = m[1] + (d == 1 ? 1 : 0);
    if (tensor.isFloat())
        return Tensor::float32(resultShape(tensor, rows, cols), insertZeros(tensor.f32, m[0], m[1], d, index));
    return Tensor::int64(resultShape(tensor, rows, cols), insertZeros(tensor.i64, m[0], m[1], d, index));
}

Tensor withSliceRemoved(const Tensor& tensor, int dim, std::int64_t index)
{
    const auto m = asMatrix(tensor);
    const int d = tensor.dim() < 2 ? 1 : dim;
    const std::int64_t rows = m[0] - (d == 0 ? 1 : 0);
    const std::int64_t cols = m[1] - (d == 1 ? 1 : 0);
    if (tensor.isFloat())
        return Tensor::float32(resultShape(tensor, rows, cols), removeSlice(tensor.f32, m[0], m[1], d, index));
    return Tensor::int64(resultShape(tensor, rows, cols), removeSlice(tensor.i64, m[0], m[1], d, index));
}

} // namespace leakylab
