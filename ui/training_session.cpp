// The UI thread's handle on a training run: the worker's thread, commands posted to it, a clean shutdown.
#include "ui/training_session.h"

#include "ui/training_worker.h"

namespace leakylab {

TrainingSession::TrainingSession(QObject* parent)
    : QObject(parent)
{
    mThread.setObjectName(QStringLiteral("training"));
    mWorker = new TrainingWorker;
    mWorker->moveToThread(&mThread);
    // Emitted on the training thread, delivered on this one.
    connect(mWorker, &TrainingWorker::updateReady, this, &TrainingSession::updateReady);
    mThread.start();
}

TrainingSession::~TrainingSession()
{
    mWorker->requestStop();
    // Blocking: the timer must stop on its own thread before that thread ends. The worker answers within
    // one step, since requestStop() ends the running slice.
    QMetaObject::invokeMethod(mWorker, &TrainingWorker::shutdown, Qt::BlockingQueuedConnection);
    mThread.quit();
    mThread.wait();
    delete mWorker;
}

template <typename Command> void TrainingSession::post(Command command)
{
    QMetaObject::invokeMethod(mWorker, std::move(command), Qt::QueuedConnection);
}

void TrainingSession::configure(const SimulationConfig& config)
{
    post([worker = mWorker, config] { worker->configure(config); });
}

void TrainingSession::start()
{
    post([worker = mWorker] { worker->start(); });
}
void TrainingSession::pause()
{
    post([worker = mWorker] { worker->pause(); });
}
void TrainingSession::step()
{
    post([worker = mWorker] { worker->stepOnce(); });
}
void TrainingSession::reset()
{
    post([worker = mWorker] { worker->reset(); });
}

void TrainingSession::setStepsPerSecond(int stepsPerSecond)
{
    post([worker = mWorker, stepsPerSecond] { worker->setStepsPerSecond(stepsPerSecond); });
}

TrainingUpdate TrainingSession::takeUpdate()
{
    return mWorker->takeUpdate();
}

} // namespace leakylab
