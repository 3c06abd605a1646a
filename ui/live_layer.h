// The activation plot's live layer: what follows the slope or the mouse, in a paint buffer of its own that
// can be drawn again in part.
#pragma once

#include <qcustomplot.h>

#include <QRegion>

#include <vector>

namespace leakylab {

// A pixmap paint buffer that can be limited to a part of itself: while limited, clearing it and painting into it
// change that part alone, and the rest keeps the pixels of the last drawing.
class PartialPaintBuffer : public QCPPaintBufferPixmap {
public:
    using QCPPaintBufferPixmap::QCPPaintBufferPixmap;

    // `part` in the plot's pixels; an empty region is the whole buffer again.
    void limitTo(const QRegion& part);
    void clear(const QColor& colour) override;

private:
    QRegion mPart;
};

// QCPLayer::replot redraws the layer's buffer and then has the whole plot composited again; redraw() leaves the
// compositing to the plot, so it can ask for just the part that changed.
class LiveLayer : public QCPLayer {
public:
    using QCPLayer::QCPLayer;

    QSharedPointer<QCPAbstractPaintBuffer> buffer() const { return mPaintBuffer.toStrongRef(); }

    // Draws the layer again within `part` of the plot (all of it for an empty region). False when the layer
    // has no buffer of its own yet.
    bool redraw(const QRegion& part);

private:
    // Hides the layout elements (the legend and its entries, the formula) that lie wholly outside `part`, and
    // returns them: clipped away they would change nothing, and laying out their text is most of their cost.
    QList<QCPLayerable*> hideElementsOutside(const QRegion& part);
    // A graph of marks alone (the tensor's points, the dots at 0) and all of its data.
    struct MarksKept {
        QCPGraph* graph;
        QSharedPointer<QCPGraphDataContainer> all;
    };
    // Gives each graph of marks alone, for this drawing, only the marks that reach into `part`, and returns
    // their data to be given back: with a thousand points listed, drawing those outside it, only to be clipped
    // away, took most of a slope tick.
    std::vector<MarksKept> keepMarksWithin(const QRegion& part);
};

} // namespace leakylab
