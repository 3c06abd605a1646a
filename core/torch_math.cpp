// The float32 exp and log that PyTorch 1.13's AVX2 CPU kernels compute, lane for lane, on any CPU.
//
// Every multiply-add that the originals fuse is std::fma here (exact by the C++ standard, whatever
// the hardware), and every other operation is its own statement, rounded on its own: the build turns
// off the compiler's own contraction (-ffp-contract=off), so nothing else gets fused.
#include "core/torch_math.h"

#include <array>
#include <bit>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <limits>

#if defined(__x86_64__) || defined(__i386__)
#include <immintrin.h>
#endif

namespace leakylab {
namespace {

// Sleef's constants for expf: 1 / ln 2, ln 2 in a high and a low part, and the polynomial for exp(s)
// on |s| <= ln 2 / 2 (highest power first).
constexpr float kInvLn2 = 1.442695040888963407359924681001892137426645954152985934135449406931F;
constexpr float kLn2Hi = 0.693145751953125F;
constexpr float kLn2Lo = 1.428606765330187045e-06F;
constexpr std::array<float, 6> kExpPoly {0.000198527617612853646278381F, 0.00139304355252534151077271F,
                                         0.00833336077630519866943359F, 0.0416664853692054748535156F,
                                         0.166666671633720397949219F, 0.5F};
// And for logf_u1: ln 2 as a pair and the odd polynomial in x = (m - 1) / (m + 1).
constexpr float kLogLn2Hi = 0.69314718246459960938F;
constexpr float kLogLn2Lo = -1.904654323148236017e-09F;
constexpr std::array<float, 3> kLogPoly {0.3027294874F, 0.3996108174F, 0.6666694880F};

std::uint32_t bitsOf(float v) { return std::bit_cast<std::uint32_t>(v); }
float floatWithBits(std::uint32_t bits) { return std::bit_cast<float>(bits); }

// 2^q as a float, for q in [-126, 127], built from its exponent bits as Sleef's vpow2i does.
float powerOfTwo(std::int32_t q) { return floatWithBits(static_cast<std::uint32_t>(q + 0x7f) << 23); }

// Round to the nearest integer, ties to even, as _mm256_cvtps_epi32 does; |x| must be below 2^22.
// Adding and subtracting 1.5 * 2^23 leaves no fraction bits, so the addition does the rounding.
std::int32_t roundToInt(float x)
{
    constexpr float shifter = 0x1.8p23F;
    const float sum = x + shifter;
    return static_cast<std::int32_t>(sum - shifter);
}

// Sleef's double-float pair: value = hi + lo, lo well below an ulp of hi.
struct FloatPair {
    float hi;
    float lo;
};

// dfadd2_vf2_vf_vf: x + y exactly as a pair, whatever their magnitudes.
FloatPair addExact(float x, float y)
{
    const float hi = x + y;
    const float v = hi - x;
    const float lo = (x - (hi - v)) + (y - v);
    return {hi, lo};
}

// dfdiv_vf2_vf2_vf2 as Sleef builds it with FMA.
FloatPair dividePairs(FloatPair n, FloatPair d)
{
    const float t = 1.0F / d.hi;
    const float hi = n.hi * t;
    const float u = std::fma(t, n.hi, -hi);
    float lo = std::fma(-d.lo, t, std::fma(-d.hi, t, 1.0F));
    lo = std::fma(hi, lo, std::fma(n.lo, t, u));
    return {hi, lo};
}

} // namespace

float sleefExp(float x)
{
    // Sleef's limits: 0 below -104 (its result bits are cleared), infinity above 100.
    if (x < -104.0F)
        return 0.0F;
    if (x > 100.0F)
        return std::numeric_limits<float>::infinity();
    if (std::isnan(x))
        return x;
    // exp(x) = 2^q * exp(s) with s = x - q ln 2, ln 2 split in two so that s keeps its precision.
    const std::int32_t q = roundToInt(x * kInvLn2);
    const auto qf = static_cast<float>(q);
    float s = std::fma(qf, -kLn2Hi, x);
    s = std::fma(qf, -kLn2Lo, s);

    float u = kExpPoly[0];
    for (std::size_t i = 1; i < kExpPoly.size(); ++i)
        u = std::fma(u, s, kExpPoly[i]);
    const float s2 = s * s;
    u = 1.0F + std::fma(s2, u, s);

    // vldexp2: 2^q in two halves, so that neither factor overflows where the product does not.
    const std::int32_t half = q >> 1;
    u = u * powerOfTwo(half);
    return u * powerOfTwo(q - half);
}

float sleefLog(float d)
{
    // Subnormals are scaled up by 2^64 first and the exponent corrected by 64 afterwards.
    const bool tiny = d < std::numeric_limits<float>::min();
    if (tiny)
        d = d * (0x1p32F * 0x1p32F);
    // log(d) = e ln 2 + log(m), m = d / 2^e in [0.75, 1.5).
    const float scaled = d * (1.0F / 0.75F);
    std::int32_t e = static_cast<std::int32_t>((bitsOf(scaled) >> 23) & 0xffU) - 0x7f;
    const float m = floatWithBits(bitsOf(d) + (static_cast<std::uint32_t>(-e) << 23));
    if (tiny)
        e -= 64;

    // s = e * ln 2 as a pair (ln 2 itself split in hi and lo), by dfmul_vf2_vf2_vf.
    const auto ef = static_cast<float>(e);
    FloatPair s {kLogLn2Hi * ef, 0.0F};
    s.lo = std::fma(kLogLn2Lo, ef, std::fma(kLogLn2Hi, ef, -s.hi));

    // log(m) = 2 atanh(x) with x = (m - 1) / (m + 1), as a pair, then an odd polynomial in x.
    const FloatPair x = dividePairs(addExact(-1.0F, m), addExact(1.0F, m));
    const float x2 = x.hi * x.hi;
    float t = kLogPoly[0];
    for (std::size_t i = 1; i < kLogPoly.size(); ++i)
        t = std::fma(t, x2, kLogPoly[i]);

    // dfadd_vf2_vf2_vf2(s, 2x), then dfadd_vf2_vf2_vf(s, x^3 t).
    const float twoHi = x.hi * 2.0F;
    const float twoLo = x.lo * 2.0F;
    float hi = s.hi + twoHi;
    float lo = (((s.hi - hi) + twoHi) + s.lo) + twoLo;
    s = {hi, lo};
    const float x3 = x2 * x.hi;
    const float tail = x3 * t;
    hi = s.hi + tail;
    lo = ((s.hi - hi) + tail) + s.lo;
    float r = hi + lo;

    if (d == std::numeric_limits<float>::infinity())
        r = d;
    if (d < 0.0F || std::isnan(d))
        r = std::numeric_limits<float>::quiet_NaN();
    if (d == 0.0F)
        r = -std::numeric_limits<float>::infinity();
    return r;
}

float glibcExp(float x)
{
    // sysdeps/ieee754/flt-32/e_expf.c: exp(x) = 2^(k/32) * 2^(r/32) with a table of 2^(i/32) and a
    // cubic in double. The FMA build fuses the scaling into the rounding of k and into r, and the
    // polynomial's multiply-adds.
    const std::uint32_t absTop = (bitsOf(x) >> 20) & 0x7ffU;
    if (absTop >= 0x42bU) { // |x| >= 88, infinities and NaN
        if (bitsOf(x) == 0xff800000U)
            return 0.0F;
        if (absTop >= 0x7f8U)
            return x + x;
        if (x > 0x1.62e42ep6F)
            return std::numeric_limits<float>::infinity();
        if (x < -0x1.9fe368p6F)
            return 0.0F;
        if (x < -0x1.9d1d9ep6F)
            return 0x1p-149F; // __math_may_uflowf: (0x1.4p-75f)^2 rounded
    }
    static constexpr std::array<std::uint64_t, 32> table {
        0x3ff0000000000000, 0x3fefd9b0d3158574, 0x3fefb5586cf9890f, 0x3fef9301d0125b51, 0x3fef72b83c7d517b,
        0x3fef54873168b9aa, 0x3fef387a6e756238, 0x3fef1e9df51fdee1, 0x3fef06fe0a31b715, 0x3feef1a7373aa9cb,
        0x3feedea64c123422, 0x3feece086061892d, 0x3feebfdad5362a27, 0x3feeb42b569d4f82, 0x3feeab07dd485429,
        0x3feea47eb03a5585, 0x3feea09e667f3bcd, 0x3fee9f75e8ec5f74, 0x3feea11473eb0187, 0x3feea589994cce13,
        0x3feeace5422aa0db, 0x3feeb737b0cdc5e5, 0x3feec49182a3f090, 0x3feed503b23e255d, 0x3feee89f995ad3ad,
        0x3feeff76f2fb5e47, 0x3fef199bdd85529c, 0x3fef3720dcef9069, 0x3fef5818dcfba487, 0x3fef7c97337b9b5f,
        0x3fefa4afa2a490da, 0x3fefd0765b6e4540};
    constexpr double invLn2N = 0x1.71547652b82fep+5; // 32 / ln 2
    constexpr double shift = 0x1.8p+52;              // leaves k, rounded to even, in the low bits
    const auto xd = static_cast<double>(x);
    double kd = std::fma(invLn2N, xd, shift);
    const std::uint64_t ki = std::bit_cast<std::uint64_t>(kd);
    kd -= shift;
    const double r = std::fma(invLn2N, xd, -kd);
    const double s = std::bit_cast<double>(table[ki % 32] + (ki << 47));
    const double z = std::fma(0x1.c6af84b912394p-20, r, 0x1.ebfce50fac4f3p-13);
    const double r2 = r * r;
    double y = std::fma(0x1.62e42ff0c52d6p-6, r, 1.0);
    y = std::fma(z, r2, y);
    return static_cast<float>(y * s);
}

#if defined(__x86_64__) || defined(__i386__)
#define LEAKYLAB_TORCH_MATH_X86 1
namespace {

// The same two functions on 8 lanes, step for step as above: Sleef's own AVX2 code, which is what
// PyTorch runs. Used where the CPU has AVX2 and FMA.
[[gnu::target("avx2,fma")]] __m256 powerOfTwo8(__m256i q)
{
    return _mm256_castsi256_ps(_mm256_slli_epi32(_mm256_add_epi32(q, _mm256_set1_epi32(0x7f)), 23));
}

[[gnu::target("avx2,fma")]] __m256 addExact8(__m256 x, __m256 y, __m256& lo)
{
    const __m256 hi = _mm256_add_ps(x, y);
    const __m256 v = _mm256_sub_ps(hi, x);
    lo = _mm256_add_ps(_mm256_sub_ps(x, _mm256_sub_ps(hi, v)), _mm256_sub_ps(y, v));
    return hi;
}

[[gnu::target("avx2,fma")]] __m256 sleefExp8(__m256 d)
{
    const __m256i q = _mm256_cvtps_epi32(_mm256_mul_ps(d, _mm256_set1_ps(kInvLn2)));
    const __m256 qf = _mm256_cvtepi32_ps(q);
    __m256 s = _mm256_fmadd_ps(qf, _mm256_set1_ps(-kLn2Hi), d);
    s = _mm256_fmadd_ps(qf, _mm256_set1_ps(-kLn2Lo), s);
    __m256 u = _mm256_set1_ps(kExpPoly[0]);
    for (std::size_t i = 1; i < kExpPoly.size(); ++i)
        u = _mm256_fmadd_ps(u, s, _mm256_set1_ps(kExpPoly[i]));
    u = _mm256_add_ps(_mm256_set1_ps(1.0F), _mm256_fmadd_ps(_mm256_mul_ps(s, s), u, s));
    const __m256i half = _mm256_srai_epi32(q, 1);
    u = _mm256_mul_ps(_mm256_mul_ps(u, powerOfTwo8(half)), powerOfTwo8(_mm256_sub_epi32(q, half)));
    u = _mm256_andnot_ps(_mm256_cmp_ps(d, _mm256_set1_ps(-104.0F), _CMP_LT_OQ), u);
    const __m256 infinity = _mm256_set1_ps(std::numeric_limits<float>::infinity());
    return _mm256_blendv_ps(u, infinity, _mm256_cmp_ps(_mm256_set1_ps(100.0F), d, _CMP_LT_OQ));
}

[[gnu::target("avx2,fma")]] __m256 sleefLog8(__m256 d)
{
    const __m256 tiny = _mm256_cmp_ps(d, _mm256_set1_ps(std::numeric_limits<float>::min()), _CMP_LT_OQ);
    d = _mm256_blendv_ps(d, _mm256_mul_ps(d, _mm256_set1_ps(0x1p32F * 0x1p32F)), tiny);
    const __m256i scaled = _mm256_castps_si256(_mm256_mul_ps(d, _mm256_set1_ps(1.0F / 0.75F)));
    __m256i e = _mm256_sub_epi32(_mm256_and_si256(_mm256_srli_epi32(scaled, 23), _mm256_set1_epi32(0xff)),
                                 _mm256_set1_epi32(0x7f));
    const __m256i negE = _mm256_sub_epi32(_mm256_setzero_si256(), e);
    const __m256 m = _mm256_castsi256_ps(_mm256_add_epi32(_mm256_castps_si256(d), _mm256_slli_epi32(negE, 23)));
    e = _mm256_blendv_epi8(e, _mm256_sub_epi32(e, _mm256_set1_epi32(64)), _mm256_castps_si256(tiny));

    const __m256 ef = _mm256_cvtepi32_ps(e);
    __m256 sHi = _mm256_mul_ps(_mm256_set1_ps(kLogLn2Hi), ef);
    __m256 sLo = _mm256_fmadd_ps(_mm256_set1_ps(kLogLn2Lo), ef, _mm256_fmsub_ps(_mm256_set1_ps(kLogLn2Hi), ef, sHi));

    __m256 nLo;
    __m256 dLo;
    const __m256 nHi = addExact8(_mm256_set1_ps(-1.0F), m, nLo);
    const __m256 dHi = addExact8(_mm256_set1_ps(1.0F), m, dLo);
    const __m256 t = _mm256_div_ps(_mm256_set1_ps(1.0F), dHi);
    const __m256 xHi = _mm256_mul_ps(nHi, t);
    const __m256 u = _mm256_fmsub_ps(t, nHi, xHi);
    __m256 xLo = _mm256_fnmadd_ps(dLo, t, _mm256_fnmadd_ps(dHi, t, _mm256_set1_ps(1.0F)));
    xLo = _mm256_fmadd_ps(xHi, xLo, _mm256_fmadd_ps(nLo, t, u));

    const __m256 x2 = _mm256_mul_ps(xHi, xHi);
    __m256 poly = _mm256_set1_ps(kLogPoly[0]);
    for (std::size_t i = 1; i < kLogPoly.size(); ++i)
        poly = _mm256_fmadd_ps(poly, x2, _mm256_set1_ps(kLogPoly[i]));

    const __m256 two = _mm256_set1_ps(2.0F);
    const __m256 twoHi = _mm256_mul_ps(xHi, two);
    const __m256 twoLo = _mm256_mul_ps(xLo, two);
    __m256 hi = _mm256_add_ps(sHi, twoHi);
    __m256 lo = _mm256_add_ps(_mm256_add_ps(_mm256_add_ps(_mm256_sub_ps(sHi, hi), twoHi), sLo), twoLo);
    sHi = hi;
    sLo = lo;
    const __m256 tail = _mm256_mul_ps(_mm256_mul_ps(x2, xHi), poly);
    hi = _mm256_add_ps(sHi, tail);
    lo = _mm256_add_ps(_mm256_add_ps(_mm256_sub_ps(sHi, hi), tail), sLo);
    __m256 r = _mm256_add_ps(hi, lo);

    const __m256 infinity = _mm256_set1_ps(std::numeric_limits<float>::infinity());
    r = _mm256_blendv_ps(r, infinity, _mm256_cmp_ps(d, infinity, _CMP_EQ_OQ));
    const __m256 invalid = _mm256_or_ps(_mm256_cmp_ps(d, _mm256_setzero_ps(), _CMP_LT_OQ),
                                        _mm256_cmp_ps(d, d, _CMP_UNORD_Q));
    r = _mm256_blendv_ps(r, _mm256_set1_ps(std::numeric_limits<float>::quiet_NaN()), invalid);
    return _mm256_blendv_ps(r, _mm256_set1_ps(-std::numeric_limits<float>::infinity()),
                            _mm256_cmp_ps(d, _mm256_setzero_ps(), _CMP_EQ_OQ));
}

// out[i] = exp(in[i]), or log(in[i]) when Log, 8 lanes at a time and the rest one by one.
template <bool Log>
[[gnu::target("avx2,fma")]] void mapAvx2(const float* in, float* out, std::size_t n)
{
    std::size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        const __m256 x = _mm256_loadu_ps(in + i);
        _mm256_storeu_ps(out + i, Log ? sleefLog8(x) : sleefExp8(x));
    }
    for (; i < n; ++i)
        out[i] = Log ? sleefLog(in[i]) : sleefExp(in[i]);
}

bool hasAvx2Fma()
{
    static const bool has = __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma");
    return has;
}

} // namespace
#endif

void sleefExp(const float* in, float* out, std::size_t n)
{
#ifdef LEAKYLAB_TORCH_MATH_X86
    if (hasAvx2Fma())
        return mapAvx2<false>(in, out, n);
#endif
    for (std::size_t i = 0; i < n; ++i)
        out[i] = sleefExp(in[i]);
}

void sleefLog(const float* in, float* out, std::size_t n)
{
#ifdef LEAKYLAB_TORCH_MATH_X86
    if (hasAvx2Fma())
        return mapAvx2<true>(in, out, n);
#endif
    for (std::size_t i = 0; i < n; ++i)
        out[i] = sleefLog(in[i]);
}

} // namespace leakylab
