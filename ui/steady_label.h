// A word-wrapped label that keeps the height it grew to: a text needing fewer lines leaves the lines
// reserved, so a status that alternates between one line and three does not move the widgets around it
// on every change. A new width (the window resized) measures again.
#pragma once

#include <QLabel>

namespace leakylab {

class SteadyLabel : public QLabel {
    Q_OBJECT
public:
    explicit SteadyLabel(QWidget* parent = nullptr);

    // Hides QLabel::setText, which is not virtual: the panel sets its status through this type.
    void setText(const QString& text);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void reserveHeight(bool growOnly);
};

} // namespace leakylab
