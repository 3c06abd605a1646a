#include "ui/steady_label.h"

#include <QEvent>
#include <QPainter>
#include <QResizeEvent>

#include <algorithm>

namespace leakylab {

namespace {

constexpr int kTextFlags = Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap;

} // namespace

void SteadyLabel::setText(const QString& text)
{
    if (text == mText)
        return;
    mText = text;
    setAccessibleName(text);
    reserveHeight(true);
    update();
}

// One line of a dozen characters at least; the rest of the width comes from the layout's stretch.
QSize SteadyLabel::minimumSizeHint() const
{
    return {fontMetrics().averageCharWidth() * 12, fontMetrics().height()};
}

QSize SteadyLabel::sizeHint() const
{
    return minimumSizeHint();
}

void SteadyLabel::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setPen(palette().color(foregroundRole()));
    painter.drawText(contentsRect(), kTextFlags, mText);
}

void SteadyLabel::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    // The height this label sets itself must not count as a new width, or it could never keep one.
    if (event->size().width() != event->oldSize().width())
        reserveHeight(false);
}

void SteadyLabel::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        updateGeometry();
        reserveHeight(false);
    }
}

int SteadyLabel::neededHeight() const
{
    const QRect area = contentsRect();
    const int text = fontMetrics().boundingRect(QRect(0, 0, area.width(), 1 << 20), kTextFlags, mText).height();
    return std::max(text, fontMetrics().height()) + height() - area.height();
}

void SteadyLabel::reserveHeight(bool growOnly)
{
    // Before the first layout the width is not yet the one the label will have.
    if (!isVisible() || width() <= 0)
        return;
    const int needed = neededHeight();
    if (!growOnly || needed > minimumHeight())
        setMinimumHeight(needed);
}

} // namespace leakylab
