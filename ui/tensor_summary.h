// Short descriptions of a tensor for the editor: its shape as PyTorch writes it, and its dead side.
#pragma once

#include <QString>

#include <cstdint>

#include "core/tensor.h"

namespace leakylab {

// torch.Size([2, 3]), torch.Size([]) for 0-d.
QString shapeText(const Tensor& tensor);
// "float32" or "int64".
QString dtypeText(const Tensor& tensor);
// Elements where ReLU's gradient is 0 (x <= 0; NaN is not, as ReLU's backward passes it).
std::int64_t deadCount(const Tensor& tensor);

} // namespace leakylab
