// The curves are piecewise linear, so their extremes over a range are at its ends, at 0 and the derivatives' levels.
#include "ui/plot_range.h"

#include <algorithm>
#include <initializer_list>

#include "ui/activation_plot.h"

namespace leakylab {

QCPRange fittedValueRange(double lo, double hi, double slope)
{
    const auto leaky = [slope](double x) { return x > 0.0 ? x : slope * x; };
    const std::initializer_list<double> values = {0.0, 1.0, slope, std::max(hi, 0.0), std::max(lo, 0.0), leaky(lo),
                                                  leaky(hi)};
    return QCPRange(std::min(-1.5, std::min(values) - 0.5), std::max(values) + 0.5);
}

void showXRange(ActivationPlot& plot, double lo, double hi)
{
    plot.xAxis->setRange(lo, hi);
    plot.yAxis->setRange(fittedValueRange(lo, hi, plot.slope()));
    plot.replot(QCustomPlot::rpQueuedReplot);
}

} // namespace leakylab
