// Lesson files on disk; every check of the contents is core's lessonFromJson.
#include "ui/lesson_file.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include "ui/core_message.h"

namespace leakylab {
namespace {

// The context of this file's messages in the translations, declared so that lupdate finds it.
struct LessonFile {
    Q_DECLARE_TR_FUNCTIONS(LessonFile)
};

Error error(const QString& message) { return Error {message.toStdString(), std::nullopt}; }

} // namespace

Result<Lesson> readLessonFile(const QString& path, const LessonLimits& limits)
{
    const QFileInfo info(path);
    if (!info.exists())
        return error(LessonFile::tr("the file does not exist"));
    if (info.isDir())
        return error(LessonFile::tr("it is a folder, not a lesson file"));
    // Refused by its size before a byte is read: a hostile file could be gigabytes.
    if (static_cast<std::uint64_t>(info.size()) > limits.maxFileBytes)
        return error(LessonFile::tr("the file is too large for a lesson (%1 bytes; at most %2)")
                         .arg(info.size())
                         .arg(limits.maxFileBytes));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return error(file.errorString());
    const QByteArray bytes = file.read(static_cast<qint64>(limits.maxFileBytes) + 1);
    if (file.error() != QFileDevice::NoError)
        return error(file.errorString());
    return lessonFromJson(std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())), limits);
}

Result<std::string> lessonFileText(const Lesson& lesson)
{
    std::string text = lessonToJson(lesson);
    const auto back = lessonFromJson(text);
    if (!back)
        return Error {LessonFile::tr("it would not open again: %1")
                          .arg(localizedMessage(back.error()))
                          .toStdString(),
                      std::nullopt};
    return text;
}

std::optional<QString> writeLessonFile(const QString& path, const Lesson& lesson)
{
    const auto text = lessonFileText(lesson);
    if (!text)
        return QString::fromStdString(text.error().message);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return file.errorString();
    const std::string& bytes = text.value();
    if (file.write(bytes.data(), static_cast<qint64>(bytes.size())) != static_cast<qint64>(bytes.size())) {
        const QString why = file.errorString();
        file.cancelWriting();
        return why;
    }
    if (!file.commit())
        return file.errorString();
    return std::nullopt;
}

} // namespace leakylab
