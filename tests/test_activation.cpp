// ReLU and LeakyReLU values and gradients against PyTorch's own (tests/data/activations.json).
#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <random>
#include <vector>

#include "core/activation.h"
#include "fixtures.h"

namespace leakylab {
namespace {

using testing::bitsOf;
using testing::floatsFromBits;

struct ActivationCase {
    std::string name;
    bool relu = false;
    double slope = 0;
    std::vector<float> input, output, grad;
};

std::vector<ActivationCase> loadCases()
{
    std::vector<ActivationCase> cases;
    const nlohmann::json fixture = testing::loadFixture("activations.json");
    for (const auto& c : fixture["cases"]) {
        ActivationCase a;
        a.relu = c["activation"] == "relu";
        a.slope = a.relu ? 0.0 : c["negative_slope"].get<double>();
        a.input = floatsFromBits(c["input"]);
        a.output = floatsFromBits(c["output"]);
        a.grad = floatsFromBits(c["grad"]);
        a.name = a.relu ? "relu" : "leaky_relu_" + c["negative_slope_bits"].get<std::string>();
        cases.push_back(std::move(a));
    }
    return cases;
}

class ActivationFixture : public ::testing::TestWithParam<ActivationCase> {};

// Buffers of several lengths, so that both the SIMD body and the scalar tail see every value.
std::vector<float> tiled(const std::vector<float>& values, std::size_t n)
{
    std::vector<float> out(n);
    for (std::size_t i = 0; i < n; ++i)
        out[i] = values[i % values.size()];
    return out;
}

TEST_P(ActivationFixture, ScalarMatchesPyTorchBitForBit)
{
    const ActivationCase& c = GetParam();
    const float slope = slopeAsFloat(c.slope);
    for (std::size_t i = 0; i < c.input.size(); ++i) {
        const float x = c.input[i];
        const float y = c.relu ? relu(x) : leakyRelu(x, slope);
        const float g = c.relu ? reluGrad(x) : leakyReluGrad(x, slope);
        EXPECT_EQ(bitsOf(y), bitsOf(c.output[i])) << "forward at input " << i << " = " << x;
        EXPECT_EQ(bitsOf(g), bitsOf(c.grad[i])) << "gradient at input " << i << " = " << x;
    }
}

TEST_P(ActivationFixture, BufferKernelsMatchPyTorchOutOfPlaceAndInPlace)
{
    const ActivationCase& c = GetParam();
    const float slope = slopeAsFloat(c.slope);
    for (std::size_t n : {std::size_t{25}, std::size_t{3}, std::size_t{1000}, std::size_t{3u << 20}}) {
        const std::vector<float> x = tiled(c.input, n);
        std::vector<float> y(n), inplace = x, grad(n, 1.0f);
        if (c.relu) {
            reluForward(x.data(), y.data(), n);
            reluForward(inplace.data(), inplace.data(), n);
            reluBackward(grad.data(), x.data(), grad.data(), n);
        } else {
            leakyReluForward(x.data(), y.data(), n, slope);
            leakyReluForward(inplace.data(), inplace.data(), n, slope);
            leakyReluBackward(grad.data(), x.data(), grad.data(), n, slope);
        }
        for (std::size_t i = 0; i < n; ++i) {
            const std::size_t k = i % c.input.size();
            ASSERT_EQ(bitsOf(y[i]), bitsOf(c.output[k])) << "n=" << n << " i=" << i;
            ASSERT_EQ(bitsOf(inplace[i]), bitsOf(c.output[k])) << "in place, n=" << n << " i=" << i;
            ASSERT_EQ(bitsOf(grad[i]), bitsOf(c.grad[k])) << "grad, n=" << n << " i=" << i;
        }
    }
}

INSTANTIATE_TEST_SUITE_P(PyTorch, ActivationFixture, ::testing::ValuesIn(loadCases()),
                         [](const auto& p) { return p.param.name; });

// Streaming stores start at an aligned address; an output that is not aligned must still be right.
TEST(ActivationKernels, LargeUnalignedBufferMatchesScalar)
{
    const std::size_t n = (3u << 20) + 7;
    std::vector<float> x(n + 1);
    std::mt19937 rng(7);
    std::normal_distribution<float> dist(0.0f, 3.0f);
    for (float& v : x)
        v = dist(rng);
    std::vector<float> y(n + 1), g(n + 1, 0.5f);
    leakyReluForward(x.data() + 1, y.data() + 1, n, 0.2f);
    leakyReluBackward(g.data() + 1, x.data() + 1, g.data() + 1, n, 0.2f);
    for (std::size_t i = 1; i <= n; ++i) {
        ASSERT_EQ(bitsOf(y[i]), bitsOf(leakyRelu(x[i], 0.2f))) << i;
        ASSERT_EQ(bitsOf(g[i]), bitsOf(0.5f * leakyReluGrad(x[i], 0.2f))) << i;
    }
}

// A NaN or infinite incoming gradient on ReLU's dead side becomes 0, not NaN (threshold_backward).
TEST(ActivationKernels, ReluBackwardWritesZeroOnDeadSideWhateverTheIncomingGradient)
{
    const float inf = std::numeric_limits<float>::infinity();
    const std::vector<float> x = {-1.0f, 0.0f, -0.0f, 2.0f};
    const std::vector<float> g = {std::nanf(""), inf, -inf, 3.0f};
    std::vector<float> out(4);
    reluBackward(g.data(), x.data(), out.data(), 4);
    EXPECT_EQ(bitsOf(out[0]), 0u);
    EXPECT_EQ(bitsOf(out[1]), 0u);
    EXPECT_EQ(bitsOf(out[2]), 0u);
    EXPECT_EQ(out[3], 3.0f);
}

// Away from the kink, the derivative is the slope of the curve: compare with central differences.
TEST(ActivationProperties, DerivativeMatchesFiniteDifferencesAwayFromZero)
{
    std::mt19937 rng(2024);
    std::uniform_real_distribution<double> xs(-10.0, 10.0);
    std::uniform_real_distribution<double> slopes(-2.0, 3.0);
    for (int trial = 0; trial < 2000; ++trial) {
        const double x = xs(rng);
        if (std::abs(x) < 1e-2)
            continue;
        const float s = static_cast<float>(slopes(rng));
        const double h = 1e-3;
        const auto lr = [s](double v) { return static_cast<double>(leakyRelu(static_cast<float>(v), s)); };
        const auto r = [](double v) { return static_cast<double>(relu(static_cast<float>(v))); };
        EXPECT_NEAR((lr(x + h) - lr(x - h)) / (2 * h), leakyReluGrad(static_cast<float>(x), s), 1e-2) << x;
        EXPECT_NEAR((r(x + h) - r(x - h)) / (2 * h), reluGrad(static_cast<float>(x)), 1e-2) << x;
    }
}

// LeakyReLU with slope 0 is ReLU's curve, except where 0 * x keeps a sign or makes NaN.
TEST(ActivationProperties, SlopeZeroAgreesWithReluOnFiniteNonZeroInputs)
{
    for (float x : {-3.0f, -1e-30f, 1e-30f, 0.5f, 7.0f})
        EXPECT_EQ(leakyRelu(x, 0.0f) == 0.0f, relu(x) == 0.0f) << x;
}

} // namespace
} // namespace leakylab
