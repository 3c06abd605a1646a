// The share of hidden units that are negative on every sample, per step, for both networks.
#pragma once

#include "ui/step_chart.h"

namespace leakylab {

// In percent of all hidden units, on a fixed 0-100 axis, so a ReLU network losing half its units shows as
// a line at 50 from the back of the room.
class DeadFractionChart : public StepChart {
    Q_OBJECT
public:
    explicit DeadFractionChart(QWidget* parent = nullptr);

    // Empty curves for a run of `steps` steps with `units` hidden units in all.
    void clear(std::size_t steps, std::size_t units);
    std::size_t units() const { return mUnits; }

protected:
    double valueOf(const StepRecord& record) const override;
    bool fitValueAxis(double, double) override { return false; }

private:
    std::size_t mUnits = 1;
};

} // namespace leakylab
