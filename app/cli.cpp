// The headless subcommands, parsed with QCommandLineParser; errors are one line on stderr, exit 2.
#include "app/cli.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>

#include <charconv>
#include <cstdio>
#include <string>
#include <system_error>

#include "core/eval.h"

namespace leakylab {
namespace {

constexpr int kUsageError = 2;

const char* const kOverview =
    "LeakyLab: LeakyReLU against ReLU, computed and printed exactly as PyTorch 1.13 does.\n"
    "\n"
    "Usage:\n"
    "  leakylab                 open the window\n"
    "  leakylab eval [options] EXPR\n"
    "                           print what PyTorch prints for the activation applied to EXPR\n"
    "  leakylab COMMAND --help  the options of one command\n"
    "  leakylab --help | --version\n";

int fail(const QString& command, const QString& message)
{
    std::fprintf(stderr, "leakylab %s: %s\n", qPrintable(command), qPrintable(message));
    return kUsageError;
}

void writeOut(const std::string& text) { std::fwrite(text.data(), 1, text.size(), stdout); }

// A Python float literal as float() reads it: decimal or exponent notation, nan, inf.
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

// torch.manual_seed's range: any integer from -2^63 to 2^64 - 1, negatives taken modulo 2^64.
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

int runEval(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        "Prints what PyTorch prints for print(y), y = F.leaky_relu(x, S) or F.relu(x), and with --grad\n"
        "also x.grad after y.sum().backward().\n"
        "EXPR: [2,-4,5,-6], torch.tensor([...]), torch.Tensor([...]), torch.randn(2, 3), torch.zeros(4), ...");
    parser.addHelpOption();
    parser.addOptions({
        {"activation", "leaky_relu (default) or relu.", "A", "leaky_relu"},
        {"negative-slope", "LeakyReLU's negative_slope (default 0.01).", "S", "0.01"},
        {"inplace", "Apply in place (inplace=True) and print x."},
        {"grad", "Also print x.grad after y.sum().backward()."},
        {"seed", "Run torch.manual_seed(N) first (default: a random seed, as PyTorch).", "N"},
    });
    parser.addPositionalArgument("EXPR", "The input tensor.", "EXPR");

    if (!parser.parse(arguments))
        return fail("eval", parser.errorText());
    if (parser.isSet("help")) {
        writeOut(parser.helpText().toStdString());
        return 0;
    }

    EvalOptions options;
    const auto activation = activationFromName(parser.value("activation").toStdString());
    if (!activation)
        return fail("eval", QString("unknown activation '%1' (use leaky_relu or relu)").arg(parser.value("activation")));
    options.activation = *activation;
    const auto slope = parseFloat(parser.value("negative-slope"));
    if (!slope)
        return fail("eval", QString("--negative-slope wants a number, not '%1'").arg(parser.value("negative-slope")));
    options.negativeSlope = *slope;
    options.inplace = parser.isSet("inplace");
    options.grad = parser.isSet("grad");
    if (parser.isSet("seed")) {
        options.seed = parseSeed(parser.value("seed"));
        if (!options.seed)
            return fail("eval", QString("--seed wants an integer from -2^63 to 2^64-1, not '%1'").arg(parser.value("seed")));
    }

    const QStringList words = parser.positionalArguments();
    if (words.isEmpty())
        return fail("eval", "missing EXPR, the input tensor (for example \"[2,-4,5,-6]\")");
    // Unquoted expressions arrive split at spaces; put them back together.
    const std::string expression = words.join(' ').toStdString();
    const auto result = evaluate(expression, options);
    if (!result) {
        const Error& error = result.error();
        QString message = QString::fromStdString(error.message);
        if (error.position)
            message = QString("at column %1: %2").arg(*error.position + 1).arg(message);
        return fail("eval", message);
    }
    writeOut(result.value().printed);
    return 0;
}

} // namespace

bool isCommandLineMode(int argc, char** argv)
{
    if (argc < 2)
        return false;
    const std::string first = argv[1];
    return first == "eval" || first == "--help" || first == "-h" || first == "--version" || first == "-v"
        || first == "help";
}

int runCommandLine(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QStringList arguments = QCoreApplication::arguments();
    const QString command = arguments.value(1);
    if (command == "--help" || command == "-h" || command == "help") {
        writeOut(kOverview);
        return 0;
    }
    if (command == "--version" || command == "-v") {
        writeOut("leakylab " + QCoreApplication::applicationVersion().toStdString() + "\n");
        return 0;
    }
    arguments.removeAt(1); // the parser sees "leakylab [options] EXPR"
    if (command == "eval")
        return runEval(arguments);
    return fail(command, "unknown command; see leakylab --help");
}

} // namespace leakylab
