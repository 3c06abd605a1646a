#include "ui/scrollable.h"

#include <QLayout>
#include <QScrollArea>

namespace leakylab {

QScrollArea* scrollable(QWidget* content, QWidget* parent)
{
    // Under a dock's title a few pixels above and below are margin enough: on a 1280x720 projector the
    // style's nine each would cost the panels beside the plot a line of their contents.
    if (QLayout* layout = content->layout()) {
        QMargins margins = layout->contentsMargins();
        margins.setTop(kPanelVerticalMargin);
        margins.setBottom(kPanelVerticalMargin);
        layout->setContentsMargins(margins);
    }
    auto* area = new QScrollArea(parent);
    area->setWidget(content);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    return area;
}

} // namespace leakylab
