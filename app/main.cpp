// leakylab: opens the window, in the language `--lang NAME` names, or runs a headless command (eval, ...).
#include <QApplication>
#include <QFileInfo>

#include <cstdio>
#include <cstdlib>
#include <string_view>
#include <vector>

#include "app/cli.h"
#include "ui/language_menu.h"
#include "ui/lesson_document.h"
#include "ui/main_window.h"

namespace {

// Qt's own failure without a display is an obscure platform-plugin abort; say what to do instead.
bool hasDisplay()
{
#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
    return std::getenv("DISPLAY") || std::getenv("WAYLAND_DISPLAY") || std::getenv("QT_QPA_PLATFORM");
#else
    return true;
#endif
}

// Takes `--lang NAME` (or `--lang=NAME`) out of the arguments into `language`; false when NAME is missing or
// not a language LeakyLab has, after one line on stderr.
bool takeLanguageOption(std::vector<char*>& args, QString& language)
{
    for (auto it = args.begin() + 1; it != args.end(); ++it) {
        const std::string_view arg = *it;
        if (arg != "--lang" && !arg.starts_with("--lang="))
            continue;
        const bool separate = arg == "--lang";
        if (separate && std::next(it) == args.end()) {
            std::fputs("leakylab: --lang needs a language, for example --lang zh_CN\n", stderr);
            return false;
        }
        language = QString::fromLocal8Bit(separate ? *std::next(it) : *it + 7);
        const QStringList known = leakylab::LanguageMenu::availableLanguages();
        if (!known.contains(language)) {
            std::fprintf(stderr, "leakylab: unknown language '%s' for --lang; LeakyLab speaks %s\n",
                         language.toLocal8Bit().constData(),
                         known.join(QStringLiteral(", ")).toLocal8Bit().constData());
            return false;
        }
        args.erase(it, separate ? it + 2 : it + 1);
        return true;
    }
    return true;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication::setApplicationName(QStringLiteral("leakylab"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LEAKYLAB_VERSION));
    QCoreApplication::setOrganizationName(QStringLiteral("LeakyLab"));

    if (leakylab::isCommandLineMode(argc, argv))
        return leakylab::runCommandLine(argc, argv);

    std::vector<char*> args(argv, argv + argc);
    QString language;
    if (!takeLanguageOption(args, language))
        return 2;
    int count = static_cast<int>(args.size());
    args.push_back(nullptr);

    if (!hasDisplay()) {
        std::fputs("leakylab: no display to open the window on.\n"
                   "  Run it under a virtual display:  xvfb-run -s '-screen 0 1920x1080x24' leakylab\n"
                   "  or use the headless commands:     leakylab eval --negative-slope 0.4 \"[2,-4,5,-6]\"\n"
                   "  (leakylab --help lists them)\n",
                   stderr);
        return 2;
    }

    QApplication app(count, args.data());
    QApplication::setApplicationDisplayName(QStringLiteral("LeakyLab"));
    leakylab::LanguageMenu::installTranslation(language);
    leakylab::MainWindow window;
    window.showAtStart();
    // `leakylab LESSON_FILE`, or a lesson opened from the file manager.
    for (const QString& argument : QApplication::arguments().mid(1)) {
        if (!argument.startsWith(QLatin1Char('-')) && QFileInfo(argument).isFile()) {
            window.lessonDocument()->open(argument);
            break;
        }
    }
    return app.exec();
}
