// The tensor expressions a student types, parsed (never evaluated) into a Tensor.
#pragma once

#include <cstddef>
#include <string_view>

#include "core/result.h"
#include "core/tensor.h"
#include "core/torch_random.h"

namespace leakylab {

struct ParserLimits {
    std::size_t maxInputBytes = 64u << 20;     // 64 MiB of text
    std::int64_t maxElements = std::int64_t{1} << 24; // 16,777,216 elements
    int maxDepth = 32;                         // nesting of brackets and calls
};

// Parses the Python a student types, without evaluating anything, into what PyTorch 1.13 would make of it:
//   [2, -4, 5, -6], [[1, 2], (3, 4)], 3.5       a bare list, tuple or number: float32
//   torch.Tensor([...]), torch.Tensor()        float32 (sizes, as in torch.Tensor(2, 3), are refused)
//   torch.tensor(data, dtype=..., requires_grad=...)
//                                              int64 when the data holds only integers, else float32;
//                                              dtype is torch.float32/float or torch.int64/long
//   torch.randn / zeros / ones(2, 3) or ((2, 3)) or ([2, 3]) or (()), with the same keywords
// Numbers follow Python's literal syntax (0x/0o/0b, '_', exponents, unary signs) and convert as PyTorch does;
// nan, inf, math.nan/inf, torch.nan/inf and float('nan'/'inf'/'-inf'/'infinity') are understood. The
// `torch.` prefix of the five functions may be left out. At most kMaxDims dimensions.
// Random values are drawn from `gen`, once the whole expression has been accepted.
// Errors carry the 0-based byte offset of the offending character and a one-line reason.
Result<Tensor> parseTensor(std::string_view text, TorchGenerator& gen, const ParserLimits& limits = {});

} // namespace leakylab
