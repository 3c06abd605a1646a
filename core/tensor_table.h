// The tensor editor's table as CSV: each element's index, x, y and (when computed) x.grad.
#pragma once

#include <string>

#include "core/eval.h"
#include "core/result.h"

namespace leakylab {

// Header "i0,...,x,y,grad": one index column per dimension (none for a 0-d tensor), then the input, the
// output (what x holds after an in-place call) and x.grad; y and grad only when the result has them.
// One row per element in row-major order; floats in the shortest form that reads back to the same float32,
// int64 values as integers. An error when there is no input to tabulate.
Result<std::string> tensorTableCsv(const EvalResult& result);

} // namespace leakylab
