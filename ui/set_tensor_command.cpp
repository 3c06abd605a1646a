// Undo and redo of a tensor change set the lesson's tensor input; the editor and plot follow the lesson.
#include "ui/set_tensor_command.h"

namespace leakylab {
namespace {

constexpr int kTypingId = 0x7465'6e73; // "tens": distinct from every other command's id
}

SetTensorCommand::SetTensorCommand(LessonState* state, TensorInput from, TensorInput to, const QString& text,
                                   int typingSession)
    : mState(state), mFrom(std::move(from)), mTo(std::move(to)), mTypingSession(typingSession)
{
    setText(text);
}

void SetTensorCommand::undo()
{
    if (mState)
        mState->setTensor(mFrom);
}

// On push this applies the edit; when the lesson already holds it (typing), it changes nothing.
void SetTensorCommand::redo()
{
    if (mState)
        mState->setTensor(mTo);
}

int SetTensorCommand::id() const
{
    return mTypingSession != 0 ? kTypingId : -1;
}

bool SetTensorCommand::mergeWith(const QUndoCommand* other)
{
    const auto* next = static_cast<const SetTensorCommand*>(other);
    if (next->mTypingSession != mTypingSession || next->mState != mState)
        return false;
    mTo = next->mTo;
    setObsolete(mTo == mFrom); // typed back to where it started: nothing to undo
    return true;
}

} // namespace leakylab
