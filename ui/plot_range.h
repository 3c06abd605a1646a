// Showing an x range on the activation plot, with a y range that fits every curve over it.
#pragma once

#include <qcustomplot.h>

namespace leakylab {

class ActivationPlot;

// From the curves' lowest to highest value over [lo, hi] at this slope (derivatives included), with half a
// unit of room and never less than the default view's -1.5 below: for [-5, 5] it is the plot's default range.
QCPRange fittedValueRange(double lo, double hi, double slope);

// What opening a lesson or `leakylab export --x-range` shows.
void showXRange(ActivationPlot& plot, double lo, double hi);

} // namespace leakylab
