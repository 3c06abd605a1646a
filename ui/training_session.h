// The UI thread's handle on a training run: owns the training thread and its worker, forwards commands.
#pragma once

#include <QObject>
#include <QThread>

#include "core/simulation.h"
#include "ui/training_update.h"

namespace leakylab {

class TrainingWorker;

// Commands return at once; the worker carries them out in order on its thread. Destroying the session
// (closing the window mid-run) stops the worker after its current step and joins the thread.
class TrainingSession : public QObject {
    Q_OBJECT
public:
    explicit TrainingSession(QObject* parent = nullptr);
    ~TrainingSession() override;

    void configure(const SimulationConfig& config);
    void start();
    void pause();
    void step();
    void reset();
    void setStepsPerSecond(int stepsPerSecond);

    // Everything the worker published since the last call; call it on updateReady().
    TrainingUpdate takeUpdate();
    const TrainingWorker* worker() const { return mWorker; }

signals:
    // Queued to the UI thread, at most one outstanding: the worker coalesces until takeUpdate().
    void updateReady();

private:
    template <typename Command> void post(Command command);

    QThread mThread;
    TrainingWorker* mWorker = nullptr;
};

} // namespace leakylab
