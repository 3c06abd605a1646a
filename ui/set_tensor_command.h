// The undo step for a change of the tensor: a typed expression, a cell, an added row, a paste, a seed.
#pragma once

#include <QPointer>
#include <QUndoCommand>

#include "ui/lesson_state.h"

namespace leakylab {

class SetTensorCommand : public QUndoCommand {
public:
    // Commands of the same non-zero typing session merge: undo takes back the whole expression typed.
    SetTensorCommand(LessonState* state, TensorInput from, TensorInput to, const QString& text,
                     int typingSession = 0);

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

    const TensorInput& from() const { return mFrom; }
    const TensorInput& to() const { return mTo; }

private:
    QPointer<LessonState> mState;
    TensorInput mFrom;
    TensorInput mTo;
    int mTypingSession;
};

} // namespace leakylab
