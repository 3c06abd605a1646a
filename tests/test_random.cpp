// TorchGenerator against PyTorch 1.13's own torch.manual_seed + torch.randn output, bit for bit.
#include "core/torch_random.h"
#include "fixtures.h"

#include <cstddef>
#include <cstdint>
#include <gtest/gtest.h>
#include <ostream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

using leakylab::TorchGenerator;
using leakylab::testing::bitsOf;
using leakylab::testing::floatsFromBits;
using leakylab::testing::loadFixture;

namespace {

struct RandnCase {
    std::string name;
    std::uint64_t seed = 0;
    std::int64_t numel = 0;
    std::vector<std::size_t> indices; // empty: every element is stored
    std::vector<float> expected;
};

std::vector<RandnCase> loadCases(const std::string& file)
{
    const nlohmann::json fixture = loadFixture(file);
    std::vector<RandnCase> cases;
    for (const auto& c : fixture.at("cases")) {
        RandnCase rc;
        rc.seed = c.at("seed").get<std::uint64_t>();
        rc.numel = 1;
        rc.name = "seed";
        rc.name += std::to_string(rc.seed);
        rc.name += c.at("shape").size() == 1 ? "_n" : "_";
        for (std::size_t d = 0; d < c.at("shape").size(); ++d) {
            const auto extent = c.at("shape")[d].get<std::int64_t>();
            rc.numel *= extent;
            if (d > 0)
                rc.name += 'x';
            rc.name += std::to_string(extent);
        }
        if (c.contains("indices")) {
            rc.indices = c.at("indices").get<std::vector<std::size_t>>();
            rc.name += "_sampled";
        }
        rc.expected = floatsFromBits(c.at("values"));
        cases.push_back(rc);
    }
    return cases;
}

// Test listings show the case name instead of the raw bytes.
void PrintTo(const RandnCase& c, std::ostream* out)
{
    *out << c.name;
}

std::string hex(float v)
{
    std::ostringstream out;
    out << std::hex << bitsOf(v);
    return out.str();
}

// Compares bit patterns, so -0 against +0 or a one-ulp difference fails. Reports the first few.
void expectSameBits(const std::vector<float>& got, const std::vector<float>& expected,
    const std::vector<std::size_t>& indices = {})
{
    int mismatches = 0;
    for (std::size_t k = 0; k < expected.size(); ++k) {
        const std::size_t at = indices.empty() ? k : indices[k];
        ASSERT_LT(at, got.size());
        if (bitsOf(got[at]) != bitsOf(expected[k]) && ++mismatches <= 5)
            ADD_FAILURE() << "element " << at << ": got " << got[at] << " (" << hex(got[at])
                          << "), PyTorch gives " << expected[k] << " (" << hex(expected[k]) << ")";
    }
    EXPECT_EQ(mismatches, 0) << "elements that differ from PyTorch";
}

class RandnFixture : public ::testing::TestWithParam<RandnCase> { };

TEST_P(RandnFixture, MatchesPyTorchBitForBit)
{
    const RandnCase& c = GetParam();
    TorchGenerator gen(c.seed);
    const std::vector<float> got = gen.randn(c.numel);
    ASSERT_EQ(got.size(), static_cast<std::size_t>(c.numel));
    if (c.indices.empty()) {
        ASSERT_EQ(got.size(), c.expected.size());
    }
    expectSameBits(got, c.expected, c.indices);
}

std::string caseName(const ::testing::TestParamInfo<RandnCase>& info)
{
    return info.param.name;
}

INSTANTIATE_TEST_SUITE_P(Randn, RandnFixture, ::testing::ValuesIn(loadCases("randn.json")), caseName);
INSTANTIATE_TEST_SUITE_P(
    RandnExtra, RandnFixture, ::testing::ValuesIn(loadCases("randn_extra.json")), caseName);

// Several randn calls after one manual_seed: the generator state and the cached second Box-Muller
// value must carry over from call to call exactly as in PyTorch.
struct Sequence {
    std::string name;
    nlohmann::json steps;
};

void PrintTo(const Sequence& s, std::ostream* out)
{
    *out << s.name;
}

std::vector<Sequence> loadSequences()
{
    const nlohmann::json fixture = loadFixture("randn_extra.json");
    std::vector<Sequence> out;
    for (const auto& s : fixture.at("sequences"))
        out.push_back({s.at("name").get<std::string>(), s.at("steps")});
    return out;
}

class RandnSequence : public ::testing::TestWithParam<Sequence> { };

TEST_P(RandnSequence, SuccessiveCallsMatchPyTorch)
{
    TorchGenerator gen(0);
    int call = 0;
    for (const auto& step : GetParam().steps) {
        if (step.contains("manual_seed")) {
            gen.manualSeed(step.at("manual_seed").get<std::uint64_t>());
            continue;
        }
        std::int64_t numel = 1;
        for (const auto& d : step.at("randn"))
            numel *= d.get<std::int64_t>();
        SCOPED_TRACE("call " + std::to_string(++call) + ", " + std::to_string(numel) + " elements");
        const std::vector<float> expected = floatsFromBits(step.at("values"));
        const std::vector<float> got = gen.randn(numel);
        ASSERT_EQ(got.size(), expected.size());
        expectSameBits(got, expected);
    }
}

std::string sequenceName(const ::testing::TestParamInfo<Sequence>& info)
{
    return info.param.name;
}

INSTANTIATE_TEST_SUITE_P(Randn, RandnSequence, ::testing::ValuesIn(loadSequences()), sequenceName);

// PyTorch's engine is the standard mt19937 seeded with the seed's low 32 bits.
TEST(TorchGenerator, RawOutputIsStandardMt19937)
{
    for (const std::uint64_t seed :
        {std::uint64_t {0}, std::uint64_t {5489}, (std::uint64_t {1} << 32) + 5}) {
        TorchGenerator gen(seed);
        std::mt19937 reference(static_cast<std::uint32_t>(seed));
        for (int i = 0; i < 2000; ++i)
            ASSERT_EQ(gen.random(), reference()) << "seed " << seed << ", draw " << i;
    }
}

TEST(TorchGenerator, KeepsTheFull64BitSeed)
{
    const std::uint64_t seed = (std::uint64_t {1} << 63) + 5;
    TorchGenerator gen(seed);
    EXPECT_EQ(gen.seed(), seed);
    gen.manualSeed(42);
    EXPECT_EQ(gen.seed(), 42U);
}

TEST(TorchGenerator, EmptyAndNegativeSizesDrawNothing)
{
    TorchGenerator gen(3);
    EXPECT_TRUE(gen.randn(0).empty());
    EXPECT_TRUE(gen.randn(-4).empty());
    TorchGenerator fresh(3);
    EXPECT_EQ(gen.random(), fresh.random());
}

} // namespace
