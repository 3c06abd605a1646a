// Whether an axis's tick labels stand apart: the gap between neighbouring ticks in pixels, in label heights.
#pragma once

#include <QFontMetrics>
#include <qcustomplot.h>

#include <algorithm>
#include <cmath>
#include <limits>

namespace leakylab::test {

// The least distance between two neighbouring ticks of a vertical axis, in heights of its tick labels; 0 where
// it has fewer than two ticks (no scale to read).
inline double leastTickGapInLabels(const QCPAxis& axis)
{
    const QVector<double> ticks = axis.tickVector();
    if (ticks.size() < 2)
        return 0.0;
    double least = std::numeric_limits<double>::max();
    for (qsizetype i = 1; i < ticks.size(); ++i)
        least = std::min(least, std::abs(axis.coordToPixel(ticks[i]) - axis.coordToPixel(ticks[i - 1])));
    return least / QFontMetrics(axis.tickLabelFont()).height();
}

} // namespace leakylab::test
