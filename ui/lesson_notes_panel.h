// The "Lesson" panel: the lesson's title and the teacher's notes, saved with the lesson.
#pragma once

#include <QDockWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace leakylab {

class LessonNotesPanel : public QDockWidget {
    Q_OBJECT
public:
    explicit LessonNotesPanel(QWidget* parent = nullptr);

    QString title() const;
    QString notes() const;
    // Sets the text without emitting edited(): what opening a lesson does.
    void setTitle(const QString& title);
    void setNotes(const QString& notes);

    QLineEdit* titleEdit() const { return mTitle; }
    QPlainTextEdit* notesEdit() const { return mNotes; }
    // Shown under a field when input would pass what a lesson file keeps; hidden at the next edit.
    QLabel* titleLimitMessage() const { return mTitleLimit; }
    QLabel* notesLimitMessage() const { return mNotesLimit; }

signals:
    // The teacher typed in the title or the notes.
    void edited();

private:
    QLineEdit* mTitle = nullptr;
    QLabel* mTitleLimit = nullptr;
    QPlainTextEdit* mNotes = nullptr;
    QLabel* mNotesLimit = nullptr;
};

} // namespace leakylab
