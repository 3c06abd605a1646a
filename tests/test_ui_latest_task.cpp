// LatestTask: work runs off the UI thread, one job at a time, and only the newest request's result arrives.
#include <QThread>

#include <atomic>
#include <vector>

#include "gui_fixture.h"
#include "ui/latest_task.h"

namespace leakylab {
namespace {

class LatestTaskTest : public test::UiTest {
protected:
    std::vector<int> delivered;
    std::atomic<int> runs{0};
    LatestTask<int> task{[this](int value) { delivered.push_back(value); }};

    LatestTask<int>::Job job(int value, int sleepMs)
    {
        return [this, value, sleepMs] {
            ++runs;
            QThread::msleep(static_cast<unsigned long>(sleepMs));
            return value;
        };
    }
};

TEST_F(LatestTaskTest, delivers_a_single_result_and_is_busy_until_then)
{
    task.run(job(1, 0));
    EXPECT_TRUE(task.isBusy());
    ASSERT_TRUE(QTest::qWaitFor([&] { return !task.isBusy(); }, 5000));
    EXPECT_EQ(delivered, std::vector<int>{1});
}

TEST_F(LatestTaskTest, a_burst_of_requests_runs_the_first_and_the_last_and_delivers_only_the_last)
{
    task.run(job(1, 150));
    for (int value = 2; value <= 20; ++value)
        task.run(job(value, 0));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !task.isBusy(); }, 5000));
    EXPECT_EQ(delivered, std::vector<int>{20});
    EXPECT_EQ(runs.load(), 2);
}

TEST_F(LatestTaskTest, the_caller_is_not_blocked_by_a_slow_job)
{
    // The job waits for a release that only the caller gives, after run() has returned: run() blocking on
    // it would leave the job unreleased until its own 5 s limit, with nothing yet delivered.
    std::atomic<bool> released{false};
    std::atomic<bool> timedOut{false};
    task.run([&] {
        for (int waited = 0; !released; waited += 5) {
            if (waited > 5000) {
                timedOut = true;
                break;
            }
            QThread::msleep(5);
        }
        return 1;
    });
    EXPECT_TRUE(task.isBusy());
    EXPECT_TRUE(delivered.empty());
    released = true;
    ASSERT_TRUE(QTest::qWaitFor([&] { return !task.isBusy(); }, 10000));
    EXPECT_FALSE(timedOut);
    EXPECT_EQ(delivered, std::vector<int>{1});
}

} // namespace
} // namespace leakylab
