// Benchmarks of the main window on the offscreen platform: slope change to repainted plot while dragging
// (idle, and while training runs), and start-up to the first painted frame against a bare QMainWindow.
#include <benchmark/benchmark.h>

#include <QApplication>
#include <QDockWidget>
#include <QMainWindow>
#include <QSettings>
#include <QSlider>
#include <QTableView>
#include <QTemporaryDir>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <ctime>
#include <functional>
#include <string>
#include <vector>

#include "ui/activation_plot.h"
#include "ui/main_window.h"
#include "ui/code_panel_dock.h"
#include "ui/lesson_state.h"
#include "ui/slope_control.h"
#include "ui/tensor_editor.h"
#include "ui/tensor_editor_dock.h"
#include "ui/tensor_table_model.h"
#include "ui/training_dock.h"
#include "ui/training_panel.h"
#include "ui/training_settings.h"

namespace {

using Clock = std::chrono::steady_clock;

constexpr QSize kWindowSize(1600, 900);

QApplication& application()
{
    static QTemporaryDir settingsDir;
    static int argc = 1;
    static char name[] = "leakylab_bench_ui";
    static char* argv[] = {name, nullptr};
    // Never destroyed: tearing a QApplication down during static destruction is not safe.
    static QApplication* app = [] {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        QCoreApplication::setOrganizationName(QStringLiteral("LeakyLab"));
        QCoreApplication::setApplicationName(QStringLiteral("leakylab-bench"));
        auto* created = new QApplication(argc, argv);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
        return created;
    }();
    return *app;
}

// Runs the event loop until `done`, as the application would between two frames.
bool processEventsUntil(const std::function<bool()>& done)
{
    const auto deadline = Clock::now() + std::chrono::seconds(5);
    while (!done()) {
        if (Clock::now() > deadline)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents);
    }
    return true;
}

double milliseconds(Clock::duration duration)
{
    return std::chrono::duration<double, std::milli>(duration).count();
}

// This thread's CPU time: the work itself, which other processes on a busy machine do not inflate.
double threadCpuMilliseconds()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return static_cast<double>(now.tv_sec) * 1e3 + static_cast<double>(now.tv_nsec) / 1e6;
}

// Counters `<prefix>p50_ms`, `<prefix>p99_ms` and `<prefix>max_ms` (nearest-rank percentiles).
void reportPercentiles(benchmark::State& state, std::vector<double> times, const std::string& prefix = {})
{
    if (times.empty())
        return;
    std::sort(times.begin(), times.end());
    const auto at = [&](double q) {
        const auto rank = static_cast<std::size_t>(std::ceil(q * static_cast<double>(times.size())));
        return times[std::clamp<std::size_t>(rank, 1, times.size()) - 1];
    };
    state.counters[prefix + "p50_ms"] = at(0.50);
    state.counters[prefix + "p99_ms"] = at(0.99);
    state.counters[prefix + "max_ms"] = times.back();
}

// Counts the paint events a widget has finished, for windows that do not count their own.
class PaintCounter : public QObject {
public:
    int count = 0;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint)
            ++count;
        return QObject::eventFilter(watched, event);
    }
};

// Whether each of some docks has painted its content (the widget it holds, or one inside it).
class ContentPaintCounter : public QObject {
public:
    void reset(const std::vector<QDockWidget*>& docks)
    {
        mDocks = docks;
        mPainted.assign(docks.size(), false);
    }
    bool allPainted() const { return std::ranges::all_of(mPainted, [](bool painted) { return painted; }); }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && watched->isWidgetType()) {
            for (std::size_t i = 0; i < mDocks.size(); ++i) {
                const QWidget* content = mDocks[i]->widget();
                const auto* widget = static_cast<QWidget*>(watched);
                if (content != nullptr && (widget == content || content->isAncestorOf(widget)))
                    mPainted[i] = true;
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::vector<QDockWidget*> mDocks;
    std::vector<bool> mPainted;
};

// Slider positions along a drag from 0 to 1 and back, each giving a slope different from the one before,
// so every tick must repaint.
std::vector<int> dragPositions(const leakylab::SlopeScale& scale)
{
    std::vector<int> positions;
    for (int p = scale.minimumPosition(); p <= scale.maximumPosition(); p += 3) {
        if (positions.empty() || scale.slopeAt(p) != scale.slopeAt(positions.back()))
            positions.push_back(p);
    }
    const std::vector<int> forth = positions;
    positions.insert(positions.end(), forth.rbegin() + 1, forth.rend() - 1);
    return positions;
}

// Slope ticks to repainted plot on the real window; with `training`, while both networks train at full
// speed in the panel under the plot (the worker thread competes for the CPU, its updates for the UI thread);
// with `expression`, for that tensor in place of torch.randn(4) (each tick changes every output in its table).
void measureSlopeDrag(benchmark::State& state, bool training, const QString& expression = {})
{
    application();
    leakylab::MainWindow window;
    window.resize(kWindowSize);
    window.show();
    if (!expression.isEmpty()) {
        window.lessonState()->setTensor({expression, 0});
        const QAbstractItemModel* table = window.tensorEditorDock()->editor()->model();
        if (!processEventsUntil([&] { return table->rowCount() > 4; })) {
            state.SkipWithError("the tensor never reached the table");
            return;
        }
        state.counters["rows"] = table->rowCount();
    }
    if (training) {
        leakylab::TrainingDock* dock = window.trainingDock();
        dock->show();
        leakylab::TrainingPanel* panel = dock->panel();
        panel->settings()->stepsBox()->setValue(100000);
        panel->speedSlider()->setValue(panel->speedSlider()->maximum());
        panel->start();
        if (!processEventsUntil([&] { return panel->stepsShown(leakylab::Network::Relu) > 0; })) {
            state.SkipWithError("training never started");
            return;
        }
    }
    leakylab::ActivationPlot* plot = window.plot();
    // The live layer's own buffer is made just after the first frame, and painted in the second.
    if (!processEventsUntil([&] { return plot->hasLiveBuffer() && plot->paintCount() > 1; })) {
        state.SkipWithError("the plot never painted with its live layer buffered");
        return;
    }
    for (leakylab::Curve curve : leakylab::kCurves) {
        if (!plot->isCurveVisible(curve))
            state.SkipWithError("a curve is hidden");
    }

    QSlider* slider = window.slopeControl()->slider();
    const std::vector<int> positions = dragPositions(window.slopeControl()->scale());
    // Held down as in a drag: every tick redraws, the undo step waits for the release.
    slider->setSliderDown(true);
    std::vector<double> times;
    std::vector<double> cpuTimes;
    std::size_t next = 0;
    for (auto _ : state) {
        const int paintsBefore = plot->paintCount();
        const double cpuStart = threadCpuMilliseconds();
        const auto start = Clock::now();
        slider->setSliderPosition(positions[next]);
        const bool painted = processEventsUntil([&] { return plot->paintCount() > paintsBefore; });
        const auto elapsed = Clock::now() - start;
        cpuTimes.push_back(threadCpuMilliseconds() - cpuStart);
        if (!painted) {
            state.SkipWithError("a slope change did not repaint the plot");
            break;
        }
        state.SetIterationTime(std::chrono::duration<double>(elapsed).count());
        times.push_back(milliseconds(elapsed));
        next = (next + 1) % positions.size();
    }
    slider->setSliderDown(false);
    state.counters["plot_w"] = plot->width();
    state.counters["plot_h"] = plot->height();
    if (!expression.isEmpty()) {
        // Each tick repaints the rows in sight: a taller table costs more per tick.
        const QTableView* table = window.tensorEditorDock()->editor()->table();
        state.counters["rows_in_sight"] = table->viewport()->height() / std::max(table->rowHeight(0), 1);
    }
    reportPercentiles(state, std::move(times));
    reportPercentiles(state, std::move(cpuTimes), "cpu_");
    if (training)
        window.trainingDock()->panel()->pause();
}

void BM_SlopeDragRepaint(benchmark::State& state)
{
    measureSlopeDrag(state, false);
}
BENCHMARK(BM_SlopeDragRepaint)->UseManualTime()->Unit(benchmark::kMillisecond)->Iterations(2000);

void BM_SlopeDragRepaintWhileTraining(benchmark::State& state)
{
    measureSlopeDrag(state, true);
}
BENCHMARK(BM_SlopeDragRepaintWhileTraining)->UseManualTime()->Unit(benchmark::kMillisecond)->Iterations(2000);

void BM_SlopeDragRepaintLongTensor(benchmark::State& state)
{
    measureSlopeDrag(state, false, QStringLiteral("torch.randn(1000)"));
}
BENCHMARK(BM_SlopeDragRepaintLongTensor)->UseManualTime()->Unit(benchmark::kMillisecond)->Iterations(500);

// From constructing the window to the end of its first paint (Qt's own paint, then the plot's); with
// `complete`, also to the frame in which `complete` first holds after a paint, as counters complete_*.
template <typename Window>
void measureStartup(benchmark::State& state, const std::function<QWidget*(Window&)>& painted,
                    const std::function<bool(Window&)>& complete = {})
{
    application();
    std::vector<double> times;
    std::vector<double> completeTimes;
    for (auto _ : state) {
        const auto start = Clock::now();
        Window window;
        window.resize(kWindowSize);
        window.show();
        PaintCounter counter;
        QWidget* target = painted(window);
        target->installEventFilter(&counter);
        const bool ok = processEventsUntil([&] { return counter.count > 0; });
        const auto elapsed = Clock::now() - start;
        target->removeEventFilter(&counter);
        if (!ok) {
            state.SkipWithError("the window never painted");
            break;
        }
        state.SetIterationTime(std::chrono::duration<double>(elapsed).count());
        times.push_back(milliseconds(elapsed));
        if (complete) {
            state.PauseTiming();
            const bool done = processEventsUntil([&] { return complete(window); });
            if (!done) {
                state.SkipWithError("the window never completed");
                break;
            }
            completeTimes.push_back(milliseconds(Clock::now() - start));
            state.ResumeTiming();
        }
    }
    reportPercentiles(state, std::move(times));
    reportPercentiles(state, std::move(completeTimes), "complete_");
}

void BM_StartupToFirstPaint_BareQMainWindow(benchmark::State& state)
{
    measureStartup<QMainWindow>(state, [](QMainWindow& window) -> QWidget* { return &window; });
}
BENCHMARK(BM_StartupToFirstPaint_BareQMainWindow)->UseManualTime()->Unit(benchmark::kMillisecond)->Iterations(50);

// What an empty QCustomPlot alone costs at this size: two full-size paint buffers and one replot.
class BarePlotWindow : public QMainWindow {
public:
    BarePlotWindow() { setCentralWidget(new QCustomPlot(this)); }
};

void BM_StartupToFirstPaint_BareQMainWindowWithQCustomPlot(benchmark::State& state)
{
    measureStartup<BarePlotWindow>(state, [](BarePlotWindow& window) { return window.centralWidget(); });
}
BENCHMARK(BM_StartupToFirstPaint_BareQMainWindowWithQCustomPlot)
    ->UseManualTime()
    ->Unit(benchmark::kMillisecond)
    ->Iterations(50);

void BM_StartupToFirstPaint_MainWindow(benchmark::State& state)
{
    // Complete: the tensor editor and code panel, filled in after the first frame, have painted too.
    ContentPaintCounter panels;
    QCoreApplication::instance()->installEventFilter(&panels);
    measureStartup<leakylab::MainWindow>(
        state,
        [&panels](leakylab::MainWindow& window) -> QWidget* {
            panels.reset({window.tensorEditorDock(), window.codePanelDock()});
            return window.plot();
        },
        [&panels](leakylab::MainWindow&) { return panels.allPainted(); });
    QCoreApplication::instance()->removeEventFilter(&panels);
}
BENCHMARK(BM_StartupToFirstPaint_MainWindow)->UseManualTime()->Unit(benchmark::kMillisecond)->Iterations(50);

} // namespace

BENCHMARK_MAIN();
