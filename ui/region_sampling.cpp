// Samples a network over a grid for the decision-region views.
#include "ui/region_sampling.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace leakylab {

RegionGrid regionGridFor(const Dataset& dataset, int resolution)
{
    RegionGrid grid;
    const std::size_t inputs = std::max<std::size_t>(dataset.inputs, 1);
    const auto bounds = [&](std::size_t column, double& low, double& high) {
        low = std::numeric_limits<double>::max();
        high = std::numeric_limits<double>::lowest();
        for (std::size_t r = 0; r < dataset.samples; ++r) {
            const double v = dataset.x[r * inputs + column];
            low = std::min(low, v);
            high = std::max(high, v);
        }
        if (!(low < high)) { // one sample, or none: any box around it will do
            low = (dataset.samples ? low : 0.0) - 1.0;
            high = low + 2.0;
        }
        // A margin, so the points on the edge are not cut in half and the regions show past the data.
        const double margin = 0.1 * (high - low);
        low -= margin;
        high += margin;
    };
    bounds(0, grid.xMin, grid.xMax);
    grid.columns = resolution;
    if (dataset.inputs >= 2) {
        bounds(1, grid.yMin, grid.yMax);
        grid.rows = resolution;
    } else {
        grid.rows = 1;
    }
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
