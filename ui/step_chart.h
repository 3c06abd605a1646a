// A chart of one number per training step for both networks: the shared base of the dead-unit and loss
// charts.
#pragma once

#include <qcustomplot.h>

#include <array>
#include <vector>

#include "core/simulation.h"
#include "ui/training_network.h"

namespace leakylab {

// Curves grow with addData on a buffered layer; the x axis spans the whole run from the start, so the
// curves grow left to right without the axis jumping. A new batch of steps redraws only the curve layer,
// unless the value axis had to widen.
class StepChart : public QCustomPlot {
    Q_OBJECT
public:
    explicit StepChart(const QString& title, QWidget* parent = nullptr);

    // Empty curves; x from 0 to the run's last step.
    void clear(std::size_t steps);
    void append(Network network, const std::vector<StepRecord>& records);
    // A vertical line and a note where a network's loss stopped being a number. Nothing is drawn after it.
    void markDivergence(Network network, std::size_t step);

    QCPGraph* curve(Network network) const { return mCurves[networkIndex(network)]; }
    const QCPItemText* divergenceNote(Network network) const { return mNotes[networkIndex(network)]; }

    QSize minimumSizeHint() const override;
    // The axes' size were the chart this size: what is left of it after the title, the legend and the axes'
    // labels. Laid out for the asking and back, so a panel can weigh layouts before choosing one.
    QSize axesSizeAt(const QSize& size);

protected:
    virtual double valueOf(const StepRecord& record) const = 0;
    // Called with the range of the values just appended; widens the value axis if they fall outside it and
    // says whether it did.
    virtual bool fitValueAxis(double low, double high) = 0;
    static QFont sized(QFont font, double points);
    void resizeEvent(QResizeEvent* event) override;

private:
    void refresh();
    // The title on one line or two, the legend beside it or under it, for a chart this wide.
    void arrangeTop(int width);
    void placeLegend(bool besideTitle);
    void fitStepTicks(int width);
    QSize headingSize(const QString& text) const;

    QCPLayer* mLive = nullptr;
    QCPLayoutGrid* mTop = nullptr;
    QCPTextElement* mHeading = nullptr;
    QString mTitle;
    QString mTitleTwoLines;
    QCPLayoutGrid* mUnderTitle = nullptr;
    std::array<QCPGraph*, 2> mCurves {};
    std::array<QCPItemStraightLine*, 2> mLines {};
    std::array<QCPItemText*, 2> mNotes {};
    bool mRefreshPending = false;
    bool mAxesChanged = false;
};

} // namespace leakylab
