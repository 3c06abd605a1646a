// Samples a network over a grid for the decision-region views.
#include "ui/region_sampling.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <tuple>

namespace leakylab {

std::pair<double, double> dataSpan(const Dataset& dataset, std::size_t input)
{
    const std::size_t inputs = std::max<std::size_t>(dataset.inputs, 1);
    double low = std::numeric_limits<double>::max();
    double high = std::numeric_limits<double>::lowest();
    for (std::size_t r = 0; r < dataset.samples; ++r) {
        const auto v = static_cast<double>(dataset.x[r * inputs + input]);
        low = std::min(low, v);
        high = std::max(high, v);
    }
    if (!(low < high)) { // one sample, or none: any span around it will do
        low = (dataset.samples ? low : 0.0) - 1.0;
        high = low + 2.0;
    }
    const double margin = 0.1 * (high - low);
    return {low - margin, high + margin};
}

RegionGrid regionGridFor(const Dataset& dataset, int resolution)
{
    RegionGrid grid;
    std::tie(grid.xMin, grid.xMax) = dataSpan(dataset, 0);
    grid.columns = resolution;
    grid.rows = 1;
    if (dataset.inputs < 2)
        return grid;
    // A square half as wide again as the data's longer side: the view keeps x and y at one scale and
    // widens whichever range its shape leaves short, and the regions should fill what it shows.
    std::tie(grid.yMin, grid.yMax) = dataSpan(dataset, 1);
    const double half = 0.75 * std::max(grid.xMax - grid.xMin, grid.yMax - grid.yMin);
    const double xMid = 0.5 * (grid.xMin + grid.xMax);
    const double yMid = 0.5 * (grid.yMin + grid.yMax);
    grid = {xMid - half, xMid + half, yMid - half, yMid + half, resolution, resolution};
    return grid;
}

std::vector<float> sampleRegions(const Mlp& network, const RegionGrid& grid, bool classification)
{
    const std::size_t inputs = network.inputs();
    std::vector<float> x;
    x.reserve(grid.points() * inputs);
    for (int row = 0; row < grid.rows; ++row) {
        for (int column = 0; column < grid.columns; ++column) {
            x.push_back(static_cast<float>(grid.x(column)));
            if (inputs >= 2)
                x.push_back(static_cast<float>(grid.y(row)));
        }
    }
    std::vector<float> out = network.predict(x);
    for (float& v : out) {
        if (classification)
            v = std::isnan(v) ? std::numeric_limits<float>::quiet_NaN() : 1.0F / (1.0F + std::exp(-v));
        else if (!std::isfinite(v))
            v = std::numeric_limits<float>::quiet_NaN();
    }
    return out;
}

} // namespace leakylab
