// File actions for lessons. Every change to the window funnels into one deferred comparison with the
// lesson last opened or saved, which drives the window's unsaved-changes mark.
#include "ui/lesson_document.h"

#include <QAction>
#include <QCoreApplication>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QMimeData>
#include <QRegularExpression>
#include <QTimer>
#include <QUndoStack>

#include "ui/core_message.h"
#include "ui/last_folder.h"
#include "ui/lesson_file.h"
#include "ui/recent_lessons_menu.h"

namespace leakylab {
namespace {

// The first local `.leakylab` file among dragged URLs.
QString lessonPathIn(const QMimeData* mime)
{
    if (!mime || !mime->hasUrls())
        return {};
    for (const QUrl& url : mime->urls()) {
        const QString path = url.toLocalFile();
        if (!path.isEmpty() && QFileInfo(path).suffix().compare(kLessonSuffix, Qt::CaseInsensitive) == 0)
            return path;
    }
    return {};
}

QString lessonFilter() { return QCoreApplication::translate("LessonDocument", "LeakyLab lessons (*.leakylab)"); }

// Core's messages start in lower case to follow "because" or a colon, and end without a full stop.
QString sentence(QString text)
{
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    if (!text.endsWith(QLatin1Char('.')) && !text.endsWith(QChar(0x3002))) // U+3002: the Chinese full stop
        text += QCoreApplication::translate("LessonDocument", ".", "the full stop that ends a sentence");
    return text;
}

QString sentence(const Error& error) { return sentence(localizedMessage(error)); }

} // namespace

LessonDocument::LessonDocument(QMainWindow* window, QUndoStack* undoStack)
    : QObject(window), mWindow(window), mUndoStack(undoStack)
{
    mModifiedCheck = new QTimer(this);
    mModifiedCheck->setSingleShot(true);
    mModifiedCheck->setInterval(0);
    connect(mModifiedCheck, &QTimer::timeout, this, [this] { mWindow->setWindowModified(isModified()); });
    mFields.setChangedCallback([this] { scheduleModifiedCheck(); });
    connect(mUndoStack, &QUndoStack::cleanChanged, this, &LessonDocument::scheduleModifiedCheck);
    connect(mUndoStack, &QUndoStack::indexChanged, this, &LessonDocument::scheduleModifiedCheck);

    mErrorSink = [this](const QString& title, const QString& message) {
        QMessageBox::warning(mWindow, title, message);
    };
    mSavePrompt = [this](const QString& name) {
        return QMessageBox::warning(mWindow, tr("Unsaved changes"),
                                    tr("Save the changes to “%1” first?").arg(name),
                                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    };

    createActions();
    mWindow->setAcceptDrops(true);
    mWindow->installEventFilter(this);
    updateTitle();
}

void LessonDocument::createActions()
{
    mNewAction = new QAction(tr("&New lesson"), this);
    mNewAction->setShortcut(QKeySequence::New);
    mNewAction->setToolTip(tr("Start again from the default lesson (Ctrl+N)"));
    connect(mNewAction, &QAction::triggered, this, &LessonDocument::newLesson);

    mOpenAction = new QAction(tr("&Open lesson…"), this);
    mOpenAction->setShortcut(QKeySequence::Open);
    mOpenAction->setToolTip(tr("Open a lesson file you or a colleague saved (Ctrl+O)"));
    connect(mOpenAction, &QAction::triggered, this, &LessonDocument::openChosenFile);

    mSaveAction = new QAction(tr("&Save lesson"), this);
    mSaveAction->setShortcut(QKeySequence::Save);
    mSaveAction->setToolTip(tr("Save the slope, range, curves, notes and the rest as a lesson (Ctrl+S)"));
    connect(mSaveAction, &QAction::triggered, this, &LessonDocument::save);

    mSaveAsAction = new QAction(tr("Save lesson &as…"), this);
    mSaveAsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    mSaveAsAction->setToolTip(tr("Save the lesson under a new name (Ctrl+Shift+S)"));
    connect(mSaveAsAction, &QAction::triggered, this, &LessonDocument::saveAs);

    mRecentMenu = new RecentLessonsMenu(mWindow);
    connect(mRecentMenu, &RecentLessonsMenu::openRequested, this, &LessonDocument::open);
}

QString LessonDocument::displayName() const
{
    return mPath.isEmpty() ? tr("Untitled") : QFileInfo(mPath).fileName();
}

Lesson LessonDocument::lesson() const { return mFields.gather(mSaved); }

bool LessonDocument::isModified() const { return !mUndoStack->isClean() || !(lesson() == mSaved); }

void LessonDocument::scheduleModifiedCheck() { mModifiedCheck->start(); }

void LessonDocument::updateTitle()
{
    // "[*]" is where Qt shows the unsaved-changes mark.
    mWindow->setWindowTitle(tr("%1[*] — LeakyLab").arg(displayName()));
}

void LessonDocument::setPath(const QString& path)
{
    const QString absolute = path.isEmpty() ? QString() : QFileInfo(path).absoluteFilePath();
    if (absolute != mPath) {
        mPath = absolute;
        emit filePathChanged(mPath);
    }
    updateTitle();
}

void LessonDocument::reportError(const QString& title, const QString& message) const
{
    mErrorSink(title, message);
}

void LessonDocument::load(const Lesson& lesson, const QString& path)
{
    mFields.apply(lesson);
    // What was undoable belonged to the lesson before.
    mUndoStack->clear();
    // The window may hold a value more coarsely than the file (the slope has four decimals): what it shows
    // now is the unchanged state.
    mSaved = mFields.gather(lesson);
    setPath(path);
    mWindow->setWindowModified(false);
    scheduleModifiedCheck();
    emit lessonLoaded();
}

void LessonDocument::adoptCurrentState()
{
    mSaved = lesson();
    mUndoStack->setClean();
    mWindow->setWindowModified(false);
}

bool LessonDocument::open(const QString& path)
{
    const QString name = QFileInfo(path).fileName();
    const auto read = readLessonFile(path);
    if (!read) {
        reportError(tr("Open lesson"), tr("“%1” could not be opened. %2").arg(name, sentence(read.error())));
        return false;
    }
    if (const auto problem = mFields.check(read.value())) {
        reportError(tr("Open lesson"), tr("“%1” could not be opened. %2").arg(name, *problem));
        return false;
    }
    if (!maybeSave())
        return false;
    load(read.value(), path);
    mRecentMenu->add(path);
    rememberFolderOf(path);
    return true;
}

void LessonDocument::openChosenFile()
{
    const QString path = QFileDialog::getOpenFileName(mWindow, tr("Open lesson"), lastFolder(), lessonFilter());
    if (!path.isEmpty())
        open(path);
}

bool LessonDocument::save()
{
    return mPath.isEmpty() ? saveAs() : saveTo(mPath);
}

bool LessonDocument::saveAs()
{
    const Lesson current = lesson();
    QString suggestion = mPath;
    if (suggestion.isEmpty()) {
        const QString title = QString::fromStdString(current.title).simplified();
        QString base = title.isEmpty() ? tr("lesson") : title;
        base.replace(QRegularExpression(QStringLiteral(R"([\\/:*?"<>|])")), QStringLiteral("-"));
        suggestion = QDir(lastFolder()).filePath(base + QLatin1Char('.') + kLessonSuffix);
    }
    QString path = QFileDialog::getSaveFileName(mWindow, tr("Save lesson"), suggestion, lessonFilter());
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + kLessonSuffix;
    return saveTo(path);
}

bool LessonDocument::saveTo(const QString& path)
{
    const Lesson current = lesson();
    if (const auto error = writeLessonFile(path, current)) {
        reportError(tr("Save lesson"), tr("“%1” could not be saved. %2").arg(QFileInfo(path).fileName(), sentence(*error)));
        return false;
    }
    mSaved = current;
    mUndoStack->setClean();
    setPath(path);
    mWindow->setWindowModified(false);
    mRecentMenu->add(path);
    rememberFolderOf(path);
    return true;
}

bool LessonDocument::newLesson()
{
    if (!maybeSave())
        return false;
    Lesson fresh;
    // The theme suits the room, not the lesson: a new lesson keeps it.
    fresh.theme = lesson().theme;
    load(fresh, QString());
    return true;
}

bool LessonDocument::maybeSave()
{
    if (!isModified())
        return true;
    switch (mSavePrompt(displayName())) {
    case QMessageBox::Save:
        return save();
    case QMessageBox::Discard:
        return true;
    default:
        return false;
    }
}

bool LessonDocument::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == mWindow) {
        switch (event->type()) {
        case QEvent::DragEnter:
        case QEvent::DragMove: {
            auto* drag = static_cast<QDragMoveEvent*>(event);
            if (lessonPathIn(drag->mimeData()).isEmpty())
                break;
            drag->acceptProposedAction();
            return true;
        }
        case QEvent::Drop: {
            auto* drop = static_cast<QDropEvent*>(event);
            const QString path = lessonPathIn(drop->mimeData());
            if (path.isEmpty())
                break;
            drop->acceptProposedAction();
            // After the drop returns: a dialog inside a drop handler blocks the drag source.
            QTimer::singleShot(0, this, [this, path] { open(path); });
            return true;
        }
        default:
            break;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace leakylab
