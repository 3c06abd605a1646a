// Runs work off the UI thread where only the newest request's result matters (parsing what a student types).
#pragma once

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

#include <cstdint>
#include <functional>
#include <optional>
#include <utility>

namespace leakylab {

// One job runs at a time on the global thread pool. A job asked for while another runs waits, replacing any
// job already waiting, and a result is delivered only when no newer job was asked for after it: a burst of
// keystrokes or slider ticks costs at most two runs, and a stale result never overwrites a newer one.
// Jobs must own what they read (capture by value): one may still be running when this object is gone.
template <class T>
class LatestTask {
public:
    using Job = std::function<T()>;
    using Deliver = std::function<void(T)>;

    explicit LatestTask(Deliver deliver) : mDeliver(std::move(deliver)) { }
    LatestTask(const LatestTask&) = delete;
    LatestTask& operator=(const LatestTask&) = delete;

    void run(Job job)
    {
        ++mRequested;
        if (mRunning) {
            mPending = std::move(job);
            return;
        }
        start(std::move(job));
    }

    // True from a request until its result (or a newer one) has been delivered.
    bool isBusy() const { return mDelivered != mRequested; }
    std::uint64_t requested() const { return mRequested; }

private:
    void start(Job job)
    {
        mRunning = true;
        const std::uint64_t generation = mRequested;
        // A watcher per job: its finished signal can only ever be about that job. Owned by mWatchers, so a
        // job still running when this object goes calls nothing back.
        auto* watcher = new QFutureWatcher<T>(&mWatchers);
        QObject::connect(watcher, &QFutureWatcherBase::finished, watcher, [this, watcher, generation] {
            watcher->deleteLater();
            onFinished(generation, watcher->result());
        });
        watcher->setFuture(QtConcurrent::run(std::move(job)));
    }

    void onFinished(std::uint64_t generation, T result)
    {
        mRunning = false;
        if (mPending) {
            Job next = std::move(*mPending);
            mPending.reset();
            start(std::move(next));
            return; // this result is already stale
        }
        if (generation != mRequested)
            return;
        mDelivered = generation;
        mDeliver(std::move(result));
    }

    Deliver mDeliver;
    QObject mWatchers;
    std::optional<Job> mPending;
    bool mRunning = false;
    std::uint64_t mRequested = 0; // generation of the newest request
    std::uint64_t mDelivered = 0; // generation whose result was delivered last
};

} // namespace leakylab
