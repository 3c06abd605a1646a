// A monkey on the real main window: thousands of random clicks, drags, wheel turns, shortcuts, typed and
// pasted text from a fixed seed, with the training panel shown and training. The window must survive,
// keep its event loop turning and still work afterwards. LEAKYLAB_MONKEY_EVENTS sets how many events.
#include <QAbstractSpinBox>
#include <QApplication>
#include <QClipboard>
#include <QDialog>
#include <QDoubleSpinBox>
#include <QDrag>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSlider>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QTimer>
#include <QUndoStack>
#include <QWheelEvent>

#include <atomic>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <iterator>
#include <memory>
#include <random>
#include <thread>

#include <gtest/gtest.h>

#include "core/simulation.h"
#include "ui/activation_plot.h"
#include "ui/loss_chart.h"
#include "ui/main_window.h"
#include "ui/slope_control.h"
#include "ui/training_dock.h"
#include "ui/training_panel.h"
#include "ui/training_settings.h"

namespace leakylab {
namespace {

constexpr std::uint32_t kSeed = 20261127;
constexpr int kDefaultEvents = 8000;
// An event that has not returned after this long is a frozen window (generous: sanitizer builds are slow).
constexpr auto kStallLimit = std::chrono::seconds(90);

int eventCount()
{
    bool ok = false;
    const int events = qEnvironmentVariableIntValue("LEAKYLAB_MONKEY_EVENTS", &ok);
    return ok && events > 0 ? events : kDefaultEvents;
}

// What the monkey did last, for the message when an event never returns.
std::atomic<const char*> gLastAction {"starting"};
std::atomic<long> gProgress {0};

// Unlike tests/gui_fixture.h, dialogs are expected here: a timer closes them instead of failing the test.
QApplication& monkeyApplication()
{
    static QTemporaryDir settingsDir;
    static int argc = 1;
    static char name[] = "leakylab_ui_monkey";
    static char* argv[] = {name, nullptr};
    static QApplication* app = [] {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        QCoreApplication::setOrganizationName(QStringLiteral("LeakyLab"));
        QCoreApplication::setApplicationName(QStringLiteral("leakylab-ui-monkey"));
        auto* application = new QApplication(argc, argv);
        application->setQuitOnLastWindowClosed(false);
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
        return application;
    }();
    return *app;
}

// Aborts with the last action when the main thread stops making progress: a hang must fail, not time out.
class StallWatchdog {
public:
    StallWatchdog()
        : mThread([this] {
            long seen = gProgress.load();
            auto since = std::chrono::steady_clock::now();
            while (!mStop.load()) {
                std::this_thread::sleep_for(std::chrono::milliseconds(200));
                if (gProgress.load() != seen) {
                    seen = gProgress.load();
                    since = std::chrono::steady_clock::now();
                } else if (std::chrono::steady_clock::now() - since > kStallLimit) {
                    std::fprintf(stderr, "monkey: no event returned for %lld s; last action: %s\n",
                                 static_cast<long long>(kStallLimit.count()), gLastAction.load());
                    std::abort();
                }
            }
        })
    {
    }
    ~StallWatchdog()
    {
        mStop = true;
        mThread.join();
    }

private:
    std::atomic<bool> mStop {false};
    std::thread mThread;
};

struct Chord {
    Qt::Key key;
    Qt::KeyboardModifiers modifiers;
};

constexpr Qt::KeyboardModifiers kNone = Qt::NoModifier;
constexpr Qt::KeyboardModifiers kCtrl = Qt::ControlModifier;
constexpr Qt::KeyboardModifiers kCtrlShift = Qt::ControlModifier | Qt::ShiftModifier;

// The window's shortcuts (undo, redo, presets, training, export, open, save, new, quit) and editing keys.
const Chord kChords[] = {
    {Qt::Key_Z, kCtrl},       {Qt::Key_Z, kCtrlShift},    {Qt::Key_Y, kCtrl},        {Qt::Key_T, kCtrl},
    {Qt::Key_Space, kNone},   {Qt::Key_F5, kNone},        {Qt::Key_0, kCtrl},        {Qt::Key_1, kCtrl},
    {Qt::Key_3, kCtrl},       {Qt::Key_5, kCtrl},         {Qt::Key_E, kCtrl},        {Qt::Key_N, kCtrl},
    {Qt::Key_O, kCtrl},       {Qt::Key_S, kCtrl},         {Qt::Key_S, kCtrlShift},   {Qt::Key_C, kCtrlShift},
    {Qt::Key_Q, kCtrl},       {Qt::Key_A, kCtrl},         {Qt::Key_C, kCtrl},        {Qt::Key_V, kCtrl},
    {Qt::Key_X, kCtrl},       {Qt::Key_Up, kNone},        {Qt::Key_Down, kNone},     {Qt::Key_Up, kCtrl},
    {Qt::Key_Down, Qt::ShiftModifier}, {Qt::Key_Left, kNone}, {Qt::Key_Right, kNone}, {Qt::Key_PageUp, kNone},
    {Qt::Key_PageDown, kNone}, {Qt::Key_Home, kNone},     {Qt::Key_End, kNone},      {Qt::Key_Tab, kNone},
    {Qt::Key_Backtab, Qt::ShiftModifier}, {Qt::Key_Return, kNone}, {Qt::Key_Escape, kNone}, {Qt::Key_Delete, kNone},
    {Qt::Key_Backspace, kNone}, {Qt::Key_F1, kNone},      {Qt::Key_F10, kNone},      {Qt::Key_Menu, kNone},
    {Qt::Key_Minus, kNone},   {Qt::Key_Plus, kCtrl},      {Qt::Key_Minus, kCtrl},
};

class Monkey {
public:
    Monkey(MainWindow& window, std::uint32_t seed) : mWindow(window), mRandom(seed) {}

    void act()
    {
        switch (below(10)) {
        case 0: case 1: return click(Qt::LeftButton, false);
        case 2: return click(below(2) ? Qt::RightButton : Qt::MiddleButton, false);
        case 3: return click(Qt::LeftButton, true);
        case 4: return drag();
        case 5: return wheel();
        case 6: case 7: return key();
        case 8: return type();
        default: return paste();
        }
    }

private:
    int below(int n) { return std::uniform_int_distribution<int>(0, n - 1)(mRandom); }

    QList<QWidget*> visibleWidgets() const
    {
        QList<QWidget*> widgets {&mWindow};
        for (QWidget* widget : mWindow.findChildren<QWidget*>())
            if (widget->isVisible() && widget->width() > 0 && widget->height() > 0)
                widgets << widget;
        return widgets;
    }
    QWidget* anyWidget()
    {
        const QList<QWidget*> widgets = visibleWidgets();
        return widgets[below(static_cast<int>(widgets.size()))];
    }
    QPoint pointIn(const QWidget* widget) { return {below(widget->width()), below(widget->height())}; }

    void click(Qt::MouseButton button, bool twice)
    {
        gLastAction = twice ? "double click" : "click";
        QWidget* widget = anyWidget();
        const QPoint at = pointIn(widget);
        const Qt::KeyboardModifiers modifiers = below(4) == 0 ? kCtrl : kNone;
        // Press and release apart: a click may close (or delete) the widget it lands on.
        QPointer<QWidget> alive = widget;
        QTest::mousePress(widget, button, modifiers, at);
        if (alive)
            QTest::mouseRelease(widget, button, modifiers, at);
        if (twice && alive)
            QTest::mouseDClick(widget, button, modifiers, at);
    }

    void drag()
    {
        gLastAction = "drag";
        QWidget* widget = anyWidget();
        const QPoint from = pointIn(widget);
        const QPoint to = pointIn(widget) + QPoint(below(400) - 200, below(200) - 100);
        QPointer<QWidget> alive = widget;
        QTest::mousePress(widget, Qt::LeftButton, Qt::NoModifier, from);
        for (int step = 1; step <= 8 && alive; ++step)
            QTest::mouseMove(widget, from + (to - from) * step / 8);
        if (alive)
            QTest::mouseRelease(widget, Qt::LeftButton, Qt::NoModifier, to);
    }

    void wheel()
    {
        gLastAction = "wheel";
        QWidget* widget = anyWidget();
        const QPoint at = pointIn(widget);
        const int notches = below(2) ? below(3) + 1 : -(below(3) + 1);
        QWheelEvent event(at, widget->mapToGlobal(at), QPoint(), QPoint(0, 120 * notches), Qt::NoButton,
                          below(3) == 0 ? kCtrl : kNone, Qt::NoScrollPhase, false);
        QApplication::sendEvent(widget, &event);
    }

    QWidget* keyTarget()
    {
        QWidget* focus = QApplication::focusWidget();
        return focus && focus->isVisible() ? focus : &mWindow;
    }

    void key()
    {
        gLastAction = "key";
        const Chord& chord = kChords[below(static_cast<int>(std::size(kChords)))];
        QTest::keyClick(keyTarget(), chord.key, chord.modifiers);
    }

    QString randomText(int maxLength)
    {
        static const QString kAlphabet = QStringLiteral("0123456789.,-+e[]() torchnaifTensorandn*/_xé中文−∞\t");
        QString text;
        const int length = below(maxLength + 1);
        for (int i = 0; i < length; ++i)
            text += below(8) == 0 ? QChar(static_cast<char16_t>(1 + below(0xD7FF)))
                                  : kAlphabet[below(static_cast<int>(kAlphabet.size()))];
        return text;
    }

    // Something a student might paste by mistake: noise, extreme numbers, deep nesting or a long list.
    QString pasteText()
    {
        switch (below(8)) {
        case 0: return randomText(300);
        case 1: {
            QString list = QStringLiteral("[");
            const int count = below(50000);
            for (int i = 0; i < count; ++i)
                list += QString::number(below(2000) - 1000) + QStringLiteral(", ");
            return list + QStringLiteral("]");
        }
        case 2: return QString(below(200), QLatin1Char('[')) + QStringLiteral("1") + QString(below(200), QLatin1Char(']'));
        case 3: return QStringLiteral("torch.randn(%1, %2)").arg(below(600)).arg(below(600));
        case 4: return QString(below(100000), QLatin1Char('9'));
        case 5: {
            static const char* kNumbers[] = {"1e6", "1e308", "-1e309", "nan", "-inf", "0x1p3", "-0", "1e-320",
                                             "99999999999999999999", "", " ", "−0.5", "1_000"};
            return QString::fromLatin1(kNumbers[below(static_cast<int>(std::size(kNumbers)))]);
        }
        case 6: return QStringLiteral("torch.zeros(2**62, 2**62, 0)");
        default: return QStringLiteral("[[1, -2], [3, -4, 5]]\n[0]\r\n") + QChar(0) + QStringLiteral("x");
        }
    }

    // A line edit, spin box or text area; a spin box's own line edit is reached through the spin box.
    QWidget* anyTextField()
    {
        QList<QWidget*> fields;
        for (QWidget* widget : visibleWidgets()) {
            if (qobject_cast<QLineEdit*>(widget) && !qobject_cast<QAbstractSpinBox*>(widget->parentWidget()))
                fields << widget;
            else if (qobject_cast<QAbstractSpinBox*>(widget) || qobject_cast<QPlainTextEdit*>(widget) ||
                     qobject_cast<QTextEdit*>(widget))
                fields << widget;
        }
        return fields.isEmpty() ? nullptr : fields[below(static_cast<int>(fields.size()))];
    }

    void finishEdit(QWidget* field)
    {
        if (below(2))
            QTest::keyClick(field, below(4) ? Qt::Key_Return : Qt::Key_Tab);
    }

    void type()
    {
        gLastAction = "type";
        QWidget* field = anyTextField();
        if (!field)
            return;
        field->setFocus();
        QPointer<QWidget> alive = field;
        for (const QChar c : randomText(40)) {
            if (!alive)
                return;
            typeChar(field, c);
        }
        if (alive)
            finishEdit(field);
    }

    // QTest types ASCII only; anything else arrives as the text of a key event, as an input method sends it.
    static void typeChar(QWidget* field, QChar c)
    {
        if (c.unicode() >= 0x20 && c.unicode() < 0x7f) {
            QTest::keyClick(field, static_cast<char>(c.unicode()));
            return;
        }
        QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QApplication::sendEvent(field, &press);
        QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QApplication::sendEvent(field, &release);
    }

    void paste()
    {
        gLastAction = "paste";
        QWidget* field = anyTextField();
        if (!field)
            return;
        QApplication::clipboard()->setText(pasteText());
        field->setFocus();
        QPointer<QWidget> alive = field;
        if (below(2))
            QTest::keyClick(field, Qt::Key_A, kCtrl);
        if (alive)
            QTest::keyClick(field, Qt::Key_V, kCtrl);
        if (alive)
            finishEdit(field);
    }

    MainWindow& mWindow;
    std::mt19937 mRandom;
};

class MonkeyTest : public ::testing::Test {
protected:
    MonkeyTest()
    {
        QSettings().clear();
        // Dialogs and menus the monkey opens are dismissed, as a student would dismiss them. A text drag
        // waits for a mouse release that never comes: Escape cancels it.
        QObject::connect(&closer, &QTimer::timeout, [this] {
            if (QWidget* popup = QApplication::activePopupWidget())
                popup->close();
            if (QWidget* modal = QApplication::activeModalWidget()) {
                if (auto* dialog = qobject_cast<QDialog*>(modal))
                    dialog->reject();
                else
                    modal->close();
                ++dialogsClosed;
            }
            if (window && !window->findChildren<QDrag*>().isEmpty()) {
                QKeyEvent escape(QEvent::KeyPress, Qt::Key_Escape, Qt::NoModifier);
                QApplication::sendEvent(window.get(), &escape);
            }
        });
        closer.start(10);
        QObject::connect(&heartbeat, &QTimer::timeout, [this] { ++beats; });
        heartbeat.start(5);

        window = std::make_unique<MainWindow>();
        window->resize(1280, 720);
        window->show();
        windowShown = QTest::qWaitForWindowExposed(window.get());
        window->activateWindow();
        windowShown = windowShown && QTest::qWaitForWindowActive(window.get());
    }

    TrainingPanel& panel() const { return *window->trainingDock()->panel(); }

    // Training shown and running, at full speed, whatever the monkey did to it.
    void keepTraining()
    {
        if (!window->isVisible())
            window->show();
        if (!window->trainingDock()->isVisible())
            window->trainingDock()->show();
        if (panel().state() == TrainingState::Finished)
            panel().reset();
        if (!panel().isRunning())
            panel().start();
    }

    // Pumps the event loop; the heartbeat must advance within a second. Not a speed bound: a shared machine
    // may pause the process for a while, a frozen loop never fires the timer at all.
    void expectEventLoopTurns(int event)
    {
        const long before = beats;
        for (int wait = 0; wait < 100 && beats == before; ++wait)
            QTest::qWait(10);
        EXPECT_GT(beats, before) << "the event loop stopped turning after event " << event;
    }

    // No curve point of a training chart is NaN or infinite: a run that diverges ends its curve instead.
    void expectFiniteCurves() const
    {
        for (Network network : {Network::Relu, Network::LeakyRelu}) {
            for (const QCPGraphData& point : *panel().lossChart()->curve(network)->data())
                ASSERT_TRUE(std::isfinite(point.key) && std::isfinite(point.value)) << "loss curve at " << point.key;
        }
    }

    QApplication& app = monkeyApplication(); // first, before any QObject of the test
    QTimer closer;
    QTimer heartbeat;
    long beats = 0;
    int dialogsClosed = 0;
    std::unique_ptr<MainWindow> window;
    bool windowShown = false;
};

TEST_F(MonkeyTest, random_events_never_crash_freeze_or_break_the_window)
{
    ASSERT_TRUE(windowShown);
    StallWatchdog watchdog;
    // The training panel shown by its shortcut, and training at full speed.
    QTest::keyClick(window.get(), Qt::Key_T, kCtrl);
    ASSERT_TRUE(window->trainingDock()->isVisible());
    panel().speedSlider()->setValue(panel().speedSlider()->maximum());
    panel().start();
    ASSERT_TRUE(panel().isRunning());

    Monkey monkey(*window, kSeed);
    const int events = eventCount();
    for (int event = 1; event <= events; ++event) {
        monkey.act();
        ++gProgress;
        if (event % 50 == 0) {
            expectEventLoopTurns(event);
            expectFiniteCurves();
            keepTraining();
        }
    }
    gLastAction = "checking the window";
    // A press on a spin box's arrow whose release the monkey sent elsewhere leaves the box stepping on its
    // own, as a held button does; the training settings would then change, and restart the run, for ever.
    for (QAbstractSpinBox* box : window->findChildren<QAbstractSpinBox*>())
        QTest::mouseRelease(box, Qt::LeftButton);

    // Whatever state the monkey left, the window is usable: shown, the slope typed in takes effect
    // everywhere, and undo and redo step through it.
    QTest::qWait(50);
    if (!window->isVisible())
        window->show();
    window->activateWindow();
    EXPECT_TRUE(QTest::qWaitForWindowActive(window.get()));
    SlopeControl& control = *window->slopeControl();
    QUndoStack& undo = *window->undoStack();
    EXPECT_GE(undo.index(), 0);
    EXPECT_LE(undo.index(), undo.count());
    const double before = control.slope();
    const double typed = before == 0.37 ? 0.42 : 0.37;
    control.spinBox()->setFocus();
    control.spinBox()->selectAll();
    QTest::keyClicks(control.spinBox(), QString::number(typed));
    QTest::keyClick(control.spinBox(), Qt::Key_Return);
    EXPECT_DOUBLE_EQ(control.slope(), typed);
    EXPECT_DOUBLE_EQ(window->plot()->slope(), typed);
    ASSERT_TRUE(undo.canUndo());
    EXPECT_EQ(undo.index(), undo.count());
    undo.undo();
    EXPECT_DOUBLE_EQ(control.slope(), before);
    EXPECT_DOUBLE_EQ(window->plot()->slope(), before);
    undo.redo();
    EXPECT_DOUBLE_EQ(control.slope(), typed);

    // Training still steps, from the first preset's settings.
    panel().pause();
    panel().settings()->applyPreset(0);
    panel().reset();
    panel().start();
    for (int wait = 0; wait < 300 && panel().stepsShown(Network::Relu) == 0; ++wait)
        QTest::qWait(20);
    EXPECT_GT(panel().stepsShown(Network::Relu), 0u);
    expectFiniteCurves();
    panel().pause();
    ++gProgress;
}

// Wait for the panel to take new settings: its state says whether they can run.
bool waitForState(const TrainingPanel& panel, bool invalid)
{
    for (int wait = 0; wait < 250; ++wait) {
        if ((panel.state() == TrainingState::Invalid) == invalid)
            return true;
        QTest::qWait(20);
    }
    return false;
}

bool waitUntilFinished(const TrainingPanel& panel)
{
    for (int wait = 0; wait < 3000 && panel.state() != TrainingState::Finished; ++wait)
        QTest::qWait(20);
    return panel.state() == TrainingState::Finished;
}

TEST_F(MonkeyTest, abusive_training_settings_end_in_a_clear_status_and_never_draw_nan)
{
    ASSERT_TRUE(windowShown);
    window->trainingDock()->show();
    TrainingPanel& training = panel();
    TrainingSettings& settings = *training.settings();
    training.speedSlider()->setValue(training.speedSlider()->maximum());

    // A learning rate of a million, typed: the box keeps to its range.
    QDoubleSpinBox* lr = settings.learningRateBox();
    lr->setFocus();
    lr->selectAll();
    QTest::keyClicks(lr, QStringLiteral("1000000"));
    QTest::keyClick(lr, Qt::Key_Return);
    EXPECT_LE(settings.config().lr, lr->maximum());

    // Thousands of units, huge counts: the fields keep within the core's limits, and what the core cannot
    // run in one go is refused with its reason while the window keeps turning.
    SimulationConfig abuse = settings.config();
    abuse.samples = 1'000'000;
    abuse.hidden = 5000;
    abuse.layers = 1000;
    abuse.steps = 1'000'000'000;
    abuse.lr = 1e6;
    settings.setConfig(abuse);
    const SimulationConfig shown = settings.config();
    EXPECT_LE(shown.samples, kMaxSamples);
    EXPECT_LE(shown.hidden, kMaxHidden);
    EXPECT_LE(shown.layers, kMaxLayers);
    EXPECT_LE(shown.steps, kMaxSteps);
    EXPECT_LE(shown.lr, lr->maximum());
    const auto problem = validate(shown);
    ASSERT_TRUE(waitForState(training, problem.has_value()));
    if (problem) {
        EXPECT_TRUE(training.statusLabel()->text().contains(QString::fromStdString(problem->message)))
            << training.statusLabel()->text().toStdString();
        EXPECT_FALSE(training.startButton()->isEnabled());
    }
    training.start();
    expectEventLoopTurns(0);
    training.pause();

    // The largest learning rate on a regression: a network that diverges is reported by its step, and its
    // curves end there instead of drawing NaN.
    SimulationConfig steep = settings.config();
    steep.dataset = DatasetKind::Sine;
    steep.samples = 50;
    steep.hidden = 16;
    steep.layers = 2;
    steep.steps = 300;
    steep.lr = 1e6;
    steep.optimizer = OptimizerKind::Sgd;
    steep.momentum = 0;
    steep.noise = 0.1;
    steep.biasInit.reset();
    steep.batchSize = 0;
    steep.seed = 8;
    settings.setConfig(steep);
    ASSERT_TRUE(waitForState(training, false));
    training.reset();
    training.start();
    ASSERT_TRUE(waitUntilFinished(training));
    const QString status = training.statusLabel()->text();
    EXPECT_TRUE(status.contains(QStringLiteral("diverged at step"))) << status.toStdString();
    EXPECT_FALSE(status.contains(QStringLiteral("nan"), Qt::CaseInsensitive)) << status.toStdString();
    expectFiniteCurves();

    // One unit on two samples runs to its end.
    SimulationConfig tiny = settings.config();
    tiny.dataset = DatasetKind::Xor;
    tiny.samples = 2;
    tiny.hidden = 1;
    tiny.layers = 1;
    tiny.steps = 40;
    tiny.lr = 0.1;
    settings.setConfig(tiny);
    ASSERT_TRUE(waitForState(training, false));
    training.reset();
    training.start();
    ASSERT_TRUE(waitUntilFinished(training));
    EXPECT_EQ(training.stepsShown(Network::Relu), 40u);
    EXPECT_TRUE(training.statusLabel()->text().contains(QStringLiteral("40 of 40")))
        << training.statusLabel()->text().toStdString();
    expectFiniteCurves();
}

} // namespace
} // namespace leakylab
