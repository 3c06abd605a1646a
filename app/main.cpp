// leakylab: opens the window, or runs a headless command (eval, ...) when one is named.
#include <QApplication>
#include <QFileInfo>

#include <cstdio>
#include <cstdlib>

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

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication::setApplicationName(QStringLiteral("leakylab"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LEAKYLAB_VERSION));
    QCoreApplication::setOrganizationName(QStringLiteral("LeakyLab"));

    if (leakylab::isCommandLineMode(argc, argv))
        return leakylab::runCommandLine(argc, argv);

    if (!hasDisplay()) {
        std::fputs("leakylab: no display to open the window on.\n"
                   "  Run it under a virtual display:  xvfb-run -s '-screen 0 1920x1080x24' leakylab\n"
                   "  or use the headless commands:     leakylab eval --negative-slope 0.4 \"[2,-4,5,-6]\"\n"
                   "  (leakylab --help lists them)\n",
                   stderr);
        return 2;
    }

    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("LeakyLab"));
    leakylab::LanguageMenu::installTranslation(app);
    leakylab::MainWindow window;
    window.show();
    // `leakylab LESSON_FILE`, or a lesson opened from the file manager.
    for (const QString& argument : QApplication::arguments().mid(1)) {
        if (!argument.startsWith(QLatin1Char('-')) && QFileInfo(argument).isFile()) {
            window.lessonDocument()->open(argument);
            break;
        }
    }
    return app.exec();
}
