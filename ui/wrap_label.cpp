#include "ui/wrap_label.h"

namespace leakylab {

WrapLabel::WrapLabel(const QString& text, QWidget* parent) : HeightAtWidth<QLabel>(text, parent)
{
    setWordWrap(true);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

} // namespace leakylab
