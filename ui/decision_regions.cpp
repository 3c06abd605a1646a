// The decision-region plot: a probability colour map under the data, kept at equal x and y scales.
#include "ui/decision_regions.h"

#include <QResizeEvent>

#include <algorithm>
#include <cmath>
#include <tuple>

#include "ui/region_sampling.h"
#include "ui/tick_fit.h"

namespace leakylab {

namespace {

constexpr double kCaptionFontPt = 15.0;
constexpr double kLeastCaptionFontPt = 9.0;
// QCustomPlot's own number of ticks, which fewer replace on a low map.
constexpr int kMostYTicks = 5;
constexpr double kTickFontPt = 11.0;

QColor towardsWhite(const QColor& colour, double amount)
{
    const auto channel = [amount](int c) { return static_cast<int>(c + (255 - c) * amount + 0.5); };
    return QColor(channel(colour.red()), channel(colour.green()), channel(colour.blue()));
}

} // namespace

QColor DecisionRegions::classColour(int label)
{
    // Okabe–Ito bluish green and reddish purple: apart from the networks' blue and vermillion.
    return label == 0 ? QColor(0x00, 0x9E, 0x73) : QColor(0xCC, 0x79, 0xA7);
}

DecisionRegions::DecisionRegions(Network network, QWidget* parent)
    : QCustomPlot(parent)
    , mNetwork(network)
{
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAutoAddPlottableToLegend(false);
    // What changes while training goes alone on a buffered layer under everything else.
    addLayer(QStringLiteral("live"), layer(QStringLiteral("background")), limBelow);
    mLive = layer(QStringLiteral("live"));
    mLive->setMode(QCPLayer::lmBuffered);
    layer(QStringLiteral("overlay"))->setMode(QCPLayer::lmLogical);

    plotLayout()->insertRow(0);
    QFont captionFont = font();
    captionFont.setPointSizeF(kCaptionFontPt);
    captionFont.setBold(true);
    mCaptionText = networkName(network);
    mCaption = new QCPTextElement(this, mCaptionText, captionFont);
    mCaption->setTextColor(networkColour(network));
    plotLayout()->addElement(0, 0, mCaption);

    QFont tickFont = font();
    tickFont.setPointSizeF(kTickFontPt);
    for (QCPAxis* axis : {xAxis, yAxis}) {
        axis->setTickLabelFont(tickFont);
        axis->grid()->setVisible(false);
    }

    mMap = new QCPColorMap(xAxis, yAxis);
    mMap->setLayer(mLive);
    mMap->setInterpolate(true);
    mMap->setTightBoundary(false);
    QCPColorGradient gradient;
    gradient.setColorStopAt(0.0, towardsWhite(classColour(0), 0.45));
    gradient.setColorStopAt(0.5, QColor(255, 255, 255));
    gradient.setColorStopAt(1.0, towardsWhite(classColour(1), 0.45));
    gradient.setNanHandling(QCPColorGradient::nhTransparent);
    mMap->setGradient(gradient);
    mMap->setDataRange(QCPRange(0.0, 1.0));

    mCurve = addGraph();
    mCurve->setLayer(mLive);
    mCurve->setPen(QPen(networkColour(network), 4.0));

    const std::array<QCPScatterStyle::ScatterShape, 2> shapes
        = {QCPScatterStyle::ssCircle, QCPScatterStyle::ssTriangle};
    for (int label = 0; label < 2; ++label) {
        QCPGraph* graph = addGraph();
        graph->setLineStyle(QCPGraph::lsNone);
        graph->setScatterStyle(QCPScatterStyle(
            shapes[static_cast<std::size_t>(label)], QPen(QColor(30, 30, 30), 1.0), classColour(label), 8.0));
        mPoints[static_cast<std::size_t>(label)] = graph;
    }
    for (QCPAbstractPlottable* plottable :
        {static_cast<QCPAbstractPlottable*>(mMap), static_cast<QCPAbstractPlottable*>(mCurve)})
        plottable->setSelectable(QCP::stNone);

    // The equal-scale ranges depend on the axis rect's size, known only once the layout has run.
    connect(this, &QCustomPlot::afterLayout, this, &DecisionRegions::fitToLayout);
}

void DecisionRegions::setSetup(const TrainingSetup& setup)
{
    mGrid = setup.grid;
    mClassification = isClassification(setup.dataset.kind);
    const Dataset& dataset = setup.dataset;
    const std::size_t inputs = std::max<std::size_t>(dataset.inputs, 1);

    for (QCPGraph* graph : mPoints)
        graph->data()->clear();
    mCurve->data()->clear();
    mMap->data()->clear();
    mMap->setVisible(mClassification);
    mCurve->setVisible(!mClassification);

    // The view fits the data; the grid is larger, so the regions fill whatever the view's shape adds.
    const auto [xLow, xHigh] = dataSpan(dataset, 0);
    double yLow = 0.0;
    double yHigh = 1.0;
    if (mClassification) {
        std::array<QVector<double>, 2> xs, ys;
        for (std::size_t r = 0; r < dataset.samples; ++r) {
            const std::size_t label = dataset.y[r] > 0.5F ? 1 : 0;
            xs[label].push_back(static_cast<double>(dataset.x[r * inputs]));
            ys[label].push_back(static_cast<double>(dataset.x[r * inputs + 1]));
        }
        for (std::size_t label = 0; label < 2; ++label)
            mPoints[label]->setData(xs[label], ys[label]);
        mMap->data()->setSize(mGrid.columns, mGrid.rows);
        mMap->data()->setRange(QCPRange(mGrid.xMin, mGrid.xMax), QCPRange(mGrid.yMin, mGrid.yMax));
        mMap->data()->fill(std::nan(""));
        std::tie(yLow, yHigh) = dataSpan(dataset, 1);
    } else {
        // A regression: the data as one set of points, the fitted curve drawn over them.
        QVector<double> xs, ys;
        for (std::size_t r = 0; r < dataset.samples; ++r) {
            xs.push_back(static_cast<double>(dataset.x[r * inputs]));
            ys.push_back(static_cast<double>(dataset.y[r]));
        }
        mPoints[0]->setData(xs, ys);
        if (!ys.isEmpty()) {
            const auto [low, high] = std::minmax_element(ys.begin(), ys.end());
            const double margin = std::max(0.25 * (*high - *low), 0.1);
            yLow = *low - margin;
            yHigh = *high + margin;
        }
    }
    mDataX = QCPRange(xLow, xHigh);
    mDataY = QCPRange(yLow, yHigh);
    xAxis->setRange(mDataX);
    yAxis->setRange(mDataY);
    replot(rpQueuedReplot);
}

void DecisionRegions::setRegions(const std::vector<float>& outputs)
{
    if (outputs.size() != mGrid.points())
        return; // from a run with another grid, already replaced
    if (mClassification) {
        QCPColorMapData* cells = mMap->data();
        for (int row = 0; row < mGrid.rows; ++row)
            for (int column = 0; column < mGrid.columns; ++column)
                cells->setCell(column, row,
                               static_cast<double>(outputs[static_cast<std::size_t>(row * mGrid.columns + column)]));
    } else {
        QVector<double> xs, ys;
        for (int column = 0; column < mGrid.columns; ++column) {
            const float y = outputs[static_cast<std::size_t>(column)];
            if (std::isfinite(y)) { // an overflowed output is a gap, never a NaN on the screen
                xs.push_back(mGrid.x(column));
                ys.push_back(static_cast<double>(y));
            }
        }
        mCurve->setData(xs, ys, true);
    }
    mLive->replot();
}

void DecisionRegions::setCaption(const QString& text, bool alarm)
{
    const QColor colour = alarm ? QColor(170, 0, 0) : networkColour(mNetwork);
    // Every training update sets the caption, most of them to what it already says; each redraw would be of
    // the whole plot, on the thread that repaints the slope drag.
    if (text == mCaptionText && colour == mCaption->textColor())
        return;
    mCaptionText = text;
    fitCaption();
    mCaption->setTextColor(colour);
    replot(rpQueuedReplot);
}

void DecisionRegions::fitToLayout()
{
    keepAspect();
    // Laid out again for the new labels' width, which changes the range keepAspect sets and can change the
    // count back: once, not back and forth.
    if (fitVerticalTicks(*yAxis, kMostYTicks) && !mRelayingOut) {
        mRelayingOut = true;
        updateLayout();
        mRelayingOut = false;
    }
}

void DecisionRegions::keepAspect()
{
    if (!mClassification)
        return;
    // Equal units on both axes (a circle stays round): widen whichever range the rect's shape leaves short.
    const QRect rect = axisRect()->rect();
    if (rect.width() <= 0 || rect.height() <= 0)
        return;
    const double perPixel = std::max(mDataX.size() / rect.width(), mDataY.size() / rect.height());
    // Past the sampled square there are no regions to show: a very wide or tall plot stretches instead.
    xAxis->setRange(mDataX.center(), std::min(perPixel * rect.width(), mGrid.xMax - mGrid.xMin), Qt::AlignCenter);
    yAxis->setRange(mDataY.center(), std::min(perPixel * rect.height(), mGrid.yMax - mGrid.yMin), Qt::AlignCenter);
}

void DecisionRegions::resizeEvent(QResizeEvent* event)
{
    // Laid out inside its dock while that was still hidden, the map is given no room at first: nothing to
    // draw until it has a size (replotted empty, every layer warns of a buffer it cannot paint).
    if (event->size().isEmpty())
        return;
    fitCaption();
    QCustomPlot::resizeEvent(event);
}

void DecisionRegions::pairCaptionWith(DecisionRegions* other)
{
    mCaptionPair = other;
    other->mCaptionPair = this;
    fitCaption();
}

// The largest size from 15 pt down to 9 at which the text fits the plot's width, or 0 where even 9 pt is
// wider.
double DecisionRegions::captionPoints(const QString& text) const
{
    QFont captionFont = mCaption->font();
    for (double points = kCaptionFontPt; points >= kLeastCaptionFontPt; points -= 1.0) {
        captionFont.setPointSizeF(points);
        if (QFontMetrics(captionFont).size(0, text).width() + 8 <= width())
            return points;
    }
    return 0.0;
}

void DecisionRegions::fitCaption()
{
    // As large as the plot's width allows, on one line or else broken at its dots ("LeakyReLU" over "before
    // training"), so a narrow plot never cuts its caption. A pair shares the choice: the largest size at
    // which both fit, two lines for both where either needs them.
    QList<DecisionRegions*> maps {this};
    if (DecisionRegions* pair = mCaptionPair.data(); pair != nullptr && pair->width() > 0)
        maps.append(pair);
    const auto brokenAtDots
        = [](QString text) { return text.replace(QStringLiteral(" · "), QStringLiteral("\n")); };
    double oneLine = kCaptionFontPt;
    bool broken = false;
    for (const DecisionRegions* map : std::as_const(maps)) {
        oneLine = std::min(oneLine, map->captionPoints(map->mCaptionText));
        broken = broken || map->mCaptionText.contains(u'\n');
    }
    broken = broken || oneLine == 0.0;
    double points = oneLine;
    if (broken) {
        points = kCaptionFontPt;
        for (const DecisionRegions* map : std::as_const(maps))
            points = std::min(points, map->captionPoints(brokenAtDots(map->mCaptionText)));
        points = std::max(points, kLeastCaptionFontPt);
    }
    for (DecisionRegions* map : std::as_const(maps)) {
        const bool changed
            = map->showCaption(broken ? brokenAtDots(map->mCaptionText) : map->mCaptionText, points);
        if (changed && map != this)
            map->replot(rpQueuedReplot);
    }
}

// Whether the shown caption changed.
bool DecisionRegions::showCaption(const QString& shown, double points)
{
    QFont captionFont = mCaption->font();
    captionFont.setPointSizeF(points);
    if (shown == mCaption->text() && captionFont == mCaption->font())
        return false;
    // The caption's lines and size are part of the least height the plot asks of the layout around it, which
    // otherwise keeps the height it first asked and squeezes the map under its caption. New words alone (every
    // training update's accuracy) change no height, and lay nothing out.
    const bool newHeight = captionFont != mCaption->font() || shown.count(u'\n') != mCaption->text().count(u'\n');
    mCaption->setText(shown);
    mCaption->setFont(captionFont);
    if (newHeight)
        updateGeometry();
    return true;
}

} // namespace leakylab
