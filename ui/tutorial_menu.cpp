// Each action applies its example as one undo step, shared with the slope's.
#include "ui/tutorial_menu.h"

#include <QAction>

#include "ui/tutorial_examples.h"

namespace leakylab {

TutorialMenu::TutorialMenu(LessonState* state, QUndoStack* undoStack, QWidget* parent)
    : QMenu(tr("&Tutorial"), parent)
{
    setToolTipsVisible(true);
    // Menus are windows of their own; this lets them take the window's larger font.
    setAttribute(Qt::WA_WindowPropagation);
    bool errorsStarted = false;
    for (const TutorialExample& example : tutorialExamples()) {
        if (example.showsError && !errorsStarted) {
            addSection(tr("What PyTorch refuses"));
            errorsStarted = true;
        }
        QAction* action = addAction(example.title);
        action->setData(example.id);
        action->setToolTip(example.details);
        connect(action, &QAction::triggered, this, [state, undoStack, example] {
            applyExample(example, state, undoStack);
        });
        mActions.append(action);
    }
}

} // namespace leakylab
