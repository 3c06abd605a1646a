// Where and how the decision-region views sample a network: a grid over the data, evaluated off the UI
// thread.
#pragma once

#include <utility>
#include <vector>

#include "core/dataset.h"
#include "core/mlp.h"
#include "ui/training_update.h"

namespace leakylab {

// The data's range along one input, widened by a tenth on each side so points on the edge show whole.
std::pair<double, double> dataSpan(const Dataset& dataset, std::size_t input);

// For 2-D data a square around the data, `resolution` points a side; for 1-D, the data's span along x
// in `resolution` points (one row).
RegionGrid regionGridFor(const Dataset& dataset, int resolution);

// The network at every grid point, row by row: the probability of class 1 (sigmoid of the logit) when
// `classification`, else the prediction itself; NaN where the output is not finite.
std::vector<float> sampleRegions(const Mlp& network, const RegionGrid& grid, bool classification);

} // namespace leakylab
