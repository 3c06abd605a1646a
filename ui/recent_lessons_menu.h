// File > Open Recent: the lessons opened or saved last, newest first; remembered between runs.
#pragma once

#include <QMenu>
#include <QStringList>

namespace leakylab {

class RecentLessonsMenu : public QMenu {
    Q_OBJECT
public:
    static constexpr int kMaxFiles = 8;

    explicit RecentLessonsMenu(QWidget* parent = nullptr);

    QStringList files() const;
    // Moves the file to the top (adding it if new).
    void add(const QString& path);
    void remove(const QString& path);
    void clearFiles();

signals:
    void openRequested(const QString& path);

private:
    void rebuild();
    void store(const QStringList& files);
};

} // namespace leakylab
