#include "ui/live_layer.h"

#include <QPaintEngine>

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
    if (partial != nullptr)
        partial->limitTo(part);
    buffer->clear(Qt::transparent);
    drawToPaintBuffer();
    if (partial != nullptr)
        partial->limitTo(QRegion());
    for (QCPLayerable* child : leftOut)
        child->setVisible(true);
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

} // namespace leakylab
