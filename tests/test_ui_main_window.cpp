// The main window end to end: slope control, plot and undo wired together, menus, shortcuts, settings.
#include <QAction>
#include <QDockWidget>
#include <QFileInfo>
#include <QMenuBar>
#include <QSettings>
#include <QSlider>
#include <QStatusBar>
#include <QStyle>
#include <QStyleOptionSlider>
#include <QToolBar>
#include <QUndoStack>

#include "core/activation.h"
#include "gui_fixture.h"
#include "menu_mnemonics.h"
#include "ui/activation_plot.h"
#include "ui/code_panel.h"
#include "ui/code_panel_dock.h"
#include "ui/expression_line_edit.h"
#include "ui/guided_lesson.h"
#include "ui/main_window.h"
#include "ui/slope_control.h"
#include "ui/slope_value.h"
#include "ui/tensor_editor.h"
#include "ui/tensor_editor_dock.h"
#include "ui/theme_menu.h"

namespace leakylab {
namespace {

class MainWindowTest : public test::UiTest {
protected:
    MainWindowTest()
    {
        window = std::make_unique<MainWindow>();
        window->resize(1280, 720);
        test::showAndWait(*window);
        window->activateWindow();
        windowActive = QTest::qWaitForWindowActive(window.get());
    }

    SlopeControl& control() const { return *window->slopeControl(); }
    ActivationPlot& plot() const { return *window->plot(); }

    QPoint sliderHandleCentre() const
    {
        QSlider* slider = control().slider();
        QStyleOptionSlider option;
        option.initFrom(slider);
        option.orientation = Qt::Horizontal;
        option.state |= QStyle::State_Horizontal;
        option.minimum = slider->minimum();
        option.maximum = slider->maximum();
        option.sliderPosition = slider->sliderPosition();
        option.sliderValue = slider->value();
        option.subControls = QStyle::SC_All;
        return slider->style()->subControlRect(QStyle::CC_Slider, &option, QStyle::SC_SliderHandle, slider).center();
    }

    void dragSliderBy(int pixels)
    {
        QSlider* slider = control().slider();
        const QPoint start = sliderHandleCentre();
        QTest::mousePress(slider, Qt::LeftButton, Qt::NoModifier, start);
        for (int step = 1; step <= 10; ++step)
            QTest::mouseMove(slider, start + QPoint(pixels * step / 10, 0));
        QTest::mouseRelease(slider, Qt::LeftButton, Qt::NoModifier, start + QPoint(pixels, 0));
    }

    void typeSlope(const QString& text)
    {
        control().spinBox()->setFocus();
        control().spinBox()->selectAll();
        QTest::keyClicks(control().spinBox(), text);
        QTest::keyClick(control().spinBox(), Qt::Key_Return);
    }

    // The plotted LeakyReLU at x = -4, and what the core computes there for `slope`.
    double plottedLeakyReluAtMinusFour() const
    {
        for (const QCPGraphData& point : *plot().curveGraph(Curve::LeakyRelu)->data()) {
            if (point.key == -4.0)
                return point.value;
        }
        ADD_FAILURE() << "x = -4 is not sampled";
        return 0.0;
    }
    static double coreLeakyReluAtMinusFour(double slope)
    {
        return static_cast<double>(leakyRelu(-4.0f, slopeAsFloat(slope)));
    }

    void expectPlotShows(double slope) const
    {
        EXPECT_DOUBLE_EQ(plot().slope(), slope);
        EXPECT_EQ(plottedLeakyReluAtMinusFour(), coreLeakyReluAtMinusFour(slope));
        EXPECT_EQ(plot().formulaText(), ActivationPlot::formulaFor(slope));
    }

    std::unique_ptr<MainWindow> window;
    bool windowActive = false;
};

TEST_F(MainWindowTest, has_a_title_menus_a_tool_bar_and_a_status_bar)
{
    // The lesson's name, Qt's unsaved-changes placeholder, then the program.
    EXPECT_EQ(window->windowTitle(), QStringLiteral("Untitled[*] — LeakyLab"));
    QStringList menus;
    for (QAction* action : window->menuBar()->actions())
        menus << action->text().remove(QLatin1Char('&'));
    EXPECT_EQ(menus, (QStringList{"File", "Edit", "View", "Tutorial", "Help"}));
    ASSERT_NE(window->findChild<QToolBar*>(), nullptr);
    EXPECT_TRUE(window->findChild<QToolBar*>()->isVisible());
    EXPECT_TRUE(window->statusBar()->isVisible());
}

TEST_F(MainWindowTest, no_two_entries_of_a_menu_share_their_underlined_letter)
{
    test::expectDistinctMnemonics(*window->menuBar());
}

TEST_F(MainWindowTest, starts_at_the_default_slope_everywhere)
{
    EXPECT_DOUBLE_EQ(control().slope(), kDefaultSlope);
    expectPlotShows(kDefaultSlope);
    EXPECT_EQ(window->undoStack()->count(), 0);
}

TEST_F(MainWindowTest, dragging_the_slider_moves_spin_box_curve_and_formula)
{
    dragSliderBy(250);
    const double slope = control().slope();
    EXPECT_GT(slope, 0.05);
    EXPECT_DOUBLE_EQ(control().spinBox()->value(), slope);
    expectPlotShows(slope);
    EXPECT_TRUE(plot().formulaText().contains(slopeText(slope))) << plot().formulaText().toStdString();
}

TEST_F(MainWindowTest, a_drag_is_one_undo_step_and_undo_restores_everything)
{
    dragSliderBy(250);
    const double dragged = control().slope();
    ASSERT_EQ(window->undoStack()->count(), 1);

    window->undoStack()->undo();
    EXPECT_DOUBLE_EQ(control().slope(), kDefaultSlope);
    EXPECT_DOUBLE_EQ(control().spinBox()->value(), kDefaultSlope);
    EXPECT_EQ(control().slider()->value(), control().scale().positionOf(kDefaultSlope));
    expectPlotShows(kDefaultSlope);

    window->undoStack()->redo();
    expectPlotShows(dragged);
}

TEST_F(MainWindowTest, typing_a_negative_slope_updates_the_plot_and_widens_the_slider)
{
    typeSlope(QStringLiteral("-0.5"));
    expectPlotShows(-0.5);
    EXPECT_LE(control().scale().slopeAt(control().slider()->minimum()), -0.5);
    EXPECT_EQ(window->undoStack()->count(), 1);
}

TEST_F(MainWindowTest, typing_a_slope_above_one_updates_the_plot_and_widens_the_slider)
{
    typeSlope(QStringLiteral("1.5"));
    expectPlotShows(1.5);
    EXPECT_GE(control().scale().slopeAt(control().slider()->maximum()), 1.5);
}

TEST_F(MainWindowTest, ctrl_z_undoes_even_from_the_spin_box)
{
    ASSERT_TRUE(windowActive);
    typeSlope(QStringLiteral("0.4"));
    ASSERT_DOUBLE_EQ(control().slope(), 0.4);
    QTest::keyClick(control().spinBox(), Qt::Key_Z, Qt::ControlModifier);
    expectPlotShows(kDefaultSlope);
    QTest::keyClick(control().spinBox(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    expectPlotShows(0.4);
}

TEST_F(MainWindowTest, each_key_step_is_an_undo_step)
{
    control().slider()->setFocus();
    QTest::keyClick(control().slider(), Qt::Key_Right);
    QTest::keyClick(control().slider(), Qt::Key_PageUp);
    expectPlotShows(0.1);
    ASSERT_EQ(window->undoStack()->count(), 2);
    window->undoStack()->undo();
    expectPlotShows(0.02);
}

TEST_F(MainWindowTest, preset_shortcuts_set_the_slope)
{
    ASSERT_TRUE(windowActive);
    QTest::keyClick(window.get(), Qt::Key_3, Qt::ControlModifier);
    expectPlotShows(0.2);
    QTest::keyClick(window.get(), Qt::Key_5, Qt::ControlModifier);
    expectPlotShows(0.6);
    EXPECT_EQ(window->undoStack()->count(), 2);
}

TEST_F(MainWindowTest, view_toggles_hide_and_show_each_curve)
{
    for (Curve curve : kCurves) {
        QAction* toggle = window->curveAction(curve);
        ASSERT_TRUE(toggle->isChecked());
        toggle->trigger();
        EXPECT_FALSE(plot().curveGraph(curve)->visible()) << curveName(curve).toStdString();
        toggle->trigger();
        EXPECT_TRUE(plot().curveGraph(curve)->visible()) << curveName(curve).toStdString();
    }
}

TEST_F(MainWindowTest, the_toggles_are_in_the_view_menu_and_the_tool_bar)
{
    QMenu* view = nullptr;
    for (QAction* action : window->menuBar()->actions()) {
        if (action->text().remove(QLatin1Char('&')) == QLatin1String("View"))
            view = action->menu();
    }
    ASSERT_NE(view, nullptr);
    auto* toolBar = window->findChild<QToolBar*>();
    for (Curve curve : kCurves) {
        EXPECT_TRUE(view->actions().contains(window->curveAction(curve)));
        EXPECT_TRUE(toolBar->actions().contains(window->curveAction(curve)));
    }
    EXPECT_TRUE(view->actions().contains(window->resetViewAction()));
}

TEST_F(MainWindowTest, reset_view_shortcut_restores_the_range)
{
    ASSERT_TRUE(windowActive);
    plot().xAxis->setRange(2.0, 3.0);
    plot().yAxis->setRange(-10.0, 10.0);
    QTest::keyClick(window.get(), Qt::Key_0, Qt::ControlModifier);
    EXPECT_DOUBLE_EQ(plot().xAxis->range().lower, -5.0);
    EXPECT_DOUBLE_EQ(plot().xAxis->range().upper, 5.0);
    EXPECT_DOUBLE_EQ(plot().yAxis->range().upper, plot().defaultValueRange().upper);
}

TEST_F(MainWindowTest, panels_dock_and_get_a_view_toggle)
{
    auto* panel = new QDockWidget(QStringLiteral("Tensor editor"));
    window->addPanel(panel);
    EXPECT_EQ(window->dockWidgetArea(panel), Qt::RightDockWidgetArea);
    bool listed = false;
    for (QAction* action : window->menuBar()->actions()) {
        if (action->menu() && action->menu()->actions().contains(panel->toggleViewAction()))
            listed = true;
    }
    EXPECT_TRUE(listed);
}

TEST_F(MainWindowTest, remembers_its_geometry)
{
    window->resize(1100, 640);
    window->close();
    MainWindow reopened;
    EXPECT_EQ(reopened.size(), QSize(1100, 640));
}

// Opening the window reads the settings and writes nothing: a write is a file written on every start.
TEST_F(MainWindowTest, opening_writes_no_settings)
{
    window.reset();
    QSettings().clear();
    QSettings().sync();
    {
        MainWindow fresh;
        ASSERT_TRUE(test::showAndWait(fresh));
        EXPECT_EQ(fresh.themeMenu()->theme(), Theme::Light);
        EXPECT_TRUE(QSettings().allKeys().isEmpty()) << QSettings().allKeys().join(u' ').toStdString();
        fresh.themeMenu()->action(Theme::Dark)->trigger();
        EXPECT_EQ(QSettings().value(QStringLiteral("ui/theme")).toString().toStdString(), "dark");
        fresh.themeMenu()->action(Theme::Light)->trigger();
    }
    MainWindow reopened;
    EXPECT_EQ(reopened.themeMenu()->theme(), Theme::Light);
}

// The window's first frame does not wait for the tensor editor, the code panel and the hidden guided lesson:
// they are made just after it, in the place the first start gives them, showing the lesson as it stands.
TEST_F(MainWindowTest, panels_fill_in_after_the_first_frame)
{
    window.reset();
    MainWindow fresh;
    EXPECT_EQ(fresh.tensorEditorDock()->widget(), nullptr);
    EXPECT_EQ(fresh.codePanelDock()->widget(), nullptr);
    EXPECT_EQ(fresh.guidedLesson()->widget(), nullptr);
    ASSERT_TRUE(test::showAndWait(fresh));
    for (int wait = 0; wait < 100 && fresh.codePanelDock()->widget() == nullptr; ++wait)
        QTest::qWait(10);
    ASSERT_NE(fresh.tensorEditorDock()->widget(), nullptr);
    ASSERT_NE(fresh.codePanelDock()->widget(), nullptr);
    ASSERT_NE(fresh.guidedLesson()->widget(), nullptr);
    EXPECT_FALSE(fresh.guidedLesson()->isVisible());
    EXPECT_EQ(fresh.guidedLesson()->indicatorLabel()->text().toStdString(), "Step 1 of 6");
    EXPECT_TRUE(fresh.tensorEditorDock()->editor()->isVisible());
    EXPECT_TRUE(fresh.codePanelDock()->panel()->isVisible());
    EXPECT_EQ(fresh.tensorEditorDock()->editor()->expressionEdit()->text().toStdString(), "torch.randn(4)");
    for (int wait = 0; wait < 100 && !fresh.codePanelDock()->panel()->outputText().startsWith("tensor("); ++wait)
        QTest::qWait(10);
    // torch.manual_seed(0); torch.randn(4) through nn.LeakyReLU(), as PyTorch prints it.
    EXPECT_EQ(fresh.codePanelDock()->panel()->outputText().trimmed().toStdString(),
              "tensor([ 1.5410, -0.0029, -0.0218,  0.5684])");
    // The split is the first start's, not what the empty docks' hints would give: about 3 to 4.
    const double tensorHeight = fresh.tensorEditorDock()->height();
    const double codeHeight = fresh.codePanelDock()->height();
    EXPECT_NEAR(tensorHeight / (tensorHeight + codeHeight), 3.0 / 7.0, 0.05);
}

// The panels open as wide and as tall as they were left, not squeezed by a layout made before the window
// had its remembered size.
TEST_F(MainWindowTest, reopens_with_its_panels_where_they_were_left)
{
    window.reset(); // resized after it was made; these start as the app does
    auto first = std::make_unique<MainWindow>();
    ASSERT_TRUE(test::showAndWait(*first));
    // The panels get their contents just after the first frame, and on a first start their split with them.
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return first->plot()->paintCount() > 0 && first->tensorEditorDock()->widget() != nullptr; },
        2000));
    QCoreApplication::processEvents();
    TensorEditorDock* tensor = first->tensorEditorDock();
    first->resizeDocks({tensor}, {tensor->width() + 60}, Qt::Horizontal);
    first->resizeDocks({tensor}, {tensor->height() - 40}, Qt::Vertical);
    QTest::qWait(50);
    const QRect tensorLeft = tensor->geometry();
    const QRect codeLeft = first->codePanelDock()->geometry();
    first->close();
    first.reset();

    MainWindow reopened;
    ASSERT_TRUE(test::showAndWait(reopened));
    QTest::qWait(50);
    EXPECT_EQ(reopened.tensorEditorDock()->geometry(), tensorLeft);
    EXPECT_EQ(reopened.codePanelDock()->geometry(), codeLeft);
}

TEST_F(MainWindowTest, exports_png_and_pdf)
{
    QTemporaryDir dir;
    for (const QString& name : {QStringLiteral("plot.png"), QStringLiteral("plot.pdf")}) {
        const QString path = dir.filePath(name);
        ASSERT_TRUE(window->exportPlot(path)) << name.toStdString();
        EXPECT_GT(QFileInfo(path).size(), 1000) << name.toStdString();
    }
}

TEST_F(MainWindowTest, fits_a_1280_by_720_projector)
{
    EXPECT_LE(window->minimumSizeHint().width(), 1280);
    EXPECT_LE(window->minimumSizeHint().height(), 720);
    // Every tool bar button shown, none pushed into the overflow menu.
    auto* toolBar = window->findChild<QToolBar*>();
    EXPECT_LE(toolBar->sizeHint().width(), toolBar->width());
    EXPECT_LE(control().minimumSizeHint().width(), control().width());
    EXPECT_GE(plot().height(), 400);
}

} // namespace
} // namespace leakylab
