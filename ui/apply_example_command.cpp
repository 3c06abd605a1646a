// Undo of a tutorial example restores the whole lesson it replaced, in one step.
#include "ui/apply_example_command.h"

#include <QCoreApplication>

namespace leakylab {

ApplyExampleCommand::ApplyExampleCommand(LessonState* state, LessonSetup from, LessonSetup to, const QString& title)
    : mState(state), mFrom(std::move(from)), mTo(std::move(to))
{
    setText(QCoreApplication::translate("ApplyExampleCommand", "example: %1").arg(title));
}

void ApplyExampleCommand::undo()
{
    if (mState)
        mState->setSetup(mFrom);
}

void ApplyExampleCommand::redo()
{
    if (mState)
        mState->setSetup(mTo);
}

} // namespace leakylab
