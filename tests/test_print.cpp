// formatTensor against repr(t) from real PyTorch: every case of print.json and print_extra.json, plus edge cases.
#include <cctype>
#include <cstddef>
#include <ostream>
#include <cstdint>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "core/tensor.h"
#include "core/tensor_print.h"
#include "fixtures.h"

namespace {

using leakylab::Tensor;
using leakylab::formatTensor;
using leakylab::testing::floatFromBits;
using leakylab::testing::floatsFromBits;
using leakylab::testing::loadFixture;

struct PrintCase {
    std::string name;
    Tensor tensor;
    std::string repr;
};

// Cases without a "name" (print.json) are named by file, position and shape.
std::vector<PrintCase> loadCases(const std::string& file, const std::string& stem)
{
    std::vector<PrintCase> cases;
    const auto json = loadFixture(file);
    for (const auto& c : json.at("cases")) {
        const auto shape = c.at("shape").get<std::vector<std::int64_t>>();
        const bool isInt = c.value("dtype", "float32") == "int64";
        PrintCase pc;
        pc.tensor = isInt ? Tensor::int64(shape, c.at("values").get<std::vector<std::int64_t>>())
                          : Tensor::float32(shape, floatsFromBits(c.at("values")));
        pc.repr = c.at("repr").get<std::string>();
        pc.name = stem;
        if (c.contains("name")) {
            pc.name += '_';
            pc.name += c.at("name").get<std::string>();
        } else {
            pc.name += '_';
            pc.name += std::to_string(cases.size());
            pc.name += "_shape";
            for (std::int64_t d : shape) {
                pc.name += '_';
                pc.name += std::to_string(d);
            }
        }
        for (char& ch : pc.name)
            if (!std::isalnum(static_cast<unsigned char>(ch)))
                ch = '_';
        cases.push_back(std::move(pc));
    }
    return cases;
}

std::vector<PrintCase> allCases()
{
    auto cases = loadCases("print.json", "print");
    auto extra = loadCases("print_extra.json", "extra");
    cases.insert(cases.end(), extra.begin(), extra.end());
    return cases;
}

// Test output shows the case name rather than the bytes of the struct.
void PrintTo(const PrintCase& c, std::ostream* os) { *os << c.name; }

class PrintFixture : public ::testing::TestWithParam<PrintCase> {};

TEST_P(PrintFixture, MatchesPyTorchRepr)
{
    EXPECT_EQ(formatTensor(GetParam().tensor), GetParam().repr);
}

std::string caseName(const ::testing::TestParamInfo<PrintCase>& param) { return param.param.name; }

INSTANTIATE_TEST_SUITE_P(PyTorch, PrintFixture, ::testing::ValuesIn(allCases()), caseName);

TEST(Print, FixturesAreNotEmpty)
{
    EXPECT_GE(allCases().size(), 150u);
}

// A NaN with the sign bit set still prints as "nan", as Python does.
TEST(Print, NegativeNanHasNoSign)
{
    const float negNan = floatFromBits("ffc00000");
    EXPECT_EQ(formatTensor(Tensor::float32({2}, {negNan, 1.5f})), "tensor([   nan, 1.5000])");
    EXPECT_EQ(formatTensor(Tensor::float32({}, {negNan})), "tensor(nan)");
}

// -inf does not count towards the width, so it is wider than the other elements.
TEST(Print, NonFiniteWiderThanColumn)
{
    const float inf = floatFromBits("7f800000");
    EXPECT_EQ(formatTensor(Tensor::float32({2}, {-inf, 1.0f})), "tensor([-inf, 1.])");
}

// torch.full((1001,), 0.25): just over the threshold, summarised.
TEST(Print, JustOverThreshold)
{
    EXPECT_EQ(formatTensor(Tensor::float32({1001}, std::vector<float>(1001, 0.25f))),
              "tensor([0.2500, 0.2500, 0.2500,  ..., 0.2500, 0.2500, 0.2500])");
}

std::vector<float> arangeFloats(int n)
{
    std::vector<float> v(static_cast<std::size_t>(n));
    for (int i = 0; i < n; ++i)
        v[static_cast<std::size_t>(i)] = static_cast<float>(i);
    return v;
}

// torch.arange(1000000, dtype=torch.float32)
TEST(Print, MillionElementVector)
{
    EXPECT_EQ(formatTensor(Tensor::float32({1000000}, arangeFloats(1000000))),
              "tensor([0.0000e+00, 1.0000e+00, 2.0000e+00,  ..., 1.0000e+06, 1.0000e+06,\n"
              "        1.0000e+06])");
}

// torch.arange(1000000, dtype=torch.float32).reshape(1000, 1000) / 7
TEST(Print, MillionElementMatrix)
{
    std::vector<float> v = arangeFloats(1000000);
    for (float& x : v)
        x /= 7.0f;
    EXPECT_EQ(formatTensor(Tensor::float32({1000, 1000}, v)),
              "tensor([[0.0000e+00, 1.4286e-01, 2.8571e-01,  ..., 1.4243e+02, 1.4257e+02,\n"
              "         1.4271e+02],\n"
              "        [1.4286e+02, 1.4300e+02, 1.4314e+02,  ..., 2.8529e+02, 2.8543e+02,\n"
              "         2.8557e+02],\n"
              "        [2.8571e+02, 2.8586e+02, 2.8600e+02,  ..., 4.2814e+02, 4.2829e+02,\n"
              "         4.2843e+02],\n"
              "        ...,\n"
              "        [1.4243e+05, 1.4243e+05, 1.4243e+05,  ..., 1.4257e+05, 1.4257e+05,\n"
              "         1.4257e+05],\n"
              "        [1.4257e+05, 1.4257e+05, 1.4257e+05,  ..., 1.4271e+05, 1.4271e+05,\n"
              "         1.4271e+05],\n"
              "        [1.4271e+05, 1.4271e+05, 1.4271e+05,  ..., 1.4286e+05, 1.4286e+05,\n"
              "         1.4286e+05]])");
}

// torch.arange(1000000).reshape(1, 1, 1000, 1000) - 500000
TEST(Print, MillionElementInt64FourDims)
{
    std::vector<std::int64_t> v(1000000);
    for (std::size_t i = 0; i < v.size(); ++i)
        v[i] = static_cast<std::int64_t>(i) - 500000;
    EXPECT_EQ(formatTensor(Tensor::int64({1, 1, 1000, 1000}, v)),
              "tensor([[[[-500000, -499999, -499998,  ..., -499003, -499002, -499001],\n"
              "          [-499000, -498999, -498998,  ..., -498003, -498002, -498001],\n"
              "          [-498000, -497999, -497998,  ..., -497003, -497002, -497001],\n"
              "          ...,\n"
              "          [ 497000,  497001,  497002,  ...,  497997,  497998,  497999],\n"
              "          [ 498000,  498001,  498002,  ...,  498997,  498998,  498999],\n"
              "          [ 499000,  499001,  499002,  ...,  499997,  499998,  499999]]]])");
}

// Only the printed corner of a summarised tensor is formatted: six rows of six values.
TEST(Print, MillionElementsPrintOnlyTheirCorners)
{
    const Tensor big = Tensor::float32({1000, 1000}, arangeFloats(1000000));
    // repr(torch.arange(1000000, dtype=torch.float32).reshape(1000, 1000)) in PyTorch 1.13.
    EXPECT_EQ(formatTensor(big), "tensor([[0.0000e+00, 1.0000e+00, 2.0000e+00,  ..., 9.9700e+02, 9.9800e+02,\n"
                                 "         9.9900e+02],\n"
                                 "        [1.0000e+03, 1.0010e+03, 1.0020e+03,  ..., 1.9970e+03, 1.9980e+03,\n"
                                 "         1.9990e+03],\n"
                                 "        [2.0000e+03, 2.0010e+03, 2.0020e+03,  ..., 2.9970e+03, 2.9980e+03,\n"
                                 "         2.9990e+03],\n"
                                 "        ...,\n"
                                 "        [9.9700e+05, 9.9700e+05, 9.9700e+05,  ..., 9.9800e+05, 9.9800e+05,\n"
                                 "         9.9800e+05],\n"
                                 "        [9.9800e+05, 9.9800e+05, 9.9800e+05,  ..., 9.9900e+05, 9.9900e+05,\n"
                                 "         9.9900e+05],\n"
                                 "        [9.9900e+05, 9.9900e+05, 9.9900e+05,  ..., 1.0000e+06, 1.0000e+06,\n"
                                 "         1.0000e+06]])");
}

} // namespace
