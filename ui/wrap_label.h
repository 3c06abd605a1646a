// A word-wrapped label in a panel that scrolls: as high as its lines at its width (see HeightAtWidth).
#pragma once

#include <QLabel>

#include "ui/height_at_width.h"

namespace leakylab {

class WrapLabel : public HeightAtWidth<QLabel> {
public:
    explicit WrapLabel(const QString& text, QWidget* parent = nullptr);
};

} // namespace leakylab
