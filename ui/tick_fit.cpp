// Fitting an axis's tick count to its length, with the axis's own ticker.
#include "ui/tick_fit.h"

#include <QFontMetrics>

#include <algorithm>
#include <cmath>

namespace leakylab {

namespace {

// The ticks the axis's ticker would draw inside its range at `count`.
QVector<double> ticksAt(QCPAxis& axis, int count)
{
    axis.ticker()->setTickCount(count);
    QVector<double> ticks;
    axis.ticker()->generate(axis.range(), axis.parentPlot()->locale(), QLatin1Char('g'),
        axis.numberPrecision(), ticks, nullptr, nullptr);
    ticks.erase(
        std::remove_if(ticks.begin(), ticks.end(), [&](double tick) { return !axis.range().contains(tick); }),
        ticks.end());
    return ticks;
}

} // namespace

bool fitVerticalTicks(QCPAxis& axis, int most)
{
    const int before = axis.ticker()->tickCount();
    const double wanted = 1.25 * QFontMetrics(axis.tickLabelFont()).height();
    int chosen = most;
    for (int count = most; count >= 1; --count) {
        const QVector<double> ticks = ticksAt(axis, count);
        if (ticks.size() < 2)
            break;
        chosen = count;
        if (std::abs(axis.coordToPixel(ticks[1]) - axis.coordToPixel(ticks[0])) >= wanted)
            break;
    }
    axis.ticker()->setTickCount(chosen);
    return chosen != before;
}

} // namespace leakylab
