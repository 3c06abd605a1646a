// The curve table through the same float32 kernels the plot draws with.
#include "core/curve_table.h"

#include <cmath>

#include "core/activation.h"
#include "core/shortest_number.h"

namespace leakylab {

Result<std::vector<double>> curveGridPoints(const CurveGrid& grid, std::size_t maxRows)
{
    if (!std::isfinite(grid.lo) || !std::isfinite(grid.hi) || grid.lo > grid.hi)
        return Error(Message(LEAKYLAB_MESSAGE("core", "the x range must go from a smaller to a larger finite number")));
    if (!std::isfinite(grid.step) || grid.step <= 0.0)
        return Error(Message(LEAKYLAB_MESSAGE("core", "the grid step must be a positive number")));
    const double first = std::ceil(grid.lo / grid.step);
    const double last = std::floor(grid.hi / grid.step);
    // Counted in doubles first: a tiny step over a wide range overflows any integer.
    if (!(last - first + 1.0 <= static_cast<double>(maxRows)))
        return Error(Message::format(
            LEAKYLAB_MESSAGE("core", "the table would have more than %1 rows; use a narrower x range"), maxRows));
    // Indexed from `first` in doubles: the grid may sit far past any integer's range.
    const auto rows = last < first ? 0 : static_cast<std::size_t>(last - first + 1.0);
    std::vector<double> points;
    points.reserve(rows);
    for (std::size_t i = 0; i < rows; ++i)
        points.push_back((first + static_cast<double>(i)) * grid.step);
    return points;
}

Result<std::string> curveTableCsv(const CurveGrid& grid, double negativeSlope, std::size_t maxRows)
{
    auto points = curveGridPoints(grid, maxRows);
    if (!points)
        return points.error();
    const std::size_t n = points.value().size();
    std::vector<float> x(n);
    for (std::size_t i = 0; i < n; ++i)
        x[i] = static_cast<float>(points.value()[i]);

    const float slope = slopeAsFloat(negativeSlope);
    const std::vector<float> ones(n, 1.0f);
    std::vector<float> relus(n), leaks(n), reluGrads(n), leakGrads(n);
    reluForward(x.data(), relus.data(), n);
    leakyReluForward(x.data(), leaks.data(), n, slope);
    reluBackward(ones.data(), x.data(), reluGrads.data(), n);
    leakyReluBackward(ones.data(), x.data(), leakGrads.data(), n, slope);

    std::string csv(kCurveTableHeader);
    csv += '\n';
    csv.reserve(csv.size() + n * 48);
    for (std::size_t i = 0; i < n; ++i) {
        for (const float value : {x[i], relus[i], leaks[i], reluGrads[i], leakGrads[i]}) {
            csv += shortestText(value);
            csv += ',';
        }
        csv.back() = '\n';
    }
    return csv;
}

} // namespace leakylab
