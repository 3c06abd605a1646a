// Each step's loss for both networks, on a logarithmic axis.
#pragma once

#include "ui/step_chart.h"

namespace leakylab {

// Logarithmic, because the interesting contrast spans decades: a dead ReLU network stuck at ln 2 = 0.69
// while LeakyReLU falls to 0.0001.
class LossChart : public StepChart {
    Q_OBJECT
public:
    // Losses below this are drawn at it: a float loss can round to exactly 0, which a log axis cannot show.
    static constexpr double kFloor = 1e-8;

    explicit LossChart(QWidget* parent = nullptr);

    // Empty curves for a run of `steps` steps; `lossName` labels the axis (BCEWithLogitsLoss, MSELoss).
    void clear(std::size_t steps, const QString& lossName);

protected:
    double valueOf(const StepRecord& record) const override;
    bool fitValueAxis(double low, double high) override;
};

} // namespace leakylab
