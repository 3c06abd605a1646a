// The matrix products of a linear layer on row-major float32, vectorised (AVX2 when present).
#pragma once

#include <cstddef>

namespace leakylab::dense {

// c[i][j] = (sum_k A(i, k) * b[k][j]) + init[j] for i < m, j < n, where A(i, k) = a[i * aRow + k * aCol]
// (so A may be a matrix or a transposed one), b is k x n row-major and c is m x n row-major; init
// may be null. As in the reference BLAS's sgemm: the sum starts at 0 and runs over k in order, each
// product rounded before it is added, and init comes last. PyTorch's nn.Linear forward and backward
// then get the same bits.
void multiply(const float* a, std::size_t aRow, std::size_t aCol, const float* b, const float* init, float* c,
              std::size_t m, std::size_t k, std::size_t n);

} // namespace leakylab::dense
