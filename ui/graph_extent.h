// Where on the plot a graph draws, for repainting only what a change of its data touches.
#pragma once

#include <qcustomplot.h>

#include <QRegion>

namespace leakylab {

// The pixels a graph's line, fill and marks cover over `keys`, with the reach of its pen and marks and a pixel
// or two of antialiasing around them: a rectangle for each piece of the line between its gaps (NaN values),
// empty where it draws nothing. A line is followed to where it crosses either end of `keys`; marks centred just
// outside `keys` count where they reach into it; a fill reaches to value 0, as QCustomPlot fills a graph.
QRegion pixelExtentOver(const QCPGraph& graph, const QCPRange& keys);

// How far a graph's marks reach from their centres, outline and antialiasing included; 0 without marks.
double markReach(const QCPGraph& graph);

} // namespace leakylab
