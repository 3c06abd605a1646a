// The classic LeakyReLU tutorial's examples as data: each one sets the lesson so the app prints what PyTorch did.
#pragma once

#include <QString>

#include <vector>

#include "ui/lesson_state.h"

class QUndoStack;

namespace leakylab {

struct TutorialExample {
    QString id;      // stable, for tests and saved menus: "randn_slope_0_2"
    QString title;   // what the menu and the editor's list show
    QString details; // tooltip: what the example teaches
    bool showsError; // one of PyTorch's errors rather than a printed tensor
    LessonSetup setup;
};

// In the tutorial's order, the three errors last.
std::vector<TutorialExample> tutorialExamples();

// Sets the whole lesson to the example, as one undo step when a stack is given.
void applyExample(const TutorialExample& example, LessonState* state, QUndoStack* undoStack);

} // namespace leakylab
