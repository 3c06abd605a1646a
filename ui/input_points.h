// The lesson tensor's elements drawn on the activation plot: each x as a point on ReLU and on LeakyReLU.
#pragma once

#include <vector>

#include "core/tensor.h"

class QCustomPlot;
class QCPGraph;
class QCPLayer;

namespace leakylab {

// Two scatter graphs on a plot layer; the LeakyReLU points move with the slope, the ReLU ones do not.
class InputPoints {
public:
    // More points than this say nothing more on a projector and slow every slider tick.
    static constexpr std::size_t kMaxPoints = 1000;

    InputPoints(QCustomPlot* plot, QCPLayer* layer);

    // Every element when there are at most kMaxPoints, otherwise kMaxPoints spread evenly through the tensor;
    // NaN and infinities have no place on the plot and are left out.
    static std::vector<float> pointsOf(const Tensor& tensor);

    void setXs(std::vector<float> xs);
    const std::vector<float>& xs() const { return mXs; }
    void setSlope(double slope);
    QCPGraph* onRelu() const { return mOnRelu; }
    QCPGraph* onLeakyRelu() const { return mOnLeakyRelu; }

private:
    void updateLeaky();

    QCPGraph* mOnRelu;
    QCPGraph* mOnLeakyRelu;
    std::vector<float> mXs;
    double mSlope = 0.0;
};

} // namespace leakylab
