// Presentation mode end to end: full screen, sizes for a projector, panels back after Esc, keys wherever the focus is.
#include <QAction>
#include <QDockWidget>
#include <QFontInfo>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QScreen>
#include <QSlider>
#include <QStatusBar>
#include <QToolBar>

#include <algorithm>
#include <memory>

#include "gui_fixture.h"
#include "ui/activation_plot.h"
#include "ui/code_panel_dock.h"
#include "ui/curve_style.h"
#include "ui/guided_lesson.h"
#include "ui/lesson_notes_panel.h"
#include "ui/main_window.h"
#include "ui/presentation_mode.h"
#include "ui/slope_control.h"
#include "ui/tensor_editor_dock.h"
#include "ui/theme_menu.h"
#include "ui/training_dock.h"
#include "ui/training_panel.h"

namespace leakylab {
namespace {

// Read from the back of a room on a 1080p projector.
constexpr int kMinTextPixels = 24;
constexpr double kMinCurveWidth = 3.0;

int pixels(const QFont& font)
{
    return QFontInfo(font).pixelSize();
}

class PresentationTest : public test::UiTest {
protected:
    PresentationTest()
    {
        window = std::make_unique<MainWindow>();
        window->resize(1280, 720);
        test::showAndWait(*window);
        window->activateWindow();
        active = QTest::qWaitForWindowActive(window.get());
    }

    PresentationMode& presentation() const { return *window->presentationMode(); }
    ActivationPlot& plot() const { return *window->plot(); }
    SlopeControl& slope() const { return *window->slopeControl(); }

    void present()
    {
        window->plot()->setFocus();
        QTest::keyClick(window.get(), Qt::Key_F5);
        ASSERT_TRUE(QTest::qWaitFor([this] { return window->isFullScreen(); }, 2000));
    }

    QList<QDockWidget*> visibleDocks() const
    {
        QList<QDockWidget*> shown;
        for (QDockWidget* dock : window->findChildren<QDockWidget*>()) {
            if (dock->isVisible())
                shown.append(dock);
        }
        // In a fixed order: raising a tab reorders the window's children.
        std::sort(shown.begin(), shown.end(), [](const QDockWidget* a, const QDockWidget* b) {
            return a->objectName() < b->objectName();
        });
        return shown;
    }

    std::unique_ptr<MainWindow> window;
    bool active = false;
};

TEST_F(PresentationTest, f5_goes_full_screen_and_f5_again_comes_back)
{
    ASSERT_TRUE(active);
    ASSERT_FALSE(window->isFullScreen());
    present();
    EXPECT_TRUE(presentation().isActive());
    EXPECT_TRUE(window->windowState().testFlag(Qt::WindowFullScreen));
    EXPECT_TRUE(presentation().action()->isChecked());
    QTest::keyClick(window.get(), Qt::Key_F5);
    EXPECT_FALSE(presentation().isActive());
    EXPECT_FALSE(window->windowState().testFlag(Qt::WindowFullScreen));
    EXPECT_FALSE(presentation().action()->isChecked());
}

TEST_F(PresentationTest, the_view_menu_and_the_tool_bar_offer_it)
{
    QAction* action = presentation().action();
    EXPECT_EQ(action->shortcut(), QKeySequence(Qt::Key_F5));
    bool inViewMenu = false;
    for (QAction* menu : window->menuBar()->actions()) {
        if (menu->menu() && menu->menu()->actions().contains(action))
            inViewMenu = menu->text() == MainWindow::tr("&View");
    }
    EXPECT_TRUE(inViewMenu);
    auto* bar = window->findChild<QToolBar*>(QStringLiteral("mainToolBar"));
    ASSERT_NE(bar, nullptr);
    EXPECT_TRUE(bar->actions().contains(action));
    // The keys are listed where the teacher can find them.
    EXPECT_TRUE(action->toolTip().contains(QStringLiteral("Space")));
}

TEST_F(PresentationTest, text_and_curves_are_large_enough_for_the_back_row)
{
    present();
    for (QCPAxis* axis : {plot().xAxis, plot().yAxis}) {
        EXPECT_GE(pixels(axis->tickLabelFont()), kMinTextPixels);
        EXPECT_GE(pixels(axis->labelFont()), kMinTextPixels);
    }
    ASSERT_GT(plot().legend->itemCount(), 0);
    for (int i = 0; i < plot().legendEntries().size(); ++i) {
        auto* item = qobject_cast<QCPPlottableLegendItem*>(plot().legendEntries().at(i));
        ASSERT_NE(item, nullptr);
        EXPECT_GE(pixels(item->font()), kMinTextPixels) << item->plottable()->name().toStdString();
    }
    auto* formula = qobject_cast<QCPTextElement*>(plot().plotLayout()->element(0, 0));
    ASSERT_NE(formula, nullptr);
    EXPECT_TRUE(formula->text().startsWith(QStringLiteral("LeakyReLU(x) = max(0, x)")));
    EXPECT_GE(pixels(formula->font()), kMinTextPixels);
    for (Curve curve : kCurves)
        EXPECT_GE(plot().curveGraph(curve)->pen().widthF(), kMinCurveWidth) << curveName(curve).toStdString();
    EXPECT_GE(pixels(slope().font()), kMinTextPixels);
    EXPECT_GE(pixels(presentation().keyBar()->font()), kMinTextPixels);
    EXPECT_TRUE(presentation().keyBar()->isVisible());
}

TEST_F(PresentationTest, the_plot_fills_the_screen_with_slope_and_formula_in_view)
{
    present();
    const QRect screen = window->screen()->geometry();
    EXPECT_GT(plot().width(), screen.width() * 9 / 10);
    EXPECT_GT(plot().height(), screen.height() * 7 / 10);
    EXPECT_TRUE(slope().isVisible());
    EXPECT_FALSE(window->menuBar()->isVisible());
}

TEST_F(PresentationTest, the_palette_is_high_contrast_and_the_theme_comes_back)
{
    ASSERT_EQ(window->themeMenu()->theme(), Theme::Light);
    present();
    EXPECT_EQ(window->themeMenu()->theme(), Theme::HighContrast);
    QTest::keyClick(window.get(), Qt::Key_Escape);
    EXPECT_EQ(window->themeMenu()->theme(), Theme::Light);
}

// Previous on the lesson's first step, Next on its last: a button that does nothing must look it, in every
// theme and while presenting.
TEST_F(PresentationTest, a_disabled_button_looks_disabled_in_every_theme)
{
    window->guidedLessonAction()->trigger();
    const QPushButton* previous = window->guidedLesson()->previousButton();
    ASSERT_FALSE(previous->isEnabled());
    auto expectDisabledLooksDisabled = [previous](const char* when) {
        QCoreApplication::processEvents(); // the application palette reaches the widgets
        const QPalette palette = previous->palette();
        for (QPalette::ColorRole role : {QPalette::ButtonText, QPalette::WindowText, QPalette::Text})
            EXPECT_NE(palette.color(QPalette::Disabled, role).rgb(), palette.color(QPalette::Active, role).rgb())
                << when << ", role " << role;
    };
    for (Theme theme : {Theme::Light, Theme::Dark, Theme::HighContrast}) {
        window->themeMenu()->setTheme(theme);
        expectDisabledLooksDisabled(ThemeMenu::themeLabel(theme).toUtf8().constData());
    }
    window->themeMenu()->setTheme(Theme::Light);
    present();
    expectDisabledLooksDisabled("presenting");
}

TEST_F(PresentationTest, esc_gives_back_the_desk_sizes)
{
    present();
    QTest::keyClick(window.get(), Qt::Key_Escape);
    for (Curve curve : kCurves)
        EXPECT_DOUBLE_EQ(plot().curveGraph(curve)->pen().widthF(), curvePen(curve).widthF());
    EXPECT_LT(pixels(plot().xAxis->tickLabelFont()), kMinTextPixels);
    EXPECT_FALSE(presentation().keyBar()->isVisible());
}

TEST_F(PresentationTest, panels_are_hidden_and_esc_restores_them_and_the_window)
{
    // Not the first start's layout: the training panel shown, the code panel closed.
    window->trainingDock()->show();
    window->codePanelDock()->hide();
    QTest::qWait(50);
    const QList<QDockWidget*> before = visibleDocks();
    const QRect geometry = window->geometry();
    const QSize tensorSize = window->tensorEditorDock()->size();
    ASSERT_TRUE(before.contains(window->trainingDock()));
    ASSERT_FALSE(before.contains(window->codePanelDock()));

    present();
    EXPECT_TRUE(visibleDocks().isEmpty());
    for (QToolBar* bar : window->findChildren<QToolBar*>())
        EXPECT_FALSE(bar->isVisible());

    QTest::keyClick(window.get(), Qt::Key_Escape);
    QTest::qWait(50);
    EXPECT_FALSE(presentation().isActive());
    EXPECT_FALSE(window->isFullScreen());
    EXPECT_EQ(visibleDocks(), before);
    EXPECT_EQ(window->geometry(), geometry);
    EXPECT_EQ(window->tensorEditorDock()->size(), tensorSize);
    EXPECT_TRUE(window->menuBar()->isVisible());
    EXPECT_TRUE(window->findChild<QToolBar*>(QStringLiteral("mainToolBar"))->isVisible());
}

// Tabbed panels: the tab that was in front is in front again, whichever of them was shown last.
TEST_F(PresentationTest, esc_brings_back_the_tab_that_was_in_front)
{
    QDockWidget* code = window->codePanelDock();
    QDockWidget* notes = window->lessonNotesPanel();
    ASSERT_TRUE(window->tabifiedDockWidgets(code).contains(notes));
    for (QDockWidget* front : {code, notes}) {
        QDockWidget* back = front == code ? notes : code;
        front->raise();
        QTest::qWait(50);
        ASSERT_FALSE(front->visibleRegion().isEmpty());
        ASSERT_TRUE(back->visibleRegion().isEmpty());

        present();
        QTest::keyClick(window.get(), Qt::Key_Escape);
        QTest::qWait(50);
        EXPECT_FALSE(front->visibleRegion().isEmpty()) << front->objectName().toStdString();
        EXPECT_TRUE(back->visibleRegion().isEmpty()) << back->objectName().toStdString();
    }
}

TEST_F(PresentationTest, space_starts_and_pauses_training_even_with_its_panel_hidden)
{
    present();
    ASSERT_FALSE(window->trainingDock()->isVisible());
    QTest::keyClick(window.get(), Qt::Key_Space);
    TrainingPanel* panel = window->trainingDock()->panel();
    EXPECT_TRUE(panel->isRunning());
    EXPECT_TRUE(window->trainingDock()->isVisible());
    // The training panel's own Space shortcut is visible now too: one press still toggles once.
    QTest::keyClick(window.get(), Qt::Key_Space);
    EXPECT_FALSE(panel->isRunning());
}

// Docked under the plot's projector sizes the panel would squeeze both: on this small screen it fills the
// window, the keys still reach presentation mode, and Esc puts it back where it was.
TEST_F(PresentationTest, space_on_a_small_screen_fills_the_window_with_the_training_panel)
{
    present();
    TrainingDock* dock = window->trainingDock();
    QTest::keyClick(window.get(), Qt::Key_Space);
    ASSERT_TRUE(dock->isVisible());
    EXPECT_TRUE(dock->isFloating());
    EXPECT_TRUE(dock->panel()->isRunning());
    dock->activateWindow();
    QTest::keyClick(dock, Qt::Key_Space);
    EXPECT_FALSE(dock->panel()->isRunning());
    QTest::keyClick(dock, Qt::Key_Escape);
    EXPECT_FALSE(presentation().isActive());
    EXPECT_FALSE(dock->isVisible());
    EXPECT_FALSE(dock->isFloating());
}

TEST_F(PresentationTest, slope_keys_work_with_the_focus_elsewhere)
{
    slope().setSlope(0.2);
    present();
    ASSERT_FALSE(slope().slider()->hasFocus());
    QTest::keyClick(window.get(), Qt::Key_Up);
    EXPECT_NEAR(slope().slope(), 0.21, 1e-9);
    QTest::keyClick(window.get(), Qt::Key_PageUp);
    EXPECT_NEAR(slope().slope(), 0.3, 1e-9);
    QTest::keyClick(window.get(), Qt::Key_Down, Qt::ShiftModifier);
    EXPECT_NEAR(slope().slope(), 0.299, 1e-9);
    EXPECT_NEAR(plot().slope(), 0.299, 1e-9);
}

TEST_F(PresentationTest, slope_keys_work_with_a_button_focused)
{
    slope().setSlope(0.2);
    window->guidedLesson()->show();
    present();
    window->guidedLesson()->nextButton()->setFocus();
    ASSERT_TRUE(window->guidedLesson()->nextButton()->hasFocus());
    QTest::keyClick(window->guidedLesson()->nextButton(), Qt::Key_PageDown);
    EXPECT_NEAR(slope().slope(), 0.1, 1e-9);
}

TEST_F(PresentationTest, closing_while_presenting_remembers_the_desk)
{
    present();
    ASSERT_TRUE(window->close());
    window = std::make_unique<MainWindow>();
    EXPECT_EQ(window->themeMenu()->theme(), Theme::Light);
    test::showAndWait(*window);
    EXPECT_FALSE(window->isFullScreen());
    EXPECT_TRUE(window->tensorEditorDock()->isVisible());
    EXPECT_TRUE(window->menuBar()->isVisible());
}

TEST_F(PresentationTest, right_and_left_step_the_guided_lesson_unless_the_slider_has_focus)
{
    present();
    GuidedLesson* lesson = window->guidedLesson();
    ASSERT_EQ(lesson->currentStep(), -1);
    QTest::keyClick(window.get(), Qt::Key_Right);
    EXPECT_EQ(lesson->currentStep(), 0);
    // With the lesson's panel closed, the bar under the plot names the step.
    auto* stepLine = presentation().keyBar()->findChild<QLabel*>(QStringLiteral("presentationStep"));
    ASSERT_NE(stepLine, nullptr);
    EXPECT_TRUE(stepLine->isVisible());
    EXPECT_TRUE(stepLine->text().startsWith(QStringLiteral("Step 1 of 6")));
    QTest::keyClick(window.get(), Qt::Key_N);
    EXPECT_EQ(lesson->currentStep(), 1);
    EXPECT_NEAR(slope().slope(), 0.2, 1e-9); // step 2 is nn.LeakyReLU(0.2)
    QTest::keyClick(window.get(), Qt::Key_Left);
    EXPECT_EQ(lesson->currentStep(), 0);

    slope().slider()->setFocus();
    const double before = slope().slope();
    QTest::keyClick(slope().slider(), Qt::Key_Right);
    EXPECT_EQ(lesson->currentStep(), 0);
    EXPECT_NEAR(slope().slope(), before + SlopeControl::kStep, 1e-9);
}

TEST_F(PresentationTest, d_toggles_both_derivatives)
{
    present();
    const bool shown = plot().isCurveVisible(Curve::ReluGrad);
    QTest::keyClick(window.get(), Qt::Key_D);
    EXPECT_NE(plot().isCurveVisible(Curve::ReluGrad), shown);
    EXPECT_NE(plot().isCurveVisible(Curve::LeakyReluGrad), shown);
    QTest::keyClick(window.get(), Qt::Key_D);
    EXPECT_EQ(plot().isCurveVisible(Curve::ReluGrad), shown);
}

TEST_F(PresentationTest, keys_do_nothing_at_the_desk)
{
    window->plot()->setFocus();
    const int step = window->guidedLesson()->currentStep();
    const bool derivatives = plot().isCurveVisible(Curve::ReluGrad);
    QTest::keyClick(window.get(), Qt::Key_Right);
    QTest::keyClick(window.get(), Qt::Key_D);
    QTest::keyClick(window.get(), Qt::Key_Escape);
    EXPECT_EQ(window->guidedLesson()->currentStep(), step);
    EXPECT_EQ(plot().isCurveVisible(Curve::ReluGrad), derivatives);
    EXPECT_FALSE(window->isFullScreen());
}

TEST_F(PresentationTest, the_leave_button_leaves)
{
    present();
    auto* leave = presentation().keyBar()->findChild<QPushButton*>();
    ASSERT_NE(leave, nullptr);
    QTest::mouseClick(leave, Qt::LeftButton);
    EXPECT_FALSE(presentation().isActive());
    EXPECT_FALSE(window->isFullScreen());
}

} // namespace
} // namespace leakylab
