// The slope control through its widgets: slider and spin box bound both ways, keys, presets, edits.
#include <QAction>
#include <QApplication>
#include <QSignalSpy>
#include <QSlider>
#include <QStyle>
#include <QStyleOptionSlider>
#include <QToolButton>

#include "ui/slope_control.h"
#include "ui/slope_value.h"
#include "gui_fixture.h"

namespace leakylab {
namespace {

class SlopeControlTest : public test::UiTest {
protected:
    SlopeControlTest()
    {
        control.resize(1000, 60);
        test::showAndWait(control);
    }

    // Where the slider's handle is drawn, so the mouse can grab it as a user would.
    QPoint handleCentre() const
    {
        QSlider* slider = control.slider();
        QStyleOptionSlider option;
        option.initFrom(slider);
        option.orientation = slider->orientation();
        option.state |= QStyle::State_Horizontal;
        option.minimum = slider->minimum();
        option.maximum = slider->maximum();
        option.sliderPosition = slider->sliderPosition();
        option.sliderValue = slider->value();
        option.singleStep = slider->singleStep();
        option.pageStep = slider->pageStep();
        option.subControls = QStyle::SC_All;
        return slider->style()->subControlRect(QStyle::CC_Slider, &option, QStyle::SC_SliderHandle, slider).center();
    }

    void typeInSpinBox(const QString& text)
    {
        control.spinBox()->setFocus();
        control.spinBox()->selectAll();
        QTest::keyClicks(control.spinBox(), text);
        QTest::keyClick(control.spinBox(), Qt::Key_Return);
    }

    QToolButton* presetButton(const QString& text) const
    {
        for (QToolButton* button : control.findChildren<QToolButton*>()) {
            if (button->text() == text)
                return button;
        }
        ADD_FAILURE() << "no preset button " << text.toStdString();
        return nullptr;
    }

    SlopeControl control;
};

TEST_F(SlopeControlTest, starts_at_pytorchs_default)
{
    EXPECT_DOUBLE_EQ(control.slope(), 0.01);
    EXPECT_DOUBLE_EQ(control.spinBox()->value(), 0.01);
    EXPECT_EQ(control.spinBox()->text().toStdString(), "0.01");
    EXPECT_EQ(control.slider()->value(), control.scale().positionOf(0.01));
}

TEST_F(SlopeControlTest, dragging_the_slider_updates_the_spin_box_live_and_records_one_edit)
{
    QSignalSpy changes(&control, &SlopeControl::slopeChanged);
    QSignalSpy edits(&control, &SlopeControl::slopeEdited);
    QSlider* slider = control.slider();
    const QPoint start = handleCentre();

    QTest::mousePress(slider, Qt::LeftButton, Qt::NoModifier, start);
    for (int dx = 20; dx <= 200; dx += 20)
        QTest::mouseMove(slider, start + QPoint(dx, 0));
    QTest::mouseRelease(slider, Qt::LeftButton, Qt::NoModifier, start + QPoint(200, 0));

    EXPECT_GT(control.slope(), 0.05);
    EXPECT_DOUBLE_EQ(control.spinBox()->value(), control.slope());
    EXPECT_DOUBLE_EQ(control.slope(), control.scale().slopeAt(slider->value()));
    EXPECT_GE(changes.count(), 5);
    ASSERT_EQ(edits.count(), 1);
    EXPECT_DOUBLE_EQ(edits[0][0].toDouble(), 0.01);
    EXPECT_DOUBLE_EQ(edits[0][1].toDouble(), control.slope());
}

TEST_F(SlopeControlTest, typing_a_negative_slope_widens_the_slider_below_zero)
{
    QSignalSpy edits(&control, &SlopeControl::slopeEdited);
    typeInSpinBox(QStringLiteral("-0.5"));

    EXPECT_DOUBLE_EQ(control.slope(), -0.5);
    EXPECT_LT(control.slider()->minimum(), 0);
    EXPECT_LE(control.scale().slopeAt(control.slider()->minimum()), -0.5);
    EXPECT_NEAR(control.scale().slopeAt(control.slider()->value()), -0.5, 0.001);
    ASSERT_EQ(edits.count(), 1) << "typing is one edit, not one per keystroke";
    EXPECT_DOUBLE_EQ(edits[0][1].toDouble(), -0.5);
}

TEST_F(SlopeControlTest, typing_a_slope_above_one_widens_the_slider)
{
    typeInSpinBox(QStringLiteral("1.5"));

    EXPECT_DOUBLE_EQ(control.slope(), 1.5);
    EXPECT_GE(control.scale().slopeAt(control.slider()->maximum()), 1.5);
    EXPECT_NEAR(control.scale().slopeAt(control.slider()->value()), 1.5, 0.005);
}

TEST_F(SlopeControlTest, arrow_keys_step_by_a_hundredth)
{
    control.slider()->setFocus();
    QTest::keyClick(control.slider(), Qt::Key_Right);
    EXPECT_DOUBLE_EQ(control.slope(), 0.02);
    QTest::keyClick(control.slider(), Qt::Key_Left);
    QTest::keyClick(control.slider(), Qt::Key_Left);
    EXPECT_DOUBLE_EQ(control.slope(), 0.0);
}

TEST_F(SlopeControlTest, shift_arrows_step_by_a_thousandth)
{
    QTest::keyClick(control.slider(), Qt::Key_Right, Qt::ShiftModifier);
    EXPECT_DOUBLE_EQ(control.slope(), 0.011);
    EXPECT_DOUBLE_EQ(control.spinBox()->value(), 0.011);
}

TEST_F(SlopeControlTest, page_keys_step_by_a_tenth_to_round_values)
{
    QTest::keyClick(control.slider(), Qt::Key_PageUp);
    EXPECT_DOUBLE_EQ(control.slope(), 0.1);
    QTest::keyClick(control.slider(), Qt::Key_PageUp);
    EXPECT_DOUBLE_EQ(control.slope(), 0.2);
    QTest::keyClick(control.slider(), Qt::Key_PageDown);
    EXPECT_DOUBLE_EQ(control.slope(), 0.1);
}

TEST_F(SlopeControlTest, spin_box_arrows_step_too)
{
    QTest::keyClick(control.spinBox(), Qt::Key_Up);
    EXPECT_DOUBLE_EQ(control.slope(), 0.02);
    QTest::keyClick(control.spinBox(), Qt::Key_Down, Qt::ShiftModifier);
    EXPECT_DOUBLE_EQ(control.slope(), 0.019);
    QTest::keyClick(control.spinBox(), Qt::Key_PageUp);
    EXPECT_DOUBLE_EQ(control.slope(), 0.1);
}

TEST_F(SlopeControlTest, each_key_press_is_one_edit)
{
    QSignalSpy edits(&control, &SlopeControl::slopeEdited);
    QTest::keyClick(control.slider(), Qt::Key_Right);
    QTest::keyClick(control.slider(), Qt::Key_Right);
    EXPECT_EQ(edits.count(), 2);
}

TEST_F(SlopeControlTest, presets_set_the_tutorials_values_and_show_which_is_active)
{
    const QList<QAction*>& presets = control.presetActions();
    ASSERT_EQ(presets.size(), 5);
    const double expected[] = {0.01, 0.1, 0.2, 0.4, 0.6};
    for (int i = 0; i < presets.size(); ++i) {
        presets[i]->trigger();
        EXPECT_DOUBLE_EQ(control.slope(), expected[i]);
        EXPECT_DOUBLE_EQ(control.spinBox()->value(), expected[i]);
        for (int j = 0; j < presets.size(); ++j) {
            EXPECT_EQ(presets[j]->isChecked(), i == j) << "preset " << j << " after triggering " << i;
            const QToolButton* button = presetButton(presets[j]->text());
            ASSERT_NE(button, nullptr);
            EXPECT_EQ(button->isChecked(), i == j) << "button " << j << " after triggering " << i;
        }
    }
}

TEST_F(SlopeControlTest, the_preset_button_of_the_starting_slope_shows_pressed)
{
    const QToolButton* start = presetButton(QStringLiteral("0.01"));
    const QToolButton* other = presetButton(QStringLiteral("0.1"));
    ASSERT_NE(start, nullptr);
    ASSERT_NE(other, nullptr);
    EXPECT_TRUE(start->isChecked());
    EXPECT_FALSE(other->isChecked());
}

// A drag passes presets, which check and uncheck; that must not lay out the control (and the window around
// it) again on each of those ticks.
TEST_F(SlopeControlTest, passing_presets_lays_nothing_out_again)
{
    QApplication::processEvents();
    const test::LayoutRequestCounter requests;
    for (double slope : {0.05, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7}) {
        control.setSlope(slope);
        QApplication::processEvents();
    }
    EXPECT_EQ(requests.count(), 0);
}

TEST_F(SlopeControlTest, clicking_a_preset_button_sets_its_value)
{
    QSignalSpy edits(&control, &SlopeControl::slopeEdited);
    QToolButton* button = presetButton(QStringLiteral("0.2"));
    ASSERT_NE(button, nullptr);
    QTest::mouseClick(button, Qt::LeftButton);
    EXPECT_DOUBLE_EQ(control.slope(), 0.2);
    EXPECT_EQ(edits.count(), 1);
}

TEST_F(SlopeControlTest, set_slope_changes_without_recording_an_edit)
{
    QSignalSpy changes(&control, &SlopeControl::slopeChanged);
    QSignalSpy edits(&control, &SlopeControl::slopeEdited);
    control.setSlope(0.4);
    EXPECT_DOUBLE_EQ(control.spinBox()->value(), 0.4);
    EXPECT_EQ(control.slider()->value(), control.scale().positionOf(0.4));
    EXPECT_EQ(changes.count(), 1);
    EXPECT_EQ(edits.count(), 0);
}

TEST_F(SlopeControlTest, setting_the_same_slope_again_changes_nothing)
{
    QSignalSpy changes(&control, &SlopeControl::slopeChanged);
    control.setSlope(0.01);
    EXPECT_EQ(changes.count(), 0);
}

TEST_F(SlopeControlTest, the_presets_take_a_line_of_their_own_when_the_control_is_narrow)
{
    const auto buttons = control.findChildren<QToolButton*>();
    ASSERT_FALSE(buttons.isEmpty());
    QWidget* presets = buttons.front()->parentWidget();
    ASSERT_NE(presets, &control);
    control.resize(3000, control.sizeHint().height());
    QApplication::processEvents();
    const int oneLine = control.sizeHint().width();
    control.resize(oneLine + 50, control.sizeHint().height());
    QApplication::processEvents();
    EXPECT_EQ(presets->geometry().center().y(), control.spinBox()->geometry().center().y()) << "one line when wide";

    // The narrowest the control claims to need is less than one line: the parent can take it there.
    EXPECT_LT(control.minimumSizeHint().width(), oneLine);
    control.resize(control.minimumSizeHint().width(), control.minimumSizeHint().height() * 2);
    QApplication::processEvents();
    EXPECT_GT(presets->geometry().top(), control.spinBox()->geometry().bottom()) << "presets below when narrow";
    EXPECT_LE(presets->geometry().right(), control.width()) << "nothing cut off";

    control.resize(oneLine + 50, control.sizeHint().height());
    QApplication::processEvents();
    EXPECT_EQ(presets->geometry().center().y(), control.spinBox()->geometry().center().y()) << "back on one line";
}

} // namespace
} // namespace leakylab
