// Syntax colours for the code panel's PyTorch program, strong enough to read on a projector.
#pragma once

#include <QRegularExpression>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

#include <vector>

namespace leakylab {

class PythonHighlighter : public QSyntaxHighlighter {
    Q_OBJECT
public:
    explicit PythonHighlighter(QTextDocument* document);

    // The format a rule gave the character at `position` of `line`, for tests: "keyword", "number", ... or "".
    static QString categoryAt(const QString& line, int position);

    // Light colours for a dark field, dark ones for a light field; the text is coloured again on a change.
    void setDarkBackground(bool dark);

protected:
    void highlightBlock(const QString& text) override;

private:
    struct Rule {
        QString category;
        QRegularExpression pattern;
        QTextCharFormat format;
    };
    static std::vector<Rule> rules(bool onDark = false);

    std::vector<Rule> mRules;
    bool mOnDark = false;
};

} // namespace leakylab
