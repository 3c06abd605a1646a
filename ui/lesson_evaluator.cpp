// Each lesson change becomes one background run; the latest result reaches the editor, code panel and plot.
#include "ui/lesson_evaluator.h"

#include "core/code_gen.h"

namespace leakylab {

LessonEvaluator::LessonEvaluator(LessonState* state, QObject* parent)
    : QObject(parent), mState(state), mTask([this](EvaluationPtr evaluation) { deliver(std::move(evaluation)); })
{
    // Every field of the setup changes what the program prints.
    connect(mState, &LessonState::changed, this, &LessonEvaluator::request);
    request();
}

void LessonEvaluator::request()
{
    const bool wasBusy = mTask.isBusy();
    // The job owns a copy of the setup: the state may change again before the job runs.
    mTask.run([setup = mState->setup()] {
        auto evaluation = std::make_shared<Evaluation>();
        evaluation->setup = setup;
        const std::string expression = setup.tensor.expression.toStdString();
        const EvalOptions options = evalOptionsFor(setup);
        evaluation->program = QString::fromStdString(pythonProgram(expression, setup.form, options));
        evaluation->result = evaluate(expression, options);
        return EvaluationPtr(std::move(evaluation));
    });
    if (!wasBusy)
        emit busyChanged(true);
}

void LessonEvaluator::deliver(EvaluationPtr evaluation)
{
    mLatest = std::move(evaluation);
    emit evaluated(mLatest);
    emit busyChanged(false);
}

} // namespace leakylab
