#include "ui/bounded_plain_text_edit.h"

#include <QInputMethodEvent>
#include <QKeyEvent>
#include <QMimeData>
#include <QTextDocumentFragment>

#include "ui/utf8_budget.h"

namespace leakylab {
namespace {

// What a key press would type, as QPlainTextEdit decides it: printable text without Ctrl, or a new line.
QString typedText(const QKeyEvent& event)
{
    if (event.key() == Qt::Key_Return || event.key() == Qt::Key_Enter)
        return QStringLiteral("\n");
    const QString text = event.text();
    if (text.isEmpty() || !text.front().isPrint() || (event.modifiers() & Qt::ControlModifier))
        return {};
    return text;
}

} // namespace

BoundedPlainTextEdit::BoundedPlainTextEdit(qsizetype maxUtf8Bytes, QWidget* parent)
    : QPlainTextEdit(parent), mMaxBytes(maxUtf8Bytes)
{
}

qsizetype BoundedPlainTextEdit::room() const
{
    // toPlainText() is what gets saved: paragraphs joined by '\n', as the selection's fragment gives them.
    const qsizetype used = utf8Size(toPlainText()) - utf8Size(textCursor().selection().toPlainText());
    return mMaxBytes - used;
}

void BoundedPlainTextEdit::keyPressEvent(QKeyEvent* event)
{
    const QString typed = typedText(*event);
    if (!typed.isEmpty() && !isReadOnly() && utf8Size(typed) > room()) {
        event->accept();
        emit limitReached();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

void BoundedPlainTextEdit::inputMethodEvent(QInputMethodEvent* event)
{
    const QString fit = fitUtf8(event->commitString(), room());
    if (fit.size() == event->commitString().size()) {
        QPlainTextEdit::inputMethodEvent(event);
        return;
    }
    QInputMethodEvent cut(event->preeditString(), event->attributes());
    cut.setCommitString(fit, event->replacementStart(), event->replacementLength());
    QPlainTextEdit::inputMethodEvent(&cut);
    emit limitReached();
}

void BoundedPlainTextEdit::insertFromMimeData(const QMimeData* source)
{
    if (!source || !source->hasText()) {
        QPlainTextEdit::insertFromMimeData(source);
        return;
    }
    // QPlainTextEdit inserts the text form only; turning "\r\n" into one line break can only shrink it.
    const QString text = source->text();
    const QString fit = fitUtf8(text, room());
    if (fit.size() == text.size()) {
        QPlainTextEdit::insertFromMimeData(source);
        return;
    }
    QMimeData cut;
    cut.setText(fit);
    QPlainTextEdit::insertFromMimeData(&cut);
    emit limitReached();
}

} // namespace leakylab
