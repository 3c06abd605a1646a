// The lesson tensor's elements drawn on the activation plot: each x as a point on ReLU and on LeakyReLU.
#pragma once

#include <vector>

#include "core/tensor.h"
#include "ui/curve_style.h"

class QCustomPlot;
class QCPGraph;
class QCPLayer;

namespace leakylab {

// Marks on a plot layer at each x on ReLU and on LeakyReLU; the LeakyReLU ones move with the slope, the ReLU
// ones do not. Each set is a graph of white rims under a graph of coloured faces.
class InputPoints {
public:
    struct Marks {
        QCPGraph* rims = nullptr;
        QCPGraph* faces = nullptr; // the one in the legend
    };

    // More points than this say nothing more on a projector and slow every slider tick.
    static constexpr std::size_t kMaxPoints = 1000;

    InputPoints(QCustomPlot* plot, QCPLayer* layer);

    // Every element when there are at most kMaxPoints, otherwise kMaxPoints spread evenly through the tensor;
    // NaN and infinities have no place on the plot and are left out.
    static std::vector<float> pointsOf(const Tensor& tensor);

    void setXs(std::vector<float> xs);
    const std::vector<float>& xs() const { return mXs; }
    void setSlope(double slope);
    QCPGraph* onRelu() const { return mOnRelu.faces; }
    QCPGraph* onLeakyRelu() const { return mOnLeakyRelu.faces; }
    // The outer graph of each set: every face lies within its rim.
    QCPGraph* rimsOnRelu() const { return mOnRelu.rims; }
    QCPGraph* rimsOnLeakyRelu() const { return mOnLeakyRelu.rims; }
    void setVisible(Curve curve, bool visible);

private:
    void updateLeaky();

    Marks mOnRelu;
    Marks mOnLeakyRelu;
    std::vector<float> mXs;
    double mSlope = 0.0;
};

} // namespace leakylab
