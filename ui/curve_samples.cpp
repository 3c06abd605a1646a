// Sampling of ReLU, LeakyReLU and their derivatives through the core's forward and backward kernels.
#include "ui/curve_samples.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "core/activation.h"

namespace leakylab {

namespace {

// Both functions are straight between samples once x = 0 is one of them, so few points draw them exactly;
// more would only lengthen the polylines the live layer strokes on every slope tick.
constexpr int kTargetSamples = 60;

double niceStep(double span)
{
    const double raw = span / kTargetSamples;
    const double decade = std::pow(10.0, std::floor(std::log10(raw)));
    for (double factor : {1.0, 2.0, 5.0}) {
        if (factor * decade >= raw)
            return factor * decade;
    }
    return 10.0 * decade;
}

// The derivative is what x.grad holds after y.sum().backward(): the backward kernel with ones.
std::vector<float> gradients(const std::vector<float>& inputs, auto backward)
{
    const std::vector<float> ones(inputs.size(), 1.0f);
    std::vector<float> grads(inputs.size());
    backward(ones.data(), inputs.data(), grads.data(), inputs.size());
    return grads;
}

std::vector<float> reluGradients(const std::vector<float>& inputs)
{
    return gradients(inputs, reluBackward);
}

std::vector<float> leakyReluGradients(const std::vector<float>& inputs, double slope)
{
    return gradients(inputs, [slope](const float* gradOut, const float* in, float* gradIn, std::size_t n) {
        leakyReluBackward(gradOut, in, gradIn, n, slopeAsFloat(slope));
    });
}

// Inputs just left of, exactly at, and just right of the kink.
const std::vector<float> kKinkInputs = {-std::numeric_limits<float>::denorm_min(), 0.0f,
                                        std::numeric_limits<float>::denorm_min()};

KinkDots kinkDots(const std::vector<float>& grads)
{
    const float left = grads[0];
    const float atZero = grads[1];
    const float right = grads[2];
    KinkDots dots;
    dots.value = static_cast<double>(atZero);
    if (left != atZero)
        dots.otherLimit = static_cast<double>(left);
    else if (right != atZero)
        dots.otherLimit = static_cast<double>(right);
    return dots;
}

} // namespace

void CurveSamples::setDomain(double lo, double hi)
{
    mStep = niceStep(hi - lo);
    const auto first = static_cast<long long>(std::ceil(lo / mStep));
    const auto last = static_cast<long long>(std::floor(hi / mStep));
    mKeys.clear();
    mInputs.clear();
    for (long long k = first; k <= last; ++k) {
        const double key = static_cast<double>(k) * mStep;
        mKeys.push_back(key);
        mInputs.push_back(static_cast<float>(key));
    }
}

QVector<QCPGraphData> CurveSamples::toData(const std::vector<float>& values) const
{
    QVector<QCPGraphData> data;
    data.reserve(static_cast<qsizetype>(mKeys.size()));
    for (std::size_t i = 0; i < mKeys.size(); ++i)
        data.append(QCPGraphData(mKeys[i], static_cast<double>(values[i])));
    return data;
}

QVector<QCPGraphData> CurveSamples::stepData(const std::vector<float>& values,
                                             const std::vector<float>& kink) const
{
    QVector<QCPGraphData> data;
    data.reserve(static_cast<qsizetype>(mKeys.size()) + 3);
    bool kinkAdded = false;
    for (std::size_t i = 0; i < mKeys.size(); ++i) {
        if (mKeys[i] >= 0.0 && !kinkAdded) {
            data.append(QCPGraphData(0.0, static_cast<double>(kink[0])));
            data.append(QCPGraphData(0.0, std::numeric_limits<double>::quiet_NaN()));
            data.append(QCPGraphData(0.0, static_cast<double>(kink[2])));
            kinkAdded = true;
        }
        if (mKeys[i] != 0.0)
            data.append(QCPGraphData(mKeys[i], static_cast<double>(values[i])));
    }
    return data;
}

QVector<QCPGraphData> CurveSamples::relu() const
{
    std::vector<float> values(mInputs.size());
    reluForward(mInputs.data(), values.data(), mInputs.size());
    return toData(values);
}

QVector<QCPGraphData> CurveSamples::leakyRelu(double slope) const
{
    std::vector<float> values(mInputs.size());
    leakyReluForward(mInputs.data(), values.data(), mInputs.size(), slopeAsFloat(slope));
    return toData(values);
}

QVector<QCPGraphData> CurveSamples::leak(double slope) const
{
    QVector<QCPGraphData> data = leakyRelu(slope);
    data.erase(std::find_if(data.begin(), data.end(), [](const QCPGraphData& d) { return d.key > 0.0; }),
               data.end());
    return data;
}

QVector<QCPGraphData> CurveSamples::reluGrad() const
{
    return stepData(reluGradients(mInputs), reluGradients(kKinkInputs));
}

QVector<QCPGraphData> CurveSamples::leakyReluGrad(double slope) const
{
    return stepData(leakyReluGradients(mInputs, slope), leakyReluGradients(kKinkInputs, slope));
}

KinkDots CurveSamples::reluGradKink()
{
    return kinkDots(reluGradients(kKinkInputs));
}

KinkDots CurveSamples::leakyReluGradKink(double slope)
{
    return kinkDots(leakyReluGradients(kKinkInputs, slope));
}

} // namespace leakylab
