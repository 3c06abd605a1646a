// Wraps a panel's content so a small window scrolls it instead of growing past the screen.
#pragma once

class QScrollArea;
class QWidget;

namespace leakylab {

// A frameless scroll area that resizes `content` to its own size and scrolls once it is smaller than
// `content`'s minimum: a dock can then shrink to share a 1280x720 projector with the plot.
QScrollArea* scrollable(QWidget* content, QWidget* parent);

} // namespace leakylab
