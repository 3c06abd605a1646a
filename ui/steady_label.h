// A word-wrapped line of status text that keeps the height it grew to: a text needing fewer lines leaves
// the lines reserved, so a status that alternates between one line and three does not move the widgets
// around it. A new width (the window resized) measures again. Unlike QLabel, a new text that fits asks for
// no new layout: a status that changes with every training update would otherwise lay out the whole window
// again each time.
#pragma once

#include <QWidget>

namespace leakylab {

class SteadyLabel : public QWidget {
    Q_OBJECT
public:
    using QWidget::QWidget;

    QString text() const { return mText; }
    void setText(const QString& text);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    int neededHeight() const;
    void reserveHeight(bool growOnly);

    QString mText;
};

} // namespace leakylab
