// The training panel inside the main window: docked with a View toggle, one slope for both, Space to train.
#include <QAction>
#include <QElapsedTimer>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSlider>
#include <QUndoStack>

#include <memory>

#include "gui_fixture.h"
#include "ui/activation_plot.h"
#include "ui/dead_fraction_chart.h"
#include "ui/lesson_document.h"
#include "ui/loss_chart.h"
#include "ui/main_window.h"
#include "ui/slope_control.h"
#include "ui/slope_spin_box.h"
#include "ui/step_chart_pair.h"
#include "ui/training_dock.h"
#include "ui/training_panel.h"
#include "ui/training_settings.h"

namespace leakylab {
namespace {

// QCustomPlot's warnings for a plot replotted with no size, where its paint buffers cannot be painted.
int gEmptyReplots = 0;
QtMessageHandler gPreviousHandler = nullptr;

void countEmptyReplots(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (message.contains(QLatin1String("paint buffer returned inactive painter")))
        ++gEmptyReplots;
    if (gPreviousHandler)
        gPreviousHandler(type, context, message);
}

class TrainingDockTest : public test::UiTest {
protected:
    TrainingDockTest()
    {
        window = std::make_unique<MainWindow>();
        window->resize(1600, 1000);
        test::showAndWait(*window);
        window->activateWindow();
        active = QTest::qWaitForWindowActive(window.get());
        dock = window->findChild<TrainingDock*>();
        startedHidden = dock && !dock->isVisible();
        gEmptyReplots = 0;
        gPreviousHandler = qInstallMessageHandler(countEmptyReplots);
        if (dock)
            dock->show();
        qInstallMessageHandler(gPreviousHandler);
        emptyReplotsOnFirstShow = gEmptyReplots;
    }

    TrainingPanel& panel() const { return *dock->panel(); }

    std::unique_ptr<MainWindow> window;
    TrainingDock* dock = nullptr;
    bool active = false;
    bool startedHidden = false;
    int emptyReplotsOnFirstShow = 0;
};

TEST_F(TrainingDockTest, the_panel_starts_hidden_and_ctrl_t_shows_it)
{
    ASSERT_NE(dock, nullptr);
    ASSERT_TRUE(active);
    EXPECT_TRUE(startedHidden);
    dock->hide();
    QTest::keyClick(window.get(), Qt::Key_T, Qt::ControlModifier);
    EXPECT_TRUE(dock->isVisible());
    window->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
    QTest::keyClick(window.get(), Qt::Key_T, Qt::ControlModifier);
    EXPECT_FALSE(dock->isVisible());
}

TEST_F(TrainingDockTest, shown_the_first_time_it_takes_enough_height_for_its_charts)
{
    ASSERT_NE(dock, nullptr);
    // Shown by the fixture, its panel made on the way: the window lays it out on the next turns.
    ASSERT_TRUE(QTest::qWaitFor([&] { return dock->height() >= window->height() * 3 / 10; }, 2000))
        << "dock " << dock->height() << " px high in a window of " << window->height();
    EXPECT_GE(panel().deadFractionChart()->height(), 100);
}

// 1600x1000 has room for the panel under the plot; 1280x720, a projector's, has not: there the panel fills
// the window, and "Fill window" pressed again docks it.
TEST_F(TrainingDockTest, ctrl_t_docks_the_panel_where_the_plot_keeps_its_legend_clear_of_y_zero)
{
    ASSERT_NE(dock, nullptr);
    dock->hide();
    QTest::keyClick(window.get(), Qt::Key_T, Qt::ControlModifier);
    ASSERT_TRUE(dock->isVisible());
    EXPECT_FALSE(dock->isFloating());
    EXPECT_FALSE(dock->fillWindowAction()->isChecked());
    ASSERT_TRUE(QTest::qWaitFor([&] { return dock->height() >= dock->panel()->sizeHint().height(); }, 2000))
        << "dock " << dock->height() << " px high, the panel asks " << dock->panel()->sizeHint().height();
    EXPECT_GE(window->plot()->heightToSpare(), 0);
}

TEST_F(TrainingDockTest, ctrl_t_on_a_window_too_short_for_both_fills_the_window_with_the_panel)
{
    ASSERT_NE(dock, nullptr);
    dock->hide();
    window->resize(1280, 720);
    // The window laid out again, and the plot with it.
    QCoreApplication::processEvents();
    ASSERT_EQ(window->plot()->viewport(), window->plot()->rect());
    QTest::keyClick(window.get(), Qt::Key_T, Qt::ControlModifier);
    ASSERT_TRUE(dock->isVisible());
    EXPECT_TRUE(dock->isFloating());
    EXPECT_TRUE(dock->fillWindowAction()->isChecked());
    EXPECT_TRUE(dock->geometry().contains(window->geometry() & window->screen()->availableGeometry()));

    // Docked on request, it stays docked; hidden and shown again, it fills again.
    dock->fillWindowAction()->trigger();
    EXPECT_FALSE(dock->isFloating());
    QCoreApplication::processEvents();
    EXPECT_FALSE(dock->isFloating());
    EXPECT_TRUE(dock->isVisible());
    window->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
    QTest::keyClick(window.get(), Qt::Key_T, Qt::ControlModifier);
    EXPECT_FALSE(dock->isVisible());
    QTest::keyClick(window.get(), Qt::Key_T, Qt::ControlModifier);
    EXPECT_TRUE(dock->isFloating());
}

// On a 1024x768 screen the window opens 921 pixels wide: the panel's controls break onto a second line rather
// than hold the panel (filling the window) wider than the screen. Its buttons and speed stay inside it.
TEST_F(TrainingDockTest, the_panel_fits_a_window_on_a_1024_pixel_screen)
{
    ASSERT_NE(dock, nullptr);
    dock->fillWindowAction()->trigger();
    ASSERT_TRUE(dock->isFloating());
    // Arranged for that place, as filling the window arranges it.
    panel().arrangeFor(QSize(1024 * 9 / 10, 700));
    dock->resize(1024 * 9 / 10, 700);
    QCoreApplication::processEvents();
    EXPECT_LE(dock->width(), 1024 * 9 / 10);
    const auto* slider = dock->findChild<QSlider*>(QStringLiteral("trainingSpeed"));
    ASSERT_NE(slider, nullptr);
    for (const QWidget* control : {static_cast<const QWidget*>(slider),
                                   static_cast<const QWidget*>(dock->findChild<QPushButton*>(QStringLiteral("trainingStart")))}) {
        ASSERT_NE(control, nullptr);
        EXPECT_TRUE(dock->rect().contains(QRect(control->mapTo(dock, QPoint(0, 0)), control->size())))
            << control->objectName().toStdString();
    }
}

// Docked under the plot of a 1600x1000 window the panel is about three times as wide as high: stacked, the two
// step charts had axes some 60 px high, their ticks crowded and the value label longer than its axis.
TEST_F(TrainingDockTest, docked_in_a_1600_wide_window_each_step_chart_has_room_for_its_axes_and_labels)
{
    ASSERT_NE(dock, nullptr);
    ASSERT_TRUE(QTest::qWaitFor([&] { return dock->height() >= dock->panel()->sizeHint().height(); }, 2000));
    QCoreApplication::processEvents();
    EXPECT_TRUE(panel().stepCharts()->sideBySide());
    for (StepChart* chart : {static_cast<StepChart*>(panel().deadFractionChart()),
                             static_cast<StepChart*>(panel().lossChart())}) {
        chart->replot();
        const QRect axes = chart->axisRect()->rect();
        const QString name = chart->yAxis->label();
        EXPECT_GE(axes.height(), 120) << name.toStdString() << " axes " << axes.width() << "x" << axes.height();
        EXPECT_GE(axes.width(), 120) << name.toStdString() << " axes " << axes.width() << "x" << axes.height();
        EXPECT_LE(QFontMetrics(chart->yAxis->labelFont()).horizontalAdvance(name), axes.height())
            << name.toStdString();
    }
}

// Made inside the hidden dock, the charts are laid out with no room at first: they wait for their size.
TEST_F(TrainingDockTest, shown_the_first_time_its_charts_draw_nothing_before_they_have_a_size)
{
    ASSERT_NE(dock, nullptr);
    EXPECT_EQ(emptyReplotsOnFirstShow, 0);
    ASSERT_TRUE(QTest::qWaitFor([&] { return panel().deadFractionChart()->height() >= 100; }, 2000));
    EXPECT_EQ(panel().deadFractionChart()->viewport(), panel().deadFractionChart()->rect());
}

TEST_F(TrainingDockTest, the_panel_is_docked_and_the_view_menu_toggles_it)
{
    ASSERT_NE(dock, nullptr);
    EXPECT_TRUE(dock->isVisible());
    EXPECT_EQ(window->dockWidgetArea(dock), Qt::BottomDockWidgetArea);
    QAction* toggle = nullptr;
    for (QAction* menu : window->menuBar()->actions()) {
        if (menu->menu() && menu->menu()->actions().contains(dock->toggleViewAction()))
            toggle = dock->toggleViewAction();
    }
    ASSERT_NE(toggle, nullptr);
    toggle->trigger();
    EXPECT_FALSE(dock->isVisible());
    toggle->trigger();
    EXPECT_TRUE(dock->isVisible());
}

TEST_F(TrainingDockTest, the_main_slope_reaches_the_panel_and_a_panel_edit_is_one_undo_step)
{
    ASSERT_NE(dock, nullptr);
    window->slopeControl()->setSlope(0.2);
    EXPECT_DOUBLE_EQ(panel().settings()->negativeSlope(), 0.2);

    const int undoSteps = window->undoStack()->count();
    SlopeSpinBox* box = panel().settings()->slopeBox();
    box->setFocus();
    box->selectAll();
    QTest::keyClicks(box, QStringLiteral("0.05"));
    QTest::keyClick(box, Qt::Key_Return);
    EXPECT_DOUBLE_EQ(window->slopeControl()->slope(), 0.05);
    EXPECT_EQ(window->undoStack()->count(), undoSteps + 1);

    window->undoStack()->undo();
    EXPECT_DOUBLE_EQ(window->slopeControl()->slope(), 0.2);
    EXPECT_DOUBLE_EQ(panel().settings()->negativeSlope(), 0.2);
    EXPECT_DOUBLE_EQ(box->value(), 0.2);
}

TEST_F(TrainingDockTest, space_in_the_main_window_starts_and_pauses_training)
{
    ASSERT_NE(dock, nullptr);
    ASSERT_TRUE(active);
    window->plot()->setFocus();
    QTest::keyClick(window.get(), Qt::Key_Space);
    EXPECT_TRUE(panel().isRunning());
    ASSERT_TRUE(QTest::qWaitFor([&] { return panel().stepsShown(Network::Relu) > 0; }, 5000));
    QTest::keyClick(window.get(), Qt::Key_Space);
    EXPECT_FALSE(panel().isRunning());
}

TEST_F(TrainingDockTest, closing_the_window_mid_training_returns_promptly)
{
    ASSERT_NE(dock, nullptr);
    panel().settings()->stepsBox()->setValue(100000);
    // A changed training setting is an unsaved lesson edit; closing would ask about it.
    window->lessonDocument()->setSavePrompt([](const QString&) { return QMessageBox::Discard; });
    panel().speedSlider()->setValue(panel().speedSlider()->maximum());
    QTest::mouseClick(panel().startButton(), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return panel().stepsShown(Network::Relu) > 100; }, 10000));
    QElapsedTimer clock;
    clock.start();
    window->close();
    window.reset();
    EXPECT_LT(clock.elapsed(), 1000);
}

} // namespace
} // namespace leakylab
