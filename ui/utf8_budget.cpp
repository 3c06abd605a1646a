#include "ui/utf8_budget.h"

#include <QTextBoundaryFinder>

namespace leakylab {

qsizetype utf8Size(QStringView text)
{
    qsizetype bytes = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t unit = text[i].unicode();
        if (unit < 0x80)
            bytes += 1;
        else if (unit < 0x800)
            bytes += 2;
        else if (QChar::isHighSurrogate(unit) && i + 1 < text.size() && QChar::isLowSurrogate(text[i + 1].unicode())) {
            bytes += 4;
            ++i;
        } else
            bytes += 3;
    }
    return bytes;
}

QString fitUtf8(const QString& text, qsizetype maxBytes)
{
    if (maxBytes <= 0)
        return {};
    // Every UTF-16 unit takes at least one byte, so nothing past maxBytes units can fit; the few units
    // after it let the boundary finder see whether the last character that fits is complete.
    const QString head = text.left(maxBytes + 8);
    if (head.size() == text.size() && utf8Size(text) <= maxBytes)
        return text;
    QTextBoundaryFinder characters(QTextBoundaryFinder::Grapheme, head);
    qsizetype end = 0;
    qsizetype bytes = 0;
    for (qsizetype next = characters.toNextBoundary(); next != -1; next = characters.toNextBoundary()) {
        bytes += utf8Size(QStringView(head).sliced(end, next - end));
        if (bytes > maxBytes)
            break;
        end = next;
    }
    return head.left(end);
}

} // namespace leakylab
