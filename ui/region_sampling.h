// Where and how the decision-region views sample a network: a grid over the data, evaluated off the UI
// thread.
#pragma once

#include <vector>

#include "core/dataset.h"
#include "core/mlp.h"
#include "ui/training_update.h"

namespace leakylab {

// The data's bounding box with a margin, `resolution` points a side (2-D), or along x (1-D, one row).
RegionGrid regionGridFor(const Dataset& dataset, int resolution);

// The network at every grid point, row by row: the probability of class 1 (sigmoid of the logit) when
// `classification`, else the prediction itself; NaN where the output is not finite.
std::vector<float> sampleRegions(const Mlp& network, const RegionGrid& grid, bool classification);

} // namespace leakylab
