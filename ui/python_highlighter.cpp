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

std::vector<PythonHighlighter::Rule> PythonHighlighter::rules()
{
    // Dark, saturated colours on white: they survive a washed-out projector.
    return {
        {QStringLiteral("call"), QRegularExpression(QStringLiteral(R"(\b[A-Za-z_]\w*(?=\())")),
         colourFormat(QColor(0x00, 0x4d, 0x99))},
        {QStringLiteral("module"), QRegularExpression(QStringLiteral(R"(\b(torch|nn|F|math)\b)")),
         colourFormat(QColor(0x00, 0x60, 0x64), true)},
        {QStringLiteral("keyword"),
         QRegularExpression(QStringLiteral(R"(\b(import|from|as|True|False|None|def|return|print)\b)")),
         colourFormat(QColor(0x6a, 0x1b, 0x9a), true)},
        {QStringLiteral("number"),
         QRegularExpression(QStringLiteral(R"((?<![\w.])-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\b)")),
         colourFormat(QColor(0xb3, 0x44, 0x00), true)},
        {QStringLiteral("string"), QRegularExpression(QStringLiteral(R"('[^']*'|"[^"]*")")),
         colourFormat(QColor(0x2e, 0x7d, 0x32))},
        {QStringLiteral("comment"), QRegularExpression(QStringLiteral(R"(#.*$)")),
         colourFormat(QColor(0x55, 0x55, 0x55), false, true)},
    };
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
