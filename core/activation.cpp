// Buffer kernels for ReLU and LeakyReLU: branch-free SIMD, AVX2 when the CPU has it, SSE2 otherwise.
#include "core/activation.h"

#include <cstdint>

#if defined(__x86_64__) || defined(__i386__)
#include <immintrin.h>
#define LEAKYLAB_X86 1
#endif

namespace leakylab {
namespace {

// Past this size the output cannot stay in cache anyway, so it is written with non-temporal stores:
// they skip reading each destination line before overwriting it, which is what keeps a kernel that
// reads one buffer and writes another at memcpy's bandwidth.
constexpr std::size_t kStreamingBytes = std::size_t{8} << 20;

bool wantsStreaming(std::size_t n) { return n * sizeof(float) >= kStreamingBytes; }

#if LEAKYLAB_X86

// Each op: `scalar` is the reference definition from activation.h; `avx` and `sse` compute the same
// bits eight or four lanes at a time.
struct LeakyForwardOp {
    float slope;
    float scalar(float x) const { return leakyRelu(x, slope); }
    __attribute__((target("avx2"))) __m256 avx(__m256 x) const
    {
        const __m256 positive = _mm256_cmp_ps(x, _mm256_setzero_ps(), _CMP_GT_OQ);
        return _mm256_mul_ps(x, _mm256_blendv_ps(_mm256_set1_ps(slope), _mm256_set1_ps(1.0f), positive));
    }
    __m128 sse(__m128 x) const
    {
        const __m128 positive = _mm_cmpgt_ps(x, _mm_setzero_ps());
        const __m128 factor = _mm_or_ps(_mm_and_ps(positive, _mm_set1_ps(1.0f)),
                                        _mm_andnot_ps(positive, _mm_set1_ps(slope)));
        return _mm_mul_ps(x, factor);
    }
};

struct ReluForwardOp {
    float scalar(float x) const { return relu(x); }
    __attribute__((target("avx2"))) __m256 avx(__m256 x) const
    {
        // Clear the lanes where x < 0; NaN and -0.0 compare false and are kept.
        return _mm256_andnot_ps(_mm256_cmp_ps(x, _mm256_setzero_ps(), _CMP_LT_OQ), x);
    }
    __m128 sse(__m128 x) const { return _mm_andnot_ps(_mm_cmplt_ps(x, _mm_setzero_ps()), x); }
};

struct LeakyBackwardOp {
    float slope;
    float scalar(float g, float x) const { return g * leakyReluGrad(x, slope); }
    __attribute__((target("avx2"))) __m256 avx(__m256 g, __m256 x) const
    {
        const __m256 positive = _mm256_cmp_ps(x, _mm256_setzero_ps(), _CMP_GT_OQ);
        return _mm256_mul_ps(g, _mm256_blendv_ps(_mm256_set1_ps(slope), _mm256_set1_ps(1.0f), positive));
    }
    __m128 sse(__m128 g, __m128 x) const
    {
        const __m128 positive = _mm_cmpgt_ps(x, _mm_setzero_ps());
        const __m128 factor = _mm_or_ps(_mm_and_ps(positive, _mm_set1_ps(1.0f)),
                                        _mm_andnot_ps(positive, _mm_set1_ps(slope)));
        return _mm_mul_ps(g, factor);
    }
};

struct ReluBackwardOp {
    // threshold_backward writes 0 (not g * 0) where x <= 0, so a NaN or inf gradient becomes 0 there.
    float scalar(float g, float x) const { return x <= 0.0f ? 0.0f : g; }
    __attribute__((target("avx2"))) __m256 avx(__m256 g, __m256 x) const
    {
        return _mm256_andnot_ps(_mm256_cmp_ps(x, _mm256_setzero_ps(), _CMP_LE_OQ), g);
    }
    __m128 sse(__m128 g, __m128 x) const { return _mm_andnot_ps(_mm_cmple_ps(x, _mm_setzero_ps()), g); }
};

// Elements to handle one by one before `out` is 32-byte aligned (aligned and streaming stores need it).
std::size_t headToAlign(const float* out, std::size_t n)
{
    const auto misalign = reinterpret_cast<std::uintptr_t>(out) % 32;
    if (misalign % sizeof(float) != 0)
        return n; // a float buffer that is not even float-aligned: stay scalar
    const std::size_t head = misalign == 0 ? 0 : (32 - misalign) / sizeof(float);
    return head < n ? head : n;
}

// Ops are taken by value: a copy cannot alias `out`, so the slope stays in a register.
// The first few elements go one by one until `out` is 32-byte aligned: stores that straddle two cache
// lines would otherwise halve the throughput on buffers that live in L2 or L3.
template <class Op>
__attribute__((target("avx2"))) void unaryAvx2(const Op op, const float* in, float* out, std::size_t n)
{
    std::size_t i = 0;
    for (const std::size_t head = headToAlign(out, n); i < head; ++i)
        out[i] = op.scalar(in[i]);
    if (wantsStreaming(n)) {
        for (; i + 8 <= n; i += 8)
            _mm256_stream_ps(out + i, op.avx(_mm256_loadu_ps(in + i)));
        _mm_sfence();
    }
    for (; i + 8 <= n; i += 8)
        _mm256_store_ps(out + i, op.avx(_mm256_loadu_ps(in + i)));
    for (; i < n; ++i)
        out[i] = op.scalar(in[i]);
}

template <class Op>
void unarySse2(const Op op, const float* in, float* out, std::size_t n)
{
    std::size_t i = 0;
    for (; i + 4 <= n; i += 4)
        _mm_storeu_ps(out + i, op.sse(_mm_loadu_ps(in + i)));
    for (; i < n; ++i)
        out[i] = op.scalar(in[i]);
}

template <class Op>
__attribute__((target("avx2"))) void binaryAvx2(const Op op, const float* g, const float* in, float* out,
                                                std::size_t n)
{
    std::size_t i = 0;
    for (const std::size_t head = headToAlign(out, n); i < head; ++i)
        out[i] = op.scalar(g[i], in[i]);
    if (wantsStreaming(n)) {
        for (; i + 8 <= n; i += 8)
            _mm256_stream_ps(out + i, op.avx(_mm256_loadu_ps(g + i), _mm256_loadu_ps(in + i)));
        _mm_sfence();
    }
    for (; i + 8 <= n; i += 8)
        _mm256_store_ps(out + i, op.avx(_mm256_loadu_ps(g + i), _mm256_loadu_ps(in + i)));
    for (; i < n; ++i)
        out[i] = op.scalar(g[i], in[i]);
}

template <class Op>
void binarySse2(const Op op, const float* g, const float* in, float* out, std::size_t n)
{
    std::size_t i = 0;
    for (; i + 4 <= n; i += 4)
        _mm_storeu_ps(out + i, op.sse(_mm_loadu_ps(g + i), _mm_loadu_ps(in + i)));
    for (; i < n; ++i)
        out[i] = op.scalar(g[i], in[i]);
}

bool hasAvx2()
{
    static const bool has = __builtin_cpu_supports("avx2");
    return has;
}

template <class Op>
void unary(const Op& op, const float* in, float* out, std::size_t n)
{
    if (hasAvx2())
        unaryAvx2(op, in, out, n);
    else
        unarySse2(op, in, out, n);
}

template <class Op>
void binary(const Op& op, const float* g, const float* in, float* out, std::size_t n)
{
    if (hasAvx2())
        binaryAvx2(op, g, in, out, n);
    else
        binarySse2(op, g, in, out, n);
}

#endif // LEAKYLAB_X86

} // namespace

#if LEAKYLAB_X86

void leakyReluForward(const float* in, float* out, std::size_t n, float slope)
{
    unary(LeakyForwardOp{slope}, in, out, n);
}
void reluForward(const float* in, float* out, std::size_t n) { unary(ReluForwardOp{}, in, out, n); }
void leakyReluBackward(const float* gradOut, const float* in, float* gradIn, std::size_t n, float slope)
{
    binary(LeakyBackwardOp{slope}, gradOut, in, gradIn, n);
}
void reluBackward(const float* gradOut, const float* in, float* gradIn, std::size_t n)
{
    binary(ReluBackwardOp{}, gradOut, in, gradIn, n);
}

#else // Portable loops: branch-free, so the compiler vectorises them.

void leakyReluForward(const float* in, float* out, std::size_t n, float slope)
{
    for (std::size_t i = 0; i < n; ++i)
        out[i] = leakyRelu(in[i], slope);
}
void reluForward(const float* in, float* out, std::size_t n)
{
    for (std::size_t i = 0; i < n; ++i)
        out[i] = relu(in[i]);
}
void leakyReluBackward(const float* gradOut, const float* in, float* gradIn, std::size_t n, float slope)
{
    for (std::size_t i = 0; i < n; ++i)
        gradIn[i] = gradOut[i] * leakyReluGrad(in[i], slope);
}
void reluBackward(const float* gradOut, const float* in, float* gradIn, std::size_t n)
{
    for (std::size_t i = 0; i < n; ++i)
        gradIn[i] = in[i] <= 0.0f ? 0.0f : gradOut[i];
}

#endif

} // namespace leakylab
