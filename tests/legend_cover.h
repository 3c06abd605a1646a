// What of the activation plot its legend box covers, found from the graphs' own data as drawn in pixels.
#pragma once

#include "ui/activation_plot.h"

#include <QLineF>
#include <QRectF>
#include <QStringList>
#include <cmath>

namespace leakylab::test {

// The names of the visible graphs with a line, a fill or a dot under the legend; a graph without a name of
// its own (a kink's dots) is named by its index.
inline QStringList coveredByLegend(const ActivationPlot& plot)
{
    QStringList covered;
    if (!plot.legend->visible())
        return covered;
    const QRectF box(plot.legend->outerRect());
    const QRectF area(plot.axisRect()->rect());
    const auto crosses = [&box](const QLineF& line) {
        if (box.contains(line.p1()) || box.contains(line.p2()))
            return true;
        const QLineF edges[] = {{box.topLeft(), box.topRight()}, {box.topRight(), box.bottomRight()},
            {box.bottomRight(), box.bottomLeft()}, {box.bottomLeft(), box.topLeft()}};
        for (const QLineF& edge : edges) {
            if (line.intersects(edge, nullptr) == QLineF::BoundedIntersection)
                return true;
        }
        return false;
    };
    for (int i = 0; i < plot.graphCount(); ++i) {
        const QCPGraph* graph = plot.graph(i);
        if (!graph->visible() || graph->data()->isEmpty())
            continue;
        const bool fill = graph->brush().style() != Qt::NoBrush;
        const bool line = graph->lineStyle() != QCPGraph::lsNone && graph->pen().style() != Qt::NoPen;
        const double dotRadius = graph->scatterStyle().isNone() ? 0.0 : graph->scatterStyle().size() / 2.0;
        const double zero = plot.yAxis->coordToPixel(0.0);
        bool under = false;
        QPointF previous;
        bool hasPrevious = false;
        for (const QCPGraphData& point : *graph->data()) {
            if (std::isnan(point.value)) {
                hasPrevious = false;
                continue;
            }
            const QPointF at(plot.xAxis->coordToPixel(point.key), plot.yAxis->coordToPixel(point.value));
            if (!area.contains(at)) {
                hasPrevious = false;
                continue;
            }
            if (dotRadius > 0.0 && box.adjusted(-dotRadius, -dotRadius, dotRadius, dotRadius).contains(at))
                under = true;
            if (fill && crosses(QLineF(at, QPointF(at.x(), zero))))
                under = true;
            if (line && hasPrevious && crosses(QLineF(previous, at)))
                under = true;
            previous = at;
            hasPrevious = true;
        }
        if (under)
            covered.append(graph->name().isEmpty() ? QString::number(i) : graph->name());
    }
    return covered;
}

} // namespace leakylab::test
