// The tensor the lesson needs: float32 or int64, 0 to 4 dimensions, row-major, owned storage.
#pragma once

#include <cstdint>
#include <vector>

namespace leakylab {

enum class DType { Float32, Int64 };

inline constexpr int kMaxDims = 4;

struct Tensor {
    DType dtype = DType::Float32;
    std::vector<std::int64_t> shape; // empty: a 0-d tensor holding one value
    std::vector<float> f32;          // the values when dtype == Float32
    std::vector<std::int64_t> i64;   // the values when dtype == Int64

    static Tensor float32(std::vector<std::int64_t> shape, std::vector<float> values);
    static Tensor int64(std::vector<std::int64_t> shape, std::vector<std::int64_t> values);

    int dim() const { return static_cast<int>(shape.size()); }
    std::int64_t numel() const;
    bool isFloat() const { return dtype == DType::Float32; }
};

// Number of elements of a shape (1 for the 0-d shape).
std::int64_t numelOf(const std::vector<std::int64_t>& shape);

} // namespace leakylab
