// PyTorch 1.13's CPU generator (mt19937) and its randn kernels, reproduced bit for bit on any CPU.
#include "core/torch_random.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <cstddef>

namespace leakylab {

namespace {

constexpr std::size_t kStateSize = 624;
constexpr std::size_t kShift = 397;
constexpr std::uint32_t kMatrixA = 0x9908b0dfU;
constexpr std::uint32_t kUpperMask = 0x80000000U;
constexpr std::uint32_t kLowerMask = 0x7fffffffU;

// normal_fill works on blocks of 16: 8 cosines from the first half, 8 sines from the second.
constexpr std::int64_t kBlock = 16;
constexpr std::size_t kHalfBlock = 8;

float withBits(std::uint32_t bits)
{
    return std::bit_cast<float>(bits);
}
std::uint32_t bitsOf(float v)
{
    return std::bit_cast<std::uint32_t>(v);
}

// fmaf, exact on any CPU and without a libm call per step (std::fma is a call unless the build
// targets FMA hardware). a * b is exact in double, so only the rounding of the sum matters: rounding
// it to double and then to float is the single correct rounding unless the double landed exactly
// halfway between two floats (or among float subnormals); then the sum is redone rounded to odd,
// which rounds to float correctly.
float fusedMulAdd(float a, float b, float c)
{
    const double product = static_cast<double>(a) * static_cast<double>(b);
    const double addend = static_cast<double>(c);
    const double sum = product + addend;
    std::uint64_t bits = std::bit_cast<std::uint64_t>(sum);
    constexpr std::uint64_t droppedBits = (std::uint64_t {1} << 29) - 1; // double bits a float lacks
    constexpr std::uint64_t halfway = std::uint64_t {1} << 28;
    if ((bits & droppedBits) != halfway && std::fabs(sum) >= 0x1p-126)
        return static_cast<float>(sum);

    const double productPart = sum - addend;
    const double error = (product - productPart) + (addend - (sum - productPart)); // exact: sum + error
    // Round to odd: truncate toward zero, then set the last bit if anything was lost.
    const bool inexact = error != 0.0;
    const bool roundedAwayFromZero = inexact && ((error > 0.0) != (sum > 0.0));
    bits -= roundedAwayFromZero ? 1U : 0U;
    bits |= inexact ? 1U : 0U;
    return static_cast<float>(std::bit_cast<double>(bits));
}

// One lane of avx_mathfun's log256_ps as libtorch's AVX2 build runs it: GCC fused several of the
// intrinsic multiplies and adds into FMA instructions, so those steps are fusedMulAdd here and every
// other step is its own statement so that nothing else gets fused.
float avxLog(float x)
{
    const bool invalid = x <= 0.0F;
    const float minNormal = withBits(0x00800000U);
    x = x > minNormal ? x : minNormal;

    const std::uint32_t bits = bitsOf(x);
    float exponent = static_cast<float>(static_cast<std::int32_t>(bits >> 23) - 0x7f);
    exponent = exponent + 1.0F;
    // The mantissa as a value in [0.5, 1).
    x = withBits((bits & 0x807fffffU) | bitsOf(0.5F));

    // Below sqrt(1/2) the polynomial runs on 2x - 1 with the exponent lowered by one.
    const bool belowSqrtHalf = x < 0.707106781186547524F;
    const float addBack = belowSqrtHalf ? x : 0.0F;
    x = x + -1.0F;
    exponent = exponent - (belowSqrtHalf ? 1.0F : 0.0F);
    x = addBack + x;

    const float exponentLow = exponent * -2.12194440e-4F;
    float y = 7.0376836292E-2F;
    y = fusedMulAdd(y, x, -1.1514610310E-1F);
    y = fusedMulAdd(y, x, 1.1676998740E-1F);
    y = fusedMulAdd(y, x, -1.2420140846E-1F);
    y = fusedMulAdd(y, x, 1.4249322787E-1F);
    y = fusedMulAdd(y, x, -1.6668057665E-1F);
    y = fusedMulAdd(y, x, 2.0000714765E-1F);
    y = fusedMulAdd(y, x, -2.4999993993E-1F);
    y = fusedMulAdd(y, x, 3.3333331174E-1F);
    const float z = x * x;
    y = x * y;
    y = fusedMulAdd(y, z, exponentLow);
    y = fusedMulAdd(-z, 0.5F, y);
    x = x + y;
    x = fusedMulAdd(exponent, 0.693359375F, x);
    return invalid ? withBits(0xffffffffU) : x;
}

struct SinCos {
    float sin;
    float cos;
};

// One lane of avx_mathfun's sincos256_ps as libtorch's AVX2 build runs it (fused steps as in avxLog).
SinCos avxSinCos(float x)
{
    std::uint32_t sinSign = bitsOf(x) & kUpperMask;
    x = withBits(bitsOf(x) & kLowerMask);

    // Octant j rounded up to even, as Cephes does: x is reduced by j * pi/4 below.
    const float scaled = x * 1.27323954473516F;
    std::int32_t octant = static_cast<std::int32_t>(scaled);
    octant = (octant + 1) & ~1;
    const float octantF = static_cast<float>(octant);
    sinSign ^= static_cast<std::uint32_t>(octant & 4) << 29;
    const bool sinFromSinPoly = (octant & 2) == 0;
    const std::uint32_t cosSign = static_cast<std::uint32_t>(~(octant - 2) & 4) << 29;

    // pi/4 split in three parts so the reduction keeps extra precision.
    x = fusedMulAdd(octantF, -0.78515625F, x);
    x = fusedMulAdd(octantF, -2.4187564849853515625e-4F, x);
    x = fusedMulAdd(octantF, -3.77489497744594108e-8F, x);
    const float z = x * x;

    float cosPoly = fusedMulAdd(2.443315711809948E-005F, z, -1.388731625493765E-003F);
    cosPoly = fusedMulAdd(cosPoly, z, 4.166664568298827E-002F);
    cosPoly = z * cosPoly;
    const float halfZ = z * 0.5F;
    cosPoly = fusedMulAdd(cosPoly, z, -halfZ);
    cosPoly = cosPoly + 1.0F;

    float sinPoly = fusedMulAdd(z, -1.9515295891E-4F, 8.3321608736E-3F);
    sinPoly = fusedMulAdd(sinPoly, z, -1.6666654611E-1F);
    sinPoly = z * sinPoly;
    sinPoly = fusedMulAdd(sinPoly, x, x);

    // The vector code selects with bit masks and adds, so a masked-out lane contributes +0.
    const float sinPart = sinFromSinPoly ? sinPoly : 0.0F;
    const float cosPart = sinFromSinPoly ? 0.0F : cosPoly;
    const float sinValue = cosPart + sinPart;
    const float cosValue = (sinPoly - sinPart) + (cosPoly - cosPart);
    return {withBits(bitsOf(sinValue) ^ sinSign), withBits(bitsOf(cosValue) ^ cosSign)};
}

// normal_fill_16_AVX2: Box-Muller on 16 uniforms in place. Each pass runs over all eight lanes, as
// the vector code does, which also lets the CPU overlap the lanes' long dependency chains.
void boxMullerBlock(float* block, float mean, float std)
{
    const float twoPi = static_cast<float>(2.0 * 3.14159265358979323846);
    std::array<float, kHalfBlock> radius {};
    std::array<SinCos, kHalfBlock> angle {};
    for (std::size_t j = 0; j < kHalfBlock; ++j) {
        const float u1 = 1.0F - block[j]; // [0, 1) -> (0, 1] for the logarithm
        radius[j] = std::sqrt(-2.0F * avxLog(u1));
    }
    for (std::size_t j = 0; j < kHalfBlock; ++j)
        angle[j] = avxSinCos(twoPi * block[j + kHalfBlock]);
    for (std::size_t j = 0; j < kHalfBlock; ++j) {
        const float cosSample = radius[j] * angle[j].cos;
        const float sinSample = radius[j] * angle[j].sin;
        block[j] = fusedMulAdd(cosSample, std, mean);
        block[j + kHalfBlock] = fusedMulAdd(sinSample, std, mean);
    }
}

// at::uniform_real_distribution<float>(0, 1): 24 random bits scaled into [0, 1).
float uniformFloat(TorchGenerator& gen)
{
    return static_cast<float>(gen.random() & ((1U << 24) - 1U)) * 0x1.0p-24F;
}

// at::uniform_real_distribution<double>(0, 1): 53 random bits scaled into [0, 1).
double uniformDouble(TorchGenerator& gen)
{
    return static_cast<double>(gen.random64() & ((std::uint64_t {1} << 53) - 1U)) * 0x1.0p-53;
}

} // namespace

TorchGenerator::TorchGenerator(std::uint64_t seed)
{
    manualSeed(seed);
}

void TorchGenerator::manualSeed(std::uint64_t seed)
{
    seed_ = seed;
    state_[0] = static_cast<std::uint32_t>(seed & 0xffffffffU);
    for (std::size_t i = 1; i < kStateSize; ++i)
        state_[i] = 1812433253U * (state_[i - 1] ^ (state_[i - 1] >> 30)) + static_cast<std::uint32_t>(i);
    index_ = kStateSize; // the first draw regenerates the whole state
    nextDoubleNormal_.reset();
}

void TorchGenerator::regenerateState()
{
    const auto twist = [](std::uint32_t current, std::uint32_t next, std::uint32_t shifted) {
        const std::uint32_t y = (current & kUpperMask) | (next & kLowerMask);
        return shifted ^ (y >> 1) ^ ((y & 1U) != 0 ? kMatrixA : 0U);
    };
    std::size_t i = 0;
    for (; i < kStateSize - kShift; ++i)
        state_[i] = twist(state_[i], state_[i + 1], state_[i + kShift]);
    for (; i < kStateSize - 1; ++i)
        state_[i] = twist(state_[i], state_[i + 1], state_[i + kShift - kStateSize]);
    state_[i] = twist(state_[i], state_[0], state_[kShift - 1]);
    index_ = 0;
}

std::uint32_t TorchGenerator::random()
{
    if (index_ >= kStateSize)
        regenerateState();
    std::uint32_t y = state_[index_++];
    y ^= y >> 11;
    y ^= (y << 7) & 0x9d2c5680U;
    y ^= (y << 15) & 0xefc60000U;
    y ^= y >> 18;
    return y;
}

std::uint64_t TorchGenerator::random64()
{
    const std::uint64_t high = random();
    const std::uint64_t low = random();
    return (high << 32) | low;
}

// at::normal_distribution<double>(0, 1): Box-Muller that keeps its second value for the next call.
double TorchGenerator::nextDoubleNormal()
{
    if (nextDoubleNormal_) {
        const double cached = *nextDoubleNormal_;
        nextDoubleNormal_.reset();
        return cached;
    }
    const double u1 = uniformDouble(*this);
    const double u2 = uniformDouble(*this);
    const double radius = std::sqrt(-2.0 * std::log(1.0 - u2));
    const double theta = 2.0 * 3.14159265358979323846 * u1;
    nextDoubleNormal_ = radius * std::sin(theta);
    return radius * std::cos(theta);
}

std::vector<float> TorchGenerator::randn(std::int64_t n)
{
    std::vector<float> data(static_cast<std::size_t>(std::max<std::int64_t>(n, 0)));
    if (n < kBlock) {
        // Short tensors take PyTorch's serial kernel: double Box-Muller, rounded to float. Its
        // final sample * std + mean (std 1, mean 0) turns a -0 into +0, hence the + 0.0.
        for (float& v : data)
            v = static_cast<float>(nextDoubleNormal() + 0.0);
        return data;
    }

    // normal_fill: all the uniforms first, then Box-Muller block by block.
    for (float& v : data)
        v = uniformFloat(*this);
    for (std::int64_t i = 0; i + kBlock <= n; i += kBlock)
        boxMullerBlock(data.data() + i, 0.0F, 1.0F);
    if (n % kBlock != 0) {
        // The blocks leave a remainder of fewer than 16; PyTorch draws 16 fresh uniforms over the
        // last 16 slots (overwriting normals already made there) and transforms them as one block.
        float* tail = data.data() + (n - kBlock);
        for (std::int64_t i = 0; i < kBlock; ++i)
            tail[i] = uniformFloat(*this);
        boxMullerBlock(tail, 0.0F, 1.0F);
    }
    return data;
}

} // namespace leakylab
