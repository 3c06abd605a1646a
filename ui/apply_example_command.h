// The undo step for a tutorial example: tensor, seed, slope, activation and form change together.
#pragma once

#include <QPointer>
#include <QUndoCommand>

#include "ui/lesson_state.h"

namespace leakylab {

class ApplyExampleCommand : public QUndoCommand {
public:
    ApplyExampleCommand(LessonState* state, LessonSetup from, LessonSetup to, const QString& title);

    void undo() override;
    void redo() override;

private:
    QPointer<LessonState> mState;
    LessonSetup mFrom;
    LessonSetup mTo;
};

} // namespace leakylab
