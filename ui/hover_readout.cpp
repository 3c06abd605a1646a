// Crosshair, curve markers and the readout box of the activation plot.
#include "ui/hover_readout.h"

#include <qcustomplot.h>

#include <QFontDatabase>

#include "core/activation.h"
#include "ui/curve_style.h"

namespace leakylab {

namespace {

QString number(float value)
{
    return QString::number(static_cast<double>(value), 'g', 6);
}

float curveValue(Curve curve, float x, float slope)
{
    switch (curve) {
    case Curve::Relu:
        return relu(x);
    case Curve::LeakyRelu:
        return leakyRelu(x, slope);
    case Curve::ReluGrad:
        return reluGrad(x);
    case Curve::LeakyReluGrad:
        return leakyReluGrad(x, slope);
    }
    return 0.0f;
}

} // namespace

HoverReadout::HoverReadout(QCustomPlot* plot, QCPLayer* layer) : mPlot(plot)
{
    QPen crossPen(QColor(60, 60, 60), 1.0, Qt::DashLine);
    mVertical = new QCPItemStraightLine(plot);
    mHorizontal = new QCPItemStraightLine(plot);
    for (QCPItemStraightLine* line : {mVertical, mHorizontal}) {
        line->setLayer(layer);
        line->setPen(crossPen);
        line->setSelectable(false);
    }
    for (Curve curve : kCurves) {
        auto* marker = new QCPItemTracer(plot);
        marker->setLayer(layer);
        marker->setStyle(QCPItemTracer::tsCircle);
        marker->setSize(13);
        marker->setPen(QPen(curveColour(curve), 3.0));
        marker->setBrush(Qt::white);
        marker->setSelectable(false);
        mMarkers[static_cast<std::size_t>(curveIndex(curve))] = marker;
    }

    mBox = new QCPItemText(plot);
    mBox->setLayer(layer);
    mBox->setSelectable(false);
    mBox->position->setType(QCPItemPosition::ptAbsolute);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(14.0);
    mBox->setFont(mono);
    mBox->setTextAlignment(Qt::AlignLeft);
    mBox->setPadding(QMargins(10, 6, 10, 6));
    mBox->setBrush(QColor(255, 255, 255, 235));
    mBox->setPen(QPen(QColor(90, 90, 90)));
    hide();
}

QString HoverReadout::readoutText(double x, double slope)
{
    const float in = static_cast<float>(x);
    const float s = slopeAsFloat(slope);
    // Names padded to one width so the values line up in the monospaced box.
    return QStringLiteral("x             = %1\n"
                          "ReLU(x)       = %2\n"
                          "LeakyReLU(x)  = %3\n"
                          "ReLU′(x)      = %4\n"
                          "LeakyReLU′(x) = %5")
        .arg(number(in), number(curveValue(Curve::Relu, in, s)), number(curveValue(Curve::LeakyRelu, in, s)),
             number(curveValue(Curve::ReluGrad, in, s)), number(curveValue(Curve::LeakyReluGrad, in, s)));
}

void HoverReadout::showAt(double x, double y, double slope, const std::array<bool, 4>& curvesShown)
{
    mShown = true;
    mX = x;
    mVertical->point1->setCoords(x, 0.0);
    mVertical->point2->setCoords(x, 1.0);
    mHorizontal->point1->setCoords(0.0, y);
    mHorizontal->point2->setCoords(1.0, y);
    mVertical->setVisible(true);
    mHorizontal->setVisible(true);
    const float in = static_cast<float>(x);
    for (Curve curve : kCurves) {
        const auto index = static_cast<std::size_t>(curveIndex(curve));
        mMarkers[index]->position->setCoords(x, static_cast<double>(curveValue(curve, in, slopeAsFloat(slope))));
        mMarkers[index]->setVisible(curvesShown[index]);
    }
    mBox->setText(readoutText(x, slope));
    mBox->setVisible(true);
    placeBox(x, y);
}

// Beside the cursor, in the first corner around it that stays inside the axis rect and off the legend;
// if every corner touches the legend, pushed just past the legend's edge.
void HoverReadout::placeBox(double x, double y)
{
    const QRectF area = mPlot->axisRect()->rect();
    const QRectF legend = mPlot->legend->visible() ? QRectF(mPlot->legend->outerRect()) : QRectF();
    const QPointF cursor(mPlot->xAxis->coordToPixel(x), mPlot->yAxis->coordToPixel(y));
    const QFontMetrics metrics(mBox->font());
    const QSizeF size = metrics.boundingRect(QRect(), Qt::AlignLeft, mBox->text()).size() + QSize(20, 12);
    constexpr double kGap = 18.0;

    QList<QRectF> candidates;
    for (bool left : {false, true}) {
        for (bool above : {false, true}) {
            const double boxX = left ? cursor.x() - kGap - size.width() : cursor.x() + kGap;
            const double boxY = above ? cursor.y() - kGap - size.height() : cursor.y() + kGap;
            candidates.append(QRectF(QPointF(boxX, boxY), size));
        }
    }
    const int corners = static_cast<int>(candidates.size());
    for (int i = 0; i < corners; ++i) {
        candidates.append(candidates[i].translated(legend.right() + kGap - candidates[i].left(), 0.0));
        candidates.append(candidates[i].translated(0.0, legend.bottom() + kGap - candidates[i].top()));
    }

    const QRectF* chosen = nullptr;
    for (const QRectF& box : candidates) {
        if (!chosen && area.contains(box) && !box.intersects(legend))
            chosen = &box;
    }
    for (const QRectF& box : candidates) {
        if (!chosen && area.contains(box))
            chosen = &box;
    }
    const QPointF topLeft = chosen ? chosen->topLeft() : candidates.front().topLeft();
    mBox->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
    mBox->position->setCoords(topLeft.x(), topLeft.y());
}

// Items added to the layer later (the legend's entries, made anew on each toggle) would cover the readout.
void HoverReadout::bringToFront(QCPLayer* layer)
{
    QList<QCPLayerable*> items = {mVertical, mHorizontal};
    for (QCPItemTracer* marker : mMarkers)
        items.append(marker);
    items.append(mBox);
    // Set again, a layer takes the item off its list and appends it: drawn last. Passing through another
    // layer would mark that layer's buffer for a redraw too.
    for (QCPLayerable* item : items)
        item->setLayer(layer);
}

void HoverReadout::hide()
{
    mShown = false;
    mVertical->setVisible(false);
    mHorizontal->setVisible(false);
    for (QCPItemTracer* marker : mMarkers)
        marker->setVisible(false);
    mBox->setVisible(false);
}

QRectF HoverReadout::boxRect() const
{
    return QRectF(mBox->topLeft->pixelPosition(), mBox->bottomRight->pixelPosition());
}

QString HoverReadout::text() const
{
    return mShown ? mBox->text() : QString();
}

} // namespace leakylab
