// The dead-unit chart: each step's dead units over all hidden units, in percent.
#include "ui/dead_fraction_chart.h"

#include <algorithm>
#include <numeric>

#include "ui/tick_fit.h"

namespace leakylab {

namespace {

// QCustomPlot's own number of ticks.
constexpr int kMostTicks = 5;

} // namespace

DeadFractionChart::DeadFractionChart(QWidget* parent)
    : StepChart(tr("Units ≤ 0 on every sample"), parent)
{
    yAxis->setLabel(tr("% of hidden units"));
    yAxis->setRange(0.0, 100.0);
    // Six labels, 0 to 100, on a tall chart; fewer on a low one (see fitVerticalTicks).
    connect(this, &QCustomPlot::afterLayout, this, [this] {
        if (fitVerticalTicks(*yAxis, kMostTicks))
            updateLayout(); // which comes back here, the ticks fitted
    });
    setToolTip(tr("Each step, the share of hidden units whose pre-activation is ≤ 0 on every sample.\n"
                  "For ReLU they get no gradient and stay dead; LeakyReLU units counted here still get\n"
                  "the slope as their gradient, so they can come back."));
}

void DeadFractionChart::clear(std::size_t steps, std::size_t units)
{
    mUnits = std::max<std::size_t>(units, 1);
    StepChart::clear(steps);
}

double DeadFractionChart::valueOf(const StepRecord& record) const
{
    const std::size_t dead
        = std::accumulate(record.deadUnits.begin(), record.deadUnits.end(), std::size_t {0});
    return 100.0 * static_cast<double>(dead) / static_cast<double>(mUnits);
}

} // namespace leakylab
