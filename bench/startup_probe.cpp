// A program that starts as leakylab does and exits as soon as its window has painted its first frame, for
// leakylab_bench_startup to time from process start. Built twice: as leakylab_startup_probe (the main
// window, through the same calls as app/main.cpp) and as leakylab_startup_probe_bare (`bare`: an empty
// QMainWindow; `plot`: a QMainWindow holding an empty QCustomPlot), which links Qt and QCustomPlot only.
#include <QApplication>
#include <QMainWindow>
#include <QTimer>

#include <qcustomplot.h>

#include <cstdlib>
#include <cstring>
#include <unistd.h>

#ifdef LEAKYLAB_PROBE_MAIN_WINDOW
#include "ui/activation_plot.h"
#include "ui/language_menu.h"
#include "ui/main_window.h"
#endif

namespace {

// After the first paint of `painted`: the event loop flushes the frame, then this exits at once, without
// the teardown a real quit would time.
class ExitAfterFirstPaint : public QObject {
public:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint)
            QTimer::singleShot(0, [] { _exit(0); });
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication::setApplicationName(QStringLiteral("leakylab"));
    QCoreApplication::setOrganizationName(QStringLiteral("LeakyLab"));
    QApplication app(argc, argv);
    ExitAfterFirstPaint exit;
#ifdef LEAKYLAB_PROBE_MAIN_WINDOW
    QApplication::setApplicationDisplayName(QStringLiteral("LeakyLab"));
    leakylab::LanguageMenu::installTranslation(QString());
    leakylab::MainWindow window;
    // The offscreen screen is 800x600; the same size as the bare windows and leakylab_bench_ui's.
    window.resize(1600, 900);
    window.plot()->installEventFilter(&exit);
#else
    const bool withPlot = argc > 1 && std::strcmp(argv[1], "plot") == 0;
    QMainWindow window;
    window.resize(1600, 900);
    if (withPlot)
        window.setCentralWidget(new QCustomPlot(&window));
    (withPlot ? window.centralWidget() : static_cast<QWidget*>(&window))->installEventFilter(&exit);
#endif
    window.show();
    return QApplication::exec();
}
