// Where a plot's legend may go without covering what it explains: the things drawn, in pixels, and how many
// of them a box would cover.
#pragma once

#include <QLineF>
#include <QList>
#include <QPolygonF>
#include <QRectF>

namespace leakylab {

struct PlotShapes {
    // Polylines.
    QList<QPolygonF> lines;
    // Filled areas, covered only by overlapping them.
    QList<QPolygonF> areas;
    // Text and the like.
    QList<QRectF> boxes;
};

// How many of the shapes lie under `box` or nearer to it than `clearance` pixels (lines); areas and boxes
// count where they overlap it.
int countCovered(const QRectF& box, const PlotShapes& shapes, double clearance);

// Pixels between a box and a segment: 0 where they meet.
double distanceBetween(const QRectF& box, const QLineF& segment);

} // namespace leakylab
