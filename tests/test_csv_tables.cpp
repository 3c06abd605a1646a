// The CSV writers: exact headers, the core's own float32 values bit for bit, shortest round-trip numbers.
#include <gtest/gtest.h>

#include <bit>
#include <charconv>
#include <cmath>
#include <limits>
#include <sstream>
#include <string>
#include <vector>

#include "core/activation.h"
#include "core/curve_table.h"
#include "core/eval.h"
#include "core/history_table.h"
#include "core/shortest_number.h"
#include "core/tensor_table.h"

namespace leakylab {
namespace {

std::vector<std::string> split(const std::string& text, char separator)
{
    std::vector<std::string> parts;
    std::string part;
    std::istringstream in(text);
    while (std::getline(in, part, separator))
        parts.push_back(part);
    if (!text.empty() && text.back() == separator)
        parts.emplace_back();
    return parts;
}

std::vector<std::string> lines(const std::string& csv)
{
    EXPECT_FALSE(csv.empty());
    EXPECT_EQ(csv.back(), '\n');
    std::vector<std::string> rows = split(csv, '\n');
    rows.pop_back(); // after the final newline
    return rows;
}

float readFloat(const std::string& text)
{
    float value = std::numeric_limits<float>::quiet_NaN();
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    EXPECT_TRUE(ec == std::errc() && end == text.data() + text.size()) << "not a plain number: " << text;
    return value;
}

std::uint32_t bits(float value) { return std::bit_cast<std::uint32_t>(value); }

TEST(ShortestNumber, ReadsBackToTheSameBitsAndIsShort)
{
    EXPECT_EQ(shortestText(0.1f), "0.1");
    EXPECT_EQ(shortestText(-0.0f), "-0");
    EXPECT_EQ(shortestText(0.01), "0.01");
    EXPECT_EQ(shortestText(std::numeric_limits<float>::infinity()), "inf");
    for (float v : {1e-45f, 3.4028235e38f, 0.3f, 1.0f / 3.0f, -2.5e-7f, 16777217.0f})
        EXPECT_EQ(bits(readFloat(shortestText(v))), bits(v)) << shortestText(v);
}

TEST(CurveTable, HeaderIsExactlyTheDocumentedOne)
{
    const auto csv = curveTableCsv({-1.0, 1.0, 0.5}, 0.01);
    ASSERT_TRUE(csv.ok()) << csv.error().message;
    EXPECT_EQ(lines(csv.value()).front(), "x,relu,leaky_relu,relu_grad,leaky_relu_grad");
}

TEST(CurveTable, EveryValueEqualsTheCoreBitForBit)
{
    for (double slope : {0.01, 0.2, -0.5, 0.0, 1.5, 100.0}) {
        const CurveGrid grid {-5.0, 5.0, 0.1};
        const auto csv = curveTableCsv(grid, slope);
        ASSERT_TRUE(csv.ok()) << csv.error().message;
        const auto rows = lines(csv.value());
        const auto points = curveGridPoints(grid);
        ASSERT_TRUE(points.ok());
        ASSERT_EQ(rows.size(), points.value().size() + 1);
        ASSERT_EQ(rows.size(), 102u); // -5.0, -4.9, ..., 5.0
        const float s = slopeAsFloat(slope);
        for (std::size_t i = 1; i < rows.size(); ++i) {
            const auto cells = split(rows[i], ',');
            ASSERT_EQ(cells.size(), 5u) << rows[i];
            const float x = readFloat(cells[0]);
            EXPECT_EQ(bits(x), bits(static_cast<float>(points.value()[i - 1]))) << rows[i];
            EXPECT_EQ(bits(readFloat(cells[1])), bits(relu(x))) << rows[i];
            EXPECT_EQ(bits(readFloat(cells[2])), bits(leakyRelu(x, s))) << rows[i];
            EXPECT_EQ(bits(readFloat(cells[3])), bits(reluGrad(x))) << rows[i];
            EXPECT_EQ(bits(readFloat(cells[4])), bits(leakyReluGrad(x, s))) << rows[i];
        }
    }
}

TEST(CurveTable, TheKinkRowHoldsPyTorchsDerivativesAtZero)
{
    const auto csv = curveTableCsv({-1.0, 1.0, 1.0}, 0.25);
    ASSERT_TRUE(csv.ok());
    EXPECT_EQ(csv.value(), "x,relu,leaky_relu,relu_grad,leaky_relu_grad\n"
                           "-1,0,-0.25,0,0.25\n"
                           "0,0,0,0,0.25\n"
                           "1,1,1,1,1\n");
}

TEST(CurveTable, NumbersArePlainAndShortest)
{
    const auto csv = curveTableCsv({0.0, 0.31, 0.1}, 0.1);
    ASSERT_TRUE(csv.ok());
    const auto rows = lines(csv.value());
    ASSERT_EQ(rows.size(), 5u);
    EXPECT_EQ(rows[2], "0.1,0.1,0.1,1,1");
    EXPECT_EQ(rows[4], "0.3,0.3,0.3,1,1"); // 3 × 0.1 is 0.30000000000000004 in double; as float32 it is 0.3
}

TEST(CurveTable, GridFollowsThePlotsRuleAndIncludesZero)
{
    const auto points = curveGridPoints({-0.75, 1.3, 0.5});
    ASSERT_TRUE(points.ok());
    EXPECT_EQ(points.value(), (std::vector<double>{-0.5, 0.0, 0.5, 1.0}));
}

TEST(CurveTable, GridFarPastAnIntegersRangeStillHasItsPoints)
{
    // 1e20 / 1 is past the largest long long: the grid index must stay a double.
    const auto far = curveGridPoints({1e20, 1e20, 1.0});
    ASSERT_TRUE(far.ok());
    EXPECT_EQ(far.value(), (std::vector<double>{1e20}));
    const auto farNegative = curveGridPoints({-3e20, -3e20 + 1e5, 1e5});
    ASSERT_TRUE(farNegative.ok());
    EXPECT_EQ(farNegative.value(), (std::vector<double>{-3e20, -3e20 + 1e5}));
}

TEST(CurveTable, RowLimitCountsEveryPoint)
{
    // 0, 1, ..., 9: ten rows.
    EXPECT_TRUE(curveGridPoints({0.0, 9.0, 1.0}, 10).ok());
    const auto over = curveTableCsv({0.0, 9.0, 1.0}, 0.01, 9);
    ASSERT_FALSE(over.ok());
    EXPECT_EQ(over.error().message, "the table would have more than 9 rows; use a narrower x range");
    // The default is the documented million: -0.5 to 0.5 in steps of 1e-6 is 1,000,001 points.
    EXPECT_TRUE(curveGridPoints({-0.5, 0.5 - 1e-6, 1e-6}).ok());
    EXPECT_FALSE(curveGridPoints({-0.5, 0.5, 1e-6}).ok());
}

TEST(CurveTable, RefusesBadGrids)
{
    const double nan = std::numeric_limits<double>::quiet_NaN();
    for (const CurveGrid& bad : {CurveGrid {1.0, -1.0, 0.1}, CurveGrid {-1.0, 1.0, 0.0}, CurveGrid {-1.0, 1.0, -0.1},
                                 CurveGrid {nan, 1.0, 0.1}, CurveGrid {-1.0, 1.0, nan},
                                 CurveGrid {-1e6, 1e6, 1e-6}}) {
        const auto csv = curveTableCsv(bad, 0.01);
        ASSERT_FALSE(csv.ok()) << bad.lo << " " << bad.hi << " " << bad.step;
        EXPECT_FALSE(csv.error().message.empty());
    }
}

TEST(TensorTable, OneRowPerElementWithIndexInputOutputAndGrad)
{
    EvalOptions options;
    options.negativeSlope = 0.5;
    options.grad = true;
    options.seed = 0;
    const EvalResult result = evaluate("torch.tensor([[1.5, -2.0], [0.0, -0.1]])", options);
    ASSERT_TRUE(result.ok()) << result.error->message;
    const auto csv = tensorTableCsv(result);
    ASSERT_TRUE(csv.ok());
    EXPECT_EQ(csv.value(), "i0,i1,x,y,grad\n"
                           "0,0,1.5,1.5,1\n"
                           "0,1,-2,-1,0.5\n"
                           "1,0,0,0,0.5\n"
                           "1,1,-0.1,-0.05,0.5\n");
}

TEST(TensorTable, ValuesEqualTheCoreBitForBit)
{
    EvalOptions options;
    options.negativeSlope = 0.01;
    options.seed = 7;
    const EvalResult result = evaluate("torch.randn(50)", options);
    ASSERT_TRUE(result.ok());
    const auto csv = tensorTableCsv(result);
    ASSERT_TRUE(csv.ok());
    const auto rows = lines(csv.value());
    ASSERT_EQ(rows.size(), 51u);
    EXPECT_EQ(rows[0], "i0,x,y");
    for (std::size_t i = 1; i < rows.size(); ++i) {
        const auto cells = split(rows[i], ',');
        ASSERT_EQ(cells.size(), 3u);
        EXPECT_EQ(cells[0], std::to_string(i - 1));
        EXPECT_EQ(bits(readFloat(cells[1])), bits(result.input->f32[i - 1]));
        EXPECT_EQ(bits(readFloat(cells[2])), bits(result.output->f32[i - 1]));
    }
}

TEST(TensorTable, ZeroDimensionalAndIntegerTensors)
{
    EvalOptions options;
    options.activation = Activation::Relu;
    const auto scalar = tensorTableCsv(evaluate("torch.tensor(-3.25)", options));
    ASSERT_TRUE(scalar.ok());
    EXPECT_EQ(scalar.value(), "x,y\n-3.25,0\n");
    const auto ints = tensorTableCsv(evaluate("torch.tensor([-9223372036854775807, 4])", options));
    ASSERT_TRUE(ints.ok());
    EXPECT_EQ(ints.value(), "i0,x,y\n0,-9223372036854775807,0\n1,4,4\n");
}

TEST(TensorTable, NothingToWriteIsAnError)
{
    EXPECT_FALSE(tensorTableCsv(evaluate("torch.tensor([1, ", EvalOptions {})).ok());
}

TEST(HistoryTable, BothRunsSideBySideWithEmptyCellsAfterADivergence)
{
    std::vector<StepRecord> relu {{0, 0.5f, {2, 1}, 0.75f}, {1, 0.25f, {3, 1}, 0.875f}};
    std::vector<StepRecord> leaky {{0, 0.5f, {0, 0}, 0.75f}};
    EXPECT_EQ(trainingHistoryCsv(relu, leaky, 8),
              "step,relu_loss,leaky_relu_loss,relu_dead_fraction,leaky_relu_dead_fraction,relu_accuracy,"
              "leaky_relu_accuracy\n"
              "0,0.5,0.5,0.375,0,0.75,0.75\n"
              "1,0.25,,0.5,,0.875,\n");
}

TEST(HistoryTable, RegressionHasNoAccuracyColumnsAndLossesReadBackExactly)
{
    std::vector<StepRecord> relu {{0, 0.1f, {1}, std::nullopt}};
    std::vector<StepRecord> leaky {{0, 1.0f / 3.0f, {0}, std::nullopt}};
    const std::string csv = trainingHistoryCsv(relu, leaky, 3);
    const auto rows = lines(csv);
    ASSERT_EQ(rows.size(), 2u);
    EXPECT_EQ(rows[0], "step,relu_loss,leaky_relu_loss,relu_dead_fraction,leaky_relu_dead_fraction");
    const auto cells = split(rows[1], ',');
    ASSERT_EQ(cells.size(), 5u);
    EXPECT_EQ(bits(readFloat(cells[2])), bits(1.0f / 3.0f));
    double fraction = 0;
    std::from_chars(cells[3].data(), cells[3].data() + cells[3].size(), fraction);
    EXPECT_EQ(fraction, 1.0 / 3.0);
}

} // namespace
} // namespace leakylab
