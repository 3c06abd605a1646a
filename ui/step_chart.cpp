// A per-step chart of both networks: axes and legend set up once, curves appended, divergence marked.
#include "ui/step_chart.h"

#include <QResizeEvent>

#include <algorithm>
#include <cstdlib>
#include <limits>
#include <utility>

namespace leakylab {

namespace {

constexpr double kTickFontPt = 12.0;
constexpr double kTitleFontPt = 14.0;
constexpr int kTickLabelGap = 16;

// QCPTextElement hides its size hint; QCPLayoutElement's is public.
QSize leastSize(const QCPLayoutElement& element)
{
    return element.minimumOuterSizeHint();
}

int leastWidth(const QCPLayoutElement& element)
{
    return leastSize(element).width();
}

// Broken at the space nearest its middle; as it is where it has no space.
QString onTwoLines(const QString& title)
{
    const qsizetype middle = title.size() / 2;
    qsizetype best = -1;
    for (qsizetype i = title.indexOf(QLatin1Char(' ')); i >= 0; i = title.indexOf(QLatin1Char(' '), i + 1)) {
        if (best < 0 || std::abs(i - middle) < std::abs(best - middle))
            best = i;
    }
    if (best < 0)
        return title;
    QString lines = title;
    lines[best] = QLatin1Char('\n');
    return lines;
}

} // namespace

QFont StepChart::sized(QFont font, double points)
{
    font.setPointSizeF(points);
    return font;
}

StepChart::StepChart(const QString& title, QWidget* parent)
    : QCustomPlot(parent)
    , mTitle(title)
    , mTitleTwoLines(onTwoLines(title))
{
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAutoAddPlottableToLegend(false);
    // Only the curves change while training: they get the one extra buffer, on top (see ActivationPlot).
    layer(QStringLiteral("overlay"))->setMode(QCPLayer::lmLogical);
    addLayer(QStringLiteral("live"), layer(QStringLiteral("overlay")), limAbove);
    mLive = layer(QStringLiteral("live"));
    mLive->setMode(QCPLayer::lmBuffered);

    // The title and the legend share the top (see placeLegend): inside the axis rect the legend covered the
    // curves wherever they went, as a LeakyReLU loss falling through the lower left corner. Two rows: the title
    // and a cell for the legend beside it; under them, the legend centred between two empty elements. Both
    // cells stay in the layout, empty or not, so the plot owns every element.
    plotLayout()->insertRow(0);
    plotLayout()->setRowStretchFactor(0, 0.001); // as high as the title and the legend need
    mTop = new QCPLayoutGrid;
    mTop->setRowSpacing(0);
    mTop->setColumnSpacing(0);
    plotLayout()->addElement(0, 0, mTop);
    mHeading = new QCPTextElement(this, title, sized(font(), kTitleFontPt));
    mHeading->setTextColor(QColor(30, 30, 30));
    mTop->addElement(0, 0, mHeading);
    // A grid joins the plot before it holds anything: QCustomPlot hands the plot on to every cell, empty ones too.
    mUnderTitle = new QCPLayoutGrid;
    mTop->addElement(1, 0, mUnderTitle);
    mUnderTitle->setColumnSpacing(0);
    mUnderTitle->addElement(0, 0, new QCPLayoutElement(this));
    mUnderTitle->addElement(0, 2, new QCPLayoutElement(this));
    mUnderTitle->setColumnStretchFactor(1, 0.001);

    const QColor ink(40, 40, 40);
    for (QCPAxis* axis : {xAxis, yAxis}) {
        axis->setTickLabelFont(sized(font(), kTickFontPt));
        axis->setLabelFont(sized(font(), kTickFontPt));
        axis->setTickLabelColor(ink);
        axis->setLabelColor(ink);
        axis->setBasePen(QPen(ink, 1.5));
        axis->setTickPen(QPen(ink, 1.5));
        axis->grid()->setPen(QPen(QColor(215, 215, 215), 1.0));
    }
    xAxis->setLabel(tr("step"));

    // The legend's entries drawn after its box: both on the live layer, in that order. One row.
    legend->setLayer(mLive);
    legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    for (Network network : kNetworks) {
        QCPGraph* graph = addGraph();
        graph->setLayer(mLive);
        graph->setPen(networkPen(network));
        graph->setName(networkName(network));
        graph->setSelectable(QCP::stNone);
        graph->setAdaptiveSampling(true);
        graph->addToLegend();
        legend->itemWithPlottable(graph)->setLayer(mLive);
        mCurves[networkIndex(network)] = graph;
    }
    legend->setVisible(true);
    legend->setFont(sized(font(), kTickFontPt));
    legend->setIconSize(40, 14);
    legend->setBrush(Qt::NoBrush);
    legend->setBorderPen(Qt::NoPen);
    axisRect()->insetLayout()->take(legend);
    placeLegend(true);
    // The legend's cell as narrow as its entries; the title centred in the rest.
    mTop->setColumnStretchFactor(1, 0.001);
}

void StepChart::placeLegend(bool besideTitle)
{
    QCPLayoutGrid* wanted = besideTitle ? mTop : mUnderTitle;
    if (legend->layout() == wanted)
        return;
    if (legend->layout())
        legend->layout()->take(legend);
    if (besideTitle)
        mTop->addElement(0, 1, legend);
    else
        mUnderTitle->addElement(0, 1, legend);
}

void StepChart::clear(std::size_t steps)
{
    for (Network network : kNetworks) {
        const std::size_t i = networkIndex(network);
        mCurves[i]->data()->clear();
        if (mLines[i]) {
            removeItem(mLines[i]);
            removeItem(mNotes[i]);
            mLines[i] = nullptr;
            mNotes[i] = nullptr;
        }
    }
    xAxis->setRange(0.0, static_cast<double>(std::max<std::size_t>(steps, 1)));
    fitStepTicks(viewport().width());
    mAxesChanged = true;
    refresh();
}

void StepChart::append(Network network, const std::vector<StepRecord>& records)
{
    if (records.empty())
        return;
    QVector<double> keys;
    QVector<double> values;
    keys.reserve(static_cast<qsizetype>(records.size()));
    values.reserve(static_cast<qsizetype>(records.size()));
    double low = std::numeric_limits<double>::max();
    double high = std::numeric_limits<double>::lowest();
    for (const StepRecord& record : records) {
        const double value = valueOf(record);
        keys.push_back(static_cast<double>(record.step));
        values.push_back(value);
        low = std::min(low, value);
        high = std::max(high, value);
    }
    curve(network)->addData(keys, values, true);
    mAxesChanged = fitValueAxis(low, high) || mAxesChanged;
    // Both networks' batches arrive together: one redraw for the pair, after the caller returns.
    if (!std::exchange(mRefreshPending, true))
        QMetaObject::invokeMethod(this, &StepChart::refresh, Qt::QueuedConnection);
}

void StepChart::markDivergence(Network network, std::size_t step)
{
    const std::size_t i = networkIndex(network);
    if (mLines[i])
        return;
    const QColor colour = networkColour(network);
    mLines[i] = new QCPItemStraightLine(this);
    mLines[i]->setLayer(mLive);
    mLines[i]->setPen(QPen(colour, 2.0, Qt::DashLine));
    // Vertical whatever the value axis (the loss axis is logarithmic): x in steps, y in the rect's height.
    for (QCPItemPosition* point : {mLines[i]->point1, mLines[i]->point2}) {
        point->setTypeX(QCPItemPosition::ptPlotCoords);
        point->setTypeY(QCPItemPosition::ptAxisRectRatio);
    }
    mLines[i]->point1->setCoords(static_cast<double>(step), 0.0);
    mLines[i]->point2->setCoords(static_cast<double>(step), 1.0);
    mNotes[i] = new QCPItemText(this);
    mNotes[i]->setLayer(mLive);
    mNotes[i]->setText(tr("%1 diverged at step %2").arg(networkName(network)).arg(step));
    mNotes[i]->setFont(sized(font(), kTitleFontPt));
    mNotes[i]->setColor(colour);
    mNotes[i]->setBrush(QColor(255, 255, 255, 230));
    mNotes[i]->setPadding(QMargins(4, 2, 4, 2));
    mNotes[i]->position->setTypeX(QCPItemPosition::ptPlotCoords);
    mNotes[i]->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
    // The two notes on different heights, so both stay readable if the networks diverge together.
    mNotes[i]->position->setCoords(static_cast<double>(step), network == Network::Relu ? 0.35 : 0.55);
    // On the side of the line with more room, so the note is never cut off at the axis.
    const bool leftHalf = static_cast<double>(step) < xAxis->range().center();
    mNotes[i]->setPositionAlignment((leftHalf ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter);
    mAxesChanged = true;
    if (!std::exchange(mRefreshPending, true))
        QMetaObject::invokeMethod(this, &StepChart::refresh, Qt::QueuedConnection);
}

void StepChart::resizeEvent(QResizeEvent* event)
{
    // As DecisionRegions: laid out in a hidden dock, the chart waits for a size before it draws.
    if (event->size().isEmpty())
        return;
    arrangeTop(event->size().width());
    QCustomPlot::resizeEvent(event);
}

// The title on two lines only where one is too wide: a chart beside another in a dock three times as wide as
// high has about 250 px. The legend beside the title where both fit, under it where not.
void StepChart::arrangeTop(int width)
{
    mHeading->setText(headingSize(mTitle).width() <= width ? mTitle : mTitleTwoLines);
    placeLegend(leastWidth(*mHeading) + leastWidth(*legend) <= width);
    fitStepTicks(width);
}

// As many step labels as fit with room between them: five ran together in a chart 240 px wide. QCustomPlot
// takes the count as a guide and rounds the step to 1, 2, 2.5 or 5 times a power of ten.
void StepChart::fitStepTicks(int width)
{
    const QFontMetrics metrics(xAxis->tickLabelFont());
    const int label = metrics.horizontalAdvance(QString::number(xAxis->range().upper, 'f', 0));
    const int axis = width - leastWidth(*axisRect()) + axisRect()->minimumSize().width();
    xAxis->ticker()->setTickCount(std::clamp(axis / (3 * label / 2 + kTickLabelGap), 1, 5));
}

// As the heading would measure holding this text: its margins and the text's bounding box.
QSize StepChart::headingSize(const QString& text) const
{
    const QFontMetrics metrics(mHeading->font());
    const auto textSize = [&](const QString& each) {
        return metrics.boundingRect(QRect(), Qt::AlignCenter, each).size();
    };
    return leastSize(*mHeading) - textSize(mHeading->text()) + textSize(text);
}

QSize StepChart::axesSizeAt(const QSize& size)
{
    arrangeTop(size.width());
    plotLayout()->setOuterRect(QRect(QPoint(0, 0), size));
    updateLayout();
    const QSize axes = axisRect()->rect().size();
    arrangeTop(viewport().width());
    plotLayout()->setOuterRect(viewport());
    updateLayout();
    return axes;
}

// The least size either way alone, as the chart arranges its top for its width (see arrangeTop): as narrow as the
// title on two lines, the legend or the axes need; as low as the title on one line with the legend beside it.
// The same at any width, so that the panels around the chart keep their least size as it is resized.
QSize StepChart::minimumSizeHint() const
{
    const int lowestTop = std::max(headingSize(mTitle).height(), leastSize(*legend).height());
    const int height = QCustomPlot::minimumSizeHint().height() - leastSize(*mTop).height() + lowestTop;
    return {std::max({headingSize(mTitleTwoLines).width(), leastWidth(*legend), leastWidth(*axisRect())}), height};
}

void StepChart::refresh()
{
    mRefreshPending = false;
    if (std::exchange(mAxesChanged, false))
        replot(rpQueuedReplot);
    else
        mLive->replot();
}

} // namespace leakylab
