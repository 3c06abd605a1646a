// Shared by the headless subcommands: error reporting and Python-style number parsing.
#pragma once

#include <QString>
#include <QStringList>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>

class QCoreApplication;

namespace leakylab::cli {

inline constexpr int kUsageError = 2;

// Prints "leakylab COMMAND: MESSAGE" as one line on stderr and returns kUsageError.
int fail(const QString& command, const QString& message);
void writeOut(const std::string& text);

// A Python float literal as float() reads it: decimal or exponent notation, nan, inf.
std::optional<double> parseFloat(const QString& text);
// torch.manual_seed's range: any integer from -2^63 to 2^64 - 1, negatives taken modulo 2^64.
std::optional<std::uint64_t> parseSeed(const QString& text);

// Marks where EXPR starts when a word of it looks like an option ("-2.0])" of an unquoted
// `torch.tensor([1.5, -2.0])`), so the parser takes it as part of EXPR. `valueOptions` are the
// options whose next word is their value.
QStringList protectNegativeWords(const QStringList& arguments, const QStringList& valueOptions);

int runEval(const QStringList& arguments);
int runSimulate(const QStringList& arguments);
int runCode(const QStringList& arguments);
int runExport(const QStringList& arguments);

// A QApplication for the commands that draw (export), on the offscreen platform unless one is named.
std::unique_ptr<QCoreApplication> makeGuiApplication(int& argc, char** argv);

} // namespace leakylab::cli
