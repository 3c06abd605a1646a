// A label of short groups joined by " · " (the presentation bar's keys, the status bar's hint): on one line
// where the line fits, broken between groups where it does not, never inside one; or, kept to one line, with
// the groups that do not fit left out.
#pragma once

#include <QLabel>
#include <QStringList>

namespace leakylab {

// A word-wrapping QLabel would break inside a group ("Page" from "Up/Down", or a Chinese key from its
// action) and, asked for its size, propose a few short lines even where one fits. This one asks for its
// one line, accepts the width of its widest group, and is as high as the lines its width makes.
class GroupWrapLabel : public QLabel {
    Q_OBJECT
public:
    explicit GroupWrapLabel(const QString& groups, QWidget* parent = nullptr);

    // The groups, in order, whatever lines they are shown on.
    const QStringList& groups() const { return mGroups; }
    // The lines the groups take at a width of the label.
    QStringList lines(int width) const;
    // Kept to one line (a status bar's): the groups that do not fit on it are left out, an ellipsis in their
    // place, and the whole text is the tool tip instead.
    void setOneLine(bool oneLine);
    // What one line at a width of the label shows.
    QString oneLineText(int width) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    int textWidth(const QString& text) const;
    int extraWidth() const;
    int extraHeight() const;
    void rewrap();

    QStringList mGroups;
    bool mOneLine = false;
};

} // namespace leakylab
