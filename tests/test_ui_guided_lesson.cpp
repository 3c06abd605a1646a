// Help > Guided lesson: each of the six steps sets what it promises, Next and Previous stop at the ends.
#include <QAction>
#include <QComboBox>
#include <QFontInfo>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QTextBrowser>
#include <QUndoStack>

#include <memory>

#include "gui_fixture.h"
#include "ui/activation_plot.h"
#include "ui/code_panel.h"
#include "ui/code_panel_dock.h"
#include "ui/guided_lesson.h"
#include "ui/lesson_notes_panel.h"
#include "ui/lesson_state.h"
#include "ui/main_window.h"
#include "ui/presentation_mode.h"
#include "ui/slope_control.h"
#include "ui/tensor_editor_dock.h"
#include "ui/training_dock.h"
#include "ui/training_panel.h"
#include "ui/training_settings.h"

namespace leakylab {
namespace {

// What each step sets, and what PyTorch 1.13 printed for the tutorial's examples.
struct ExpectedStep {
    double slope;
    const char* tensor;
    CodeForm form;
    Activation activation;
    bool derivatives;
    bool tensorEditor;
    bool codePanel;
    bool training;
    const char* printed; // what the code panel's output starts with, or "" when not checked
};

const ExpectedStep kExpected[] = {
    {0.1, "torch.Tensor([2,-4,5,-6])", CodeForm::Module, Activation::LeakyRelu, true, false, false, false, ""},
    {0.2, "torch.randn(4)", CodeForm::Module, Activation::LeakyRelu, false, true, true, false,
     "tensor([ 1.5410, -0.0587, -0.4358,  0.5684])"},
    {0.4, "torch.Tensor([2,-4,5,-6])", CodeForm::Inplace, Activation::LeakyRelu, false, false, true, false,
     "tensor([ 2.0000, -1.6000,  5.0000, -2.4000])"},
    {0.4, "torch.Tensor([2,-4,5,-6])", CodeForm::Module, Activation::LeakyRelu, true, true, true, false,
     "tensor([ 2.0000, -1.6000,  5.0000, -2.4000])"},
    {0.01, "torch.Tensor([2,-4,5,-6])", CodeForm::Functional, Activation::LeakyRelu, false, false, true, false,
     "tensor([ 2.0000, -0.0400,  5.0000, -0.0600])"},
    {0.01, "torch.Tensor([2,-3,4,-6])", CodeForm::Module, Activation::Relu, true, false, false, true, ""},
};

class GuidedLessonTest : public test::UiTest {
protected:
    GuidedLessonTest()
    {
        window = std::make_unique<MainWindow>();
        window->resize(1600, 1000);
        test::showAndWait(*window);
        lesson = window->guidedLesson();
    }

    void expectStep(int index)
    {
        SCOPED_TRACE(testing::Message() << "step " << index + 1);
        const ExpectedStep& expected = kExpected[index];
        const LessonState& state = *window->lessonState();
        EXPECT_EQ(lesson->currentStep(), index);
        EXPECT_NEAR(state.slope(), expected.slope, 1e-12);
        EXPECT_NEAR(window->slopeControl()->slope(), expected.slope, 1e-12);
        EXPECT_EQ(state.tensor().expression, QString::fromLatin1(expected.tensor));
        EXPECT_EQ(state.tensor().seed, 0u);
        EXPECT_EQ(state.form(), expected.form);
        EXPECT_EQ(state.activation(), expected.activation);
        EXPECT_EQ(window->plot()->isCurveVisible(Curve::ReluGrad), expected.derivatives);
        EXPECT_EQ(window->plot()->isCurveVisible(Curve::LeakyReluGrad), expected.derivatives);
        EXPECT_EQ(window->tensorEditorDock()->isVisible(), expected.tensorEditor);
        EXPECT_EQ(window->codePanelDock()->isVisible(), expected.codePanel);
        EXPECT_EQ(window->trainingDock()->isVisible(), expected.training);
        EXPECT_FALSE(window->lessonNotesPanel()->isVisible());
        EXPECT_EQ(lesson->indicatorLabel()->text(), QStringLiteral("Step %1 of 6").arg(index + 1));
        const QString text = lesson->textView()->toPlainText();
        EXPECT_TRUE(text.contains(lesson->step(index).title));
        EXPECT_TRUE(text.contains(QStringLiteral("Try this:")));
        if (*expected.printed) {
            CodePanel* code = window->codePanelDock()->panel();
            ASSERT_TRUE(QTest::qWaitFor([code] { return code->isOutputCurrent(); }, 5000));
            EXPECT_TRUE(code->outputText().startsWith(QString::fromLatin1(expected.printed)))
                << code->outputText().toStdString();
        }
    }

    std::unique_ptr<MainWindow> window;
    GuidedLesson* lesson = nullptr;
};

TEST_F(GuidedLessonTest, help_guided_lesson_opens_the_panel_at_step_one)
{
    ASSERT_FALSE(lesson->isVisible());
    QAction* open = window->guidedLessonAction();
    bool inHelp = false;
    for (QAction* menu : window->menuBar()->actions()) {
        if (menu->menu() && menu->menu()->actions().contains(open))
            inHelp = menu->text() == MainWindow::tr("&Help");
    }
    EXPECT_TRUE(inHelp);
    open->trigger();
    EXPECT_TRUE(lesson->isVisible());
    expectStep(0);
    EXPECT_FALSE(lesson->previousButton()->isEnabled());
    EXPECT_TRUE(lesson->nextButton()->isEnabled());
}

TEST_F(GuidedLessonTest, every_step_sets_the_lesson_it_promises)
{
    window->guidedLessonAction()->trigger();
    for (int index = 0; index < 6; ++index) {
        if (index > 0)
            QTest::mouseClick(lesson->nextButton(), Qt::LeftButton);
        expectStep(index);
    }
}

TEST_F(GuidedLessonTest, the_last_step_shows_training_with_the_dying_relu_preset)
{
    window->guidedLessonAction()->trigger();
    lesson->showStep(5);
    ASSERT_TRUE(window->trainingDock()->isVisible());
    TrainingSettings* settings = window->trainingDock()->panel()->settings();
    EXPECT_EQ(settings->presetIndex(), 0);
    EXPECT_EQ(settings->presetBox()->currentText(), QStringLiteral("Provoke dying ReLU"));
}

TEST_F(GuidedLessonTest, previous_and_next_stop_at_the_ends)
{
    window->guidedLessonAction()->trigger();
    lesson->previous();
    EXPECT_EQ(lesson->currentStep(), 0);
    for (int i = 0; i < 10; ++i)
        lesson->next();
    EXPECT_EQ(lesson->currentStep(), 5);
    EXPECT_FALSE(lesson->nextButton()->isEnabled());
    EXPECT_TRUE(lesson->previousButton()->isEnabled());
    EXPECT_EQ(lesson->indicatorLabel()->text(), QStringLiteral("Step 6 of 6"));
    QTest::mouseClick(lesson->previousButton(), Qt::LeftButton);
    expectStep(4);
    lesson->showStep(99);
    EXPECT_EQ(lesson->currentStep(), 5);
}

TEST_F(GuidedLessonTest, going_back_sets_the_earlier_step_again)
{
    window->guidedLessonAction()->trigger();
    lesson->showStep(3);
    window->slopeControl()->setSlope(0.75); // the student tries a slope
    lesson->previous();
    lesson->next();
    expectStep(3);
}

TEST_F(GuidedLessonTest, a_step_is_one_undo_step)
{
    window->guidedLessonAction()->trigger();
    lesson->next(); // step 2: slope 0.2 on torch.randn(4)
    const LessonSetup second = window->lessonState()->setup();
    lesson->next();
    ASSERT_NE(window->lessonState()->setup(), second);
    window->undoStack()->undo();
    EXPECT_EQ(window->lessonState()->setup(), second);
}

TEST_F(GuidedLessonTest, every_step_has_a_formula_and_a_question)
{
    for (int index = 0; index < lesson->stepCount(); ++index) {
        const GuidedLessonStep& step = lesson->step(index);
        EXPECT_FALSE(step.formula.isEmpty()) << index;
        EXPECT_FALSE(step.question.isEmpty()) << index;
        EXPECT_FALSE(step.explanation.isEmpty()) << index;
    }
    EXPECT_EQ(lesson->step(0).formula, QStringLiteral("LeakyReLU(x) = max(0, x) + negative_slope · min(0, x)"));
}

TEST_F(GuidedLessonTest, while_presenting_steps_leave_the_side_panels_hidden)
{
    window->guidedLessonAction()->trigger();
    window->presentationMode()->setActive(true);
    lesson->showStep(1); // at the desk it shows the tensor editor and the code panel
    EXPECT_FALSE(window->tensorEditorDock()->isVisible());
    EXPECT_FALSE(window->codePanelDock()->isVisible());
    EXPECT_TRUE(lesson->isVisible());
    EXPECT_NEAR(window->slopeControl()->slope(), 0.2, 1e-12);
    lesson->showStep(5);
    EXPECT_TRUE(window->trainingDock()->isVisible());
    window->presentationMode()->setActive(false);
}

TEST_F(GuidedLessonTest, its_text_is_large_while_presenting_and_back_after)
{
    window->guidedLessonAction()->trigger();
    const int deskPixels = QFontInfo(lesson->textView()->font()).pixelSize();
    window->presentationMode()->setActive(true);
    EXPECT_GE(QFontInfo(lesson->textView()->font()).pixelSize(), 24);
    EXPECT_GE(QFontInfo(lesson->indicatorLabel()->font()).pixelSize(), 24);
    EXPECT_GE(QFontInfo(lesson->nextButton()->font()).pixelSize(), 24);
    window->presentationMode()->setActive(false);
    EXPECT_EQ(QFontInfo(lesson->textView()->font()).pixelSize(), deskPixels);
}

} // namespace
} // namespace leakylab
