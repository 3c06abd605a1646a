// The training thread's side: twin simulations stepped in timed slices, updates merged for the UI thread.
#include "ui/training_worker.h"

#include <QMutexLocker>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>

#include "ui/region_sampling.h"
#include "ui/training_network.h"

namespace leakylab {

TrainingWorker::TrainingWorker(QObject* parent)
    : QObject(parent)
{
    // A child, so moveToThread takes the timer along and it fires on the training thread.
    mTimer = new QTimer(this);
    mTimer->setTimerType(Qt::PreciseTimer);
    connect(mTimer, &QTimer::timeout, this, &TrainingWorker::runSlice);
}

TrainingWorker::~TrainingWorker() = default;

TrainingUpdate TrainingWorker::takeUpdate()
{
    QMutexLocker lock(&mMutex);
    TrainingUpdate update = std::move(mPending);
    mPending = TrainingUpdate {};
    mPending.state = update.state;
    mSignalled = false;
    return update;
}

Simulation& TrainingWorker::simulation(std::size_t index)
{
    return index == networkIndex(Network::Relu) ? mTwins->relu : mTwins->leakyRelu;
}

bool TrainingWorker::finished() const
{
    return !mTwins || (mTwins->relu.finished() && mTwins->leakyRelu.finished());
}

void TrainingWorker::configure(const SimulationConfig& config)
{
    mConfig = config;
    const bool wasRunning = mState == TrainingState::Running;
    mTwins.reset();
    mSetup.reset();
    mError = {};
    mPublished = {};
    if (Result<TwinSimulations> twins = makeTwins(config)) {
        mTwins.emplace(std::move(twins).value());
        const Dataset& data = mTwins->relu.dataset();
        mSetup = std::make_shared<const TrainingSetup>(
            TrainingSetup {config, data, regionGridFor(data, kRegionResolution)});
        mState = TrainingState::Ready;
    } else {
        mError = twins.error().localizable;
        mState = TrainingState::Invalid;
    }
    // New settings during a run restart it and keep it going, so a slope dragged mid-run shows at once.
    setRunning(wasRunning && mTwins && !finished());
    publish(true);
}

void TrainingWorker::reset()
{
    setRunning(false);
    mState = TrainingState::Ready;
    configure(mConfig);
}

void TrainingWorker::start()
{
    if (mState == TrainingState::Running)
        return;
    // Settings that cannot run (or a run at its end) answer too: the panel may have asked before it heard
    // of them, and it stops showing a run only on an update.
    if (!finished())
        setRunning(true);
    publish();
}

void TrainingWorker::pause()
{
    if (mState != TrainingState::Running)
        return;
    setRunning(false);
    publish();
}

void TrainingWorker::stepOnce()
{
    setRunning(false);
    if (finished())
        return;
    stepBoth();
    if (finished())
        mState = TrainingState::Finished;
    publish();
}

void TrainingWorker::setStepsPerSecond(int stepsPerSecond)
{
    mStepsPerSecond = std::max(stepsPerSecond, 0);
    if (mTimer->isActive())
        mTimer->setInterval(mStepsPerSecond == 0 ? 0 : 10);
}

void TrainingWorker::shutdown()
{
    mStopRequested.store(true);
    mTimer->stop();
}

void TrainingWorker::setRunning(bool running)
{
    if (running && !mStopRequested.load()) {
        mState = TrainingState::Running;
        mStepCredit = 1.0; // the first step shows as soon as Start is pressed
        mSinceSlice.start();
        mSincePublish.start();
        // Back to back at full speed; otherwise often enough that slow paces stay even.
        mTimer->start(mStepsPerSecond == 0 ? 0 : 10);
    } else {
        mTimer->stop();
        if (mState == TrainingState::Running)
            mState = TrainingState::Ready;
    }
}

void TrainingWorker::stepBoth()
{
    for (std::size_t i = 0; i < 2; ++i) {
        if (!simulation(i).finished())
            simulation(i).step();
    }
}

void TrainingWorker::runSlice()
{
    QElapsedTimer slice;
    slice.start();
    const double elapsedMs = static_cast<double>(mSinceSlice.restart());
    long long due = 0;
    if (mStepsPerSecond == 0) {
        due = std::numeric_limits<long long>::max();
    } else {
        // A pace the CPU cannot keep is not made up later in a burst: owe at most a tenth of a second.
        const double rate = mStepsPerSecond / 1000.0;
        mStepCredit = std::min(mStepCredit + elapsedMs * rate, std::max(1.0, 100.0 * rate));
        due = static_cast<long long>(std::floor(mStepCredit));
        mStepCredit -= static_cast<double>(due);
    }
    for (long long done = 0; done < due && !finished(); ++done) {
        if (mStopRequested.load() || slice.elapsed() >= kSliceMs)
            break;
        stepBoth();
    }
    if (finished()) {
        setRunning(false);
        mState = TrainingState::Finished;
        publish();
    } else if (mSincePublish.elapsed() >= kPublishIntervalMs) {
        publish();
    }
}

void TrainingWorker::publish(bool restarted)
{
    std::array<NetworkUpdate, 2> networks;
    if (mTwins) {
        const bool classification = isClassification(mConfig.dataset);
        for (std::size_t i = 0; i < 2; ++i) {
            const Simulation& sim = simulation(i);
            NetworkUpdate& out = networks[i];
            const std::vector<StepRecord>& history = sim.history();
            out.records.assign(history.begin() + static_cast<std::ptrdiff_t>(mPublished[i]), history.end());
            mPublished[i] = history.size();
            out.stepsDone = sim.stepsDone();
            out.divergedAt = sim.divergedAt();
            out.activeSamples = sim.activeSamples();
            out.regions = sampleRegions(sim.network(), mSetup->grid, classification);
        }
    }
    mSincePublish.restart();

    bool notify = false;
    {
        QMutexLocker lock(&mMutex);
        if (restarted) {
            mPending = TrainingUpdate {};
            mPending.restarted = true;
            mPending.setup = mSetup;
            mPending.error = mError;
        }
        for (std::size_t i = 0; i < 2; ++i) {
            NetworkUpdate& pending = mPending.networks[i];
            std::vector<StepRecord> earlier = std::move(pending.records);
            pending = std::move(networks[i]);
            pending.records.insert(pending.records.begin(), std::make_move_iterator(earlier.begin()),
                std::make_move_iterator(earlier.end()));
        }
        mPending.state = mState;
        notify = !std::exchange(mSignalled, true);
    }
    if (notify)
        emit updateReady();
}

} // namespace leakylab
