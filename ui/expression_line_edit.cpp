// Pastes, drops and keys routed so that long expressions never reach QLineEdit's text layout.
#include "ui/expression_line_edit.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QDropEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMenu>
#include <QMimeData>

namespace leakylab {
namespace {

bool isUndoOrRedo(const QKeyEvent* key)
{
    return key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)
        || key->keyCombination() == QKeyCombination(Qt::ControlModifier | Qt::ShiftModifier, Qt::Key_Z);
}

// Keys that change the text: in long mode they first clear the stand-in, so typing replaces the expression.
bool editsText(const QKeyEvent* key)
{
    return key->key() == Qt::Key_Backspace || key->key() == Qt::Key_Delete || key->matches(QKeySequence::Cut)
        || (!key->text().isEmpty() && key->text().front().isPrint());
}

} // namespace

ExpressionLineEdit::ExpressionLineEdit(QWidget* parent) : QLineEdit(parent)
{
    // Longer texts arrive through pasteExpression, never through QLineEdit's own paste.
    setMaxLength(static_cast<int>(kMaxShownChars));
    connect(this, &QLineEdit::textEdited, this, [this](const QString& text) {
        leaveLong();
        emit expressionEdited(text);
    });
}

QString ExpressionLineEdit::expression() const
{
    return mLong.isEmpty() ? text() : mLong;
}

void ExpressionLineEdit::setExpression(const QString& expression)
{
    if (expression == this->expression())
        return;
    if (expression.size() > kMaxShownChars) {
        holdLong(expression);
        return;
    }
    leaveLong();
    setText(expression);
}

void ExpressionLineEdit::pasteExpression(const QString& text)
{
    const QString expression = text.trimmed();
    if (expression.size() > kMaxShownChars) {
        holdLong(expression);
    } else {
        leaveLong();
        setText(expression);
    }
    emit expressionEdited(expression);
}

void ExpressionLineEdit::holdLong(const QString& expression)
{
    mLong = expression;
    const QLocale locale;
    setText(tr("%1 … (%2 characters; type to replace)")
                .arg(expression.left(60), locale.toString(static_cast<qlonglong>(expression.size()))));
    setCursorPosition(0);
    QFont italic = font();
    italic.setItalic(true);
    setFont(italic);
    setToolTip(tr("A long expression is held aside: the line shows only its start. "
                  "Copy copies all of it; typing replaces it."));
}

void ExpressionLineEdit::leaveLong()
{
    if (mLong.isEmpty())
        return;
    mLong.clear();
    QFont plain = font();
    plain.setItalic(false);
    setFont(plain);
    setToolTip(QString());
}

bool ExpressionLineEdit::event(QEvent* event)
{
    if (event->type() == QEvent::ShortcutOverride) {
        const auto* key = static_cast<QKeyEvent*>(event);
        // The window's undo owns Ctrl+Z: it undoes whole edits of the tensor, shared with the slope.
        if (isUndoOrRedo(key)) {
            event->ignore();
            return true;
        }
    }
    return QLineEdit::event(event);
}

void ExpressionLineEdit::keyPressEvent(QKeyEvent* event)
{
    if (event->matches(QKeySequence::Paste)) {
        pasteExpression(QApplication::clipboard()->text());
        return;
    }
    if (!mLong.isEmpty() && (event->matches(QKeySequence::Copy) || event->matches(QKeySequence::Cut))) {
        QApplication::clipboard()->setText(mLong);
        if (event->matches(QKeySequence::Copy))
            return;
    }
    if (!mLong.isEmpty() && editsText(event)) {
        leaveLong();
        clear();
    }
    QLineEdit::keyPressEvent(event);
}

void ExpressionLineEdit::contextMenuEvent(QContextMenuEvent* event)
{
    QMenu* menu = createStandardContextMenu();
    menu->setAttribute(Qt::WA_DeleteOnClose);
    for (QAction* action : menu->actions()) {
        // QLineEdit's own Paste would cut a long list at maxLength; this one keeps it whole.
        if (action->objectName() == QLatin1String("edit-paste")) {
            disconnect(action, &QAction::triggered, nullptr, nullptr);
            connect(action, &QAction::triggered, this,
                    [this] { pasteExpression(QApplication::clipboard()->text()); });
        }
        if (action->objectName() == QLatin1String("edit-copy") && !mLong.isEmpty()) {
            disconnect(action, &QAction::triggered, nullptr, nullptr);
            connect(action, &QAction::triggered, this, [this] { QApplication::clipboard()->setText(mLong); });
        }
    }
    menu->popup(event->globalPos());
}

void ExpressionLineEdit::dropEvent(QDropEvent* event)
{
    if (event->mimeData()->hasText()) {
        pasteExpression(event->mimeData()->text());
        event->acceptProposedAction();
        return;
    }
    QLineEdit::dropEvent(event);
}

} // namespace leakylab
