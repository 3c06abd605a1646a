#include "ui/scrollable.h"

#include <QScrollArea>

namespace leakylab {

QScrollArea* scrollable(QWidget* content, QWidget* parent)
{
    auto* area = new QScrollArea(parent);
    area->setWidget(content);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    return area;
}

} // namespace leakylab
