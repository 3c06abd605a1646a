// The dock that holds the tensor editor in the main window.
#pragma once

#include <QDockWidget>

class QUndoStack;

namespace leakylab {

class LessonEvaluator;
class LessonState;
class TensorEditor;

class TensorEditorDock : public QDockWidget {
    Q_OBJECT
public:
    TensorEditorDock(LessonState* state, LessonEvaluator* evaluator, QUndoStack* undoStack, QWidget* parent = nullptr);

    // Made when first asked for. The main window asks just after its first frame, so it appears without
    // waiting for the editor's widgets and fonts; the editor then shows the lesson as it stands.
    TensorEditor* editor();

private:
    LessonState* mState;
    LessonEvaluator* mEvaluator;
    QUndoStack* mUndoStack;
    TensorEditor* mEditor = nullptr;
};

} // namespace leakylab
