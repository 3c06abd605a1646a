// The activation plot's curves as a CSV table: x, ReLU, LeakyReLU and both derivatives on the plotted grid.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"

namespace leakylab {

inline constexpr std::string_view kCurveTableHeader = "x,relu,leaky_relu,relu_grad,leaky_relu_grad";
// A million rows is about 60 MB of text: far past any plot, short of filling a disk by mistake.
inline constexpr std::size_t kMaxCurveRows = 1'000'000;

// The points k·step, for every integer k with lo <= k·step <= hi: the rule ui/curve_samples.cpp samples
// the plot by, so x = 0 is a row whenever the range holds it.
struct CurveGrid {
    double lo = -5.0;
    double hi = 5.0;
    double step = 0.1;
};

// The grid's points as doubles, or why there are none (a step that is not positive, a reversed or
// non-finite range, more than maxRows points).
Result<std::vector<double>> curveGridPoints(const CurveGrid& grid, std::size_t maxRows = kMaxCurveRows);

// One header row, then one row per grid point. x is the float32 input the kernels see, each value what
// PyTorch computes for it in float32 (derivatives as x.grad after y.sum().backward(), so at x = 0 ReLU′ is
// 0 and LeakyReLU′ is the slope), all written in the shortest form that reads back to the same float32.
Result<std::string> curveTableCsv(const CurveGrid& grid, double negativeSlope, std::size_t maxRows = kMaxCurveRows);

} // namespace leakylab
