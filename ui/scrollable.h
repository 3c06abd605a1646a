// Wraps a panel's content so a small window scrolls it instead of growing past the screen.
#pragma once

class QScrollArea;
class QWidget;

namespace leakylab {

// Above and below a panel's contents, in pixels.
inline constexpr int kPanelVerticalMargin = 4;

// A frameless scroll area that resizes `content` to its own size and scrolls once it is smaller than
// `content`'s minimum: a dock can then shrink to share a 1280x720 projector with the plot. `content`'s layout
// gets kPanelVerticalMargin above and below.
QScrollArea* scrollable(QWidget* content, QWidget* parent);

} // namespace leakylab
