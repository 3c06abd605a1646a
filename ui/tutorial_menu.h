// The Tutorial menu: one action per example of the classic LeakyReLU tutorial, the errors in their own section.
#pragma once

#include <QList>
#include <QMenu>

class QUndoStack;

namespace leakylab {

class LessonState;

class TutorialMenu : public QMenu {
    Q_OBJECT
public:
    TutorialMenu(LessonState* state, QUndoStack* undoStack, QWidget* parent = nullptr);

    // In the order of tutorialExamples(); each action's data is the example's id.
    const QList<QAction*>& exampleActions() const { return mActions; }

private:
    QList<QAction*> mActions;
};

} // namespace leakylab
