// The training panel through its widgets: Start/Pause/Step/Reset, the presets' effect, charts that match
// the core's runs, divergence, the shared slope, and a UI that keeps responding while training.
#include <QAction>
#include <QElapsedTimer>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <iostream>
#include <numeric>

#include "core/simulation.h"
#include "gui_fixture.h"
#include "ui/dead_fraction_chart.h"
#include "ui/decision_regions.h"
#include "ui/loss_chart.h"
#include "ui/slope_spin_box.h"
#include "ui/training_panel.h"
#include "ui/training_preset.h"
#include "ui/training_settings.h"
#include "ui/unit_grid.h"

namespace leakylab {
namespace {

constexpr int kMaxSpeedIndex = static_cast<int>(TrainingPanel::kSpeeds.size()) - 1;

class TrainingPanelTest : public test::UiTest {
protected:
    TrainingPanelTest()
    {
        panel = std::make_unique<TrainingPanel>();
        panel->resize(1500, 900);
        test::showAndWait(*panel);
        ready = waitFor([&] { return panel->deadFractionChart()->xAxis->range().upper > 1.0; });
    }

    static bool waitFor(const std::function<bool()>& done, int ms = 10000)
    {
        return QTest::qWaitFor(done, ms);
    }

    // Settles the panel after a command: the worker's answer has arrived once an update has been applied
    // and nothing else arrives for a while.
    void settle()
    {
        QSignalSpy applied(panel.get(), &TrainingPanel::updateApplied);
        while (applied.wait(300)) { }
    }

    // At learning rate 1.0 a slope of 0.4 lets LeakyReLU's loss overflow (checked with leakylab simulate):
    // 200 steps at full speed, ReLU's all run, LeakyReLU's up to step 84.
    bool runUntilLeakyReluDiverges()
    {
        panel->setNegativeSlope(0.4);
        setSteps(200);
        panel->speedSlider()->setValue(kMaxSpeedIndex);
        QTest::mouseClick(panel->startButton(), Qt::LeftButton);
        if (!waitFor([&] { return panel->state() == TrainingState::Finished; }))
            return false;
        settle();
        return true;
    }

    void setSteps(int steps)
    {
        QSpinBox* box = panel->settings()->stepsBox();
        box->setValue(steps);
        settle();
    }

    // Every field at its largest: a run the simulator refuses as too long for one go.
    void setSettingsThatCannotRun()
    {
        SimulationConfig tooBig = panel->settings()->config();
        tooBig.samples = kMaxSamples;
        tooBig.hidden = kMaxHidden;
        tooBig.layers = kMaxLayers;
        tooBig.steps = kMaxSteps;
        panel->settings()->setConfig(tooBig);
    }

    std::size_t steps(Network network) const { return panel->stepsShown(network); }
    int chartCount(Network network) const { return panel->deadFractionChart()->curve(network)->dataCount(); }
    int lossCount(Network network) const { return panel->lossChart()->curve(network)->dataCount(); }
    double lastDeadPercent(Network network) const
    {
        const auto data = panel->deadFractionChart()->curve(network)->data();
        return (data->constEnd() - 1)->value;
    }

    std::unique_ptr<TrainingPanel> panel;
    bool ready = false;
};

TEST_F(TrainingPanelTest, opens_on_the_dying_preset_with_its_explanation)
{
    ASSERT_TRUE(ready);
    EXPECT_EQ(panel->settings()->presetIndex(), 0);
    const QString explanation = panel->settings()->explanation();
    EXPECT_TRUE(explanation.contains(QStringLiteral("still learn"))) << explanation.toStdString();
    EXPECT_EQ(panel->startButton()->text(), QStringLiteral("Start"));
    EXPECT_FALSE(panel->unitGrid(Network::Relu)->measured());
}

TEST_F(TrainingPanelTest, start_then_pause_stops_stepping)
{
    ASSERT_TRUE(ready);
    panel->speedSlider()->setValue(6); // 100 steps a second
    QTest::mouseClick(panel->startButton(), Qt::LeftButton);
    EXPECT_EQ(panel->startButton()->text(), QStringLiteral("Pause"));
    ASSERT_TRUE(waitFor([&] { return steps(Network::Relu) >= 10; }));
    QTest::mouseClick(panel->startButton(), Qt::LeftButton);
    settle();
    const std::size_t paused = steps(Network::Relu);
    QTest::qWait(400);
    EXPECT_EQ(steps(Network::Relu), paused);
    EXPECT_EQ(steps(Network::LeakyRelu), paused);
    EXPECT_LT(paused, 1000U);
    EXPECT_EQ(panel->startButton()->text(), QStringLiteral("Resume"));
    EXPECT_TRUE(panel->stepButton()->isEnabled());
}

TEST_F(TrainingPanelTest, step_advances_exactly_one_step_on_both_networks)
{
    ASSERT_TRUE(ready);
    for (std::size_t n = 1; n <= 3; ++n) {
        QTest::mouseClick(panel->stepButton(), Qt::LeftButton);
        settle();
        EXPECT_EQ(steps(Network::Relu), n);
        EXPECT_EQ(steps(Network::LeakyRelu), n);
        EXPECT_EQ(panel->lastRecord(Network::LeakyRelu)->step, n - 1);
    }
    EXPECT_EQ(chartCount(Network::Relu), 3);
    EXPECT_EQ(lossCount(Network::LeakyRelu), 3);
    EXPECT_TRUE(panel->unitGrid(Network::Relu)->measured());
}

TEST_F(TrainingPanelTest, reset_clears_the_charts_and_the_unit_grids)
{
    ASSERT_TRUE(ready);
    for (int n = 0; n < 5; ++n)
        QTest::mouseClick(panel->stepButton(), Qt::LeftButton);
    ASSERT_TRUE(waitFor([&] { return chartCount(Network::Relu) == 5; }));
    QTest::mouseClick(panel->resetButton(), Qt::LeftButton);
    ASSERT_TRUE(waitFor([&] { return chartCount(Network::Relu) == 0; }));
    settle();
    for (Network network : kNetworks) {
        EXPECT_EQ(chartCount(network), 0);
        EXPECT_EQ(lossCount(network), 0);
        EXPECT_EQ(steps(network), 0U);
        EXPECT_FALSE(panel->unitGrid(network)->measured());
    }
    EXPECT_EQ(panel->startButton()->text(), QStringLiteral("Start"));
}

TEST_F(TrainingPanelTest, the_dying_preset_kills_relu_while_leaky_relu_recovers)
{
    ASSERT_TRUE(ready);
    setSteps(150);
    panel->speedSlider()->setValue(kMaxSpeedIndex);
    QTest::mouseClick(panel->startButton(), Qt::LeftButton);
    ASSERT_TRUE(waitFor([&] { return panel->state() == TrainingState::Finished; }));
    settle();
    EXPECT_GT(lastDeadPercent(Network::Relu), lastDeadPercent(Network::LeakyRelu) + 10.0);
    // ReLU's second layer dead throughout: a constant answer, half the moons wrong.
    const UnitGrid* relu = panel->unitGrid(Network::Relu);
    EXPECT_EQ(relu->deadCount(1), relu->hidden());
    EXPECT_FLOAT_EQ(*panel->lastRecord(Network::Relu)->accuracy, 0.5F);
    EXPECT_GT(*panel->lastRecord(Network::LeakyRelu)->accuracy, 0.95F);
    EXPECT_LT(panel->unitGrid(Network::LeakyRelu)->deadCount(1), relu->hidden());
    EXPECT_TRUE(panel->decisionRegions(Network::Relu)->caption().contains(QStringLiteral("accuracy 50%")));
    EXPECT_EQ(panel->startButton()->text(), QStringLiteral("Run again"));
    EXPECT_FALSE(panel->stepButton()->isEnabled());
}

TEST_F(TrainingPanelTest, run_again_after_the_end_restarts_from_step_zero)
{
    ASSERT_TRUE(ready);
    setSteps(30);
    panel->speedSlider()->setValue(kMaxSpeedIndex);
    QTest::mouseClick(panel->startButton(), Qt::LeftButton);
    ASSERT_TRUE(waitFor([&] { return panel->state() == TrainingState::Finished; }));
    settle();
    const std::optional<StepRecord> first = panel->lastRecord(Network::Relu);
    panel->speedSlider()->setValue(6); // 100 steps a second, so the restart is seen before the end
    QTest::mouseClick(panel->startButton(), Qt::LeftButton);
    ASSERT_TRUE(waitFor([&] { return steps(Network::Relu) < 30; }));
    ASSERT_TRUE(waitFor([&] { return panel->state() == TrainingState::Finished; }));
    settle();
    EXPECT_EQ(chartCount(Network::Relu), 30);
    EXPECT_EQ(panel->lastRecord(Network::Relu)->loss, first->loss);
}

TEST_F(TrainingPanelTest, the_healthy_preset_keeps_both_networks_alive_and_accurate)
{
    ASSERT_TRUE(ready);
    panel->settings()->applyPreset(1);
    setSteps(300);
    panel->speedSlider()->setValue(kMaxSpeedIndex);
    QTest::mouseClick(panel->startButton(), Qt::LeftButton);
    ASSERT_TRUE(waitFor([&] { return panel->state() == TrainingState::Finished; }));
    settle();
    for (Network network : kNetworks) {
        EXPECT_LT(lastDeadPercent(network), 15.0) << networkName(network).toStdString();
        EXPECT_GT(*panel->lastRecord(network)->accuracy, 0.95F) << networkName(network).toStdString();
    }
}

TEST_F(TrainingPanelTest, chart_points_are_the_cores_history_one_for_one)
{
    ASSERT_TRUE(ready);
    setSteps(120);
    panel->speedSlider()->setValue(kMaxSpeedIndex);
    QTest::mouseClick(panel->startButton(), Qt::LeftButton);
    ASSERT_TRUE(waitFor([&] { return panel->state() == TrainingState::Finished; }));
    settle();

    SimulationConfig config = panel->settings()->config();
    Result<TwinSimulations> twins = makeTwins(config);
    ASSERT_TRUE(twins.ok());
    twins.value().relu.run();
    twins.value().leakyRelu.run();
    const std::array<const Simulation*, 2> reference = {&twins.value().relu, &twins.value().leakyRelu};
    const double units = static_cast<double>(config.layers * config.hidden);
    for (Network network : kNetworks) {
        const std::vector<StepRecord>& history = reference[networkIndex(network)]->history();
        ASSERT_EQ(chartCount(network), static_cast<int>(history.size()));
        ASSERT_EQ(lossCount(network), static_cast<int>(history.size()));
        auto dead = panel->deadFractionChart()->curve(network)->data()->constBegin();
        auto loss = panel->lossChart()->curve(network)->data()->constBegin();
        for (const StepRecord& record : history) {
            const auto deadUnits
                = std::accumulate(record.deadUnits.begin(), record.deadUnits.end(), std::size_t {0});
            EXPECT_EQ(dead->key, static_cast<double>(record.step));
            EXPECT_DOUBLE_EQ(dead->value, 100.0 * static_cast<double>(deadUnits) / units);
            EXPECT_DOUBLE_EQ(loss->value, std::max(static_cast<double>(record.loss), LossChart::kFloor));
            ++dead;
            ++loss;
        }
    }
}

TEST_F(TrainingPanelTest, a_diverging_network_is_reported_by_step_and_never_drawn_as_nan)
{
    ASSERT_TRUE(ready);
    ASSERT_TRUE(runUntilLeakyReluDiverges());
    const QString status = panel->statusLabel()->text();
    EXPECT_TRUE(status.contains(QStringLiteral("LeakyReLU diverged at step 84"))) << status.toStdString();
    EXPECT_EQ(chartCount(Network::LeakyRelu), 84);
    EXPECT_EQ(chartCount(Network::Relu), 200);
    const QCPItemText* note = panel->lossChart()->divergenceNote(Network::LeakyRelu);
    ASSERT_NE(note, nullptr);
    EXPECT_EQ(note->text(), QStringLiteral("LeakyReLU diverged at step 84"));
    EXPECT_TRUE(panel->decisionRegions(Network::LeakyRelu)->caption().contains(QStringLiteral("diverged")));
    for (const QCustomPlot* chart : {static_cast<const QCustomPlot*>(panel->lossChart()),
             static_cast<const QCustomPlot*>(panel->deadFractionChart())}) {
        for (int g = 0; g < chart->graphCount(); ++g) {
            for (const QCPGraphData& point : *chart->graph(g)->data())
                ASSERT_TRUE(std::isfinite(point.value));
        }
    }
    EXPECT_FALSE(status.contains(QStringLiteral("nan"), Qt::CaseInsensitive));
}

// Dragging the slope restarts the run again and again; a divergence message that wraps and the one-line
// status after each restart must not move the plots up and down between them.
TEST_F(TrainingPanelTest, a_restart_after_a_wrapped_divergence_message_leaves_the_plots_where_they_were)
{
    ASSERT_TRUE(ready);
    // Narrow, as the panel is at 1280x720, so the message wraps.
    panel->resize(1000, panel->height());
    QApplication::processEvents();
    ASSERT_TRUE(runUntilLeakyReluDiverges());
    const auto* status = panel->statusLabel();
    ASSERT_TRUE(status->text().contains(QStringLiteral("diverged")));
    ASSERT_GE(status->height(), 2 * status->fontMetrics().lineSpacing()) << "the message should wrap here";
    const QRect regions = panel->decisionRegions(Network::Relu)->geometry();
    const int statusHeight = status->height();

    panel->setNegativeSlope(0.01);
    ASSERT_TRUE(waitFor([&] { return steps(Network::Relu) == 0; }));
    settle();
    ASSERT_FALSE(status->text().contains(QStringLiteral("diverged")));
    EXPECT_EQ(panel->decisionRegions(Network::Relu)->geometry(), regions);
    EXPECT_EQ(status->height(), statusHeight);

    // A new width measures the text again: wider, the short status needs less than the message did.
    panel->resize(panel->width() + 200, panel->height());
    QApplication::processEvents();
    QTest::qWait(50);
    EXPECT_LT(status->height(), statusHeight);
}

// A status that changes with every update, and restarts that set the same shape again, must not lay the
// panel (and the window around it) out again each time.
TEST_F(TrainingPanelTest, updates_and_restarts_lay_nothing_out_again)
{
    ASSERT_TRUE(ready);
    setSteps(100000);
    panel->speedSlider()->setValue(kMaxSpeedIndex);
    QTest::mouseClick(panel->startButton(), Qt::LeftButton);
    ASSERT_TRUE(waitFor([&] { return steps(Network::Relu) > 10; }));
    QTest::qWait(100); // the first updates: the Start button became Pause

    const test::LayoutRequestCounter requests;
    QSignalSpy applied(panel.get(), &TrainingPanel::updateApplied);
    const QString before = panel->statusLabel()->text();
    ASSERT_TRUE(waitFor([&] { return applied.count() >= 5; }));
    EXPECT_NE(panel->statusLabel()->text(), before);
    for (double slope : {0.02, 0.03, 0.04}) {
        panel->setNegativeSlope(slope);
        ASSERT_TRUE(waitFor([&] { return steps(Network::Relu) == 0; }));
        ASSERT_TRUE(waitFor([&] { return steps(Network::Relu) > 0; }));
    }
    EXPECT_EQ(requests.count(), 0);
    panel->pause();
}

TEST_F(TrainingPanelTest, a_changed_setting_restarts_from_step_zero)
{
    ASSERT_TRUE(ready);
    QTest::mouseClick(panel->stepButton(), Qt::LeftButton);
    ASSERT_TRUE(waitFor([&] { return steps(Network::Relu) == 1; }));
    panel->settings()->seedBox()->setValue(3);
    ASSERT_TRUE(waitFor([&] { return steps(Network::Relu) == 0 && chartCount(Network::Relu) == 0; }));
    EXPECT_EQ(panel->settings()->presetIndex(), -1);
    EXPECT_EQ(panel->settings()->seedBox()->value(), 3);
}

// Start, pressed as soon as settings that could not run are replaced (a preset picked), runs: the panel
// does not refuse on the state it had heard for the old settings.
TEST_F(TrainingPanelTest, start_right_after_fixing_settings_that_could_not_run)
{
    ASSERT_TRUE(ready);
    setSettingsThatCannotRun();
    ASSERT_TRUE(validate(panel->settings()->config()).has_value()); // the fields keep it too big to run
    ASSERT_TRUE(waitFor([&] { return panel->state() == TrainingState::Invalid; }));
    settle();

    panel->settings()->applyPreset(0);
    ASSERT_EQ(panel->state(), TrainingState::Invalid); // not yet answered
    panel->start();
    EXPECT_TRUE(waitFor([&] { return steps(Network::Relu) > 0; }));
    EXPECT_TRUE(panel->isRunning());
    panel->pause();
}

// Start asked for on settings that cannot run is answered: the panel does not go on showing a run.
TEST_F(TrainingPanelTest, start_on_settings_that_cannot_run_ends_at_once)
{
    ASSERT_TRUE(ready);
    setSettingsThatCannotRun();
    panel->start(); // before the worker has judged them
    ASSERT_TRUE(waitFor([&] { return panel->state() == TrainingState::Invalid; }));
    settle();
    EXPECT_FALSE(panel->isRunning());
    EXPECT_EQ(steps(Network::Relu), 0u);
}

TEST_F(TrainingPanelTest, the_slope_is_shared_both_ways)
{
    ASSERT_TRUE(ready);
    QSignalSpy edits(panel.get(), &TrainingPanel::negativeSlopeEdited);
    panel->setNegativeSlope(0.2);
    EXPECT_DOUBLE_EQ(panel->settings()->slopeBox()->value(), 0.2);
    EXPECT_EQ(edits.count(), 0); // following the main control is not an edit
    SlopeSpinBox* box = panel->settings()->slopeBox();
    box->setFocus();
    box->selectAll();
    QTest::keyClicks(box, QStringLiteral("0.3"));
    QTest::keyClick(box, Qt::Key_Return);
    ASSERT_EQ(edits.count(), 1);
    EXPECT_DOUBLE_EQ(edits.at(0).at(0).toDouble(), 0.2);
    EXPECT_DOUBLE_EQ(edits.at(0).at(1).toDouble(), 0.3);
    EXPECT_DOUBLE_EQ(panel->settings()->config().negativeSlope, 0.3);
}

// A slope dragged mid-run: the run follows it, restarting at most every kRestartIntervalMs rather than at
// every tick, and ends on the slope where the drag stopped.
TEST_F(TrainingPanelTest, a_slope_dragged_mid_run_restarts_at_the_interval_and_ends_on_the_last_slope)
{
    ASSERT_TRUE(ready);
    panel->speedSlider()->setValue(kMaxSpeedIndex);
    setSteps(100000);
    panel->start();
    ASSERT_TRUE(waitFor([&] { return steps(Network::Relu) > 0; }));

    QSignalSpy restarts(panel.get(), &TrainingPanel::runRestarted);
    QElapsedTimer drag;
    drag.start();
    int ticks = 0;
    for (double slope = 0.02; slope < 0.61; slope += 0.02, ++ticks) {
        panel->setNegativeSlope(slope);
        QTest::qWait(5);
    }
    const qint64 dragMs = drag.elapsed();
    ASSERT_TRUE(waitFor([&] {
        return !restarts.isEmpty() && restarts.constLast().at(0).toDouble() == panel->settings()->config().negativeSlope;
    }));
    EXPECT_DOUBLE_EQ(restarts.constLast().at(0).toDouble(), 0.6);
    EXPECT_GE(restarts.size(), 2);
    EXPECT_LE(restarts.size(), dragMs / TrainingPanel::kRestartIntervalMs + 2) << ticks << " ticks in " << dragMs << " ms";
    EXPECT_LT(restarts.size(), ticks);
    panel->pause();
}

TEST_F(TrainingPanelTest, space_starts_and_pauses)
{
    ASSERT_TRUE(ready);
    panel->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(panel.get()));
    panel->speedSlider()->setValue(6);
    panel->stepButton()->setFocus();
    QTest::keyClick(panel.get(), Qt::Key_Space);
    EXPECT_TRUE(panel->isRunning());
    ASSERT_TRUE(waitFor([&] { return steps(Network::Relu) >= 3; }));
    QTest::keyClick(panel.get(), Qt::Key_Space);
    EXPECT_FALSE(panel->isRunning());
}

TEST_F(TrainingPanelTest, training_at_full_speed_hands_the_ui_updates_at_the_display_pace)
{
    ASSERT_TRUE(ready);
    setSteps(100000);
    panel->speedSlider()->setValue(kMaxSpeedIndex);
    QSignalSpy applied(panel.get(), &TrainingPanel::updateApplied);

    // A 10 ms timer on the UI thread stands in for a slider drag: its worst gap is how long a drag stalls.
    QElapsedTimer clock;
    qint64 last = 0;
    qint64 worstGap = 0;
    QTimer beat;
    beat.setTimerType(Qt::PreciseTimer);
    QObject::connect(&beat, &QTimer::timeout, [&] {
        const qint64 now = clock.elapsed();
        worstGap = std::max(worstGap, now - last);
        last = now;
    });
    QTest::mouseClick(panel->startButton(), Qt::LeftButton);
    clock.start();
    beat.start(10);
    QTest::qWait(2000);
    beat.stop();
    const double seconds = static_cast<double>(clock.elapsed()) / 1000.0;
    QTest::mouseClick(panel->startButton(), Qt::LeftButton);

    // How smooth a drag stays while training is measured by BM_SlopeDragRepaintWhileTraining (bench/).
    EXPECT_GT(steps(Network::Relu), 500U);
    // Display pace: about 30 updates a second, however many thousand steps were taken.
    EXPECT_LE(applied.count(), static_cast<int>(seconds * 45.0) + 5);
    std::cout << "[ measured ] " << steps(Network::Relu) << " steps, " << applied.count() << " updates in "
              << seconds << " s, worst timer gap " << worstGap << " ms\n";
}

TEST(TrainingPanelShutdown, closing_mid_training_neither_crashes_nor_hangs)
{
    test::uiApplication();
    auto panel = std::make_unique<TrainingPanel>();
    panel->show();
    panel->settings()->stepsBox()->setValue(100000);
    panel->speedSlider()->setValue(kMaxSpeedIndex);
    panel->start();
    ASSERT_TRUE(QTest::qWaitFor([&] { return panel->stepsShown(Network::Relu) > 200; }, 10000));
    QElapsedTimer clock;
    clock.start();
    panel.reset();
    EXPECT_LT(clock.elapsed(), 1000);
    QTest::qWait(100); // any update still queued for the panel must be dropped, not delivered
}

} // namespace
} // namespace leakylab
