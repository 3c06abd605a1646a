// Points of the four curves over the plotted x range, computed with the core's float32 kernels.
#pragma once

#include <qcustomplot.h>

#include <QVector>

#include <optional>
#include <vector>

namespace leakylab {

// The marks at the kink x = 0: the value PyTorch takes there, and the other side's limit if it differs.
struct KinkDots {
    double value = 0.0;
    std::optional<double> otherLimit;
};

class CurveSamples {
public:
    // Samples k·h for every integer k with lo <= k·h <= hi, h a 1-2-5 step: x = 0 is one of them
    // whenever the domain contains it.
    void setDomain(double lo, double hi);
    double step() const { return mStep; }

    QVector<QCPGraphData> relu() const;
    QVector<QCPGraphData> leakyRelu(double slope) const;
    // The part of LeakyReLU with x <= 0: the leak, shaded down (or up) to y = 0.
    QVector<QCPGraphData> leak(double slope) const;
    // Step functions broken at x = 0 (a NaN point makes QCustomPlot leave a gap), ending at each
    // side's limit; the value at 0 itself is left to the dots.
    QVector<QCPGraphData> reluGrad() const;
    QVector<QCPGraphData> leakyReluGrad(double slope) const;

    static KinkDots reluGradKink();
    static KinkDots leakyReluGradKink(double slope);

private:
    QVector<QCPGraphData> toData(const std::vector<float>& values) const;
    // `kink` holds the gradients left of, at and right of 0.
    QVector<QCPGraphData> stepData(const std::vector<float>& values, const std::vector<float>& kink) const;

    double mStep = 1.0;
    std::vector<double> mKeys;
    // The same inputs as float32, what PyTorch's kernels would see.
    std::vector<float> mInputs;
};

} // namespace leakylab
