// The training thread through its session: commands, updates that match the core's runs, pacing, shutdown.
#include <QElapsedTimer>
#include <QSignalSpy>

#include <cmath>

#include "core/simulation.h"
#include "gui_fixture.h"
#include "ui/training_network.h"
#include "ui/training_preset.h"
#include "ui/training_session.h"
#include "ui/training_worker.h"

namespace leakylab {
namespace {

// Collects every update the session hands over, as the panel does.
class SessionTest : public test::UiTest {
protected:
    SessionTest()
    {
        QObject::connect(&session, &TrainingSession::updateReady, [this] {
            ++updates;
            TrainingUpdate update = session.takeUpdate();
            if (update.restarted) {
                setup = update.setup;
                history = {};
            }
            for (std::size_t i = 0; i < 2; ++i) {
                history[i].insert(
                    history[i].end(), update.networks[i].records.begin(), update.networks[i].records.end());
                if (!update.networks[i].regions.empty())
                    regions[i] = update.networks[i].regions;
            }
            state = update.state;
        });
    }

    static SimulationConfig dying(std::size_t steps)
    {
        SimulationConfig config = trainingPresets()[0].config;
        config.steps = steps;
        return config;
    }

    bool waitFor(const std::function<bool()>& done, int ms = 10000) { return QTest::qWaitFor(done, ms); }

    TrainingSession session;
    int updates = 0;
    std::shared_ptr<const TrainingSetup> setup;
    std::array<std::vector<StepRecord>, 2> history;
    std::array<std::vector<float>, 2> regions;
    TrainingState state = TrainingState::Invalid;
};

TEST_F(SessionTest, configure_publishes_the_run_at_step_zero_with_its_data_and_regions)
{
    session.configure(dying(100));
    ASSERT_TRUE(waitFor([&] { return setup != nullptr; }));
    EXPECT_EQ(state, TrainingState::Ready);
    EXPECT_EQ(setup->dataset.samples, 200U);
    EXPECT_TRUE(history[0].empty());
    for (const std::vector<float>& outputs : regions) {
        ASSERT_EQ(outputs.size(), setup->grid.points());
        for (float p : outputs)
            ASSERT_TRUE(p >= 0.0F && p <= 1.0F);
    }
}

TEST_F(SessionTest, records_equal_the_cores_twin_runs)
{
    const SimulationConfig config = dying(300);
    session.setStepsPerSecond(0);
    session.configure(config);
    session.start();
    ASSERT_TRUE(waitFor([&] { return state == TrainingState::Finished; }));

    Result<TwinSimulations> twins = makeTwins(config);
    ASSERT_TRUE(twins.ok());
    twins.value().relu.run();
    twins.value().leakyRelu.run();
    const std::array<const Simulation*, 2> reference = {&twins.value().relu, &twins.value().leakyRelu};
    for (std::size_t i = 0; i < 2; ++i) {
        const std::vector<StepRecord>& expected = reference[i]->history();
        ASSERT_EQ(history[i].size(), expected.size());
        for (std::size_t s = 0; s < expected.size(); ++s) {
            ASSERT_EQ(history[i][s].step, s);
            ASSERT_EQ(history[i][s].loss, expected[s].loss);
            ASSERT_EQ(history[i][s].deadUnits, expected[s].deadUnits);
        }
    }
}

TEST_F(SessionTest, updates_come_at_the_display_pace_not_one_per_step)
{
    session.setStepsPerSecond(0);
    session.configure(dying(20000));
    ASSERT_TRUE(waitFor([&] { return setup != nullptr; }));
    updates = 0;
    QElapsedTimer clock;
    clock.start();
    session.start();
    ASSERT_TRUE(waitFor([&] { return history[0].size() >= 3000; }));
    const double seconds = static_cast<double>(clock.elapsed()) / 1000.0;
    // One update per 33 ms at most, with slack for the one that starts the run and the timer's jitter.
    EXPECT_LE(updates, 5 + static_cast<int>(seconds * 1000.0 / TrainingWorker::kPublishIntervalMs * 1.5))
        << history[0].size() << " steps in " << seconds << " s";
    EXPECT_LT(updates * 20, static_cast<int>(history[0].size()));
}

TEST_F(SessionTest, a_paced_run_keeps_to_its_steps_per_second)
{
    session.setStepsPerSecond(100);
    session.configure(dying(1000));
    ASSERT_TRUE(waitFor([&] { return setup != nullptr; }));
    session.start();
    QTest::qWait(1000);
    session.pause();
    ASSERT_TRUE(waitFor([&] { return state == TrainingState::Ready; }));
    // 100 steps a second for about a second: generous bounds for a loaded machine.
    EXPECT_GE(history[0].size(), 50U);
    EXPECT_LE(history[0].size(), 130U);
}

TEST_F(SessionTest, step_takes_exactly_one_step_on_both_networks)
{
    session.configure(dying(100));
    ASSERT_TRUE(waitFor([&] { return setup != nullptr; }));
    for (std::size_t n = 1; n <= 3; ++n) {
        session.step();
        ASSERT_TRUE(waitFor([&] { return history[0].size() == n && history[1].size() == n; }));
    }
    QTest::qWait(100);
    EXPECT_EQ(history[0].size(), 3U);
    EXPECT_EQ(history[1].size(), 3U);
    EXPECT_EQ(history[1].back().step, 2U);
}

TEST_F(SessionTest, invalid_settings_report_why_and_cannot_start)
{
    SimulationConfig config = dying(100);
    config.batchSize = config.samples + 1;
    session.configure(config);
    ASSERT_TRUE(waitFor([&] { return state == TrainingState::Invalid; }));
    session.start();
    QTest::qWait(100);
    EXPECT_EQ(state, TrainingState::Invalid);
    EXPECT_TRUE(history[0].empty());
}

TEST(SessionShutdown, destroying_a_session_mid_run_returns_promptly)
{
    test::uiApplication();
    auto session = std::make_unique<TrainingSession>();
    int received = 0;
    QObject::connect(session.get(), &TrainingSession::updateReady,
        [&] { received += static_cast<int>(session->takeUpdate().networks[0].records.size()); });
    SimulationConfig config = trainingPresets()[0].config;
    config.steps = 100000;
    session->setStepsPerSecond(0);
    session->configure(config);
    session->start();
    ASSERT_TRUE(QTest::qWaitFor([&] { return received > 100; }, 10000));
    QElapsedTimer clock;
    clock.start();
    session.reset();
    EXPECT_LT(clock.elapsed(), 1000);
}

} // namespace
} // namespace leakylab
