// The matrix products of a linear layer on row-major float32, vectorised (AVX2 when present).
#include "core/dense.h"

#include <algorithm>

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

// Whatever the tiles leave over: one output row at a time, columns j0 .. n.
[[gnu::always_inline]] inline void edge(const Operands& o, std::size_t i, std::size_t j0)
{
    float* cRow = o.c + i * o.n;
    std::fill(cRow + j0, cRow + o.n, 0.0F);
    for (std::size_t kk = 0; kk < o.k; ++kk) {
        const float a = o.a[i * o.aRow + kk * o.aCol];
        const float* bRow = o.b + kk * o.n;
        for (std::size_t j = j0; j < o.n; ++j)
            cRow[j] += a * bRow[j];
    }
    if (o.init)
        for (std::size_t j = j0; j < o.n; ++j)
            cRow[j] += o.init[j];
}

[[gnu::always_inline]] inline void multiplyBody(const Operands& o, std::size_t m)
{
    const std::size_t fullCols = o.n - o.n % kCols;
    std::size_t i = 0;
    for (; i + kRows <= m; i += kRows) {
        for (std::size_t j = 0; j < fullCols; j += kCols)
            tile<kRows, kCols>(o, i, j);
        if (fullCols < o.n)
            for (std::size_t r = 0; r < kRows; ++r)
                edge(o, i + r, fullCols);
    }
    for (; i < m; ++i) {
        for (std::size_t j = 0; j < fullCols; j += kCols)
            tile<1, kCols>(o, i, j);
        if (fullCols < o.n)
            edge(o, i, fullCols);
    }
}

[[gnu::always_inline]] inline void columnSumsBody(const float* a, std::size_t m, std::size_t n, float* sums)
{
    std::fill(sums, sums + n, 0.0F);
    for (std::size_t i = 0; i < m; ++i)
        for (std::size_t j = 0; j < n; ++j)
            sums[j] += a[i * n + j];
}

#if defined(__x86_64__) || defined(__i386__)
#define LEAKYLAB_DENSE_X86 1
// The same loops compiled for AVX2, chosen at run time. Not FMA: the reference BLAS that PyTorch
// calls here rounds each product before adding it, and so must these loops to give its bits.
[[gnu::target("avx2")]] void multiplyAvx2(const Operands& o, std::size_t m) { multiplyBody(o, m); }
[[gnu::target("avx2")]] void columnSumsAvx2(const float* a, std::size_t m, std::size_t n, float* sums)
{
    columnSumsBody(a, m, n, sums);
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

void columnSums(const float* a, std::size_t m, std::size_t n, float* sums)
{
#ifdef LEAKYLAB_DENSE_X86
    if (hasAvx2())
        return columnSumsAvx2(a, m, n, sums);
#endif
    columnSumsBody(a, m, n, sums);
}

} // namespace leakylab::dense
