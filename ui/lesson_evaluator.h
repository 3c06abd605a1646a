// The program and what PyTorch prints for the current lesson, worked out off the UI thread, where a pasted
// million-element list costs its parse and its megabytes of program text without stalling the window.
#pragma once

#include <QObject>

#include <memory>

#include "core/eval.h"
#include "ui/latest_task.h"
#include "ui/lesson_state.h"

namespace leakylab {

// One run of the lesson's program: the setup it ran for, the program, and what evaluate() made of it.
struct Evaluation {
    LessonSetup setup;
    QString program; // pythonProgram(): what the code panel shows and copies
    EvalResult result;
};
using EvaluationPtr = std::shared_ptr<const Evaluation>;

// Re-runs evaluate() whenever the lesson changes; a run superseded by a newer change is never delivered.
class LessonEvaluator : public QObject {
    Q_OBJECT
public:
    explicit LessonEvaluator(LessonState* state, QObject* parent = nullptr);

    // The newest delivered evaluation; null until the first one arrives.
    const EvaluationPtr& latest() const { return mLatest; }
    // True while the lesson has changed since the evaluation last delivered.
    bool isBusy() const { return mTask.isBusy(); }

signals:
    void evaluated(const leakylab::EvaluationPtr& evaluation);
    void busyChanged(bool busy);

private:
    void request();
    void deliver(EvaluationPtr evaluation);

    LessonState* mState;
    EvaluationPtr mLatest;
    LatestTask<EvaluationPtr> mTask;
};

} // namespace leakylab
