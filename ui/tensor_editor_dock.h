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

    TensorEditor* editor() const { return mEditor; }

private:
    TensorEditor* mEditor = nullptr;
};

} // namespace leakylab
