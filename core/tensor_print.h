// repr(tensor) exactly as PyTorch 1.13 prints it with default print options.
#pragma once

#include <string>

#include "core/tensor.h"

namespace leakylab {

// What print(t) shows: "tensor([ 2.0000, -1.6000])", byte for byte, without grad_fn or requires_grad.
std::string formatTensor(const Tensor& t);

} // namespace leakylab
