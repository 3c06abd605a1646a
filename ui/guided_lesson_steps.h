// The guided lesson's six steps through the classic PyTorch LeakyReLU tutorial, as data: text and what each sets.
#pragma once

#include <QString>

#include <vector>

#include "ui/lesson_state.h"

namespace leakylab {

// The docks a step shows; the others it hides.
struct GuidedLessonPanels {
    bool tensorEditor = false;
    bool codePanel = false;
    bool training = false;
    bool operator==(const GuidedLessonPanels&) const = default;
};

struct GuidedLessonStep {
    QString id;          // stable, for tests: "randn"
    QString title;
    QString explanation; // rich text, a paragraph or two
    QString formula;     // plain text, shown large
    QString question;    // something to try, rich text
    LessonSetup setup;   // slope, tensor, form, activation: one undo step
    bool derivatives = false; // ReLU′ and LeakyReLU′ shown
    GuidedLessonPanels panels;
    bool trainingPreset = false; // the training panel gets "Provoke dying ReLU"
};

// In the tutorial's order: what LeakyReLU is, torch.randn(4), inplace, the slope, F.leaky_relu, against ReLU.
// Made on each call, so the texts follow a language switched while the app runs.
std::vector<GuidedLessonStep> guidedLessonSteps();

} // namespace leakylab
