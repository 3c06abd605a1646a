// The edits the tensor editor offers, as pure functions: each returns the tensor the expression line will hold.
#pragma once

#include <cstdint>

#include "core/tensor.h"

namespace leakylab {

// Element `flatIndex` (row-major) replaced by the one value of the 0-d `value` of the same dtype.
Tensor withElement(const Tensor& tensor, std::int64_t flatIndex, const Tensor& value);

// A slice of zeros inserted before `index` along `dim` (0 or 1) of a 1-D or 2-D tensor; a 0-d tensor
// becomes 1-D first. `index` may equal the size to append.
Tensor withZerosInserted(const Tensor& tensor, int dim, std::int64_t index);

// The slice `index` along `dim` (0 or 1) removed; a 0-d tensor becomes the empty 1-D tensor.
Tensor withSliceRemoved(const Tensor& tensor, int dim, std::int64_t index);

} // namespace leakylab
