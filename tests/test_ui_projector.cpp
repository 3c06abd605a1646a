// The window on a 1280x720 projector, the smallest a classroom is likely to have: presenting, beside the guided
// lesson or not, and the lesson's training step keep everything on the screen and readable.
#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QFontMetricsF>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QStatusBar>
#include <QTableView>

#include <algorithm>
#include <memory>

#define LEAKYLAB_TEST_PLATFORM "offscreen:configfile=" LEAKYLAB_TEST_DATA_DIR "/projector_screen.json"
#include "gui_fixture.h"
#include "legend_cover.h"
#include "ui/activation_plot.h"
#include "ui/code_panel.h"
#include "ui/code_panel_dock.h"
#include "ui/decision_regions.h"
#include "ui/group_wrap_label.h"
#include "ui/guided_lesson.h"
#include "ui/language_menu.h"
#include "ui/main_window.h"
#include "ui/presentation_mode.h"
#include "ui/tensor_editor.h"
#include "ui/tensor_editor_dock.h"
#include "ui/training_dock.h"
#include "ui/training_panel.h"

namespace leakylab {
namespace {

QRect globalRect(const QWidget& widget)
{
    return QRect(widget.mapToGlobal(QPoint(0, 0)), widget.size());
}

class ProjectorTest : public test::UiTest {
protected:
    ProjectorTest()
    {
        window = std::make_unique<MainWindow>();
        window->showMaximized();
        exposed = QTest::qWaitForWindowExposed(window.get());
        window->activateWindow();
        active = QTest::qWaitForWindowActive(window.get());
        lesson = window->guidedLesson();
    }

    QRect screen() const { return window->screen()->geometry(); }

    std::unique_ptr<MainWindow> window;
    GuidedLesson* lesson = nullptr;
    bool exposed = false;
    bool active = false;
};

TEST_F(ProjectorTest, the_screen_is_a_projectors)
{
    ASSERT_TRUE(exposed);
    ASSERT_TRUE(active);
    EXPECT_EQ(screen().size(), QSize(1280, 720));
}

// The keys under the plot wrap between their groups where one line does not fit, as beside the guided lesson
// at projector size, rather than widen the window past the screen and push the plot's right half off it.
void expectPresentingFitsTheScreen(MainWindow& window, bool withLesson)
{
    auto* keys = window.presentationMode()->keyBar()->findChild<QLabel*>(QStringLiteral("presentationKeys"));
    ASSERT_NE(keys, nullptr);
    if (withLesson)
        window.guidedLessonAction()->trigger();
    QTest::keyClick(&window, Qt::Key_F5);
    const QRect screen = window.screen()->geometry();
    ASSERT_TRUE(QTest::qWaitFor([&] { return window.isFullScreen() && window.geometry() == screen; }, 2000))
        << "window " << window.width() << "x" << window.height();
    EXPECT_EQ(window.guidedLesson()->isVisible(), withLesson);
    EXPECT_TRUE(window.rect().contains(QRect(keys->mapTo(&window, QPoint(0, 0)), keys->size())));
    // Every line of it: as high as its text needs at its width.
    EXPECT_GE(keys->height(), keys->heightForWidth(keys->width()));
    EXPECT_GE(keys->width(), keys->minimumSizeHint().width());
    // Nothing squeezed below the size its contents need.
    EXPECT_GE(window.centralWidget()->width(), window.centralWidget()->minimumSizeHint().width());
    if (withLesson) {
        EXPECT_GE(window.guidedLesson()->width(), window.guidedLesson()->minimumSizeHint().width());
    }
    // The formula whole, at the large size or shrunk to the plot's width.
    const ActivationPlot& plot = *window.plot();
    EXPECT_LE(QFontMetricsF(plot.formulaFont()).horizontalAdvance(plot.formulaText()), plot.width() - 16);
    // The legend, at the large size in the plot beside the lesson, over no curve.
    ASSERT_TRUE(QTest::qWaitFor([&] { return plot.paintCount() > 0; }, 2000));
    QCoreApplication::processEvents();
    EXPECT_TRUE(plot.legend->visible());
    EXPECT_EQ(test::coveredByLegend(plot).join(u'|').toStdString(), "");
}

TEST_F(ProjectorTest, presenting_the_window_stays_on_the_screen_with_every_key_readable)
{
    expectPresentingFitsTheScreen(*window, false);
}

TEST_F(ProjectorTest, presenting_beside_the_guided_lesson_the_window_stays_on_the_screen)
{
    expectPresentingFitsTheScreen(*window, true);
}

// Beside the plot the panels are narrow: their buttons, boxes and fields wrap onto more rows (the panel scrolls
// down to them) rather than run past its right edge, cut off or out of sight.
void expectControlsWithinPanel(const QDockWidget& dock)
{
    const auto* area = dock.findChild<QScrollArea*>();
    ASSERT_NE(area, nullptr) << dock.windowTitle().toStdString();
    const QWidget* viewport = area->viewport();
    ASSERT_GT(viewport->width(), 0);
    QList<QWidget*> controls;
    for (auto* button : area->widget()->findChildren<QAbstractButton*>())
        controls.append(button);
    for (auto* box : area->widget()->findChildren<QComboBox*>())
        controls.append(box);
    for (auto* box : area->widget()->findChildren<QAbstractSpinBox*>())
        controls.append(box);
    int checked = 0;
    for (const QWidget* control : controls) {
        if (!control->isVisibleTo(area->widget()))
            continue;
        ++checked;
        const QRect inViewport(control->mapTo(viewport, QPoint(0, 0)), control->size());
        EXPECT_GE(inViewport.left(), 0) << control->metaObject()->className() << " "
                                        << control->objectName().toStdString();
        EXPECT_LE(inViewport.right(), viewport->width() - 1)
            << dock.windowTitle().toStdString() << ": " << control->metaObject()->className() << " \""
            << control->property("text").toString().toStdString() << "\" ends at " << inViewport.right()
            << " of " << viewport->width();
    }
    EXPECT_GE(checked, 5) << dock.windowTitle().toStdString();
}

void expectPanelsAndStatusBarWhole(MainWindow& window)
{
    // Their contents arrive just after the first frame.
    ASSERT_TRUE(QTest::qWaitFor([&] { return window.plot()->paintCount() > 0; }, 2000));
    QCoreApplication::processEvents();
    window.tensorEditorDock()->editor();
    window.codePanelDock()->panel();
    QCoreApplication::processEvents();
    expectControlsWithinPanel(*window.tensorEditorDock());
    expectControlsWithinPanel(*window.codePanelDock());

    const auto* hint = window.statusBar()->findChild<GroupWrapLabel*>(QStringLiteral("statusHint"));
    ASSERT_NE(hint, nullptr);
    EXPECT_LE(QFontMetricsF(hint->font()).horizontalAdvance(hint->text()), hint->contentsRect().width());
    EXPECT_TRUE(hint->text().startsWith(hint->groups().first()));
}

TEST_F(ProjectorTest, maximized_the_panels_and_status_bar_show_every_control_and_hint_whole)
{
    expectPanelsAndStatusBarWhole(*window);
}

// The window as the app first starts it, once the panels' contents and the lesson's output have come.
void expectFirstStartFillsTheScreen(MainWindow& firstStart)
{
    firstStart.showAtStart();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&firstStart));
    EXPECT_TRUE(firstStart.isMaximized());
    EXPECT_EQ(firstStart.frameGeometry(), firstStart.screen()->availableGeometry());
    ASSERT_TRUE(QTest::qWaitFor([&] { return firstStart.plot()->paintCount() > 0; }, 2000));
    QCoreApplication::processEvents();
    const QTableView& table = *firstStart.tensorEditorDock()->editor()->table();
    const QPlainTextEdit& output = *firstStart.codePanelDock()->panel()->outputView();
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            return table.model()->rowCount() == 4
                && output.toPlainText().startsWith(QStringLiteral("tensor(["));
        },
        10'000));
    QCoreApplication::processEvents();
    // The plot keeps more than half the width.
    EXPECT_GT(firstStart.centralWidget()->width(), firstStart.width() / 2);
}

void expectPrintedLineWhole(const CodePanel& code)
{
    EXPECT_EQ(code.outputText().toStdString(), "tensor([ 1.5410, -0.0029, -0.0218,  0.5684])\n");
    EXPECT_EQ(code.outputView()->horizontalScrollBar()->maximum(), 0) << "the printed line is cut";
    EXPECT_EQ(code.outputView()->verticalScrollBar()->maximum(), 0) << "the printed line is scrolled";
}

// Started for the first time on the projector the window fills the screen: there is no room to leave around
// it. The panels beside the plot take enough of it for the tensor table's five columns and rows and for the
// line the lesson's torch.randn(4) prints, all of them whole without scrolling.
TEST_F(ProjectorTest, the_first_start_fills_the_screen_and_shows_the_table_and_printed_line_whole)
{
    window.reset();
    MainWindow firstStart;
    expectFirstStartFillsTheScreen(firstStart);
    const QTableView& table = *firstStart.tensorEditorDock()->editor()->table();
    const QHeaderView& header = *table.horizontalHeader();
    ASSERT_EQ(header.count(), 5);
    for (int section = 0; section < header.count(); ++section)
        EXPECT_GE(header.sectionSize(section), header.sectionSizeHint(section)) << "column " << section;
    EXPECT_EQ(table.horizontalScrollBar()->maximum(), 0)
        << "the columns run " << header.length() << " in " << table.viewport()->width();
    EXPECT_EQ(table.verticalScrollBar()->maximum(), 0) << "rows out of sight";
    expectPrintedLineWhole(*firstStart.codePanelDock()->panel());
}

// Chinese text stands taller than English, and the output box with it is lower: the printed line still shows
// whole, without a scroll bar over it.
TEST_F(ProjectorTest, in_chinese_the_first_start_shows_the_printed_line_whole)
{
    window.reset();
    ASSERT_TRUE(LanguageMenu::installTranslation(QStringLiteral("zh_CN")));
    MainWindow firstStart;
    expectFirstStartFillsTheScreen(firstStart);
    expectPrintedLineWhole(*firstStart.codePanelDock()->panel());
    LanguageMenu::installTranslation(QStringLiteral("en"));
}

// Neither panel beside the plot scrolls: the tensor editor shows x, its tools, the table's four rows and the
// summary under them; the code panel its switches, three lines of the program at least, and the output.
void expectPanelsWholeAtFirstStart(MainWindow& firstStart)
{
    for (const QDockWidget* dock : {static_cast<QDockWidget*>(firstStart.tensorEditorDock()),
             static_cast<QDockWidget*>(firstStart.codePanelDock())}) {
        const auto* area = qobject_cast<const QScrollArea*>(dock->widget());
        ASSERT_NE(area, nullptr);
        EXPECT_EQ(area->verticalScrollBar()->maximum(), 0)
            << dock->windowTitle().toStdString() << ": " << area->widget()->height() << " in "
            << area->viewport()->height();
    }
    const QPlainTextEdit& program = *firstStart.codePanelDock()->panel()->codeView();
    const int lines = program.viewport()->height() / QFontMetrics(program.font()).lineSpacing();
    EXPECT_GE(lines, 3) << "program lines in sight";
}

TEST_F(ProjectorTest, the_first_start_shows_both_panels_without_scrolling_them)
{
    window.reset();
    MainWindow firstStart;
    expectFirstStartFillsTheScreen(firstStart);
    expectPanelsWholeAtFirstStart(firstStart);
}

TEST_F(ProjectorTest, in_chinese_the_first_start_shows_both_panels_without_scrolling_them)
{
    window.reset();
    ASSERT_TRUE(LanguageMenu::installTranslation(QStringLiteral("zh_CN")));
    MainWindow firstStart;
    expectFirstStartFillsTheScreen(firstStart);
    expectPanelsWholeAtFirstStart(firstStart);
    LanguageMenu::installTranslation(QStringLiteral("en"));
}

// Restored from the first start's maximized state the window steps back to most of the screen, centred, as a
// window does (it had kept the screen's size, so restoring changed nothing to see); the panels keep their
// width and the plot gives up what the window loses.
TEST_F(ProjectorTest, restored_from_the_first_start_the_window_is_smaller_than_the_screen)
{
    window.reset();
    MainWindow firstStart;
    expectFirstStartFillsTheScreen(firstStart);
    const int panelWidth = firstStart.tensorEditorDock()->width();
    const QRect available = firstStart.screen()->availableGeometry();
    firstStart.showNormal();
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return !firstStart.isMaximized() && firstStart.width() < available.width(); }, 2000))
        << "restored to " << firstStart.width() << "x" << firstStart.height();
    QCoreApplication::processEvents();
    EXPECT_TRUE(available.contains(firstStart.frameGeometry()));
    EXPECT_LE(firstStart.width(), available.width() * 9 / 10);
    EXPECT_LE(firstStart.height(), available.height() * 9 / 10);
    EXPECT_EQ(firstStart.tensorEditorDock()->width(), panelWidth);
    EXPECT_GE(firstStart.centralWidget()->width(), firstStart.centralWidget()->minimumSizeHint().width());
}

// Maximized only on the first start: a window the teacher made smaller comes back at that size.
TEST_F(ProjectorTest, a_window_left_smaller_than_the_screen_reopens_at_that_size)
{
    window.reset();
    auto first = std::make_unique<MainWindow>();
    first->showAtStart();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(first.get()));
    ASSERT_TRUE(first->isMaximized());
    first->showNormal();
    first->setGeometry(QRect(100, 80, 1000, 600));
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return !first->isMaximized() && first->size() == QSize(1000, 600); }, 2000));
    first->close();
    first.reset();

    MainWindow reopened;
    reopened.showAtStart();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&reopened));
    EXPECT_FALSE(reopened.isMaximized());
    EXPECT_EQ(reopened.size(), QSize(1000, 600));
}

TEST_F(ProjectorTest, at_its_first_start_the_panels_and_status_bar_show_every_control_and_hint_whole)
{
    window.reset();
    MainWindow firstStart;
    firstStart.showAtStart();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&firstStart));
    expectPanelsAndStatusBarWhole(firstStart);
}

TEST_F(ProjectorTest, in_a_smaller_window_the_panels_and_status_bar_show_every_control_and_hint_whole)
{
    window.reset();
    MainWindow smaller;
    smaller.resize(1152, 648);
    smaller.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&smaller));
    expectPanelsAndStatusBarWhole(smaller);
}

// The guided lesson's steps put the panels between the lesson and the plot, narrower still.
void expectPanelsWholeBesideTheLesson(MainWindow& window)
{
    window.guidedLessonAction()->trigger();
    ASSERT_TRUE(QTest::qWaitFor([&] { return window.plot()->paintCount() > 0; }, 2000));
    GuidedLesson& lesson = *window.guidedLesson();
    int panelsShown = 0;
    for (int step = 0; step < lesson.stepCount(); ++step) {
        SCOPED_TRACE(step);
        lesson.showStep(step);
        QTest::qWait(300);
        for (QDockWidget* dock : {static_cast<QDockWidget*>(window.tensorEditorDock()),
                                  static_cast<QDockWidget*>(window.codePanelDock())}) {
            if (dock->isVisible() && !dock->isFloating() && !dock->visibleRegion().isEmpty()) {
                ++panelsShown;
                expectControlsWithinPanel(*dock);
            }
        }
    }
    EXPECT_GE(panelsShown, 2);
}

TEST_F(ProjectorTest, maximized_beside_the_guided_lesson_the_panels_show_every_control_whole)
{
    expectPanelsWholeBesideTheLesson(*window);
}

TEST_F(ProjectorTest, at_its_first_start_beside_the_guided_lesson_the_panels_show_every_control_whole)
{
    window.reset();
    MainWindow firstStart;
    firstStart.showAtStart();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&firstStart));
    expectPanelsWholeBesideTheLesson(firstStart);
}

// The tutorial's first example beside the lesson's text: the line PyTorch prints shows whole, the plot and
// the lesson's column giving up width for it and the output's font shrinking where it must.
TEST_F(ProjectorTest, beside_the_guided_lesson_the_first_example_shows_its_printed_line_whole)
{
    window.reset();
    MainWindow firstStart;
    firstStart.showAtStart();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&firstStart));
    ASSERT_TRUE(QTest::qWaitFor([&] { return firstStart.plot()->paintCount() > 0; }, 2000));
    firstStart.guidedLessonAction()->trigger();
    firstStart.guidedLesson()->showStep(1);
    const CodePanel& code = *firstStart.codePanelDock()->panel();
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return code.outputText() == QStringLiteral("tensor([ 1.5410, -0.0587, -0.4358,  0.5684])\n"); },
        10'000))
        << code.outputText().toStdString();
    QTest::qWait(300);
    EXPECT_EQ(code.outputView()->horizontalScrollBar()->maximum(), 0) << "the printed line is cut";
}

// Docked under the plot, the training panel and the plot would squeeze each other: the lesson's training
// step gives the panel the window beside the lesson, whose text and buttons stay in view.
TEST_F(ProjectorTest, the_lessons_training_step_fills_the_window_beside_the_lesson)
{
    window->guidedLessonAction()->trigger();
    for (int step = 1; step < 6; ++step)
        QTest::mouseClick(lesson->nextButton(), Qt::LeftButton);
    ASSERT_EQ(lesson->currentStep(), 5);
    TrainingDock* training = window->trainingDock();
    ASSERT_TRUE(training->isVisible());
    EXPECT_TRUE(training->isFloating());
    EXPECT_TRUE(training->fillWindowAction()->isChecked());
    const QRect panel = training->geometry();
    EXPECT_FALSE(panel.intersects(globalRect(*lesson))) << "the lesson's text is covered";
    EXPECT_GE(panel.left(), globalRect(*lesson).right());
    EXPECT_GE(panel.width(), screen().width() / 2);
    EXPECT_GE(panel.height(), screen().height() * 9 / 10);
    EXPECT_TRUE(screen().contains(panel));

    // Back a step, the panel is put away docked; forward again, it fills again.
    QTest::mouseClick(lesson->previousButton(), Qt::LeftButton);
    EXPECT_FALSE(training->isVisible());
    EXPECT_FALSE(training->isFloating());
    QTest::mouseClick(lesson->nextButton(), Qt::LeftButton);
    EXPECT_TRUE(training->isVisible());
    EXPECT_TRUE(training->isFloating());
}

// On this screen the plot and the panel do not fit one above the other at their least heights. Docked all
// the same (Fill window pressed again), the panel scrolls under the plot: the window keeps its place on the
// screen, with room for both, and the panel keeps its least width without scrolling sideways.
void expectDockedPanelKeepsTheWindowOnTheScreen(MainWindow& window)
{
    const QRect screen = window.screen()->availableGeometry();
    const QRect before = window.geometry();
    QTest::keyClick(&window, Qt::Key_T, Qt::ControlModifier);
    TrainingDock* training = window.trainingDock();
    ASSERT_TRUE(training->isFloating());
    training->fillWindowAction()->trigger();
    ASSERT_FALSE(training->isFloating());
    ASSERT_TRUE(training->isVisible());
    // Docked, the panel takes its share and its maps their least heights over a few rounds of layout (slower
    // under the sanitizers): waited for, and each checked below.
    const QList<DecisionRegions*> maps = training->panel()->findChildren<DecisionRegions*>();
    const auto settled = [&] {
        const auto squeezed = [](const QWidget* map) { return map->height() < map->minimumSizeHint().height(); };
        return training->height() >= window.centralWidget()->height() / 2 && std::none_of(maps.begin(), maps.end(), squeezed);
    };
    EXPECT_TRUE(QTest::qWaitFor(settled, 5000)) << "the panel stayed a strip, or a map under its least height";
    QCoreApplication::processEvents();
    EXPECT_EQ(window.geometry(), before) << "the window moved or grew to " << window.width() << "x" << window.height();
    EXPECT_TRUE(screen.contains(window.geometry()));
    EXPECT_GE(window.plot()->height(), static_cast<const QWidget*>(window.plot())->minimumSizeHint().height());
    EXPECT_GE(training->height(), window.centralWidget()->height() / 2) << "the panel is a strip";
    auto* area = qobject_cast<QScrollArea*>(training->widget());
    ASSERT_NE(area, nullptr);
    EXPECT_GE(training->panel()->width(), training->panel()->minimumSizeHint().width());
    // Its maps are not squeezed under their captions: the panel scrolls further instead.
    for (const QWidget* map : maps) {
        EXPECT_GE(map->height(), map->minimumSizeHint().height());
        EXPECT_GE(map->width(), map->minimumSizeHint().width());
    }
    EXPECT_EQ(area->horizontalScrollBar()->maximum(), 0);
}

TEST_F(ProjectorTest, docked_on_request_the_training_panel_scrolls_in_a_maximized_window)
{
    expectDockedPanelKeepsTheWindowOnTheScreen(*window);
}

TEST_F(ProjectorTest, docked_on_request_the_training_panel_scrolls_in_a_smaller_window)
{
    window.reset();
    MainWindow smaller;
    // 1152 pixels wide, a few fewer than the panel with its settings column at full width needs: the column
    // gives them up rather than have the panel scroll sideways by them.
    smaller.resize(1152, 648);
    smaller.move(smaller.screen()->availableGeometry().center() - smaller.rect().center());
    smaller.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&smaller));
    smaller.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&smaller));
    expectDockedPanelKeepsTheWindowOnTheScreen(smaller);
}

// Presenting, the lesson's type and the panel's are larger: where the panel has no room beside the lesson
// it fills the whole window rather than reach past the screen's edge.
TEST_F(ProjectorTest, presenting_the_lessons_training_step_keeps_the_panel_on_the_screen)
{
    window->guidedLessonAction()->trigger();
    QTest::keyClick(window.get(), Qt::Key_F5);
    ASSERT_TRUE(QTest::qWaitFor([this] { return window->isFullScreen() && window->geometry() == screen(); }, 2000));
    for (int step = 0; step < 6; ++step)
        QTest::keyClick(window.get(), Qt::Key_Right);
    ASSERT_EQ(lesson->currentStep(), 5);
    TrainingDock* training = window->trainingDock();
    ASSERT_TRUE(training->isVisible());
    EXPECT_TRUE(training->isFloating());
    QCoreApplication::processEvents();
    // Placed where it was put, give or take the frame the platform draws around a window of its own.
    const int frame = training->geometry().left() - training->frameGeometry().left();
    EXPECT_LE(training->geometry().right(), screen().right() + frame) << "the panel reaches past the screen";
    EXPECT_GE(training->geometry().left(), screen().left());
    EXPECT_GE(training->panel()->width(), training->panel()->minimumSizeHint().width());
}

// The lesson's training step filled the window beside the lesson; presenting enlarges the lesson's type and puts
// the panel away, and Space brings it back: placed again, beside the lesson as it is now, or over the whole window.
TEST_F(ProjectorTest, space_while_presenting_brings_back_a_filling_panel_placed_for_the_presentation)
{
    window->guidedLessonAction()->trigger();
    for (int step = 1; step < 6; ++step)
        QTest::mouseClick(lesson->nextButton(), Qt::LeftButton);
    TrainingDock* training = window->trainingDock();
    ASSERT_TRUE(training->isVisible());
    ASSERT_TRUE(training->fillWindowAction()->isChecked());
    QTest::keyClick(window.get(), Qt::Key_F5);
    ASSERT_TRUE(QTest::qWaitFor([this] { return window->isFullScreen() && window->geometry() == screen(); }, 2000));
    EXPECT_FALSE(training->isVisible());
    QTest::keyClick(window.get(), Qt::Key_Space);
    ASSERT_TRUE(training->isVisible());
    QCoreApplication::processEvents();
    // Placed where it was put, give or take the frame the platform draws around a window of its own.
    const QRect panel = training->geometry();
    const int frame = panel.left() - training->frameGeometry().left();
    const QRect text = globalRect(*lesson);
    const bool whole = panel.adjusted(-frame, -frame, frame, frame).contains(screen());
    EXPECT_TRUE(panel.left() >= text.right() || whole)
        << "panel from x " << panel.left() << " to " << panel.right() << ", the lesson's text to x " << text.right();
    EXPECT_LE(panel.right(), screen().right() + frame) << "the panel reaches past the screen";
}

} // namespace
} // namespace leakylab
