#include "ui/graph_extent.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace leakylab {

namespace {

// Keys and values seen so far: a bounding box in plot coordinates.
struct Extent {
    double keyLow = std::numeric_limits<double>::infinity();
    double keyHigh = -std::numeric_limits<double>::infinity();
    double valueLow = std::numeric_limits<double>::infinity();
    double valueHigh = -std::numeric_limits<double>::infinity();

    bool isEmpty() const { return keyLow > keyHigh; }
    void add(double key, double value)
    {
        if (!std::isfinite(key) || !std::isfinite(value))
            return;
        keyLow = std::min(keyLow, key);
        keyHigh = std::max(keyHigh, key);
        valueLow = std::min(valueLow, value);
        valueHigh = std::max(valueHigh, value);
    }
};

// Antialiasing, and rounding to whole pixels.
constexpr double kSoftEdge = 2.0;

double reachOf(const QCPGraph& graph, bool joined)
{
    const double line = joined && graph.pen().style() != Qt::NoPen ? graph.pen().widthF() + kSoftEdge : kSoftEdge;
    return std::max(line, markReach(graph));
}

} // namespace

double markReach(const QCPGraph& graph)
{
    const QCPScatterStyle& marks = graph.scatterStyle();
    if (marks.isNone())
        return 0.0;
    // Marks without a pen of their own are outlined with the graph's.
    const QPen outline = marks.isPenDefined() ? marks.pen() : graph.pen();
    return marks.size() / 2.0 + (outline.style() == Qt::NoPen ? 0.0 : outline.widthF()) + kSoftEdge;
}

QRegion pixelExtentOver(const QCPGraph& graph, const QCPRange& keys)
{
    if (keys.lower > keys.upper)
        return {};
    const bool joined = graph.lineStyle() != QCPGraph::lsNone;
    const double reach = reachOf(graph, joined);
    // A mark centred just outside `keys` still reaches into it.
    const QCPAxis* keyAxis = graph.keyAxis();
    const double reachInKeys = reach * std::abs(keyAxis->pixelToCoord(1.0) - keyAxis->pixelToCoord(0.0));
    const QCPRange marked(keys.lower - reachInKeys, keys.upper + reachInKeys);
    const QCPRange& included = graph.scatterStyle().isNone() ? keys : marked;
    QRegion covered;
    Extent piece;
    const auto addPiece = [&] {
        if (piece.isEmpty())
            return;
        if (graph.brush().style() != Qt::NoBrush)
            piece.add(piece.keyLow, 0.0);
        double left = 0.0;
        double top = 0.0;
        double right = 0.0;
        double bottom = 0.0;
        graph.coordsToPixels(piece.keyLow, piece.valueLow, left, bottom);
        graph.coordsToPixels(piece.keyHigh, piece.valueHigh, right, top);
        covered += QRectF(QPointF(left, top), QPointF(right, bottom))
                       .normalized()
                       .adjusted(-reach, -reach, reach, reach)
                       .toAlignedRect();
        piece = Extent();
    };
    const QCPGraphDataContainer& data = *graph.data();
    for (auto it = data.constBegin(); it != data.constEnd(); ++it) {
        // QCustomPlot breaks a line where a value is NaN: each piece is bounded on its own.
        if (std::isnan(it->value)) {
            addPiece();
            continue;
        }
        if (included.contains(it->key))
            piece.add(it->key, it->value);
        const auto next = it + 1;
        if (!joined || next == data.constEnd() || std::isnan(next->value) || next->key == it->key)
            continue;
        for (const double edge : {keys.lower, keys.upper}) {
            if ((it->key < edge) != (next->key < edge)) {
                const double t = (edge - it->key) / (next->key - it->key);
                piece.add(edge, it->value + t * (next->value - it->value));
            }
        }
    }
    addPiece();
    return covered;
}

} // namespace leakylab
