#include "ui/live_layer.h"

#include <QPaintEngine>

#include "ui/graph_extent.h"

namespace leakylab {

void PartialPaintBuffer::limitTo(const QRegion& part)
{
    mPart = part;
    // Painting into the pixmap is clipped to its paint engine's system clip, in device pixels, which every clip
    // a layerable sets is intersected with.
    QRegion devicePart;
    for (const QRect& rect : part) {
        const QRectF scaled(QPointF(rect.topLeft()) * mDevicePixelRatio, QSizeF(rect.size()) * mDevicePixelRatio);
        devicePart += scaled.toAlignedRect();
    }
    if (QPaintEngine* engine = mBuffer.paintEngine())
        engine->setSystemClip(devicePart);
}

void PartialPaintBuffer::clear(const QColor& colour)
{
    if (mPart.isEmpty()) {
        QCPPaintBufferPixmap::clear(colour);
        return;
    }
    QPainter painter(&mBuffer);
    painter.setCompositionMode(QPainter::CompositionMode_Source);
    for (const QRect& rect : mPart)
        painter.fillRect(rect, colour);
}

bool LiveLayer::redraw(const QRegion& part)
{
    const QSharedPointer<QCPAbstractPaintBuffer> buffer = mPaintBuffer.toStrongRef();
    if (mode() != lmBuffered || !buffer)
        return false;
    auto* partial = dynamic_cast<PartialPaintBuffer*>(buffer.data());
    const QList<QCPLayerable*> leftOut = partial != nullptr ? hideElementsOutside(part) : QList<QCPLayerable*>();
    const std::vector<MarksKept> culled = partial != nullptr ? keepMarksWithin(part) : std::vector<MarksKept>();
    if (partial != nullptr)
        partial->limitTo(part);
    buffer->clear(Qt::transparent);
    drawToPaintBuffer();
    if (partial != nullptr)
        partial->limitTo(QRegion());
    for (QCPLayerable* child : leftOut)
        child->setVisible(true);
    for (const MarksKept& kept : culled)
        kept.graph->setData(kept.all);
    buffer->setInvalidated(false);
    return true;
}

QList<QCPLayerable*> LiveLayer::hideElementsOutside(const QRegion& part)
{
    QList<QCPLayerable*> hidden;
    if (part.isEmpty())
        return hidden;
    for (QCPLayerable* child : children()) {
        const auto* element = qobject_cast<const QCPLayoutElement*>(child);
        // A border's pen reaches a little past the rectangle it is drawn on.
        if (element != nullptr && child->visible() && !part.intersects(element->outerRect().adjusted(-4, -4, 4, 4))) {
            child->setVisible(false);
            hidden.append(child);
        }
    }
    return hidden;
}

std::vector<LiveLayer::MarksKept> LiveLayer::keepMarksWithin(const QRegion& part)
{
    std::vector<MarksKept> culled;
    if (part.isEmpty())
        return culled;
    for (QCPLayerable* child : children()) {
        auto* graph = qobject_cast<QCPGraph*>(child);
        if (graph == nullptr || !graph->realVisibility() || graph->lineStyle() != QCPGraph::lsNone
            || graph->scatterStyle().isNone())
            continue;
        const double reach = markReach(*graph);
        auto within = QSharedPointer<QCPGraphDataContainer>::create();
        for (const QCPGraphData& point : *graph->data()) {
            double x = 0.0;
            double y = 0.0;
            graph->coordsToPixels(point.key, point.value, x, y);
            if (part.intersects(QRectF(x - reach, y - reach, 2.0 * reach, 2.0 * reach).toAlignedRect()))
                within->add(point);
        }
        if (within->size() == graph->data()->size())
            continue;
        culled.push_back({graph, graph->data()});
        graph->setData(within);
    }
    return culled;
}

} // namespace leakylab
