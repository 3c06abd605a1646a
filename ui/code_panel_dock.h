// The dock that holds the code panel in the main window.
#pragma once

#include <QDockWidget>

namespace leakylab {

class CodePanel;
class LessonEvaluator;
class LessonState;

class CodePanelDock : public QDockWidget {
    Q_OBJECT
public:
    CodePanelDock(LessonState* state, LessonEvaluator* evaluator, QWidget* parent = nullptr);

    // Made when first asked for, as the tensor editor is: just after the main window's first frame.
    CodePanel* panel();

private:
    LessonState* mState;
    LessonEvaluator* mEvaluator;
    CodePanel* mPanel = nullptr;
};

} // namespace leakylab
