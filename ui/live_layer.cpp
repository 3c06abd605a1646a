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
    if (partial != nullptr)
        partial->limitTo(part);
    buffer->clear(Qt::transparent);
    drawToPaintBuffer();
    if (partial != nullptr)
        partial->limitTo(QRegion());
    buffer->setInvalidated(false);
    return true;
}

} // namespace leakylab
