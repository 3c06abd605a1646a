// Regular-expression rules for the little Python the code panel writes; later rules win where they overlap.
#include "ui/python_highlighter.h"

#include <QColor>
#include <QFont>

namespace leakylab {
namespace {

QTextCharFormat colourFormat(const QColor& colour, bool bold = false, bool italic = false)
{
    QTextCharFormat result;
    result.setForeground(colour);
    if (bold)
        result.setFontWeight(QFont::Bold);
    result.setFontItalic(italic);
    return result;
}

} // namespace

PythonHighlighter::PythonHighlighter(QTextDocument* document) : QSyntaxHighlighter(document), mRules(rules()) { }

std::vector<PythonHighlighter::Rule> PythonHighlighter::rules(bool onDark)
{
    // Dark, saturated colours on white: they survive a washed-out projector. On a dark field, light tints of
    // the same hues, each at least 4.5:1 against it.
    auto pick = [onDark](QColor onLight, QColor onDarkField) { return onDark ? onDarkField : onLight; };
    return {
        {QStringLiteral("call"), QRegularExpression(QStringLiteral(R"(\b[A-Za-z_]\w*(?=\())")),
         colourFormat(pick(QColor(0x00, 0x4d, 0x99), QColor(0x8c, 0xc8, 0xff)))},
        {QStringLiteral("module"), QRegularExpression(QStringLiteral(R"(\b(torch|nn|F|math)\b)")),
         colourFormat(pick(QColor(0x00, 0x60, 0x64), QColor(0x6f, 0xdc, 0xdc)), true)},
        {QStringLiteral("keyword"),
         QRegularExpression(QStringLiteral(R"(\b(import|from|as|True|False|None|def|return|print)\b)")),
         colourFormat(pick(QColor(0x6a, 0x1b, 0x9a), QColor(0xd6, 0xa8, 0xff)), true)},
        {QStringLiteral("number"),
         QRegularExpression(QStringLiteral(R"((?<![\w.])-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\b)")),
         colourFormat(pick(QColor(0xb3, 0x44, 0x00), QColor(0xff, 0xb0, 0x6a)), true)},
        {QStringLiteral("string"), QRegularExpression(QStringLiteral(R"('[^']*'|"[^"]*")")),
         colourFormat(pick(QColor(0x2e, 0x7d, 0x32), QColor(0x9a, 0xe0, 0x9a)))},
        {QStringLiteral("comment"), QRegularExpression(QStringLiteral(R"(#.*$)")),
         colourFormat(pick(QColor(0x55, 0x55, 0x55), QColor(0xb0, 0xb0, 0xb0)), false, true)},
    };
}

void PythonHighlighter::setDarkBackground(bool dark)
{
    if (dark == mOnDark)
        return;
    mOnDark = dark;
    mRules = rules(dark);
    rehighlight();
}

QString PythonHighlighter::categoryAt(const QString& line, int position)
{
    QString category;
    for (const Rule& rule : rules()) {
        auto matches = rule.pattern.globalMatch(line);
        while (matches.hasNext()) {
            const auto match = matches.next();
            if (position >= match.capturedStart() && position < match.capturedEnd())
                category = rule.category;
        }
    }
    return category;
}

void PythonHighlighter::highlightBlock(const QString& text)
{
    for (const Rule& rule : mRules) {
        auto matches = rule.pattern.globalMatch(text);
        while (matches.hasNext()) {
            const auto match = matches.next();
            setFormat(static_cast<int>(match.capturedStart()), static_cast<int>(match.capturedLength()),
                      rule.format);
        }
    }
}

} // namespace leakylab
