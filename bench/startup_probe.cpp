// A program that starts as leakylab does and exits as soon as its window has painted its first frame, for
// leakylab_bench_startup to time from process start. Built twice: as leakylab_startup_probe (the main
// window, through the same calls as app/main.cpp) and as leakylab_startup_probe_bare, which links Qt and
// QCustomPlot only: `bare`, an empty QMainWindow; `text`, a QMainWindow with a menu bar and a line of text,
// the least a window that shows any text pays; `plot`, a QMainWindow holding an empty QCustomPlot.
#include <QApplication>
#include <QLabel>
#include <QMainWindow>
#include <QMenuBar>
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
    const char* mode = argc > 1 ? argv[1] : "bare";
    QMainWindow window;
    window.resize(1600, 900);
    if (std::strcmp(mode, "plot") == 0) {
        window.setCentralWidget(new QCustomPlot(&window));
    } else if (std::strcmp(mode, "text") == 0) {
        for (const char* title : {"&File", "&View", "&Help"})
            window.menuBar()->addMenu(QString::fromLatin1(title));
        window.setCentralWidget(new QLabel(QStringLiteral("LeakyReLU(x) = max(0, x) + 0.01 · min(0, x)"), &window));
    }
    (window.centralWidget() ? window.centralWidget() : static_cast<QWidget*>(&window))->installEventFilter(&exit);
#endif
    window.show();
    return QApplication::exec();
}
