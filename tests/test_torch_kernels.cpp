// exp, log, sums and losses against PyTorch 1.13's CPU kernels, bit for bit (make_torch_kernel_cases.py).
#include <gtest/gtest.h>

#include <cmath>
#include <string>
#include <vector>

#include "core/loss.h"
#include "core/torch_math.h"
#include "core/torch_random.h"
#include "core/torch_sum.h"
#include "fixtures.h"

namespace {

using leakylab::testing::bitsOf;
using leakylab::testing::floatFromBits;
using leakylab::testing::floatsFromBits;
using nlohmann::json;

const json& fixture()
{
    static const json doc = leakylab::testing::loadFixture("torch_kernels.json");
    return doc;
}

// The inputs PyTorch drew: torch.manual_seed(seed); torch.randn(n).
std::vector<float> randn(const json& c, std::size_t n)
{
    leakylab::TorchGenerator gen(c["seed"].get<std::uint64_t>());
    return gen.randn(static_cast<std::int64_t>(n));
}

// Equal bits, except that any NaN matches any NaN (PyTorch's payloads are not part of the contract).
void expectSameFloat(float ours, float theirs, const std::string& what)
{
    if (std::isnan(theirs))
        EXPECT_TRUE(std::isnan(ours)) << what;
    else
        EXPECT_EQ(bitsOf(ours), bitsOf(theirs)) << what << ": " << ours << " vs " << theirs;
}

// Checks f one element at a time and on the whole array at once (the 8-lane path where there is one).
template <class One, class Many>
void expectLikeTorch(const json& c, One one, Many many, const char* name)
{
    const std::vector<float> x = floatsFromBits(c["x"]);
    const std::vector<float> expected = floatsFromBits(c["y"]);
    std::vector<float> all(x.size());
    many(x.data(), all.data(), x.size());
    for (std::size_t i = 0; i < x.size(); ++i) {
        const std::string what = std::string(name) + "(" + std::to_string(x[i]) + ")";
        expectSameFloat(one(x[i]), expected[i], what);
        expectSameFloat(all[i], expected[i], what + " in an array");
    }
}

TEST(TorchKernels, ExpIsTorchExp)
{
    expectLikeTorch(
        fixture()["exp"], [](float v) { return leakylab::sleefExp(v); },
        [](const float* in, float* out, std::size_t n) { leakylab::sleefExp(in, out, n); }, "exp");
}

TEST(TorchKernels, LogIsTorchLog)
{
    expectLikeTorch(
        fixture()["log"], [](float v) { return leakylab::sleefLog(v); },
        [](const float* in, float* out, std::size_t n) { leakylab::sleefLog(in, out, n); }, "log");
}

TEST(TorchKernels, SumIsTorchSum)
{
    for (const json& c : fixture()["sum"]) {
        const auto n = c["n"].get<std::size_t>();
        const std::vector<float> x = randn(c, n);
        EXPECT_EQ(bitsOf(leakylab::torchSum(x.data(), n)), bitsOf(floatFromBits(c["sum"]))) << "n = " << n;
    }
}

TEST(TorchKernels, ColumnSumsAreTorchSumOverRows)
{
    for (const json& c : fixture()["column_sums"]) {
        const auto rows = c["rows"].get<std::size_t>();
        const auto cols = c["cols"].get<std::size_t>();
        const std::vector<float> a = randn(c, rows * cols);
        std::vector<float> sums(cols);
        leakylab::torchColumnSums(a.data(), rows, cols, sums.data());
        const std::vector<float> expected = floatsFromBits(c["sums"]);
        for (std::size_t j = 0; j < cols; ++j)
            EXPECT_EQ(bitsOf(sums[j]), bitsOf(expected[j])) << rows << " x " << cols << ", column " << j;
    }
}

// The mean loss and its gradient: Sleef's exp and log, the glibc expf of sigmoid's scalar tail,
// the float sum and the division, together.
TEST(TorchKernels, LossesAndGradientsAreTorchs)
{
    for (const json& c : fixture()["losses"]) {
        const auto n = c["n"].get<std::size_t>();
        const bool bce = c["kind"] == "bce_with_logits";
        const std::vector<float> r = randn(c, 2 * n);
        std::vector<float> z(n);
        std::vector<float> t(n);
        for (std::size_t i = 0; i < n; ++i) {
            z[i] = r[i] * c["scale"].get<float>(); // a power of two: exact
            t[i] = bce ? (r[n + i] > 0.0F ? 1.0F : 0.0F) : r[n + i];
        }
        std::vector<float> grad(n);
        const auto kind = bce ? leakylab::LossKind::BceWithLogits : leakylab::LossKind::Mse;
        const float loss = leakylab::meanLoss(kind, z.data(), t.data(), n, grad.data());
        const std::string what = c["kind"].get<std::string>() + ", n = " + std::to_string(n) + ", scale "
            + std::to_string(c["scale"].get<float>());
        EXPECT_EQ(bitsOf(loss), bitsOf(floatFromBits(c["loss"]))) << what;
        const std::vector<float> expected = floatsFromBits(c["grad"]);
        for (std::size_t i = 0; i < n; ++i)
            EXPECT_EQ(bitsOf(grad[i]), bitsOf(expected[i])) << what << ", element " << i;
    }
}

} // namespace
