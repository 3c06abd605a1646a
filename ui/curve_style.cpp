// Okabe–Ito colours in pairs (blue family for ReLU, orange family for LeakyReLU) and four dash patterns.
#include "ui/curve_style.h"

#include <QPainter>
#include <QPixmap>

namespace leakylab {

QString curveName(Curve curve)
{
    switch (curve) {
    case Curve::Relu:
        return QStringLiteral("ReLU(x)");
    case Curve::LeakyRelu:
        return QStringLiteral("LeakyReLU(x)");
    case Curve::ReluGrad:
        return QStringLiteral("ReLU′(x)");
    case Curve::LeakyReluGrad:
        return QStringLiteral("LeakyReLU′(x)");
    }
    return {};
}

QColor curveColour(Curve curve)
{
    switch (curve) {
    case Curve::Relu:
        return QColor(0x00, 0x72, 0xB2); // blue
    case Curve::LeakyRelu:
        return QColor(0xD5, 0x5E, 0x00); // vermillion
    case Curve::ReluGrad:
        return QColor(0x56, 0xB4, 0xE9); // sky blue
    case Curve::LeakyReluGrad:
        return QColor(0xE6, 0x9F, 0x00); // orange
    }
    return {};
}

QPen curvePen(Curve curve)
{
    QPen pen(curveColour(curve));
    pen.setCapStyle(Qt::FlatCap);
    pen.setJoinStyle(Qt::RoundJoin);
    // For x > 0 the two functions (and the two derivatives) coincide: the solid/dotted ReLU strokes are
    // wider, so the dashed LeakyReLU strokes drawn over them leave both visible.
    switch (curve) {
    case Curve::Relu:
        pen.setWidthF(5.0);
        break;
    case Curve::LeakyRelu:
        pen.setWidthF(3.5);
        pen.setDashPattern({4.0, 2.5});
        break;
    case Curve::ReluGrad:
        pen.setWidthF(4.5);
        pen.setCapStyle(Qt::RoundCap);
        pen.setDashPattern({0.01, 1.8});
        break;
    case Curve::LeakyReluGrad:
        pen.setWidthF(3.0);
        pen.setDashPattern({5.0, 2.0, 1.0, 2.0});
        break;
    }
    return pen;
}

QIcon curveIcon(Curve curve)
{
    QPixmap pixmap(48, 24);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(curvePen(curve));
    painter.drawLine(QPointF(2, 12), QPointF(46, 12));
    return QIcon(pixmap);
}

} // namespace leakylab
