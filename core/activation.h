// ReLU and LeakyReLU with their derivatives, exactly as PyTorch 1.13 computes them on the CPU in float32.
//
// Each forward sits beside its derivative. The derivative is the gradient of y.sum(), i.e. what
// x.grad holds after y.sum().backward(); the *Backward functions multiply it into a grad_output.
//
// The kink at x = 0: PyTorch takes the derivative there from the negative side. LeakyReLU's
// backward tests `x > 0`, so at x = 0 (and -0.0, and NaN) the derivative is the slope. ReLU's
// backward is threshold_backward on the result, `y <= 0 ? 0 : grad`, so at 0 it is 0 but at NaN
// (where every comparison is false) it is 1.
#pragma once

#include <cstddef>

namespace leakylab {

// PyTorch converts the Python float slope to float32 before using it.
inline float slopeAsFloat(double negativeSlope) { return static_cast<float>(negativeSlope); }

// x * (x > 0 ? 1 : s): the multiply keeps -0.0 and NaN payloads as PyTorch's vector kernel does,
// and gives NaN for -inf * 0 when the slope is 0.
inline float leakyRelu(float x, float slope) { return x * (x > 0.0f ? 1.0f : slope); }
inline float leakyReluGrad(float x, float slope) { return x > 0.0f ? 1.0f : slope; }

// clamp_min(x, 0): only x < 0 becomes 0, so -0.0 and NaN pass through unchanged, as in PyTorch.
inline float relu(float x) { return x < 0.0f ? 0.0f : x; }
inline float reluGrad(float x) { return x <= 0.0f ? 0.0f : 1.0f; }

// Buffer kernels on contiguous float32; `out` may equal `in` (in-place). No allocation.
void leakyReluForward(const float* in, float* out, std::size_t n, float slope);
void reluForward(const float* in, float* out, std::size_t n);

// grad_input = grad_output * derivative(input); `gradIn` may alias `gradOut`.
void leakyReluBackward(const float* gradOut, const float* in, float* gradIn, std::size_t n, float slope);
void reluBackward(const float* gradOut, const float* in, float* gradIn, std::size_t n);

} // namespace leakylab
