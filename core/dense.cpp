// The matrix products of a linear layer on row-major float32, vectorised (AVX2 when present).
#include "core/dense.h"

#if defined(__x86_64__) || defined(__i386__)
#include <immintrin.h>
#endif

namespace leakylab::dense {
namespace {

// A tile of kRows x kCols outputs lives in registers while k runs: each loaded row of b feeds
// kRows multiply-adds, which keeps the loop on arithmetic instead of loads and stores.
constexpr std::size_t kRows = 4;
constexpr std::size_t kCols = 16;

struct Operands {
    const float* a;
    std::size_t aRow, aCol;
    const float* b;
    const float* init;
    float* c;
    std::size_t k, n;
};

template <std::size_t Rows, std::size_t Cols>
[[gnu::always_inline]] inline void tile(const Operands& o, std::size_t i0, std::size_t j0)
{
    float acc[Rows][Cols] = {};
    for (std::size_t kk = 0; kk < o.k; ++kk) {
        const float* bRow = o.b + kk * o.n + j0;
        for (std::size_t r = 0; r < Rows; ++r) {
            const float a = o.a[(i0 + r) * o.aRow + kk * o.aCol];
            for (std::size_t j = 0; j < Cols; ++j)
                acc[r][j] += a * bRow[j];
        }
    }
    for (std::size_t r = 0; r < Rows; ++r)
        for (std::size_t j = 0; j < Cols; ++j)
            o.c[(i0 + r) * o.n + j0 + j] = o.init ? acc[r][j] + o.init[j0 + j] : acc[r][j];
}

// The columns j0 .. n that the tiles leave over, for Rows output rows at once: each output is its own
// chain of additions, kept in a register, and the Rows chains run side by side.
template <std::size_t Rows>
[[gnu::always_inline]] inline void edge(const Operands& o, std::size_t i0, std::size_t j0)
{
    for (std::size_t j = j0; j < o.n; ++j) {
        float acc[Rows] = {};
        for (std::size_t kk = 0; kk < o.k; ++kk) {
            const float b = o.b[kk * o.n + j];
            for (std::size_t r = 0; r < Rows; ++r)
                acc[r] += o.a[(i0 + r) * o.aRow + kk * o.aCol] * b;
        }
        for (std::size_t r = 0; r < Rows; ++r)
            o.c[(i0 + r) * o.n + j] = o.init ? acc[r] + o.init[j] : acc[r];
    }
}

// Columns past the last full tile, all rows.
[[gnu::always_inline]] inline void edges(const Operands& o, std::size_t m, std::size_t j0)
{
    constexpr std::size_t group = 8;
    std::size_t i = 0;
    for (; i + group <= m; i += group)
        edge<group>(o, i, j0);
    for (; i < m; ++i)
        edge<1>(o, i, j0);
}

[[gnu::always_inline]] inline void multiplyBody(const Operands& o, std::size_t m)
{
    const std::size_t fullCols = o.n - o.n % kCols;
    std::size_t i = 0;
    for (; i + kRows <= m; i += kRows) {
        for (std::size_t j = 0; j < fullCols; j += kCols)
            tile<kRows, kCols>(o, i, j);
    }
    for (; i < m; ++i)
        for (std::size_t j = 0; j < fullCols; j += kCols)
            tile<1, kCols>(o, i, j);
    if (fullCols < o.n)
        edges(o, m, fullCols);
}

#if defined(__x86_64__) || defined(__i386__)
#define LEAKYLAB_DENSE_X86 1

// The 4 x 16 tile in AVX2 registers: eight accumulators, two loads of b and four broadcasts of a per
// step of k. Not FMA: the reference BLAS that PyTorch calls here rounds each product before adding
// it, and so must this to give its bits.
[[gnu::target("avx2")]] void tileAvx2(const Operands& o, std::size_t i0, std::size_t j0)
{
    __m256 acc[kRows][2];
    for (auto& row : acc)
        row[0] = row[1] = _mm256_setzero_ps();
    const float* a = o.a + i0 * o.aRow;
    for (std::size_t kk = 0; kk < o.k; ++kk) {
        const float* bRow = o.b + kk * o.n + j0;
        const __m256 b0 = _mm256_loadu_ps(bRow);
        const __m256 b1 = _mm256_loadu_ps(bRow + 8);
        const float* aCol = a + kk * o.aCol;
        for (std::size_t r = 0; r < kRows; ++r) {
            const __m256 x = _mm256_broadcast_ss(aCol + r * o.aRow);
            acc[r][0] = _mm256_add_ps(acc[r][0], _mm256_mul_ps(x, b0));
            acc[r][1] = _mm256_add_ps(acc[r][1], _mm256_mul_ps(x, b1));
        }
    }
    for (std::size_t r = 0; r < kRows; ++r) {
        float* cRow = o.c + (i0 + r) * o.n + j0;
        __m256 c0 = acc[r][0];
        __m256 c1 = acc[r][1];
        if (o.init) {
            c0 = _mm256_add_ps(c0, _mm256_loadu_ps(o.init + j0));
            c1 = _mm256_add_ps(c1, _mm256_loadu_ps(o.init + j0 + 8));
        }
        _mm256_storeu_ps(cRow, c0);
        _mm256_storeu_ps(cRow + 8, c1);
    }
}

[[gnu::target("avx2")]] void multiplyAvx2(const Operands& o, std::size_t m)
{
    static_assert(kCols == 16);
    const std::size_t fullCols = o.n - o.n % kCols;
    std::size_t i = 0;
    for (; i + kRows <= m; i += kRows)
        for (std::size_t j = 0; j < fullCols; j += kCols)
            tileAvx2(o, i, j);
    // The rows and columns the tiles leave over, by the portable loops compiled for AVX2.
    for (std::size_t r = i; r < m; ++r)
        for (std::size_t j = 0; j < fullCols; j += kCols)
            tile<1, kCols>(o, r, j);
    if (fullCols < o.n)
        edges(o, m, fullCols);
}
bool hasAvx2()
{
    static const bool has = __builtin_cpu_supports("avx2");
    return has;
}
#endif

} // namespace

void multiply(const float* a, std::size_t aRow, std::size_t aCol, const float* b, const float* init, float* c,
              std::size_t m, std::size_t k, std::size_t n)
{
    const Operands o {a, aRow, aCol, b, init, c, k, n};
#ifdef LEAKYLAB_DENSE_X86
    if (hasAvx2())
        return multiplyAvx2(o, m);
#endif
    multiplyBody(o, m);
}

} // namespace leakylab::dense
