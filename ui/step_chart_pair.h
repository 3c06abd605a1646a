// The dead-unit and loss charts together, side by side or one above the other as their room is shaped.
#pragma once

#include <QWidget>

class QBoxLayout;

namespace leakylab {

class StepChart;

// Each arrangement is weighed by the smaller side of the smaller chart's axes, the room its ticks and its
// value label get: stacked in a dock three times as wide as high, the axes were a strip too low for either.
// Side by side the pair is at least as wide as both charts need, and its neighbours give it that room.
class StepChartPair : public QWidget {
    Q_OBJECT
public:
    StepChartPair(StepChart* first, StepChart* second, QWidget* parent = nullptr);

    bool sideBySide() const;

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    bool fitsSideBySide(const QSize& size);

    StepChart* mFirst;
    StepChart* mSecond;
    QBoxLayout* mLayout;
};

} // namespace leakylab
