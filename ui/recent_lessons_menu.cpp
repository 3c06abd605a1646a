// The recent lessons live in the settings, so every window and the next run see the same list.
#include "ui/recent_lessons_menu.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace leakylab {
namespace {

const QString kRecentKey = QStringLiteral("files/recentLessons");

} // namespace

RecentLessonsMenu::RecentLessonsMenu(QWidget* parent) : QMenu(tr("Open &Recent"), parent)
{
    setAttribute(Qt::WA_WindowPropagation);
    setToolTipsVisible(true);
    // Built when opened: another window may have changed the list since.
    connect(this, &QMenu::aboutToShow, this, &RecentLessonsMenu::rebuild);
    rebuild();
}

QStringList RecentLessonsMenu::files() const { return QSettings().value(kRecentKey).toStringList(); }

void RecentLessonsMenu::store(const QStringList& files)
{
    QSettings().setValue(kRecentKey, files);
    rebuild();
}

void RecentLessonsMenu::add(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList list = files();
    list.removeAll(absolute);
    list.prepend(absolute);
    store(list.mid(0, kMaxFiles));
}

void RecentLessonsMenu::remove(const QString& path)
{
    QStringList list = files();
    list.removeAll(QFileInfo(path).absoluteFilePath());
    store(list);
}

void RecentLessonsMenu::clearFiles() { store({}); }

void RecentLessonsMenu::rebuild()
{
    clear();
    const QStringList list = files();
    for (int i = 0; i < list.size(); ++i) {
        const QString& path = list[i];
        // &1 … &8: a digit to press with the menu open.
        QAction* action = addAction(QStringLiteral("&%1  %2").arg(i + 1).arg(QFileInfo(path).fileName()));
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { emit openRequested(path); });
    }
    if (list.isEmpty())
        addAction(tr("No recent lessons"))->setEnabled(false);
    addSeparator();
    QAction* clearList = addAction(tr("&Clear list"));
    clearList->setEnabled(!list.isEmpty());
    connect(clearList, &QAction::triggered, this, &RecentLessonsMenu::clearFiles);
}

} // namespace leakylab
