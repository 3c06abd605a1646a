// The training thread's side: steps the ReLU and LeakyReLU twins and hands updates over at the display's
// pace.
#pragma once

#include <QElapsedTimer>
#include <QMutex>
#include <QObject>

#include <array>
#include <atomic>
#include <memory>
#include <optional>

#include "core/simulation.h"
#include "ui/training_update.h"

class QTimer;

namespace leakylab {

// Lives on its own thread (see TrainingSession): every slot runs there. Stepping happens in short slices
// from a timer, so commands (pause, reset, new settings) wait at most one slice. Updates collect in one
// pending TrainingUpdate under a mutex: records are appended, the rest overwritten, and updateReady() is
// emitted only when the pending update was empty, so however fast the networks step, the UI thread sees
// at most one queued signal and takes everything at once.
class TrainingWorker : public QObject {
    Q_OBJECT
public:
    // At most this often the worker publishes while running: a projector's frame rate, not the step rate.
    static constexpr int kPublishIntervalMs = 33;
    // A run slice: long enough to step efficiently, short enough that a Pause is answered at once.
    static constexpr int kSliceMs = 12;
    static constexpr int kRegionResolution = 60;

    explicit TrainingWorker(QObject* parent = nullptr);
    ~TrainingWorker() override;

    // Any thread: everything published since the last call.
    TrainingUpdate takeUpdate();
    // Any thread: makes a running slice return before its next step; used when closing.
    void requestStop() { mStopRequested.store(true); }

    // Worker thread only.
    void configure(const SimulationConfig& config); // a new run at step 0, not running
    void start();
    void pause();
    void stepOnce();
    void reset(); // back to step 0 with the same settings
    void setStepsPerSecond(int stepsPerSecond); // 0: as fast as the CPU allows
    void shutdown(); // stops the timer before the thread ends

signals:
    void updateReady();

private:
    Simulation& simulation(std::size_t index);
    bool finished() const;
    void runSlice();
    void stepBoth();
    void setRunning(bool running);
    void publish(bool restarted = false);

    SimulationConfig mConfig;
    std::optional<TwinSimulations> mTwins;
    std::shared_ptr<const TrainingSetup> mSetup;
    Message mError;
    std::array<std::size_t, 2> mPublished {}; // records already handed over, per network
    TrainingState mState = TrainingState::Ready;

    QTimer* mTimer = nullptr;
    int mStepsPerSecond = 50;
    double mStepCredit = 0.0; // steps owed by the pace, carried between slices
    QElapsedTimer mSinceSlice;
    QElapsedTimer mSincePublish;
    std::atomic<bool> mStopRequested {false};

    QMutex mMutex; // guards the two below
    TrainingUpdate mPending;
    bool mSignalled = false;
};

} // namespace leakylab
