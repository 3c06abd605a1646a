// Sizes in UTF-8 bytes, the unit a lesson file's limits are counted in, and text cut to fit them.
#pragma once

#include <QString>
#include <QStringView>

namespace leakylab {

// The bytes `text` takes in UTF-8; a lone surrogate counts as the 3 bytes of its replacement character.
qsizetype utf8Size(QStringView text);

// The longest start of `text` that fits in `maxBytes` of UTF-8 and ends between two characters as a
// reader sees them: an accent is not parted from its letter, nor an emoji from its modifier.
QString fitUtf8(const QString& text, qsizetype maxBytes);

} // namespace leakylab
