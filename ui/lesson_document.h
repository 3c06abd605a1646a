// The lesson as a document: New, Open, Open Recent, Save, Save As, drops of lesson files, the window title's
// file name and unsaved-changes mark, and the question before changes would be lost.
#pragma once

#include <QMessageBox>
#include <QObject>
#include <QString>

#include <functional>

#include "core/lesson.h"
#include "ui/lesson_fields.h"

class QAction;
class QMainWindow;
class QTimer;
class QUndoStack;

namespace leakylab {

class RecentLessonsMenu;

class LessonDocument : public QObject {
    Q_OBJECT
public:
    // Shows a problem to the teacher; a message box unless replaced (tests, a status area).
    using ErrorSink = std::function<void(const QString& title, const QString& message)>;
    // Asks whether to save changes to the named lesson: Save, Discard or Cancel.
    using SavePrompt = std::function<QMessageBox::StandardButton(const QString& lessonName)>;

    // Sets `window`'s title and accepts lesson files dropped on it. Opening clears `undoStack`, saving marks
    // it clean.
    LessonDocument(QMainWindow* window, QUndoStack* undoStack);

    LessonFields& fields() { return mFields; }
    QAction* newAction() const { return mNewAction; }
    QAction* openAction() const { return mOpenAction; }
    QAction* saveAction() const { return mSaveAction; }
    QAction* saveAsAction() const { return mSaveAsAction; }
    RecentLessonsMenu* recentMenu() const { return mRecentMenu; }

    // Empty for a lesson never saved.
    QString filePath() const { return mPath; }
    // The file's name, or "Untitled".
    QString displayName() const;
    // The window's state differs from the file (or from a new lesson), or the undo stack is not clean.
    bool isModified() const;
    // The window's state as a lesson.
    Lesson lesson() const;

    // Validates the whole file before anything changes; on a problem reports it and keeps the current
    // state. Asks about unsaved changes only once the file is known to be good.
    bool open(const QString& path);
    bool save();
    bool saveAs();
    bool saveTo(const QString& path);
    bool newLesson();
    // Takes the window's present state as the unchanged one: what the window calls once its panels are built.
    void adoptCurrentState();
    // True when the current state may be replaced: nothing unsaved, saved now, or discarded.
    bool maybeSave();

    void setErrorSink(ErrorSink sink) { mErrorSink = std::move(sink); }
    void setSavePrompt(SavePrompt prompt) { mSavePrompt = std::move(prompt); }

signals:
    void filePathChanged(const QString& path);
    // After a lesson was opened or a new one started.
    void lessonLoaded();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void createActions();
    void load(const Lesson& lesson, const QString& path);
    void setPath(const QString& path);
    void scheduleModifiedCheck();
    void updateTitle();
    void reportError(const QString& title, const QString& message) const;
    void openChosenFile();

    QMainWindow* mWindow;
    QUndoStack* mUndoStack;
    LessonFields mFields;
    // The lesson as last opened, saved or started: what "unsaved changes" compares with.
    Lesson mSaved;
    QString mPath;
    QTimer* mModifiedCheck = nullptr;
    QAction* mNewAction = nullptr;
    QAction* mOpenAction = nullptr;
    QAction* mSaveAction = nullptr;
    QAction* mSaveAsAction = nullptr;
    RecentLessonsMenu* mRecentMenu = nullptr;
    ErrorSink mErrorSink;
    SavePrompt mSavePrompt;
};

} // namespace leakylab
