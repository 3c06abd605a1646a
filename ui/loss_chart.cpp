// The loss chart: a log axis that starts at 1e-4..10 and widens by whole decades as the losses need.
#include "ui/loss_chart.h"

#include <algorithm>
#include <cmath>

namespace leakylab {

namespace {

constexpr double kInitialLow = 1e-4;
constexpr double kInitialHigh = 10.0;

// QCustomPlot draws "1e-04" as 10 with a raised -4, but looks only for a lowercase e: a locale that writes its
// exponent "E", as Chinese does, would have "1E-04" drawn as it is.
class DecadeTicker : public QCPAxisTickerLog {
protected:
    QString getTickLabel(double tick, const QLocale& locale, QChar formatChar, int precision) override
    {
        return QCPAxisTickerLog::getTickLabel(tick, locale, formatChar, precision)
            .replace(locale.exponential(), QStringLiteral("e"));
    }
};

} // namespace

LossChart::LossChart(QWidget* parent)
    : StepChart(tr("Loss (log scale)"), parent)
{
    yAxis->setScaleType(QCPAxis::stLogarithmic);
    auto ticker = QSharedPointer<DecadeTicker>::create();
    ticker->setLogBase(10);
    yAxis->setTicker(ticker);
    yAxis->setNumberFormat(QStringLiteral("eb"));
    yAxis->setNumberPrecision(0);
    yAxis->setRange(kInitialLow, kInitialHigh);
    setToolTip(tr("The loss on each step's batch, before the update. A dead network's loss stays flat."));
}

void LossChart::clear(std::size_t steps, const QString& lossName)
{
    yAxis->setLabel(lossName);
    yAxis->setRange(kInitialLow, kInitialHigh);
    StepChart::clear(steps);
}

double LossChart::valueOf(const StepRecord& record) const
{
    return std::max(static_cast<double>(record.loss), kFloor);
}

bool LossChart::fitValueAxis(double low, double high)
{
    const QCPRange range = yAxis->range();
    if (low >= range.lower && high <= range.upper)
        return false;
    const double lower = std::min(range.lower, std::pow(10.0, std::floor(std::log10(low))));
    const double upper = std::max(range.upper, std::pow(10.0, std::ceil(std::log10(high))));
    yAxis->setRange(lower, upper);
    return true;
}

} // namespace leakylab
