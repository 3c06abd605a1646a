// The tensor editor dock: the editor inside, its edits on the window's undo stack.
#include "ui/tensor_editor_dock.h"

#include <QScrollArea>

#include "ui/tensor_editor.h"
#include "ui/scrollable.h"

namespace leakylab {

TensorEditorDock::TensorEditorDock(LessonState* state, LessonEvaluator* evaluator, QUndoStack* undoStack,
                                   QWidget* parent)
    : QDockWidget(tr("Tensor x: ReLU and LeakyReLU element by element"), parent),
      mState(state),
      mEvaluator(evaluator),
      mUndoStack(undoStack)
{
    setObjectName(QStringLiteral("tensorEditorDock"));
    setToolTip(tr("Type or paste the input tensor and see each element's outputs and gradients"));
    toggleViewAction()->setText(tr("T&ensor editor"));
    toggleViewAction()->setToolTip(tr("Show or hide the tensor editor"));
}

TensorEditor* TensorEditorDock::editor()
{
    if (mEditor)
        return mEditor;
    mEditor = new TensorEditor(mState, mEvaluator, this);
    mEditor->setUndoStack(mUndoStack);
    setWidget(scrollable(mEditor, this));
    return mEditor;
}

} // namespace leakylab
