#include "ui/wrap_label.h"

#include <algorithm>

namespace leakylab {

WrapLabel::WrapLabel(const QString& text, QWidget* parent) : QLabel(text, parent)
{
    setWordWrap(true);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

QSize WrapLabel::sizeHint() const
{
    return {QLabel::sizeHint().width(), heightForWidth(std::max(width(), 1))};
}

QSize WrapLabel::minimumSizeHint() const
{
    // As narrow as its longest word.
    return {QLabel::minimumSizeHint().width(), heightForWidth(std::max(width(), 1))};
}

void WrapLabel::resizeEvent(QResizeEvent* event)
{
    QLabel::resizeEvent(event);
    const int height = heightForWidth(width());
    if (height != mHeight) {
        mHeight = height;
        updateGeometry();
    }
}

} // namespace leakylab
