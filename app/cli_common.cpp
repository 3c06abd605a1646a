// Shared by the headless subcommands: error reporting and Python-style number parsing.
#include "app/cli_common.h"

#include <charconv>
#include <cstdio>
#include <limits>
#include <string_view>
#include <system_error>

namespace leakylab::cli {

int fail(const QString& command, const QString& message)
{
    std::fprintf(stderr, "leakylab %s: %s\n", qPrintable(command), qPrintable(message));
    return kUsageError;
}

void writeOut(const std::string& text) { std::fwrite(text.data(), 1, text.size(), stdout); }

std::optional<double> parseFloat(const QString& text)
{
    const std::string s = text.trimmed().toLower().toStdString();
    std::string_view digits = s;
    bool negative = false;
    if (!digits.empty() && (digits.front() == '-' || digits.front() == '+')) {
        negative = digits.front() == '-';
        digits.remove_prefix(1);
    }
    double value = 0;
    if (digits == "nan")
        value = std::numeric_limits<double>::quiet_NaN();
    else if (digits == "inf" || digits == "infinity")
        value = std::numeric_limits<double>::infinity();
    else {
        const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
        if (digits.empty() || ec != std::errc() || end != digits.data() + digits.size())
            return std::nullopt;
    }
    return negative ? -value : value;
}

std::optional<std::uint64_t> parseSeed(const QString& text)
{
    const std::string s = text.trimmed().toStdString();
    const char* first = s.data();
    const char* last = s.data() + s.size();
    if (!s.empty() && s.front() == '-') {
        std::int64_t negative = 0;
        const auto [end, ec] = std::from_chars(first, last, negative);
        if (ec != std::errc() || end != last)
            return std::nullopt;
        return static_cast<std::uint64_t>(negative);
    }
    std::uint64_t value = 0;
    const auto [end, ec] = std::from_chars(first, last, value);
    if (s.empty() || ec != std::errc() || end != last)
        return std::nullopt;
    return value;
}

QStringList protectNegativeWords(const QStringList& arguments, const QStringList& valueOptions)
{
    QStringList out;
    bool nextIsValue = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& word = arguments[i];
        if (word == "--")
            return out + arguments.mid(i);
        const bool looksNegative = word.size() > 1 && word[0] == '-' && (word[1].isDigit() || word[1] == '.');
        if (i > 0 && !nextIsValue && looksNegative)
            return out + QStringList{"--"} + arguments.mid(i);
        out << word;
        nextIsValue = word.startsWith("--") && !word.contains('=') && valueOptions.contains(word.mid(2));
    }
    return out;
}

} // namespace leakylab::cli
