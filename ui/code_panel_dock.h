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

    CodePanel* panel() const { return mPanel; }

private:
    CodePanel* mPanel = nullptr;
};

} // namespace leakylab
