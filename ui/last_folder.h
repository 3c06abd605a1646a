// The folder the last lesson or export went to, where the next file dialog opens; remembered between runs.
#pragma once

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QString>

namespace leakylab {

inline QString lastFolder()
{
    const QString folder = QSettings().value(QStringLiteral("files/lastFolder")).toString();
    return !folder.isEmpty() && QFileInfo(folder).isDir() ? folder : QDir::homePath();
}

inline void rememberFolderOf(const QString& filePath)
{
    QSettings().setValue(QStringLiteral("files/lastFolder"), QFileInfo(filePath).absolutePath());
}

} // namespace leakylab
