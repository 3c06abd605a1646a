// Input points: y computed with the core's element functions, so each point sits where PyTorch puts it.
#include "ui/input_points.h"

#include <qcustomplot.h>

#include <cmath>

#include "core/activation.h"
#include "ui/curve_style.h"

namespace leakylab {
namespace {

// Diamonds, unlike the round kink dots, each on a white rim that keeps it apart from the curve it sits on. The
// rims are a graph of their own under the faces: in a dense cloud the faces then merge into one colour, where a
// rim stroked around each diamond painted the cloud white; and filling is cheaper than stroking.
constexpr double kFaceSize = 13.0;
constexpr double kRimSize = 17.0;

QCPGraph* addMarkGraph(QCustomPlot* plot, QCPLayer* layer, const QColor& colour, double size)
{
    QCPGraph* graph = plot->addGraph();
    graph->setLayer(layer);
    graph->setLineStyle(QCPGraph::lsNone);
    // A scatter style without a pen of its own outlines its marks with the graph's pen.
    graph->setPen(Qt::NoPen);
    graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDiamond, QPen(Qt::NoPen), QBrush(colour), size));
    graph->setSelectable(QCP::stNone);
    return graph;
}

InputPoints::Marks addMarks(QCustomPlot* plot, QCPLayer* layer, Curve curve)
{
    InputPoints::Marks marks;
    marks.rims = addMarkGraph(plot, layer, Qt::white, kRimSize);
    marks.faces = addMarkGraph(plot, layer, curveColour(curve), kFaceSize);
    marks.faces->setName(curve == Curve::Relu ? QCoreApplication::translate("InputPoints", "x on ReLU")
                                              : QCoreApplication::translate("InputPoints", "x on LeakyReLU"));
    // One set of points for both.
    marks.rims->setData(marks.faces->data());
    return marks;
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
    : mOnRelu(addMarks(plot, layer, Curve::Relu)), mOnLeakyRelu(addMarks(plot, layer, Curve::LeakyRelu))
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
    mOnRelu.faces->data()->set(pointData(mXs, [](float x) { return relu(x); }));
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
    mOnLeakyRelu.faces->data()->set(pointData(mXs, [slope](float x) { return leakyRelu(x, slope); }));
}

void InputPoints::setVisible(Curve curve, bool visible)
{
    const Marks& marks = curve == Curve::Relu ? mOnRelu : mOnLeakyRelu;
    marks.rims->setVisible(visible);
    marks.faces->setVisible(visible);
}

} // namespace leakylab
