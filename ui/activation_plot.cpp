// The activation plot. Static things (ReLU, ReLU′, axes, grid) share one logical paint buffer; what follows
// the slope or the mouse (LeakyReLU and its derivative, the leak, the formula, the crosshair, and the legend
// that must stay on top of them) sits on the buffered live layer, so a slider tick or a mouse move redraws
// that layer alone, a slider tick only the band the moving lines sweep, and a repaint composites two buffers
// there.
#include "ui/activation_plot.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>

#include <QPointer>
#include <QRegularExpression>
#include <QStyle>

#include "ui/graph_extent.h"
#include "ui/hover_readout.h"
#include "ui/input_points.h"
#include "ui/legend_fit.h"
#include "ui/live_layer.h"
#include "ui/plot_theme.h"
#include "ui/slope_value.h"
#include "ui/tick_fit.h"

namespace leakylab {

namespace {

// The static buffer, cleared to the page's colour where QCustomPlot clears to transparent. QCustomPlot clips
// every layerable one pixel short of the viewport's bottom edge, so the page alone would leave that row
// see-through, showing whatever the window held there; and an opaque buffer is copied onto the window
// rather than blended.
class PagePaintBuffer : public QCPPaintBufferPixmap {
public:
    PagePaintBuffer(const QCPItemRect* page, const QSize& size, double devicePixelRatio)
        : QCPPaintBufferPixmap(size, devicePixelRatio), mPage(page)
    {
    }
    void clear(const QColor&) override { mBuffer.fill(mPage ? mPage->brush().color() : QColor(Qt::white)); }

private:
    QPointer<const QCPItemRect> mPage;
};

constexpr double kTickFontPt = 14.0;
// Pixels kept between the legend and a line (half the widest pen, and a gap), and between it and a dot or mark.
constexpr double kLegendLineClearance = 8.0;
constexpr double kLegendMarkGap = 4.0;
// Pixels a docked panel leaves between the legend and y = 0, where the leak, the derivatives and the tensor's
// points (marks about 8 pixels out) are drawn.
constexpr double kLegendClearance = 16.0;
// The sizes the legend's text and icons shrink to where the legend fits nowhere on the plot at full size.
constexpr std::array<double, 3> kLegendScales{1.0, 0.85, 0.7};
// QCustomPlot's own number of y ticks, which fewer replace on a low plot.
constexpr int kYTickCount = 5;
// What a place past the axes counts, against the shapes a place inside them covers.
constexpr int kPastTheAxes = 100;
// Where the legend may go, in order of preference: the top left corner is empty at the default slopes.
constexpr std::array<Qt::Alignment::Int, 5> kLegendCorners{
    Qt::AlignTop | Qt::AlignLeft, Qt::AlignTop | Qt::AlignRight, Qt::AlignBottom | Qt::AlignRight,
    Qt::AlignBottom | Qt::AlignLeft, Qt::AlignTop | Qt::AlignHCenter};
constexpr double kLabelFontPt = 16.0;
constexpr double kFormulaFontPt = 20.0;
// The ReLU family's dots are drawn larger, so where both derivatives mark the same point two rings show.
constexpr double kReluDotSize = 17.0;
constexpr double kLeakyReluDotSize = 11.0;
// The crosshair snaps to 1-2-5 steps at least this many pixels apart.
constexpr double kHoverSnapPixels = 4.0;

QFont sizedFont(QFont font, double points)
{
    font.setPointSizeF(points);
    return font;
}

// The font `scale` times as large, in pixels or in points as it was given.
QFont scaledFont(QFont font, double scale)
{
    if (font.pixelSize() > 0)
        font.setPixelSize(std::max(1, static_cast<int>(font.pixelSize() * scale)));
    else
        font.setPointSizeF(font.pointSizeF() * scale);
    return font;
}

double roundStep(double minimum)
{
    const double decade = std::pow(10.0, std::floor(std::log10(minimum)));
    for (double factor : {1.0, 2.0, 5.0}) {
        if (factor * decade >= minimum)
            return factor * decade;
    }
    return 10.0 * decade;
}

} // namespace

ActivationPlot::ActivationPlot(QWidget* parent) : QCustomPlot(parent)
{
    setMouseTracking(true);
    // paintEvent fills the whole widget, so Qt need not paint the window's background beneath it first.
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAutoAddPlottableToLegend(false);
    // The curves are straight between samples, so joining segments the cheap way costs nothing visible and
    // takes about a tenth off each slope tick.
    setPlottingHint(QCP::phFastPolylines);
    setupLayers();
    setupAxes();
    setupShading();
    setupCurves();
    setupFormula();
    mInputPoints = std::make_unique<InputPoints>(this, mLiveLayer);
    mInputPoints->setSlope(mSlope);
    mHover = std::make_unique<HoverReadout>(this, mLiveLayer);
    setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    setToolTip(QString());

    // The samples cover the visible x range (and a margin), so panning and zooming re-sample.
    connect(xAxis, qOverload<const QCPRange&>(&QCPAxis::rangeChanged), this, &ActivationPlot::resample);
    // The crosshair follows the mouse.
    connect(this, &QCustomPlot::mouseMove, this, &ActivationPlot::onMouseMove);
    connect(this, &QCustomPlot::afterLayout, this, &ActivationPlot::fitToLayout);

    rebuildLegend();
    resetView();
}

ActivationPlot::~ActivationPlot() = default;

void ActivationPlot::setupLayers()
{
    // QCustomPlot buffers "overlay" for its selection rectangle, which this plot does not use; every buffer
    // costs a full-size composite per frame, so only the live layer keeps one. Topmost, so no logical layer
    // above it needs a buffer of its own.
    layer(QStringLiteral("overlay"))->setMode(QCPLayer::lmLogical);
    // The live layer takes the place and the name of QCustomPlot's "legend" layer, where QCustomPlot makes
    // every new legend entry: a legend that gains or loses entries then changes the live buffer alone.
    removeLayer(layer(QStringLiteral("legend")));
    // What addLayer() does, with a layer of our own class.
    mLiveLayer = new LiveLayer(this, QStringLiteral("legend"));
    mLayers.append(mLiveLayer);
    updateLayerIndices();
    // Drawn into the one buffer with the rest until the first frame is painted (see bufferLiveLayer).
    mLiveLayer->setMode(QCPLayer::lmLogical);
}

// A buffer of its own for the live layer: from then on a slope tick draws again only the part of it that the
// tick changes. Made after the first frame, which needs one buffer only: a second full-size image allocated
// and filled before it made the window's first frame later by about a twentieth.
void ActivationPlot::bufferLiveLayer()
{
    if (mLiveLayer->mode() == QCPLayer::lmBuffered)
        return;
    // QCustomPlot's next replot gives the first buffered layer the second buffer, and makes a plain pixmap
    // buffer only where it finds none.
    mPaintBuffers.append(QSharedPointer<QCPAbstractPaintBuffer>(new PartialPaintBuffer(QSize(), bufferDevicePixelRatio())));
    mLiveLayer->setMode(QCPLayer::lmBuffered);
    // Until this replot the live layer still points into the first buffer; refreshLiveLayer waits for it.
    replot(rpQueuedReplot);
}

bool ActivationPlot::hasLiveBuffer() const
{
    return mLiveLayer->mode() == QCPLayer::lmBuffered && mPaintBuffers.size() > 1
           && mLiveLayer->buffer() == mPaintBuffers.last();
}

void ActivationPlot::setupAxes()
{
    const QColor ink(40, 40, 40);
    for (QCPAxis* axis : {xAxis, yAxis}) {
        axis->setTickLabelFont(sizedFont(font(), kTickFontPt));
        axis->setLabelFont(sizedFont(font(), kLabelFontPt));
        axis->setTickLabelColor(ink);
        axis->setLabelColor(ink);
        axis->setBasePen(QPen(ink, 1.5));
        axis->setTickPen(QPen(ink, 1.5));
        axis->setSubTickPen(QPen(ink, 1.0));
        axis->grid()->setPen(QPen(QColor(205, 205, 205), 1.0));
        axis->grid()->setZeroLinePen(QPen(QColor(80, 80, 80), 1.5));
        axis->grid()->setSubGridVisible(false);
    }
    // A label at every integer on x, the step students count the slope in.
    xAxis->ticker()->setTickCount(10);
    xAxis->setLabel(QStringLiteral("x"));
    yAxis->setLabel(tr("output"));
}

void ActivationPlot::setupShading()
{
    // The white page is drawn into the static buffer instead of by QCustomPlot's paintEvent: an opaque
    // buffer composites as a plain copy, and each frame skips a full-size fill.
    setBackground(Qt::NoBrush);
    setProperty(PlotTheme::kDrawsOwnPage, true);
    auto* page = new QCPItemRect(this);
    page->setLayer(QStringLiteral("background"));
    page->setSelectable(false);
    page->setClipToAxisRect(false);
    page->topLeft->setType(QCPItemPosition::ptViewportRatio);
    page->topLeft->setCoords(0.0, 0.0);
    page->bottomRight->setType(QCPItemPosition::ptViewportRatio);
    page->bottomRight->setCoords(1.0, 1.0);
    page->setPen(Qt::NoPen);
    page->setBrush(Qt::white);
    // Antialiased, its edges would fall half a pixel off and leave the first row and column see-through.
    page->setAntialiased(false);
    // Empty until the first replot sizes the buffers to the plot; made at the constructor's default size,
    // they would be filled once for nothing.
    Q_ASSERT(mPaintBuffers.isEmpty());
    mPaintBuffers.append(QSharedPointer<QCPAbstractPaintBuffer>(new PagePaintBuffer(page, QSize(), bufferDevicePixelRatio())));

    // The whole negative half, tinted: the side where ReLU is flat and LeakyReLU leaks.
    auto* negativeHalf = new QCPItemRect(this);
    negativeHalf->setLayer(QStringLiteral("background"));
    negativeHalf->setSelectable(false);
    negativeHalf->topLeft->setType(QCPItemPosition::ptAxisRectRatio);
    negativeHalf->topLeft->setCoords(0.0, 0.0);
    negativeHalf->bottomRight->setTypeX(QCPItemPosition::ptPlotCoords);
    negativeHalf->bottomRight->setTypeY(QCPItemPosition::ptAxisRectRatio);
    negativeHalf->bottomRight->setCoords(0.0, 1.0);
    negativeHalf->setPen(Qt::NoPen);
    negativeHalf->setBrush(QColor(240, 240, 240));

    auto* caption = new QCPItemText(this);
    caption->setLayer(QStringLiteral("background"));
    caption->setSelectable(false);
    caption->position->setTypeX(QCPItemPosition::ptPlotCoords);
    caption->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
    caption->position->setCoords(0.0, 1.0);
    caption->setPositionAlignment(Qt::AlignRight | Qt::AlignBottom);
    caption->setTextAlignment(Qt::AlignRight);
    caption->setPadding(QMargins(0, 0, 10, 8));
    QFont captionFont = sizedFont(font(), kTickFontPt);
    captionFont.setItalic(true);
    caption->setFont(captionFont);
    caption->setColor(QColor(90, 90, 90));
    mCaptionLine = tr("x < 0: negative inputs");
    caption->setText(mCaptionLine);
    mCaption = caption;
    // A pan or zoom moves x = 0, where the caption ends.
    connect(xAxis, qOverload<const QCPRange&>(&QCPAxis::rangeChanged), this, [this] { fitCaption(); });
}

QCPGraph* ActivationPlot::addCurveGraph(QCPLayer* onLayer, const QPen& pen, const QString& name)
{
    QCPGraph* graph = addGraph();
    graph->setLayer(onLayer);
    graph->setPen(pen);
    graph->setName(name);
    graph->setSelectable(QCP::stNone);
    return graph;
}

QCPGraph* ActivationPlot::addDotGraph(QCPLayer* onLayer, const QColor& colour, bool filled)
{
    QCPGraph* graph = addCurveGraph(onLayer, Qt::NoPen, QString());
    graph->setLineStyle(QCPGraph::lsNone);
    const double size = colour == curveColour(Curve::ReluGrad) ? kReluDotSize : kLeakyReluDotSize;
    graph->setScatterStyle(
        QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(colour, 3.0), filled ? QBrush(colour) : QBrush(Qt::white), size));
    return graph;
}

void ActivationPlot::setupCurves()
{
    QCPLayer* staticLayer = layer(QStringLiteral("main"));
    auto index = [](Curve curve) { return static_cast<std::size_t>(curveIndex(curve)); };

    mCurves[index(Curve::ReluGrad)] = addCurveGraph(staticLayer, curvePen(Curve::ReluGrad), curveName(Curve::ReluGrad));
    mCurves[index(Curve::Relu)] = addCurveGraph(staticLayer, curvePen(Curve::Relu), curveName(Curve::Relu));
    mValueDots[0] = addDotGraph(staticLayer, curveColour(Curve::ReluGrad), true);
    mLimitDots[0] = addDotGraph(staticLayer, curveColour(Curve::ReluGrad), false);

    QColor leakColour = curveColour(Curve::LeakyRelu);
    leakColour.setAlpha(70);
    mLeak = addCurveGraph(mLiveLayer, Qt::NoPen, tr("the leak (x < 0)"));
    mLeak->setBrush(leakColour);
    mCurves[index(Curve::LeakyReluGrad)] =
        addCurveGraph(mLiveLayer, curvePen(Curve::LeakyReluGrad), curveName(Curve::LeakyReluGrad));
    mCurves[index(Curve::LeakyRelu)] =
        addCurveGraph(mLiveLayer, curvePen(Curve::LeakyRelu), curveName(Curve::LeakyRelu));
    mValueDots[1] = addDotGraph(mLiveLayer, curveColour(Curve::LeakyReluGrad), true);
    mLimitDots[1] = addDotGraph(mLiveLayer, curveColour(Curve::LeakyReluGrad), false);

    const QColor ink(40, 40, 40);
    mValueDotKey = addDotGraph(staticLayer, ink, true);
    mValueDotKey->setName(tr("derivative's value at x = 0"));
    mLimitDotKey = addDotGraph(staticLayer, ink, false);
    mLimitDotKey->setName(tr("limit from the other side"));

    legend->setLayer(mLiveLayer);
    legend->setVisible(true);
    legend->setFont(sizedFont(font(), kTickFontPt));
    legend->setBrush(QColor(255, 255, 255));
    legend->setBorderPen(QPen(QColor(150, 150, 150)));
    mLegendIconSize = QSize(48, 20);
    legend->setIconSize(mLegendIconSize);
    legend->setRowSpacing(2);
    axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);
}

void ActivationPlot::setupFormula()
{
    plotLayout()->insertRow(0);
    mFormulaFont = sizedFont(font(), kFormulaFontPt);
    mFormula = new QCPTextElement(this, formulaFor(mSlope), mFormulaFont);
    mFormula->setTextColor(QColor(25, 25, 25));
    mFormula->setLayer(mLiveLayer);
    mFormula->setMargins(QMargins(8, 10, 8, 4));
    plotLayout()->addElement(0, 0, mFormula);
}

QString ActivationPlot::formulaFor(double slope)
{
    const double rounded = roundSlope(slope);
    // "+ -0.5 ·" reads badly on a projector: fold the sign into the operator.
    const QString sign = rounded < 0.0 ? QStringLiteral("−") : QStringLiteral("+");
    return QStringLiteral("LeakyReLU(x) = max(0, x) %1 %2 · min(0, x)").arg(sign, slopeText(std::abs(rounded)));
}

QString ActivationPlot::formulaText() const
{
    return mFormula->text();
}

QFont ActivationPlot::formulaFont() const
{
    return mFormula->font();
}

namespace {

// A width or size as the plot was built, kept on its owner the first time it is scaled, so scaling never drifts.
double deskValue(QObject* owner, const char* key, double current)
{
    QVariant desk = owner->property(key);
    if (!desk.isValid()) {
        desk = current;
        owner->setProperty(key, desk);
    }
    return desk.toDouble();
}

QPen scaledPen(QObject* owner, const char* key, QPen pen, double scale)
{
    pen.setWidthF(deskValue(owner, key, pen.widthF()) * scale);
    return pen;
}

} // namespace

void ActivationPlot::setPresentationSizes(bool on)
{
    mPresentationSizes = on;
    auto textFont = [this, on](double points, int pixels) {
        QFont sized = font();
        if (on)
            sized.setPixelSize(pixels);
        else
            sized.setPointSizeF(points);
        return sized;
    };
    const int text = kPresentationTextPixels;
    const double scale = on ? kPresentationPenScale : 1.0;
    for (QCPAxis* axis : {xAxis, yAxis}) {
        axis->setTickLabelFont(textFont(kTickFontPt, text));
        axis->setLabelFont(textFont(kLabelFontPt, text + 4));
        axis->setBasePen(scaledPen(axis, "deskBasePenWidth", axis->basePen(), scale));
        axis->setTickPen(scaledPen(axis, "deskTickPenWidth", axis->tickPen(), scale));
        QCPGrid* grid = axis->grid();
        grid->setZeroLinePen(scaledPen(grid, "deskZeroLinePenWidth", grid->zeroLinePen(), scale));
    }
    // The caption of the negative half and the hover readout's box keep their own faces, at projector size.
    for (int i = 0; i < itemCount(); ++i) {
        if (auto* label = qobject_cast<QCPItemText*>(item(i))) {
            QVariant desk = label->property("deskFont");
            if (!desk.isValid()) {
                desk = label->font();
                label->setProperty("deskFont", desk);
            }
            QFont sized = desk.value<QFont>();
            if (on)
                sized.setPixelSize(text);
            label->setFont(sized);
        }
    }
    mFormulaFont = textFont(kFormulaFontPt, text * 3 / 2);
    mFormula->setFont(mFormulaFont);
    for (int i = 0; i < graphCount(); ++i) {
        QCPGraph* g = graph(i);
        g->setPen(scaledPen(g, "deskPenWidth", g->pen(), scale));
        QCPScatterStyle style = g->scatterStyle();
        if (style.isNone())
            continue;
        style.setSize(deskValue(g, "deskScatterSize", style.size()) * scale);
        style.setPen(scaledPen(g, "deskScatterPenWidth", style.pen(), scale));
        g->setScatterStyle(style);
    }
    // Legend items copy the legend's font when made: rebuilt, they take the new one.
    legend->setFont(textFont(kTickFontPt, text));
    mLegendIconSize = on ? QSize(72, 30) : QSize(48, 20);
    rebuildLegend();
    replot(rpQueuedReplot);
}

void ActivationPlot::rebuildLegend()
{
    // A new legend entry starts on the current layer, then moves to "legend", the live layer: started there
    // too, it leaves the static buffer untouched.
    QCPLayer* current = currentLayer();
    setCurrentLayer(mLiveLayer);
    legend->clearItems();
    auto show = [this](QCPGraph* graph) { graph->addToLegend(legend); };
    for (Curve curve : kCurves) {
        if (isCurveVisible(curve))
            show(curveGraph(curve));
        if (curve == Curve::LeakyRelu && isCurveVisible(curve))
            show(mLeak);
    }
    if (isCurveVisible(Curve::ReluGrad) || isCurveVisible(Curve::LeakyReluGrad)) {
        show(mValueDotKey);
        show(mLimitDotKey);
    }
    if (mInputPoints && !mInputPoints->xs().empty()) {
        if (isCurveVisible(Curve::Relu))
            show(mInputPoints->onRelu());
        if (isCurveVisible(Curve::LeakyRelu))
            show(mInputPoints->onLeakyRelu());
    }
    setCurrentLayer(current);
    if (mHover)
        mHover->bringToFront(mLiveLayer);
    legend->setVisible(mLegendPlacement.shown && !legendEntries().isEmpty());
    mLegendSizes.clear();
    arrangeLegend(mLegendPlacement);
}

void ActivationPlot::arrangeLegend(const LegendPlacement& placement)
{
    const double scale = kLegendScales.at(static_cast<std::size_t>(placement.sizeStep));
    // The entries copied the legend's font when made: the legend's own stays the full size.
    const QFont font = scaledFont(legend->font(), scale);
    const QList<QCPAbstractLegendItem*> entries = legendEntries();
    for (QCPAbstractLegendItem* entry : entries)
        entry->setFont(font);
    legend->setIconSize(mLegendIconSize * scale);
    // Two columns: the curves, then the marks.
    const auto count = static_cast<int>(entries.size());
    legend->setWrap(placement.columns > 1 ? (count + 1) / 2 : 0);
    legend->setFillOrder(QCPLayoutGrid::foRowsFirst, true);
    axisRect()->insetLayout()->setInsetAlignment(0, placement.corner);
}

QSize ActivationPlot::legendSize(int sizeStep, int columns)
{
    const std::pair key(sizeStep, columns);
    if (const auto found = mLegendSizes.find(key); found != mLegendSizes.end())
        return found->second;
    arrangeLegend({Qt::AlignTop | Qt::AlignLeft, columns, sizeStep});
    const QSize size = legend->minimumOuterSizeHint();
    arrangeLegend(mLegendPlacement);
    mLegendSizes.emplace(key, size);
    return size;
}

QList<QCPAbstractLegendItem*> ActivationPlot::legendEntries() const
{
    QList<QCPAbstractLegendItem*> entries;
    for (int i = 0; i < legend->elementCount(); ++i) {
        if (auto* entry = legend->item(i))
            entries.append(entry);
    }
    return entries;
}

void ActivationPlot::fitToLayout()
{
    fitCaption();
    // Both, whichever changed: the layout just made placed them as they were.
    const bool formula = fitFormula();
    // At every integer from -1 to 5 on an ordinary plot; fewer on a low one.
    const bool ticks = fitVerticalTicks(*yAxis, kYTickCount);
    if (fitLegend() || formula || ticks)
        updateLayout(); // which comes back here, to find all of them fitted
}

// The negative half's caption ends at x = 0. Where the half is too narrow for it on one line it breaks after
// its colon ("x < 0:" above "negative inputs") rather than run off the plot's left edge. True when it
// changed.
bool ActivationPlot::fitCaption()
{
    const QMargins padding = mCaption->padding();
    const double room = xAxis->coordToPixel(0.0) - axisRect()->left() - padding.left() - padding.right();
    QString text = mCaptionLine;
    const qsizetype colon = mCaptionLine.indexOf(QRegularExpression(QStringLiteral("[:：]")));
    if (colon > 0 && QFontMetricsF(mCaption->font()).horizontalAdvance(mCaptionLine) > room)
        text = mCaptionLine.left(colon + 1) + QLatin1Char('\n') + mCaptionLine.mid(colon + 1).trimmed();
    if (text == mCaption->text())
        return false;
    mCaption->setText(text);
    return true;
}

QSize ActivationPlot::minimumSizeHint() const
{
    QSize least = QCustomPlot::minimumSizeHint();
    int width = 0;
    for (QCPLayoutElement* element : plotLayout()->elements(false)) {
        if (element && element != mFormula)
            width = std::max(width, element->minimumOuterSizeHint().width());
    }
    least.setWidth(width);
    return least;
}

// QCustomPlot cuts a text element wider than the plot at both ends: at projector size beside the guided lesson
// on a 1280x720 screen it lost "L" and ")". The formula shrinks to the plot's width instead. True when its
// font changed.
bool ActivationPlot::fitFormula()
{
    const QMargins margins = mFormula->margins();
    const double room = viewport().width() - margins.left() - margins.right();
    // A slope tick changes the slope's digits, not the text's length: measured again only when either
    // changes, or the room or the font.
    const FormulaFit fit{mFormula->text().size(), room, mFormulaFont};
    if (fit == mFormulaFit)
        return false;
    mFormulaFit = fit;
    const double wanted = QFontMetricsF(mFormulaFont).horizontalAdvance(mFormula->text());
    QFont fitted = mFormulaFont;
    // A little under the ratio: hinting makes a text's width not quite proportional to its size.
    if (room > 0 && wanted > room)
        fitted = scaledFont(fitted, room / wanted * 0.97);
    if (fitted == mFormula->font())
        return false;
    mFormula->setFont(fitted);
    return true;
}

// The legend covers what it explains: in the top left corner, in one column, its nine rows reach below
// y = 0 on a 1280x720 screen; at projector size two columns reach across ReLU's rising line; a negative slope
// lifts LeakyReLU into that corner. It goes to the first place, in one column or two, where no curve passes
// under it, and shrinks where there is none at full size; where nothing fits, to where it covers fewest.
// True when its place or size changed.
bool ActivationPlot::fitLegend()
{
    const auto count = static_cast<int>(legendEntries().size());
    const QRect inside = axisRect()->insetLayout()->rect();
    if (count == 0 || inside.width() <= 0 || inside.height() <= 0)
        return false;
    const PlotShapes obstacles = legendObstacles();
    LegendPlacement best = mLegendPlacement;
    int fewest = std::numeric_limits<int>::max();
    const auto tryPlacement = [&](const LegendPlacement& placement) {
        const QSize size = legendSize(placement.sizeStep, placement.columns);
        const QRect box = QStyle::alignedRect(Qt::LeftToRight, Qt::Alignment(placement.corner), size, inside);
        // Reaching past the plot's edge is worse than covering every curve.
        const int under
            = countCovered(box, obstacles, kLegendLineClearance) + (inside.contains(box) ? 0 : kPastTheAxes);
        if (under < fewest) {
            fewest = under;
            best = placement;
        }
        return under == 0;
    };
    const auto pick = [&] {
        for (int step = 0; step < static_cast<int>(kLegendScales.size()); ++step) {
            for (const Qt::Alignment::Int corner : kLegendCorners) {
                for (const int columns : {1, 2}) {
                    if (tryPlacement({Qt::Alignment(corner), columns, step}))
                        return;
                }
            }
        }
    };
    pick();
    // Nowhere inside the axes, even at its smallest, it would be drawn over the tick labels and cut off.
    best.shown = fewest < kPastTheAxes;
    if (best == mLegendPlacement)
        return false;
    mLegendPlacement = best;
    arrangeLegend(best);
    legend->setVisible(best.shown && count > 0);
    return true;
}

// What the legend must not cover, in pixels: each visible curve across the axis rect, as a straight line on
// either side of its kink at 0, the leak, the dots at 0, the tensor's points, and the caption of the negative
// half.
PlotShapes ActivationPlot::legendObstacles() const
{
    const QRect area = axisRect()->rect();
    const double left = xAxis->pixelToCoord(area.left());
    const double right = xAxis->pixelToCoord(area.right());
    const auto at = [this](double x, double y) { return QPointF(xAxis->coordToPixel(x), yAxis->coordToPixel(y)); };
    const double s = mSlope;
    PlotShapes shapes;
    const auto bent = [&](const auto& f) {
        QPolygonF line{at(left, f(left))};
        if (left < 0.0 && right > 0.0)
            line << at(0.0, 0.0);
        line << at(right, f(right));
        shapes.lines.append(line);
    };
    const auto flat = [&](double negative, double positive) {
        if (left < 0.0)
            shapes.lines.append(QPolygonF{at(left, negative), at(std::min(right, 0.0), negative)});
        if (right > 0.0)
            shapes.lines.append(QPolygonF{at(std::max(left, 0.0), positive), at(right, positive)});
    };
    if (isCurveVisible(Curve::Relu))
        bent([](double x) { return std::max(x, 0.0); });
    if (isCurveVisible(Curve::LeakyRelu)) {
        bent([s](double x) { return x > 0.0 ? x : s * x; });
        if (left < 0.0) {
            const double end = std::min(right, 0.0);
            shapes.areas.append(QPolygonF{at(left, 0.0), at(end, 0.0), at(end, s * end), at(left, s * left)});
        }
    }
    if (isCurveVisible(Curve::ReluGrad))
        flat(0.0, 1.0);
    if (isCurveVisible(Curve::LeakyReluGrad))
        flat(s, 1.0);
    // Dots and marks, each as the square its scatter shape fills, its outline and a small gap included.
    for (const QCPGraph* marks : {mValueDots[0], mLimitDots[0], mValueDots[1], mLimitDots[1],
                                  mInputPoints->rimsOnRelu(), mInputPoints->rimsOnLeakyRelu()}) {
        if (!marks->visible())
            continue;
        const QCPScatterStyle style = marks->scatterStyle();
        const double reach = style.size() / 2.0 + style.pen().widthF() + kLegendMarkGap;
        for (const QCPGraphData& point : *marks->data()) {
            const QPointF centre = at(point.key, point.value);
            shapes.boxes.append(QRectF(centre - QPointF(reach, reach), QSizeF(2 * reach, 2 * reach)));
        }
    }
    // The caption stands on the axis rect's bottom edge and ends at x = 0 (see setupShading).
    const QFontMetricsF metrics(mCaption->font());
    const QMargins padding = mCaption->padding();
    const QSizeF text = metrics.boundingRect(QRectF(), Qt::AlignRight, mCaption->text()).size();
    const QSizeF caption(
        text.width() + padding.left() + padding.right(), text.height() + padding.top() + padding.bottom());
    const QPointF captionEnd = mCaption->position->pixelPosition();
    shapes.boxes.append(QRectF(captionEnd - QPointF(caption.width(), caption.height()), caption));
    return shapes;
}

int ActivationPlot::heightToSpare()
{
    const QRect area = axisRect()->rect();
    const int legendHeight = legendEntries().isEmpty() ? 0 : legendSize(0, 2).height();
    const int inset = std::max(axisRect()->insetLayout()->rect().top() - area.top(), 0);
    // The highest line under the legend in the negative half: y = 0, LeakyReLU′ at the slope, or LeakyReLU at
    // the left edge where the slope is negative. The value range stays as the plot gets shorter, so that line
    // keeps its share of the axis rect's height.
    const QCPRange range = yAxis->range();
    const double floor = std::max({0.0, mSlope, mSlope * xAxis->range().lower});
    const double above = range.contains(floor) ? (range.upper - floor) / range.size() : 1.0;
    // QCustomPlot puts the range's upper end a pixel above the axis rect's top row.
    const double needed = (inset + legendHeight + kLegendClearance + 1.0) / above;
    return area.height() - static_cast<int>(std::ceil(needed));
}

bool ActivationPlot::isCurveVisible(Curve curve) const
{
    return curveGraph(curve)->visible();
}

void ActivationPlot::setCurveVisible(Curve curve, bool visible)
{
    if (isCurveVisible(curve) == visible)
        return;
    curveGraph(curve)->setVisible(visible);
    if (curve == Curve::Relu || curve == Curve::LeakyRelu)
        mInputPoints->setVisible(curve, visible);
    if (curve == Curve::LeakyRelu)
        mLeak->setVisible(visible);
    if (curve == Curve::ReluGrad || curve == Curve::LeakyReluGrad) {
        kinkValueDot(curve)->setVisible(visible);
        kinkLimitDot(curve)->setVisible(visible);
    }
    rebuildLegend();
    replot(rpQueuedReplot);
    emit curveVisibilityChanged(curve, visible);
}

QCPRange ActivationPlot::defaultValueRange() const
{
    // Room for every curve at the view's edges: LeakyReLU(-5) = -5·slope and LeakyReLU′ = slope there.
    const double leakAtEdge = kDefaultXMin * mSlope;
    const double lower = std::min({-1.5, leakAtEdge - 0.5, mSlope - 0.5});
    const double upper = std::max({kDefaultXMax + 0.5, leakAtEdge + 0.5, mSlope + 0.5});
    return QCPRange(lower, upper);
}

void ActivationPlot::setInputPoints(const Tensor& tensor)
{
    std::vector<float> xs = InputPoints::pointsOf(tensor);
    if (xs == mInputPoints->xs())
        return; // a slope tick re-evaluates the same tensor
    const bool entriesChange = xs.empty() != mInputPoints->xs().empty();
    mInputPoints->setXs(std::move(xs));
    if (entriesChange) {
        rebuildLegend();
        mLegendChanged = true;
    }
    queueLiveRefresh();
}

void ActivationPlot::resetView()
{
    xAxis->setRange(kDefaultXMin, kDefaultXMax);
    yAxis->setRange(defaultValueRange());
    replot(rpQueuedReplot);
}

void ActivationPlot::setSlope(double slope)
{
    if (slope == mSlope)
        return;
    const QRegion before = slopeDependentRegion();
    mSlope = slope;
    mInputPoints->setSlope(slope);
    updateMovingCurves();
    if (mHover->isShown())
        mHover->showAt(mHover->x(), mHoverY, mSlope, visibleCurves());
    // A negative slope lifts LeakyReLU into the legend's corner: moved, the legend takes a layout of its own.
    const bool legendMoved = fitLegend();
    mLegendChanged = mLegendChanged || legendMoved;
    // A slope with more digits can make the formula wider than the plot: resized, it takes a layout.
    if (fitFormula())
        replot(rpQueuedReplot);
    else
        queueLiveRefresh(legendMoved ? QRegion(rect()) : before + slopeDependentRegion());
}

QRegion ActivationPlot::slopeDependentRegion() const
{
    // The readout's values follow the slope, wherever its box is.
    if (mHover->isShown())
        return rect();
    // Before the first layout (a plot exported from the command line is never shown) there is no axis
    // rectangle to measure yet.
    const QRect area = axisRect()->rect();
    if (!area.isValid())
        return rect();
    // Right of 0, LeakyReLU is x and its derivative 1 at any slope, drawn with the same dashes (see
    // withDashBreakAtZero): what moves lies left of 0 and on it, where the dots are. QCustomPlot clips
    // graphs to the axis rectangle, a pixel higher.
    const QCPRange visible = xAxis->range();
    const QCPRange leftOfZero(visible.lower, std::min(0.0, visible.upper));
    const QRect clip = area.adjusted(0, -1, 0, 0);
    QRegion region = mFormula->outerRect();
    for (const QCPGraph* moving : {curveGraph(Curve::LeakyRelu), curveGraph(Curve::LeakyReluGrad), mLeak,
                                   mValueDots[1], mLimitDots[1], mInputPoints->rimsOnLeakyRelu()}) {
        if (moving->realVisibility())
            region += pixelExtentOver(*moving, leftOfZero) & clip;
    }
    return region;
}

void ActivationPlot::resample()
{
    const QCPRange visible = xAxis->range();
    mSamples.setDomain(visible.lower - visible.size(), visible.upper + visible.size());
    updateStaticCurves();
    updateMovingCurves();
}

void ActivationPlot::updateStaticCurves()
{
    curveGraph(Curve::Relu)->data()->set(mSamples.relu(), true);
    curveGraph(Curve::ReluGrad)->data()->set(mSamples.reluGrad(), true);
    const KinkDots kink = CurveSamples::reluGradKink();
    mValueDots[0]->data()->set({QCPGraphData(0.0, kink.value)}, true);
    mLimitDots[0]->data()->clear();
    if (kink.otherLimit)
        mLimitDots[0]->data()->set({QCPGraphData(0.0, *kink.otherLimit)}, true);
}

namespace {

// The curve split at x = 0 by a NaN point: QCustomPlot draws the two halves as separate polylines, so the
// dash pattern right of 0 starts at 0 whatever the slope makes the left half's length, and a slope tick
// leaves those pixels as they were.
QVector<QCPGraphData> withDashBreakAtZero(QVector<QCPGraphData> data)
{
    const auto zero = std::find_if(data.begin(), data.end(), [](const QCPGraphData& d) { return d.key == 0.0; });
    if (zero == data.end())
        return data;
    const QCPGraphData atZero = *zero;
    const auto at = data.insert(zero + 1, QCPGraphData(0.0, std::numeric_limits<double>::quiet_NaN()));
    data.insert(at + 1, atZero);
    return data;
}

} // namespace

void ActivationPlot::updateMovingCurves()
{
    curveGraph(Curve::LeakyRelu)->data()->set(withDashBreakAtZero(mSamples.leakyRelu(mSlope)), true);
    mLeak->data()->set(mSamples.leak(mSlope), true);
    curveGraph(Curve::LeakyReluGrad)->data()->set(mSamples.leakyReluGrad(mSlope), true);
    const KinkDots kink = CurveSamples::leakyReluGradKink(mSlope);
    mValueDots[1]->data()->set({QCPGraphData(0.0, kink.value)}, true);
    mLimitDots[1]->data()->clear();
    if (kink.otherLimit)
        mLimitDots[1]->data()->set({QCPGraphData(0.0, *kink.otherLimit)}, true);
    mFormula->setText(formulaFor(mSlope));
}

std::array<bool, 4> ActivationPlot::visibleCurves() const
{
    std::array<bool, 4> shown{};
    for (Curve curve : kCurves)
        shown[static_cast<std::size_t>(curveIndex(curve))] = isCurveVisible(curve);
    return shown;
}

void ActivationPlot::hoverAt(double x, double y)
{
    const double pixelSpan = xAxis->range().size() / std::max(1, axisRect()->width());
    const double step = roundStep(kHoverSnapPixels * pixelSpan);
    double snapped = std::round(x / step) * step;
    if (std::abs(snapped) < step / 2)
        snapped = 0.0; // not -0
    mHoverY = y;
    mHover->showAt(snapped, y, mSlope, visibleCurves());
    queueLiveRefresh();
}

void ActivationPlot::hideHover()
{
    if (!mHover->isShown())
        return;
    mHover->hide();
    queueLiveRefresh();
}

void ActivationPlot::onMouseMove(QMouseEvent* event)
{
    const QPointF position = event->position();
    if (!axisRect()->rect().contains(position.toPoint())) {
        hideHover();
        return;
    }
    hoverAt(xAxis->pixelToCoord(position.x()), yAxis->pixelToCoord(position.y()));
}

void ActivationPlot::leaveEvent(QEvent* event)
{
    hideHover();
    QCustomPlot::leaveEvent(event);
}

// Like rpQueuedReplot, but for the live layer: many changes before the next event loop pass, one redraw.
void ActivationPlot::queueLiveRefresh()
{
    queueLiveRefresh(rect());
}

void ActivationPlot::queueLiveRefresh(const QRegion& changed)
{
    mLiveChanged += changed;
    if (mLiveRefreshQueued)
        return;
    mLiveRefreshQueued = true;
    QMetaObject::invokeMethod(this, &ActivationPlot::refreshLiveLayer, Qt::QueuedConnection);
}

void ActivationPlot::refreshLiveLayer()
{
    mLiveRefreshQueued = false;
    const QRegion changed = std::exchange(mLiveChanged, QRegion());
    // A queued full replot draws every layer anyway; before the first one the live layer has no buffer to
    // draw into, and redraw() says so.
    if (mReplotQueued)
        return;
    // Until the live layer has a buffer of its own any change draws every layer again: at the first frame, in
    // the replot that gives it that buffer (bufferLiveLayer), rather than in one more just before.
    if (!hasLiveBuffer()) {
        mLegendChanged = false;
        replot(rpQueuedReplot);
        return;
    }
    if (std::exchange(mLegendChanged, false)) {
        // The legend lies inside the axis rectangle, on the live layer; laid out again, it leaves the static
        // buffer as it is unless the axis rectangle itself moved.
        const QRect axisArea = axisRect()->rect();
        updateLayout();
        if (axisRect()->rect() != axisArea) {
            replot();
            return;
        }
    }
    if (hasInvalidatedStaticBuffer() || !mLiveLayer->redraw(changed)) {
        replot();
        return;
    }
    // Only the changed part is composited and sent to the screen; the rest of the window already shows
    // the same pixels of both buffers.
    update(changed);
}

bool ActivationPlot::hasInvalidatedStaticBuffer() const
{
    const QSharedPointer<QCPAbstractPaintBuffer> live = mLiveLayer->buffer();
    return std::any_of(mPaintBuffers.begin(), mPaintBuffers.end(),
                       [&live](const auto& buffer) { return buffer != live && buffer->invalidated(); });
}

// QCustomPlot replots at once on every resize; queued instead, the resizes of a window being shown or laid
// out coalesce with the replot its constructor queued, and start-up draws the plot once, not twice.
void ActivationPlot::resizeEvent(QResizeEvent* event)
{
    setViewport(rect());
    replot(rpQueuedReplot);
    QWidget::resizeEvent(event);
}

void ActivationPlot::paintEvent(QPaintEvent* event)
{
    // A window system expose can paint before the queued replot runs: buffers of the old size would show.
    if (mReplotQueued && !mPaintBuffers.isEmpty() && mPaintBuffers.first()->size() != viewport().size())
        replot(rpQueuedRefresh);
    // QCustomPlot's own paintEvent composites under the event's region as the clip. A slope tick's region is
    // several rectangles, and a clip of several rectangles sends every pixel down Qt's slow, span by span
    // path; one rectangle at a time, each buffer is copied or blended line by line. A changed device pixel
    // ratio, or a background QCustomPlot paints itself, take QCustomPlot's way.
    if (!qFuzzyCompare(bufferDevicePixelRatio(), devicePixelRatioF()) || mBackgroundBrush.style() != Qt::NoBrush
        || !mBackgroundPixmap.isNull()) {
        QCustomPlot::paintEvent(event);
    } else {
        QCPPainter painter(this);
        for (const QRect& part : event->region()) {
            painter.setClipRect(part);
            for (const QSharedPointer<QCPAbstractPaintBuffer>& buffer : std::as_const(mPaintBuffers))
                buffer->draw(&painter);
        }
    }
    if (++mPaintCount == 1)
        QMetaObject::invokeMethod(this, &ActivationPlot::bufferLiveLayer, Qt::QueuedConnection);
    emit framePainted();
}

} // namespace leakylab
