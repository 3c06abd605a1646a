#include "ui/steady_label.h"

#include <QResizeEvent>

namespace leakylab {

SteadyLabel::SteadyLabel(QWidget* parent) : QLabel(parent)
{
    setWordWrap(true);
}

void SteadyLabel::setText(const QString& text)
{
    if (text == this->text())
        return;
    QLabel::setText(text);
    reserveHeight(true);
}

void SteadyLabel::resizeEvent(QResizeEvent* event)
{
    QLabel::resizeEvent(event);
    // The height this label sets itself must not count as a new width, or it could never keep one.
    if (event->size().width() != event->oldSize().width())
        reserveHeight(false);
}

void SteadyLabel::reserveHeight(bool growOnly)
{
    // Before the first layout the width is not yet the one the label will have.
    if (!isVisible() || width() <= 0)
        return;
    const int reserved = minimumHeight();
    // QLabel never measures itself below its minimum height.
    if (!growOnly)
        setMinimumHeight(0);
    const int needed = heightForWidth(width());
    if (!growOnly || needed > reserved)
        setMinimumHeight(needed);
}

} // namespace leakylab
