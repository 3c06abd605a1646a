// Tensors written back as Python read back bit for bit; cell values are read as PyTorch stores them; edits.
#include <bit>
#include <cmath>
#include <limits>

#include <gtest/gtest.h>

#include "core/tensor_parser.h"
#include "core/torch_random.h"
#include "ui/tensor_edit.h"
#include "ui/tensor_literal.h"

namespace leakylab {
namespace {

Tensor reparsed(const Tensor& tensor)
{
    TorchGenerator generator(0);
    auto parsed = parseTensor(tensorLiteral(tensor), generator);
    EXPECT_TRUE(parsed.ok()) << tensorLiteral(tensor) << ": " << (parsed ? "" : parsed.error().message);
    return parsed ? parsed.value() : Tensor{};
}

std::vector<std::uint32_t> bitsOf(const std::vector<float>& values)
{
    std::vector<std::uint32_t> bits;
    for (float v : values)
        bits.push_back(std::bit_cast<std::uint32_t>(v));
    return bits;
}

TEST(TensorLiteral, writes_what_a_student_would_type)
{
    EXPECT_EQ(tensorLiteral(Tensor::float32({4}, {2, -4, 5, -6})), "[2, -4, 5, -6]");
    EXPECT_EQ(tensorLiteral(Tensor::float32({4}, {2, -1.6f, 0.0f, -0.0f})), "[2, -1.6, 0, -0.0]");
    EXPECT_EQ(tensorLiteral(Tensor::float32({2, 2}, {1, 2, 3, 4})), "[[1, 2], [3, 4]]");
    EXPECT_EQ(tensorLiteral(Tensor::float32({}, {3.5f})), "3.5");
    EXPECT_EQ(tensorLiteral(Tensor::float32({0}, {})), "[]");
    EXPECT_EQ(tensorLiteral(Tensor::int64({2}, {2, -4})), "torch.tensor([2, -4])");
    EXPECT_EQ(tensorLiteral(Tensor::int64({0}, {})), "torch.tensor([], dtype=torch.int64)");
    const float inf = std::numeric_limits<float>::infinity();
    EXPECT_EQ(tensorLiteral(Tensor::float32({3}, {std::nanf(""), inf, -inf})), "[nan, inf, -inf]");
}

TEST(TensorLiteral, random_floats_read_back_bit_for_bit)
{
    TorchGenerator generator(3);
    std::vector<float> values = generator.randn(20'000);
    for (float& v : values)
        v = std::ldexp(v, static_cast<int>(std::lround(v * 40.0f))); // spread the exponents widely
    values.push_back(std::numeric_limits<float>::denorm_min());
    values.push_back(std::numeric_limits<float>::max());
    values.push_back(-std::numeric_limits<float>::min());
    values.push_back(16777217.0f);
    const Tensor tensor = Tensor::float32({static_cast<std::int64_t>(values.size())}, values);
    const Tensor back = reparsed(tensor);
    EXPECT_EQ(back.dtype, DType::Float32);
    EXPECT_EQ(bitsOf(back.f32), bitsOf(values));
}

TEST(TensorLiteral, every_shape_and_dtype_reads_back)
{
    for (const Tensor& t : {Tensor::float32({2, 0}, {}), Tensor::int64({2, 3}, {1, -2, 3, -4, 5, -6}),
                            Tensor::int64({}, {-7}), Tensor::float32({1, 1}, {-0.0f})}) {
        const Tensor back = reparsed(t);
        EXPECT_EQ(back.shape, t.shape) << tensorLiteral(t);
        EXPECT_EQ(back.dtype, t.dtype) << tensorLiteral(t);
        EXPECT_EQ(back.i64, t.i64);
        EXPECT_EQ(bitsOf(back.f32), bitsOf(t.f32));
    }
}

TEST(ParseElement, reads_a_cell_as_pytorch_stores_it)
{
    EXPECT_EQ(parseElement("-1.5", DType::Float32)->f32, std::vector<float>{-1.5f});
    EXPECT_EQ(parseElement("1e-3", DType::Float32)->f32, std::vector<float>{1e-3f});
    EXPECT_TRUE(std::isinf(parseElement("-inf", DType::Float32)->f32[0]));
    EXPECT_EQ(parseElement("7", DType::Int64)->i64, std::vector<std::int64_t>{7});
    EXPECT_FALSE(parseElement("2.5", DType::Int64));
    EXPECT_FALSE(parseElement("two", DType::Float32));
    EXPECT_FALSE(parseElement("[1, 2]", DType::Float32));
    EXPECT_FALSE(parseElement("", DType::Float32));
}

TEST(TensorEdit, replaces_one_element)
{
    const Tensor t = withElement(Tensor::float32({2, 2}, {1, 2, 3, 4}), 2, Tensor::float32({}, {9}));
    EXPECT_EQ(t.f32, (std::vector<float>{1, 2, 9, 4}));
    EXPECT_EQ(t.shape, (std::vector<std::int64_t>{2, 2}));
}

TEST(TensorEdit, inserts_and_removes_elements_of_a_vector)
{
    const Tensor v = Tensor::int64({3}, {1, 2, 3});
    EXPECT_EQ(withZerosInserted(v, 0, 1).i64, (std::vector<std::int64_t>{1, 0, 2, 3}));
    EXPECT_EQ(withZerosInserted(v, 0, 3).i64, (std::vector<std::int64_t>{1, 2, 3, 0}));
    EXPECT_EQ(withSliceRemoved(v, 0, 0).i64, (std::vector<std::int64_t>{2, 3}));
    EXPECT_EQ(withSliceRemoved(v, 0, 0).shape, (std::vector<std::int64_t>{2}));
}

TEST(TensorEdit, a_scalar_grows_into_a_vector_and_shrinks_to_empty)
{
    const Tensor s = Tensor::float32({}, {5});
    const Tensor grown = withZerosInserted(s, 0, 1);
    EXPECT_EQ(grown.shape, (std::vector<std::int64_t>{2}));
    EXPECT_EQ(grown.f32, (std::vector<float>{5, 0}));
    EXPECT_EQ(withSliceRemoved(s, 0, 0).shape, (std::vector<std::int64_t>{0}));
}

TEST(TensorEdit, inserts_and_removes_rows_and_columns_of_a_matrix)
{
    const Tensor m = Tensor::float32({2, 2}, {1, 2, 3, 4});
    const Tensor row = withZerosInserted(m, 0, 1);
    EXPECT_EQ(row.shape, (std::vector<std::int64_t>{3, 2}));
    EXPECT_EQ(row.f32, (std::vector<float>{1, 2, 0, 0, 3, 4}));
    const Tensor column = withZerosInserted(m, 1, 0);
    EXPECT_EQ(column.shape, (std::vector<std::int64_t>{2, 3}));
    EXPECT_EQ(column.f32, (std::vector<float>{0, 1, 2, 0, 3, 4}));
    EXPECT_EQ(withSliceRemoved(m, 1, 1).f32, (std::vector<float>{1, 3}));
    EXPECT_EQ(withSliceRemoved(m, 1, 1).shape, (std::vector<std::int64_t>{2, 1}));
    EXPECT_EQ(withSliceRemoved(m, 0, 0).f32, (std::vector<float>{3, 4}));
}

} // namespace
} // namespace leakylab
