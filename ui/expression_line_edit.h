// The line a student types a tensor expression into; a pasted million-element list is held, not laid out.
#pragma once

#include <QLineEdit>

namespace leakylab {

// QLineEdit lays out its whole text on every keystroke: about 9 ms at 10,000 characters, seconds at a
// million numbers. Longer expressions are kept aside and the line shows their start and size instead;
// typing replaces them, Copy copies them whole. Undo keys are left to the window's undo stack.
class ExpressionLineEdit : public QLineEdit {
    Q_OBJECT
public:
    static constexpr qsizetype kMaxShownChars = 10'000;

    explicit ExpressionLineEdit(QWidget* parent = nullptr);

    // The whole expression, shown or held aside.
    QString expression() const;
    bool isHoldingLongExpression() const { return !mLong.isEmpty(); }
    // Shows an expression set by the program (undo, a preset, a cell edit); emits nothing.
    void setExpression(const QString& expression);
    // What a paste does: the text becomes the expression, as if typed.
    void pasteExpression(const QString& text);

signals:
    // The user changed the expression: typed, pasted or dropped.
    void expressionEdited(const QString& expression);

protected:
    bool event(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void holdLong(const QString& expression);
    void leaveLong();

    QString mLong;
};

} // namespace leakylab
