// A tensor written back as the Python a student would type, so cell edits keep the expression line in step.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/tensor.h"

namespace leakylab {

// Shortest Python number that PyTorch reads back as exactly this float32: 2, -1.6, 1.5409961, -0.0, nan, -inf.
std::string floatLiteral(float value);

// An expression that parses back to the same tensor: float32 as a bare (nested) list or number, as LeakyLab
// reads those as float32; int64 as torch.tensor(...), which infers int64 from integers.
std::string tensorLiteral(const Tensor& tensor);

// One element as typed in a cell, read as PyTorch would store it in a tensor of `dtype`: any number the
// expression line accepts (1e-3, -inf, nan). Integers only for int64. Nothing when the text is not one value.
std::optional<Tensor> parseElement(std::string_view text, DType dtype);

} // namespace leakylab
