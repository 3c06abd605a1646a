// The presentation bar's keys, one line or broken between their groups.
#include "ui/group_wrap_label.h"

#include <QEvent>
#include <QFontMetricsF>

#include <algorithm>
#include <cmath>

namespace leakylab {

namespace {

const QString kSeparator = QStringLiteral(" · ");
// Where a line breaks, it ends with the separator: more follows.
const QString kLineEnd = QStringLiteral(" ·");
// Kept to one line, where groups are left out: the rest is in the tool tip.
const QString kMore = QStringLiteral(" …");

} // namespace

GroupWrapLabel::GroupWrapLabel(const QString& groups, QWidget* parent)
    : QLabel(parent), mGroups(groups.split(kSeparator))
{
    setText(mGroups.join(kSeparator));
}

int GroupWrapLabel::textWidth(const QString& text) const
{
    // Rounded up, and a pixel spare each side: a text drawn in exactly its width may still be cut.
    return static_cast<int>(std::ceil(QFontMetricsF(font()).horizontalAdvance(text))) + 2;
}

int GroupWrapLabel::extraWidth() const
{
    const QMargins margins = contentsMargins();
    return margins.left() + margins.right() + 2 * margin();
}

int GroupWrapLabel::extraHeight() const
{
    const QMargins margins = contentsMargins();
    return margins.top() + margins.bottom() + 2 * margin();
}

QStringList GroupWrapLabel::lines(int width) const
{
    const int room = width - extraWidth();
    QStringList lines;
    QString line;
    for (const QString& group : mGroups) {
        if (line.isEmpty()) {
            line = group;
            continue;
        }
        const QString longer = line + kSeparator + group;
        if (textWidth(longer) <= room) {
            line = longer;
        } else {
            lines.append(line + kLineEnd);
            line = group;
        }
    }
    lines.append(line);
    return lines;
}

QString GroupWrapLabel::oneLineText(int width) const
{
    const int room = width - extraWidth();
    const QString all = mGroups.join(kSeparator);
    if (textWidth(all) <= room)
        return all;
    QString shown = mGroups.first();
    for (qsizetype i = 1; i < mGroups.size(); ++i) {
        const QString longer = shown + kSeparator + mGroups.at(i);
        if (textWidth(longer + kMore) > room)
            break;
        shown = longer;
    }
    return shown + kMore;
}

void GroupWrapLabel::setOneLine(bool oneLine)
{
    mOneLine = oneLine;
    setToolTip(oneLine ? mGroups.join(kSeparator) : QString());
    updateGeometry();
    rewrap();
}

QSize GroupWrapLabel::sizeHint() const
{
    const int oneLine = textWidth(mGroups.join(kSeparator)) + extraWidth();
    return {oneLine, heightForWidth(oneLine)};
}

QSize GroupWrapLabel::minimumSizeHint() const
{
    int widest = 0;
    if (mOneLine) {
        const int width = textWidth(mGroups.first() + kMore) + extraWidth();
        return {width, heightForWidth(width)};
    }
    for (const QString& group : mGroups)
        widest = std::max(widest, textWidth(group + kLineEnd));
    const int width = widest + extraWidth();
    return {width, heightForWidth(width)};
}

int GroupWrapLabel::heightForWidth(int width) const
{
    if (mOneLine)
        width = QWIDGETSIZE_MAX;
    // Laid out as drawn: a line of Chinese, from a fallback font, is taller than the label's font's lines.
    const QRect laidOut = fontMetrics().boundingRect(QRect(0, 0, std::max(width - extraWidth(), 1), QWIDGETSIZE_MAX),
                                                     0, lines(width).join(QLatin1Char('\n')));
    return laidOut.height() + extraHeight();
}

void GroupWrapLabel::rewrap()
{
    const QString shown = mOneLine ? oneLineText(width()) : lines(width()).join(QLatin1Char('\n'));
    if (shown != text())
        setText(shown);
}

void GroupWrapLabel::resizeEvent(QResizeEvent* event)
{
    QLabel::resizeEvent(event);
    rewrap();
}

void GroupWrapLabel::changeEvent(QEvent* event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        rewrap();
}

} // namespace leakylab
