// Help > Guided lesson: a dock that walks through the PyTorch LeakyReLU tutorial step by step, setting the app.
#pragma once

#include <QDockWidget>

#include <vector>

#include "ui/guided_lesson_steps.h"

class QLabel;
class QPushButton;
class QTextBrowser;

namespace leakylab {

class MainWindow;

// Each step sets the lesson (one undo step), the derivatives and the docks it needs, and shows its text,
// formula and a question. While presenting, steps leave the tensor editor and code panel alone (the plot
// keeps the screen) and only show or hide the training panel.
class GuidedLesson : public QDockWidget {
    Q_OBJECT
public:
    explicit GuidedLesson(MainWindow* window);

    int stepCount() const { return static_cast<int>(mSteps.size()); }
    // 0-based; -1 before the lesson has started.
    int currentStep() const { return mCurrent; }
    const GuidedLessonStep& step(int index) const { return mSteps.at(static_cast<std::size_t>(index)); }
    QString stepIndicator() const;

    // Sets the app to step `index` (clamped) and shows its text.
    void showStep(int index);
    void next();
    void previous();
    void setPresenting(bool presenting);

    // The indicator, text and buttons are made when first asked for, or when a step is shown. The main
    // window asks just after its first frame, which the dock, hidden at first, does not show.
    void makeContents();
    QPushButton* nextButton();
    QPushButton* previousButton();
    QLabel* indicatorLabel();
    QTextBrowser* textView();

signals:
    void stepShown(int index);

private:
    void applyPanels(const GuidedLessonStep& step);
    void applySidePanels(const GuidedLessonStep& step);
    void updateText();
    // The indicator in bold, at the dock's font size.
    void applyIndicatorFont();

    MainWindow* mWindow;
    std::vector<GuidedLessonStep> mSteps;
    int mCurrent = -1;
    bool mPresenting = false;
    QLabel* mIndicator = nullptr;
    QTextBrowser* mText = nullptr;
    QPushButton* mPrevious = nullptr;
    QPushButton* mNext = nullptr;
};

} // namespace leakylab
