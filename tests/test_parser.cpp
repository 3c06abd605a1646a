// Tests of the tensor expression parser; expected values come from PyTorch 1.13 (torch.tensor(...) in Python).
#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>

#include "core/tensor_parser.h"
#include "fixtures.h"

namespace leakylab {
namespace {

using testing::bitsOf;

constexpr std::int64_t kInt64Min = std::numeric_limits<std::int64_t>::min();
constexpr std::int64_t kInt64Max = std::numeric_limits<std::int64_t>::max();

Result<Tensor> parse(std::string_view text, const ParserLimits& limits = {})
{
    TorchGenerator gen(0);
    return parseTensor(text, gen, limits);
}

// Parses text that must be accepted.
Tensor ok(std::string_view text)
{
    Result<Tensor> r = parse(text);
    if (!r.ok()) {
        ADD_FAILURE() << "'" << text << "' was refused: " << r.error().message;
        return Tensor{};
    }
    return std::move(r).value();
}

// Parses text that must be refused.
Error refused(std::string_view text, const ParserLimits& limits = {})
{
    Result<Tensor> r = parse(text, limits);
    if (r.ok()) {
        ADD_FAILURE() << "'" << text << "' was accepted";
        return Error{"", std::nullopt};
    }
    return r.error();
}

std::vector<std::uint32_t> bits(const Tensor& t)
{
    std::vector<std::uint32_t> out;
    for (float v : t.f32)
        out.push_back(bitsOf(v));
    return out;
}

using Shape = std::vector<std::int64_t>;
using Bits = std::vector<std::uint32_t>;
using Ints = std::vector<std::int64_t>;

bool contains(const std::string& s, std::string_view part) { return s.find(part) != std::string::npos; }

// ---------------------------------------------------------------------------------------------- forms

TEST(Parser, BareListIsFloat32EvenWhenAllIntegers)
{
    const Tensor t = ok("[2,-4,5,-6]");
    EXPECT_EQ(t.dtype, DType::Float32);
    EXPECT_EQ(t.shape, Shape{4});
    EXPECT_EQ(t.f32, (std::vector<float>{2, -4, 5, -6}));

    const Tensor m = ok("[[1,2],[3,4]]");
    EXPECT_EQ(m.shape, (Shape{2, 2}));
    EXPECT_EQ(m.f32, (std::vector<float>{1, 2, 3, 4}));
}

TEST(Parser, BareNumberIsZeroDimFloat32)
{
    const Tensor t = ok("3.5");
    EXPECT_EQ(t.dtype, DType::Float32);
    EXPECT_TRUE(t.shape.empty());
    EXPECT_EQ(t.f32, std::vector<float>{3.5f});
    EXPECT_EQ(ok("-7").f32, std::vector<float>{-7.0f});
    EXPECT_EQ(ok("(1, 2)").shape, Shape{2}); // a tuple reads like a list
}

TEST(Parser, WhitespaceCommentsAndTrailingCommasAsInPython)
{
    const Tensor t = ok("torch . tensor (\n  [1,  # one\n   2,],\n  dtype = torch.int64 ,\n)");
    EXPECT_EQ(t.dtype, DType::Int64);
    EXPECT_EQ(t.i64, (Ints{1, 2}));
    EXPECT_EQ(ok("\n  [1,\t2]  \n").shape, Shape{2});
    EXPECT_EQ(ok("torch.zeros\\\n(2)").shape, Shape{2}); // a backslash continues the line
    EXPECT_EQ(ok("[1, 2,]").shape, Shape{2});
    EXPECT_EQ(ok("[\r\n1,\r\n2\r\n]").shape, Shape{2});
}

TEST(Parser, LegacyTensorIsAlwaysFloat32)
{
    const Tensor t = ok("torch.Tensor([1, 2])");
    EXPECT_EQ(t.dtype, DType::Float32);
    EXPECT_EQ(t.f32, (std::vector<float>{1, 2}));
    EXPECT_EQ(ok("torch.Tensor((1, 2))").shape, Shape{2});

    const Tensor empty = ok("torch.Tensor()");
    EXPECT_EQ(empty.dtype, DType::Float32);
    EXPECT_EQ(empty.shape, Shape{0});
    EXPECT_EQ(ok("torch.Tensor([[]])").shape, (Shape{1, 0}));
}

TEST(Parser, LegacyTensorRefusesSizesScalarsAndKeywords)
{
    Error e = refused("torch.Tensor(3)");
    EXPECT_EQ(e.position, 13u);
    EXPECT_TRUE(contains(e.message, "uninitialised")) << e.message;
    EXPECT_TRUE(contains(e.message, "torch.zeros")) << e.message;

    e = refused("torch.Tensor(2, 3)");
    EXPECT_EQ(e.position, 13u);
    EXPECT_TRUE(contains(e.message, "uninitialised")) << e.message;

    e = refused("torch.Tensor(3.5)");
    EXPECT_EQ(e.position, 13u);
    EXPECT_TRUE(contains(e.message, "needs a list")) << e.message;

    e = refused("torch.Tensor([1], dtype=torch.float32)");
    EXPECT_EQ(e.position, 18u);
    EXPECT_TRUE(contains(e.message, "no keyword")) << e.message;
}

TEST(Parser, TensorInfersInt64OrFloat32LikePyTorch)
{
    Tensor t = ok("torch.tensor([1, 2, 3])");
    EXPECT_EQ(t.dtype, DType::Int64);
    EXPECT_EQ(t.i64, (Ints{1, 2, 3}));

    t = ok("torch.tensor(3)");
    EXPECT_EQ(t.dtype, DType::Int64);
    EXPECT_TRUE(t.shape.empty());
    EXPECT_EQ(t.i64, Ints{3});

    t = ok("torch.tensor(3.5)");
    EXPECT_EQ(t.dtype, DType::Float32);
    EXPECT_TRUE(t.shape.empty());

    t = ok("torch.tensor([1, 2.5])");
    EXPECT_EQ(t.dtype, DType::Float32);
    EXPECT_EQ(t.f32, (std::vector<float>{1, 2.5f}));

    EXPECT_EQ(ok("torch.tensor([1, nan])").dtype, DType::Float32);
    EXPECT_EQ(ok("torch.tensor([1, float('inf')])").dtype, DType::Float32);
    EXPECT_EQ(ok("torch.tensor((1, 2))").dtype, DType::Int64);
    EXPECT_EQ(ok("torch.tensor(-(3))").i64, Ints{-3});
    EXPECT_EQ(ok("torch.tensor(+-3)").i64, Ints{-3});

    t = ok("torch.tensor([])");
    EXPECT_EQ(t.dtype, DType::Float32);
    EXPECT_EQ(t.shape, Shape{0});
    t = ok("torch.tensor(())");
    EXPECT_EQ(t.dtype, DType::Float32);
    EXPECT_EQ(t.shape, Shape{0});
}

TEST(Parser, TensorDtypeKeywordConvertsLikePyTorch)
{
    Tensor t = ok("torch.tensor([1, 2], dtype=torch.float32)");
    EXPECT_EQ(t.dtype, DType::Float32);
    EXPECT_EQ(t.f32, (std::vector<float>{1, 2}));
    EXPECT_EQ(ok("torch.tensor(3, dtype=torch.float)").dtype, DType::Float32);

    t = ok("torch.tensor([1.7, -1.7, 2.5, -2.5, -0.9, 1e-50], dtype=torch.int64)"); // truncation toward zero
    EXPECT_EQ(t.dtype, DType::Int64);
    EXPECT_EQ(t.i64, (Ints{1, -1, 2, -2, 0, 0}));
    EXPECT_EQ(ok("torch.tensor([[1], [2]], dtype=torch.long)").shape, (Shape{2, 1}));

    // 2^63 passes PyTorch's range check and becomes -2^63.
    t = ok("torch.tensor([9223372036854775807.0, -9223372036854775808.0], dtype=torch.int64)");
    EXPECT_EQ(t.i64, (Ints{kInt64Min, kInt64Min}));

    Error e = refused("torch.tensor([float('nan')], dtype=torch.int64)");
    EXPECT_EQ(e.message, "value cannot be converted to type int64 without overflow");
    EXPECT_EQ(e.position, 14u);
    EXPECT_EQ(refused("torch.tensor([1, -inf], dtype=torch.int64)").position, 17u);
    EXPECT_EQ(refused("torch.tensor([1e19], dtype=torch.long)").position, 14u);
    EXPECT_EQ(refused("torch.tensor([9.3e18], dtype=torch.long)").position, 14u);

    e = refused("torch.tensor([1.5], dtype=torch.float64)");
    EXPECT_EQ(e.position, 26u);
    EXPECT_TRUE(contains(e.message, "torch.float64")) << e.message;
    EXPECT_EQ(refused("torch.tensor([1.5], dtype=3)").position, 26u);
}

TEST(Parser, RequiresGrad)
{
    EXPECT_EQ(ok("torch.tensor([1.], requires_grad=True)").f32, std::vector<float>{1.0f});
    EXPECT_EQ(ok("torch.tensor([1, 2], requires_grad=False)").dtype, DType::Int64);
    EXPECT_EQ(ok("torch.tensor([1, 2], dtype=torch.float32, requires_grad=True)").dtype, DType::Float32);

    // PyTorch: "Only Tensors of floating point and complex dtype can require gradients".
    Error e = refused("torch.tensor([1, 2], requires_grad=True)");
    EXPECT_EQ(e.position, 35u);
    EXPECT_TRUE(contains(e.message, "floating-point")) << e.message;
    EXPECT_EQ(refused("torch.zeros(2, dtype=torch.int64, requires_grad=True)").position, 48u);
    EXPECT_EQ(refused("torch.tensor([1.], requires_grad=1)").position, 33u);
}

TEST(Parser, TensorArgumentErrors)
{
    EXPECT_EQ(refused("torch.tensor()").position, 13u);
    EXPECT_EQ(refused("torch.tensor([1], [2])").position, 18u);
    Error e = refused("torch.tensor([1], device='cpu')");
    EXPECT_EQ(e.position, 18u);
    EXPECT_TRUE(contains(e.message, "device")) << e.message;
    e = refused("torch.tensor([1], dtype=torch.int64, dtype=torch.int64)");
    EXPECT_EQ(e.position, 37u);
    EXPECT_EQ(refused("torch.tensor(dtype=torch.int64, [1])").position, 32u);
    e = refused("torch.zeros");
    EXPECT_EQ(e.position, 0u);
    EXPECT_TRUE(contains(e.message, "parentheses")) << e.message;
}

// ---------------------------------------------------------------------------------------------- sizes

TEST(Parser, SizeForms)
{
    EXPECT_EQ(ok("torch.zeros(2, 3)").shape, (Shape{2, 3}));
    EXPECT_EQ(ok("torch.zeros((2, 3))").shape, (Shape{2, 3}));
    EXPECT_EQ(ok("torch.zeros([2, 3])").shape, (Shape{2, 3}));
    EXPECT_EQ(ok("torch.zeros((2, 3),)").shape, (Shape{2, 3}));
    EXPECT_EQ(ok("torch.zeros(((2, 3)))").shape, (Shape{2, 3}));
    EXPECT_EQ(ok("torch.zeros(([2, 3]))").shape, (Shape{2, 3}));
    EXPECT_EQ(ok("torch.zeros(2,)").shape, Shape{2});
    EXPECT_EQ(ok("torch.zeros((2))").shape, Shape{2}); // parentheses, not a tuple
    EXPECT_EQ(ok("torch.ones(0x2, +3)").shape, (Shape{2, 3}));
    EXPECT_EQ(ok("torch.zeros(1, 2, 3, 4)").shape, (Shape{1, 2, 3, 4}));
    EXPECT_EQ(ok("torch.zeros(0, 5)").shape, (Shape{0, 5}));
    EXPECT_EQ(ok("torch.zeros(0, 9223372036854775807)").shape, (Shape{0, kInt64Max})); // no elements

    const Tensor scalar = ok("torch.ones(())");
    EXPECT_TRUE(scalar.shape.empty());
    EXPECT_EQ(scalar.f32, std::vector<float>{1.0f});
    EXPECT_TRUE(ok("torch.zeros([])").shape.empty());
}

TEST(Parser, ZerosAndOnesValuesAndDtypes)
{
    Tensor t = ok("torch.ones(2, 3)");
    EXPECT_EQ(t.dtype, DType::Float32);
    EXPECT_EQ(t.f32, std::vector<float>(6, 1.0f));
    EXPECT_EQ(ok("torch.zeros(4)").f32, std::vector<float>(4, 0.0f));

    t = ok("torch.ones(2, 3, dtype=torch.long)");
    EXPECT_EQ(t.dtype, DType::Int64);
    EXPECT_EQ(t.i64, Ints(6, 1));
    t = ok("torch.zeros((2,), dtype=torch.int64)");
    EXPECT_EQ(t.i64, Ints(2, 0));
    EXPECT_EQ(ok("torch.ones(2, requires_grad=True)").dtype, DType::Float32);
}

TEST(Parser, SizeErrors)
{
    EXPECT_EQ(refused("torch.zeros()").position, 12u);
    Error e = refused("torch.zeros(-1)");
    EXPECT_EQ(e.position, 12u);
    EXPECT_TRUE(contains(e.message, "negative")) << e.message;
    EXPECT_EQ(refused("torch.zeros(2.0)").position, 12u);
    EXPECT_EQ(refused("torch.zeros(2, 3.0)").position, 15u);
    EXPECT_EQ(refused("torch.zeros(nan)").position, 12u);
    EXPECT_EQ(refused("torch.zeros((2,), 3)").position, 18u);
    EXPECT_EQ(refused("torch.zeros(2, (3,))").position, 15u);

    e = refused("torch.zeros(1, 1, 1, 1, 1)");
    EXPECT_EQ(e.position, 24u);
    EXPECT_TRUE(contains(e.message, "at most 4")) << e.message;

    e = refused("torch.zeros(99999999999999999999)");
    EXPECT_EQ(e.position, 12u);
    EXPECT_EQ(e.message, "too many elements (at most 16777216)");
    EXPECT_EQ(refused("torch.zeros(5000, 5000)").message, "too many elements (at most 16777216)");
    EXPECT_EQ(refused("torch.ones(4294967296, 4294967296, 4294967296)").position, 11u); // no overflow

    e = refused("torch.randn(10**9)");
    EXPECT_EQ(e.position, 14u);
    EXPECT_TRUE(contains(e.message, "arithmetic")) << e.message;

    e = refused("torch.randn(2, dtype=torch.int64)");
    EXPECT_EQ(e.position, 21u);
}

TEST(Parser, ElementLimitIsInclusive)
{
    ParserLimits limits;
    limits.maxElements = 6;
    TorchGenerator gen(0);
    EXPECT_TRUE(parseTensor("torch.zeros(2, 3)", gen, limits).ok());
    EXPECT_TRUE(parseTensor("[[1, 2, 3], [4, 5, 6]]", gen, limits).ok());
    const Result<Tensor> r = parseTensor("torch.zeros(7)", gen, limits);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().message, "too many elements (at most 6)");
    const Result<Tensor> data = parseTensor("[[1, 2], [3, 4], [5, 6], [7, 8]]", gen, limits);
    ASSERT_FALSE(data.ok());
    EXPECT_EQ(data.error().position, 0u);
}

// ---------------------------------------------------------------------------------------------- randn

TEST(Parser, RandnDrawsFromTheGeneratorLikePyTorch)
{
    const nlohmann::json fixture = testing::loadFixture("randn.json");
    std::vector<float> expected;
    for (const auto& c : fixture["cases"])
        if (c["seed"] == 0 && c["shape"] == nlohmann::json::array({4}))
            expected = testing::floatsFromBits(c["values"]);
    ASSERT_EQ(expected.size(), 4u);
    ASSERT_EQ(bitsOf(expected[0]), 0x3fc53f5cu); // tensor([1.5410, ...])

    TorchGenerator gen(0);
    Result<Tensor> r = parseTensor("torch.randn(4)", gen);
    ASSERT_TRUE(r.ok()) << r.error().message;
    EXPECT_EQ(r.value().shape, Shape{4});
    EXPECT_EQ(bits(r.value()), bits(Tensor::float32({4}, expected)));

    gen.manualSeed(0);
    r = parseTensor("torch.randn(2, 2)", gen);
    ASSERT_TRUE(r.ok()) << r.error().message;
    EXPECT_EQ(r.value().shape, (Shape{2, 2}));
    EXPECT_EQ(bits(r.value()), bits(Tensor::float32({4}, expected)));

    gen.manualSeed(0);
    r = parseTensor("torch.randn(())", gen);
    ASSERT_TRUE(r.ok()) << r.error().message;
    EXPECT_TRUE(r.value().shape.empty());
    EXPECT_EQ(bits(r.value()), Bits{0x3fc53f5cu});
}

TEST(Parser, RefusedRandnDrawsNothing)
{
    TorchGenerator gen(0);
    EXPECT_FALSE(parseTensor("torch.randn(2, dtype=torch.int64)", gen).ok());
    EXPECT_FALSE(parseTensor("torch.randn(2, 3) + 1", gen).ok());
    const Result<Tensor> r = parseTensor("torch.randn([1])", gen);
    ASSERT_TRUE(r.ok()) << r.error().message;
    EXPECT_EQ(bits(r.value()), Bits{0x3fc53f5cu});
}

// ---------------------------------------------------------------------------------------------- numbers

TEST(Parser, PythonNumberSyntax)
{
    EXPECT_EQ(ok("torch.tensor([0x10, 0o17, 0b101, 1_000, 0X1F, 0x_1f, 0_0, 00])").i64, (Ints{16, 15, 5, 1000, 31, 31, 0, 0}));
    EXPECT_EQ(ok("[1., .5, 1e-3, 1E+3, 1_000.5, 1e1_0, .5_5, 09.5, 1.e2, --3, +-3, -(3), - 3]").f32,
              (std::vector<float>{1.0f, 0.5f, 0.001f, 1000.0f, 1000.5f, 1e10f, 0.55f, 9.5f, 100.0f, 3.0f, -3.0f, -3.0f, -3.0f}));
}

TEST(Parser, InvalidNumbersAsPythonRefusesThem)
{
    Error e = refused("007");
    EXPECT_EQ(e.position, 0u);
    EXPECT_TRUE(contains(e.message, "leading zeros")) << e.message;
    EXPECT_EQ(refused("[0_7]").position, 1u);
    EXPECT_EQ(refused("1__0").position, 1u);
    EXPECT_EQ(refused("1_").position, 1u);
    EXPECT_EQ(refused("1_.5").position, 1u);
    EXPECT_EQ(refused("1._5").position, 2u);
    EXPECT_EQ(refused("0b102").position, 4u);
    EXPECT_EQ(refused("0o8").position, 0u);
    EXPECT_EQ(refused("0x").position, 0u);
    EXPECT_EQ(refused("1e").position, 2u);
    EXPECT_EQ(refused("1e+").position, 3u);
    EXPECT_EQ(refused("1.5.3").position, 3u);
    e = refused("[1j]");
    EXPECT_EQ(e.position, 1u);
    EXPECT_TRUE(contains(e.message, "complex")) << e.message;
}

TEST(Parser, FloatLiteralsRoundLikePyTorch)
{
    // torch.tensor([...]).view(torch.int32) for each literal.
    EXPECT_EQ(bits(ok("[0.1, 0.2, 0.3]")), (Bits{0x3dcccccd, 0x3e4ccccd, 0x3e99999a}));
    EXPECT_EQ(bits(ok("[1e-45, 1.4e-45, 1.5e-45, 2.1e-45, 0.7e-45, 0.70000001e-45, 1e-46]")),
              (Bits{0x1, 0x1, 0x1, 0x1, 0x0, 0x0, 0x0}));
    EXPECT_EQ(bits(ok("[3.4028235e38, 3.5e38, -3.5e38, 1e400, -1e400]")),
              (Bits{0x7f7fffff, 0x7f800000, 0xff800000, 0x7f800000, 0xff800000}));
    // FLT_MAX + half an ulp rounds to inf; a double below it to FLT_MAX.
    EXPECT_EQ(bits(ok("[3.4028235677973366e38, 3.4028235677973362e38]")), (Bits{0x7f800000, 0x7f7fffff}));
    // Ties between two floats go to the even one.
    EXPECT_EQ(bits(ok("[1.000000059604644775390625, 1.000000178813934326171875, 1.0000001788139343]")),
              (Bits{0x3f800000, 0x3f800002, 0x3f800002}));
    EXPECT_EQ(bits(ok("[-0.0, 0.0, 1e-400, -1e-400]")), (Bits{0x80000000, 0x0, 0x0, 0x80000000}));
    EXPECT_EQ(bits(ok("torch.tensor([0.5, -0.0, -0])")), (Bits{0x3f000000, 0x80000000, 0x0})); // -0 is the integer 0
}

TEST(Parser, IntegersInFloatTensorsGoThroughDouble)
{
    EXPECT_EQ(bits(ok("[16777217]")), Bits{0x4b800000});
    EXPECT_EQ(bits(ok("torch.tensor([16777217, 0.5])")), (Bits{0x4b800000, 0x3f000000}));
    // Beyond int64, as PyTorch does through Python's int -> float.
    EXPECT_EQ(bits(ok("torch.tensor([1.5, 9223372036854775808])")), (Bits{0x3fc00000, 0x5f000000}));
    EXPECT_EQ(bits(ok("torch.Tensor([18446744073709551616, -9223372036854775809])")), (Bits{0x5f800000, 0xdf000000}));
    EXPECT_EQ(bits(ok("torch.tensor([18446744073709551616], dtype=torch.float32)")), Bits{0x5f800000});
    // 2^60 + 2^36 + 1 and 2^72 + 2^48 + 1: rounding to double first loses the 1, then the tie goes to even.
    EXPECT_EQ(bits(ok("[1152921573326323713]")), Bits{0x5d800000});
    EXPECT_EQ(bits(ok("[4722366764344621924353, 0x1000001000000000001, 0o1000000010000000000000001, "
                      "0b1000000000000000000000001000000000000000000000000000000000000000000000001]")),
              (Bits{0x63800000, 0x63800000, 0x63800000, 0x63800000}));
    EXPECT_EQ(bits(ok("[0x1000003000000000000]")), Bits{0x63800002});
    // Rounding to double at a tie: down to even, up when any lower bit is set, up to even from odd.
    EXPECT_EQ(bits(ok("[0x1000001000000080000, 0x1000001000000080001, 0x1000001000000180000, 0o1000000010000000002000000]")),
              (Bits{0x63800000, 0x63800001, 0x63800001, 0x63800000}));
    // 2^1024 - 2^970 - 1 is still a double (then inf as a float); 2^1024 - 2^970 is not.
    const std::string belowOverflow =
        "17976931348623158079372897140530341507993413271003782693617377898044496829276475094664901797758720709633028641"
        "66928879109465555478519404026306574886715058206819089020007083836762738548458177115317644757302700698555713669"
        "59622842914819860834936475292719074168444365510704342711559699508093042880177904174497791";
    const std::string overflow = belowOverflow.substr(0, belowOverflow.size() - 1) + "2";
    EXPECT_EQ(bits(ok("[" + belowOverflow + ", -" + belowOverflow + "]")), (Bits{0x7f800000, 0xff800000}));
    const Error e = refused("[1, " + overflow + "]");
    EXPECT_EQ(e.message, "integer too large to convert to float");
    EXPECT_EQ(e.position, 4u);
}

TEST(Parser, Int64RangeLikePyTorch)
{
    EXPECT_EQ(ok("torch.tensor([9223372036854775807, -9223372036854775808, -(9223372036854775808)])").i64,
              (Ints{kInt64Max, kInt64Min, kInt64Min}));
    EXPECT_EQ(ok("torch.tensor(0x7fff_ffff_ffff_ffff)").i64, Ints{kInt64Max});
    for (const char* text : {"torch.tensor(9223372036854775808)", "torch.tensor(-9223372036854775809)",
                             "torch.tensor(--9223372036854775808)", "torch.tensor(99999999999999999999999)"}) {
        const Error e = refused(text);
        EXPECT_EQ(e.position, 13u) << text;
        EXPECT_TRUE(contains(e.message, "Overflow when unpacking long")) << e.message;
    }
    // Converting one by one to int64, an integer literal beyond int64 fails even with a float beside it.
    EXPECT_EQ(refused("torch.tensor([9223372036854775808, 1.5], dtype=torch.int64)").position, 14u);
}

TEST(Parser, NanAndInfSpellings)
{
    EXPECT_EQ(bits(ok("[nan, inf, -inf, +inf, -nan]")), (Bits{0x7fc00000, 0x7f800000, 0xff800000, 0x7f800000, 0xffc00000}));
    EXPECT_EQ(bits(ok("[float('nan'), float(\"inf\"), float('-inf'), float('infinity'), float(' -Infinity '), "
                      "float('NaN'), float('+inf'), float('-nan')]")),
              (Bits{0x7fc00000, 0x7f800000, 0xff800000, 0x7f800000, 0xff800000, 0x7fc00000, 0x7f800000, 0xffc00000}));
    EXPECT_EQ(bits(ok("[math.nan, math.inf, torch.nan, -torch.inf, -math.nan]")),
              (Bits{0x7fc00000, 0x7f800000, 0x7fc00000, 0xff800000, 0xffc00000}));
    EXPECT_EQ(bits(ok("torch.tensor(float('nan'))")), Bits{0x7fc00000});

    EXPECT_EQ(refused("[float('1.5')]").position, 7u);
    EXPECT_EQ(refused("[float(1)]").position, 7u);
    EXPECT_EQ(refused("[nan(1)]").position, 4u);
    EXPECT_EQ(refused("[True]").position, 1u);
}

// ---------------------------------------------------------------------------------------------- structure

TEST(Parser, RaggedListsReportLikePyTorch)
{
    Error e = refused("[[1,2],[3,4,5]]");
    EXPECT_EQ(e.message, "expected sequence of length 2 at dim 1 (got 3)");
    EXPECT_EQ(e.position, 7u);

    e = refused("[[1,2],[3]]");
    EXPECT_EQ(e.message, "expected sequence of length 2 at dim 1 (got 1)");
    EXPECT_EQ(e.position, 7u);

    e = refused("[[[1]],[[2,3]]]");
    EXPECT_EQ(e.message, "expected sequence of length 1 at dim 2 (got 2)");
    EXPECT_EQ(e.position, 8u);

    // The outer length is checked before what is inside.
    e = refused("[[[1,2]], [[3,4,5],[6]]]");
    EXPECT_EQ(e.message, "expected sequence of length 1 at dim 1 (got 2)");
    EXPECT_EQ(e.position, 10u);

    e = refused("torch.tensor([[1], []])");
    EXPECT_EQ(e.message, "expected sequence of length 1 at dim 1 (got 0)");
    EXPECT_EQ(e.position, 19u);
}

TEST(Parser, DataWithoutElementsIsNotCheckedFurtherLikePyTorch)
{
    Tensor t = ok("torch.tensor([[], [1]])");
    EXPECT_EQ(t.dtype, DType::Float32);
    EXPECT_EQ(t.shape, (Shape{2, 0}));
    EXPECT_EQ(ok("torch.tensor([[], 5])").shape, (Shape{2, 0}));
    EXPECT_EQ(ok("torch.tensor([[], [[[[[1]]]]]])").shape, (Shape{2, 0}));
    EXPECT_EQ(ok("torch.Tensor([[], [1]])").shape, (Shape{2, 0}));
    t = ok("torch.tensor([[], [1]], dtype=torch.int64)");
    EXPECT_EQ(t.dtype, DType::Int64);
    EXPECT_EQ(t.shape, (Shape{2, 0}));
    EXPECT_EQ(refused("torch.tensor([[], [foo]])").position, 19u); // names are still looked up
}

TEST(Parser, MixedNumbersAndLists)
{
    Error e = refused("[[1],2]");
    EXPECT_EQ(e.position, 5u);
    EXPECT_TRUE(contains(e.message, "mixed numbers and lists")) << e.message;
    e = refused("[1,[2]]");
    EXPECT_EQ(e.position, 3u);
    EXPECT_TRUE(contains(e.message, "mixed numbers and lists")) << e.message;
    EXPECT_EQ(refused("torch.tensor([[1,2], [3, [4]]])").position, 25u);
    EXPECT_EQ(refused("[1, -[2]]").position, 4u);
}

TEST(Parser, AtMostFourDimensions)
{
    EXPECT_EQ(ok("[[[[1]]]]").shape, (Shape{1, 1, 1, 1}));
    const Error e = refused("[[[[[1]]]]]");
    EXPECT_EQ(e.position, 4u);
    EXPECT_TRUE(contains(e.message, "at most 4")) << e.message;
}

// ---------------------------------------------------------------------------------------------- errors

TEST(Parser, SyntaxErrorsWithPositions)
{
    Error e = refused("[1, 2");
    EXPECT_EQ(e.position, 0u);
    EXPECT_TRUE(contains(e.message, "unterminated list")) << e.message;

    e = refused("[1, 2)");
    EXPECT_EQ(e.position, 5u);
    EXPECT_EQ(e.message, "')' does not match '['");

    e = refused(")");
    EXPECT_EQ(e.position, 0u);
    EXPECT_EQ(e.message, "unexpected ')': expected a number or '['");

    e = refused("[1 2]");
    EXPECT_EQ(e.position, 3u);
    EXPECT_EQ(e.message, "unexpected '2': expected ',' or ']'");

    EXPECT_EQ(refused("[1,,2]").position, 3u);
    EXPECT_EQ(refused("[,]").position, 1u);
    EXPECT_EQ(refused("(,)").position, 1u);
    EXPECT_EQ(refused("[1] [2]").position, 4u);
    e = refused("[1]\n[2]");
    EXPECT_EQ(e.position, 3u);
    EXPECT_TRUE(contains(e.message, "line break")) << e.message;
    EXPECT_EQ(refused("torch.zeros\n(2)").position, 11u);
    EXPECT_EQ(refused("torch.zeros(2").position, 11u);
    EXPECT_EQ(refused("torch.tensor([1]).float()").position, 17u);
    EXPECT_EQ(refused("[1, 'a']").position, 4u);
    EXPECT_EQ(refused("[1, 'a]").position, 4u);
    EXPECT_EQ(refused("-").position, 1u);
    EXPECT_EQ(refused("").position, 0u);
    EXPECT_EQ(refused("   \n ").position, 0u);
    EXPECT_EQ(refused("[1, 2**3]").position, 5u);
}

TEST(Parser, UnknownNames)
{
    Error e = refused("foo");
    EXPECT_EQ(e.position, 0u);
    EXPECT_EQ(e.message, "unknown name 'foo': only torch.tensor, torch.Tensor, torch.randn, torch.zeros, torch.ones, "
                         "nan and inf are understood");
    EXPECT_EQ(refused("[1, foo]").position, 4u);
    EXPECT_TRUE(contains(refused("np.array([1])").message, "'np.array'"));
    EXPECT_TRUE(contains(refused("torch.nn.functional.relu([1])").message, "unknown name"));
    EXPECT_EQ(refused("torch.rand(3)").position, 0u);
    EXPECT_EQ(refused("[torch.zeros(2)]").position, 1u);
    EXPECT_EQ(refused("[torch.float32]").position, 1u);
}

TEST(Parser, HostileInputIsRefusedWithAPosition)
{
    Error e = refused(std::string(1 << 20, '['));
    EXPECT_EQ(e.position, 32u);
    EXPECT_TRUE(contains(e.message, "nested too deeply")) << e.message;
    EXPECT_EQ(refused(std::string(1 << 20, '(')).position, 32u);
    EXPECT_EQ(refused("torch.tensor(" + std::string(1 << 20, '-')).position, 13u + (1u << 20));

    const std::string hugeInt = "1" + std::string(10'000'000, '0');
    EXPECT_EQ(refused(hugeInt).message, "integer too large to convert to float");
    EXPECT_EQ(refused("torch.tensor(" + hugeInt + ")").position, 13u);
    EXPECT_EQ(refused("torch.zeros(" + hugeInt + ")").message, "too many elements (at most 16777216)");
    EXPECT_EQ(refused("[0x1" + std::string(10'000'000, '0') + "]").message, "integer too large to convert to float");
    EXPECT_EQ(bits(ok("0." + std::string(10'000'000, '0') + "1")), Bits{0x0});
    EXPECT_EQ(bits(ok("-1e-" + std::string(10'000'000, '9'))), Bits{0x80000000});
    EXPECT_EQ(bits(ok("1e" + std::string(10'000'000, '9'))), Bits{0x7f800000});

    e = refused(std::string("[1,\0 2]", 7));
    EXPECT_EQ(e.position, 3u);
    EXPECT_TRUE(contains(e.message, "0x00")) << e.message;
    EXPECT_EQ(refused("[1, \xff\xfe]").position, 4u);
    EXPECT_EQ(refused("[1, \xe2\x88\x92" "2]").position, 4u); // U+2212, a minus sign to the eye

    ParserLimits small;
    small.maxInputBytes = 10;
    e = refused("[1,2,3,4,5,6]", small);
    EXPECT_EQ(e.position, 10u);
    EXPECT_TRUE(contains(e.message, "too long")) << e.message;

    ParserLimits shallow;
    shallow.maxDepth = 3;
    EXPECT_TRUE(parse("[[[1]]]", shallow).ok());
    EXPECT_EQ(refused("((((1))))", shallow).position, 3u);
    EXPECT_EQ(refused("torch.tensor([[[1]]])", shallow).position, 15u);

    // A long list of empty lists is many brackets but no elements.
    std::string empties = "[";
    for (int i = 0; i < 1'000'000; ++i)
        empties += "[],";
    empties += "]";
    EXPECT_EQ(ok(empties).shape, (Shape{1'000'000, 0}));

}

TEST(Parser, MillionElementListParsesIntoOneFlatBuffer)
{
    std::string text = "[";
    std::vector<float> expected;
    for (int i = 0; i < 1'000'000; ++i) {
        const int whole = i % 1000 - 500;
        text += std::to_string(whole) + ".25, ";
        expected.push_back(static_cast<float>(whole) + (whole < 0 ? -0.25f : 0.25f)); // exact in float
    }
    text += "]";
    ASSERT_GT(text.size(), 6'000'000u);

    TorchGenerator gen(0);
    const Result<Tensor> r = parseTensor(text, gen);
    ASSERT_TRUE(r.ok()) << r.error().message;
    EXPECT_EQ(r.value().shape, Shape{1'000'000});
    EXPECT_EQ(r.value().f32, expected);

    // The same numbers as a 1000 x 1000 nested list of integers.
    std::string nested = "torch.tensor([";
    for (int row = 0; row < 1000; ++row) {
        nested += "[";
        for (int col = 0; col < 1000; ++col)
            nested += std::to_string(row * 1000 + col) + ",";
        nested += "],\n";
    }
    nested += "])";
    const Result<Tensor> n = parseTensor(nested, gen);
    ASSERT_TRUE(n.ok()) << n.error().message;
    EXPECT_EQ(n.value().dtype, DType::Int64);
    EXPECT_EQ(n.value().shape, (Shape{1000, 1000}));
    EXPECT_EQ(n.value().i64[999'999], 999'999);
}

} // namespace
} // namespace leakylab
