// Two step charts arranged for the room they have.
#include "ui/step_chart_pair.h"

#include "ui/step_chart.h"

#include <QBoxLayout>
#include <QResizeEvent>
#include <algorithm>
#include <array>

namespace leakylab {

StepChartPair::StepChartPair(StepChart* first, StepChart* second, QWidget* parent)
    : QWidget(parent)
    , mFirst(first)
    , mSecond(second)
    , mLayout(new QBoxLayout(QBoxLayout::TopToBottom, this))
{
    mLayout->setContentsMargins(0, 0, 0, 0);
    mLayout->addWidget(mFirst, 1);
    mLayout->addWidget(mSecond, 1);
}

bool StepChartPair::sideBySide() const
{
    return mLayout->direction() == QBoxLayout::LeftToRight;
}

void StepChartPair::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    if (!event->size().isEmpty())
        mLayout->setDirection(
            fitsSideBySide(event->size()) ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom);
}

bool StepChartPair::fitsSideBySide(const QSize& size)
{
    const int spacing = std::max(mLayout->spacing(), 0);
    const std::array<StepChart*, 2> charts {mFirst, mSecond};
    const int leastWidth = std::max(mFirst->minimumSizeHint().width(), mSecond->minimumSizeHint().width());
    const QSize beside(std::max((size.width() - spacing) / 2, leastWidth), size.height());
    const QSize stacked(size.width(), (size.height() - spacing) / 2);
    const auto leastSide = [&](const QSize& room) {
        int least = room.width() + room.height();
        for (StepChart* chart : charts) {
            const QSize axes = chart->axesSizeAt(room);
            least = std::min({least, axes.width(), axes.height()});
        }
        return least;
    };
    return leastSide(beside) >= leastSide(stacked);
}

} // namespace leakylab
