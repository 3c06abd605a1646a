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

// Parses `[2,-4,5,-6]`, `torch.tensor([...])`, `torch.Tensor([...])`, `torch.randn(2, 3)`,
// `torch.zeros(4)`, `torch.ones(2, 2)`, ... Random values are drawn from `gen`.
// Errors carry the 0-based position of the offending character and a reason.
Result<Tensor> parseTensor(std::string_view text, TorchGenerator& gen, const ParserLimits& limits = {});

} // namespace leakylab
