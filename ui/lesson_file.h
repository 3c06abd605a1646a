// Reading and writing `.leakylab` files: size-checked before reading, validated before use, saved atomically.
#pragma once

#include <QString>

#include <optional>

#include "core/lesson.h"

namespace leakylab {

inline const QString kLessonSuffix = QStringLiteral("leakylab");

// The whole file checked by lessonFromJson; the error says what is wrong (the file name is the caller's).
Result<Lesson> readLessonFile(const QString& path, const LessonLimits& limits = {});

// Through QSaveFile, so a crash or a full disk leaves the old file, never a truncated one. A lesson that
// would not read back (notes longer than a lesson may hold) is refused before anything is written.
std::optional<QString> writeLessonFile(const QString& path, const Lesson& lesson);

// The text written, checked to read back as the same lesson; the error when it would not.
Result<std::string> lessonFileText(const Lesson& lesson);

} // namespace leakylab
