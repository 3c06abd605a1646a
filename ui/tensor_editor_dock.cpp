// The tensor editor dock: the editor inside, its edits on the window's undo stack.
#include "ui/tensor_editor_dock.h"

#include <QScrollArea>

#include "ui/tensor_editor.h"
#include "ui/scrollable.h"

namespace leakylab {

TensorEditorDock::TensorEditorDock(LessonState* state, LessonEvaluator* evaluator, QUndoStack* undoStack,
                                   QWidget* parent)
    : QDockWidget(tr("Tensor x: ReLU and LeakyReLU element by element"), parent)
{
    setObjectName(QStringLiteral("tensorEditorDock"));
    setToolTip(tr("Type or paste the input tensor and see each element's outputs and gradients"));
    mEditor = new TensorEditor(state, evaluator, this);
    mEditor->setUndoStack(undoStack);
    setWidget(scrollable(mEditor, this));
    toggleViewAction()->setText(tr("T&ensor editor"));
    toggleViewAction()->setToolTip(tr("Show or hide the tensor editor"));
}

} // namespace leakylab
