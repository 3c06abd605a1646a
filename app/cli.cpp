// The command-line entry: dispatches `leakylab COMMAND ...` to the headless subcommands.
#include "app/cli.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QStringList>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "app/cli_common.h"

namespace leakylab {
namespace {

struct Command {
    std::string_view name;
    int (*run)(const QStringList& arguments);
    const char* usage;
    const char* summary;
    bool draws = false; // needs the GUI classes (a QApplication), though never a display
};

// Every headless subcommand; each one's options are in `leakylab NAME --help`.
constexpr Command kCommands[] = {
    {"eval", cli::runEval, "eval [options] EXPR", "print what PyTorch prints for the activation applied to EXPR"},
    {"code", cli::runCode, "code [options] EXPR", "print the PyTorch program that prints the same"},
    {"simulate", cli::runSimulate, "simulate --activation A --dataset NAME --out FILE [options]",
     "train a small network as PyTorch would and write each step to FILE as JSON"},
    {"export", cli::runExport, "export --out FILE [options]",
     "write the activation plot as PNG, JPG, PDF or SVG, or its curve table as CSV", true},
};

const Command* findCommand(std::string_view name)
{
    for (const Command& command : kCommands)
        if (command.name == name)
            return &command;
    return nullptr;
}

bool isHelp(std::string_view arg) { return arg == "--help" || arg == "-h" || arg == "help"; }
bool isVersion(std::string_view arg) { return arg == "--version" || arg == "-v"; }

std::string overview()
{
    std::string text = "LeakyLab: LeakyReLU against ReLU, computed and printed exactly as PyTorch 1.13 does.\n\n"
                       "Usage:\n"
                       "  leakylab [--lang zh_CN|en] [LESSON.leakylab]\n"
                       "      open the window, in Simplified Chinese or English (the system's language by\n"
                       "      default), on a saved lesson if one is named\n";
    for (const Command& command : kCommands) {
        text += "  leakylab " + std::string(command.usage) + "\n";
        text += "      " + std::string(command.summary) + "\n";
    }
    text += "  leakylab COMMAND --help       the options of one command\n"
            "  leakylab --help | --version\n";
    return text;
}

} // namespace

bool isCommandLineMode(int argc, char** argv)
{
    if (argc < 2)
        return false;
    const std::string_view first = argv[1];
    // A word that is no option and no file is a mistyped command, not something for the window.
    const bool strayWord = !first.starts_with('-') && !QFileInfo::exists(QString::fromLocal8Bit(argv[1]));
    return findCommand(first) || isHelp(first) || isVersion(first) || strayWord;
}

int runCommandLine(int argc, char** argv)
{
    const std::string name = argv[1];
    // The command's parser sees "leakylab COMMAND [options] ARGS" as its program and arguments, so
    // that its --help shows "Usage: leakylab COMMAND ...".
    std::string program = "leakylab " + name;
    std::vector<char*> args {program.data()};
    args.insert(args.end(), argv + 2, argv + argc);
    int count = static_cast<int>(args.size());
    args.push_back(nullptr);
    const Command* command = findCommand(name);
    const auto app = command && command->draws ? cli::makeGuiApplication(count, args.data())
                                               : std::make_unique<QCoreApplication>(count, args.data());

    if (isHelp(name)) {
        cli::writeOut(overview());
        return 0;
    }
    if (isVersion(name)) {
        cli::writeOut("leakylab " + QCoreApplication::applicationVersion().toStdString() + "\n");
        return 0;
    }
    if (!command)
        return cli::fail(QString::fromStdString(name), "no such command or lesson file; see leakylab --help");
    return command->run(QCoreApplication::arguments());
}

} // namespace leakylab
