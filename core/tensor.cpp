// Tensor construction helpers.
#include "core/tensor.h"

#include <algorithm>
#include <cassert>
#include <utility>

namespace leakylab {

std::int64_t numelOf(const std::vector<std::int64_t>& shape)
{
    // A zero anywhere first: torch.zeros(2**62, 2**62, 0) is empty, and multiplying in order would overflow.
    if (std::find(shape.begin(), shape.end(), 0) != shape.end())
        return 0;
    std::int64_t n = 1;
    for (std::int64_t d : shape)
        n *= d;
    return n;
}

std::int64_t Tensor::numel() const { return numelOf(shape); }

Tensor Tensor::float32(std::vector<std::int64_t> shape, std::vector<float> values)
{
    assert(numelOf(shape) == static_cast<std::int64_t>(values.size()));
    Tensor t;
    t.dtype = DType::Float32;
    t.shape = std::move(shape);
    t.f32 = std::move(values);
    return t;
}

Tensor Tensor::int64(std::vector<std::int64_t> shape, std::vector<std::int64_t> values)
{
    assert(numelOf(shape) == static_cast<std::int64_t>(values.size()));
    Tensor t;
    t.dtype = DType::Int64;
    t.shape = std::move(shape);
    t.i64 = std::move(values);
    return t;
}

} // namespace leakylab
