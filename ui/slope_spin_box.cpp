// Trailing zeros dropped from the slope's spin box text, in the spin box's own locale.
#include "ui/slope_spin_box.h"

#include <algorithm>

namespace leakylab {

SlopeSpinBox::SlopeSpinBox(QWidget* parent) : QDoubleSpinBox(parent) {}

QString SlopeSpinBox::textFromValue(double value) const
{
    QString text = locale().toString(value, 'f', decimals());
    const QString point = locale().decimalPoint();
    if (!text.contains(point))
        return text;
    while (text.endsWith(locale().zeroDigit()))
        text.chop(1);
    if (text.endsWith(point))
        text.chop(point.size());
    return text;
}

int SlopeSpinBox::widestTextExtra() const
{
    const QFontMetrics metrics(font());
    const QString widest = textFromValue(-88.8888);
    const QString bound = textFromValue(minimum());
    return std::max(0, metrics.horizontalAdvance(widest) - metrics.horizontalAdvance(bound));
}

QSize SlopeSpinBox::sizeHint() const
{
    return QDoubleSpinBox::sizeHint() + QSize(widestTextExtra(), 0);
}

QSize SlopeSpinBox::minimumSizeHint() const
{
    return QDoubleSpinBox::minimumSizeHint() + QSize(widestTextExtra(), 0);
}

} // namespace leakylab
