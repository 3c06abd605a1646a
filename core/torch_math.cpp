// The float32 exp and log that PyTorch 1.13's AVX2 CPU kernels compute, lane for lane, on any CPU.
//
// Every multiply-add that the originals fuse is std::fma here (exact by the C++ standard, whatever
// the hardware), and every other operation is its own statement, rounded on its own: the build turns
// off the compiler's own contraction (-ffp-contract=off), so nothing else gets fused.
#include "core/torch_math.h"

#include <array>
#include <bit>
#include <cmath>
#include <cstdint>
#include <limits>

namespace leakylab {
namespace {

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
    const std::int32_t q = roundToInt(x * 1.442695040888963407359924681001892137426645954152985934135449406931F);
    const auto qf = static_cast<float>(q);
    float s = std::fma(qf, -0.693145751953125F, x);
    s = std::fma(qf, -1.428606765330187045e-06F, s);

    float u = 0.000198527617612853646278381F;
    u = std::fma(u, s, 0.00139304355252534151077271F);
    u = std::fma(u, s, 0.00833336077630519866943359F);
    u = std::fma(u, s, 0.0416664853692054748535156F);
    u = std::fma(u, s, 0.166666671633720397949219F);
    u = std::fma(u, s, 0.5F);
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
    const float ln2Hi = 0.69314718246459960938F;
    const float ln2Lo = -1.904654323148236017e-09F;
    FloatPair s {ln2Hi * ef, 0.0F};
    s.lo = std::fma(ln2Lo, ef, std::fma(ln2Hi, ef, -s.hi));

    // log(m) = 2 atanh(x) with x = (m - 1) / (m + 1), as a pair, then an odd polynomial in x.
    const FloatPair x = dividePairs(addExact(-1.0F, m), addExact(1.0F, m));
    const float x2 = x.hi * x.hi;
    float t = 0.3027294874F;
    t = std::fma(t, x2, 0.3996108174F);
    t = std::fma(t, x2, 0.6666694880F);

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

} // namespace leakylab
