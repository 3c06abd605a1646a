// The hover crosshair: lines through the cursor, a marker on each shown curve, and a box of values.
#pragma once

#include <QRectF>
#include <QString>

#include <array>

class QCustomPlot;
class QCPItemStraightLine;
class QCPItemText;
class QCPItemTracer;
class QCPLayer;

namespace leakylab {

class HoverReadout {
public:
    // Creates its items on `layer`, a buffered layer, so moving the mouse leaves the static curves, axes and
    // grid alone.
    HoverReadout(QCustomPlot* plot, QCPLayer* layer);

    // The cursor at plot coordinates (x, y); markers go on the curves whose flag is set.
    void showAt(double x, double y, double slope, const std::array<bool, 4>& curvesShown);
    void hide();
    bool isShown() const { return mShown; }
    double x() const { return mX; }
    QString text() const;
    // Where the box of values is drawn, in widget pixels.
    QRectF boxRect() const;

    // Moves the crosshair's items above everything else on `layer`, the layer they are on.
    void bringToFront(QCPLayer* layer);

    // x, ReLU(x), LeakyReLU(x) and both derivatives, through the core's functions in float32.
    static QString readoutText(double x, double slope);

private:
    void placeBox(double x, double y);

    QCustomPlot* mPlot;
    QCPItemStraightLine* mVertical;
    QCPItemStraightLine* mHorizontal;
    std::array<QCPItemTracer*, 4> mMarkers{};
    QCPItemText* mBox;
    bool mShown = false;
    double mX = 0.0;
};

} // namespace leakylab
