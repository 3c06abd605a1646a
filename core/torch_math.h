// The float32 exp and log that PyTorch 1.13's AVX2 CPU kernels compute, lane for lane, on any CPU.
//
// Vectorized<float>::exp and ::log are Sleef_expf8_u10 and Sleef_logf8_u10 (Sleef 3.5, its AVX2 code,
// which fuses multiply-adds). Elementwise kernels written as cpu_kernel_vec run 16 elements at a time
// through those and the last n % 16 through the scalar lambda, whose std::exp is glibc's expf (2.36,
// the variant built for FMA hardware). Each function here is one of those, bit for bit, written with
// exact fused multiply-adds so that the result does not depend on the CPU or the compiler.
#pragma once

#include <cstddef>

namespace leakylab {

// Sleef_expf8_u10, one lane: torch.exp and the vector part of torch.sigmoid.
float sleefExp(float x);
// Sleef_logf8_u10, one lane: torch.log.
float sleefLog(float x);
// The same on n floats, 8 at a time where the CPU has AVX2 and FMA; `out` may be `in`.
void sleefExp(const float* in, float* out, std::size_t n);
void sleefLog(const float* in, float* out, std::size_t n);

// glibc's expf: std::exp(float) in the scalar tail of PyTorch's elementwise kernels.
float glibcExp(float x);

} // namespace leakylab
