// Input points: y computed with the core's element functions, so each point sits where PyTorch puts it.
#include "ui/input_points.h"

#include <qcustomplot.h>

#include <cmath>

#include "core/activation.h"
#include "ui/curve_style.h"

namespace leakylab {
namespace {

QCPGraph* addPointGraph(QCustomPlot* plot, QCPLayer* layer, Curve curve)
{
    QCPGraph* graph = plot->addGraph();
    graph->setLayer(layer);
    graph->setLineStyle(QCPGraph::lsNone);
    // Diamonds, unlike the round kink dots; a white rim keeps them apart where they sit on the curve.
    graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDiamond, QPen(Qt::white, 1.5),
                                           QBrush(curveColour(curve)), 14.0));
    graph->setName(curve == Curve::Relu ? QCoreApplication::translate("InputPoints", "x on ReLU")
                                        : QCoreApplication::translate("InputPoints", "x on LeakyReLU"));
    graph->setSelectable(QCP::stNone);
    return graph;
}

QVector<QCPGraphData> pointData(const std::vector<float>& xs, auto y)
{
    QVector<QCPGraphData> data;
    data.reserve(static_cast<qsizetype>(xs.size()));
    for (float x : xs)
        data.append(QCPGraphData(static_cast<double>(x), static_cast<double>(y(x))));
    return data;
}

} // namespace

InputPoints::InputPoints(QCustomPlot* plot, QCPLayer* layer)
    : mOnRelu(addPointGraph(plot, layer, Curve::Relu)), mOnLeakyRelu(addPointGraph(plot, layer, Curve::LeakyRelu))
{
}

std::vector<float> InputPoints::pointsOf(const Tensor& tensor)
{
    const auto n = static_cast<std::size_t>(tensor.numel());
    const std::size_t count = std::min(n, kMaxPoints);
    std::vector<float> xs;
    xs.reserve(count);
    for (std::size_t k = 0; k < count; ++k) {
        const std::size_t i = n <= kMaxPoints ? k : k * n / kMaxPoints;
        const float x = tensor.isFloat() ? tensor.f32[i] : static_cast<float>(tensor.i64[i]);
        if (std::isfinite(x))
            xs.push_back(x);
    }
    return xs;
}

void InputPoints::setXs(std::vector<float> xs)
{
    mXs = std::move(xs);
    mOnRelu->data()->set(pointData(mXs, [](float x) { return relu(x); }));
    updateLeaky();
}

void InputPoints::setSlope(double slope)
{
    mSlope = slope;
    updateLeaky();
}

void InputPoints::updateLeaky()
{
    const float slope = slopeAsFloat(mSlope);
    mOnLeakyRelu->data()->set(pointData(mXs, [slope](float x) { return leakyRelu(x, slope); }));
}

} // namespace leakylab
