// The training history as CSV: per step, loss, dead fraction and accuracy of the ReLU and LeakyReLU runs.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "core/simulation.h"

namespace leakylab {

// Header "step,relu_loss,leaky_relu_loss,relu_dead_fraction,leaky_relu_dead_fraction" and, when either run
// has accuracy (classification), ",relu_accuracy,leaky_relu_accuracy". `hiddenUnits` is every hidden
// unit of one network (hidden × layers): the dead fraction's denominator. A run that stopped earlier
// (diverged) leaves its cells empty in the later rows. Floats in the shortest form that reads back to the
// same float32; dead fractions, computed in double, likewise for double.
std::string trainingHistoryCsv(const std::vector<StepRecord>& relu, const std::vector<StepRecord>& leakyRelu,
                               std::size_t hiddenUnits);

// Dead units over all hidden units of one step; 0 when there are none.
double deadFraction(const StepRecord& record, std::size_t hiddenUnits);

} // namespace leakylab
