// A plain-text field that never holds more UTF-8 bytes than a file will keep.
#pragma once

#include <QPlainTextEdit>

namespace leakylab {

// Typing past the limit is refused; a paste or drop is cut to what still fits. Text the program sets
// with setPlainText() is taken as it is: it comes from a file already held to the same limit.
class BoundedPlainTextEdit : public QPlainTextEdit {
    Q_OBJECT
public:
    explicit BoundedPlainTextEdit(qsizetype maxUtf8Bytes, QWidget* parent = nullptr);

signals:
    // Some input was refused or cut because it would not fit.
    void limitReached();

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void inputMethodEvent(QInputMethodEvent* event) override;
    void insertFromMimeData(const QMimeData* source) override;

private:
    // The bytes left once the selection, which new input replaces, is gone.
    qsizetype room() const;

    qsizetype mMaxBytes;
};

} // namespace leakylab
