// Rows of controls that wrap, in order, where a narrow panel has no room for them on one line.
#include <QPushButton>
#include <QSizePolicy>
#include <QVBoxLayout>
#include <QWidget>

#include <memory>

#include "gui_fixture.h"
#include "ui/flow_layout.h"

namespace leakylab {
namespace {

class FlowLayoutTest : public test::UiTest {
protected:
    FlowLayoutTest()
    {
        layout = new FlowLayout(&panel);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(4);
        for (const char* text : {"Paste list", "Random", "Add element", "Remove element"}) {
            auto* button = new QPushButton(QString::fromLatin1(text));
            // Fixed widths, so the arithmetic below does not depend on the font.
            button->setFixedSize(100, 30);
            layout->addWidget(button);
            buttons.append(button);
        }
    }

    void showAt(int width)
    {
        panel.resize(width, layout->heightForWidth(width));
        test::showAndWait(panel);
        layout->activate();
    }

    QWidget panel;
    FlowLayout* layout = nullptr;
    QList<QPushButton*> buttons;
};

TEST_F(FlowLayoutTest, wide_enough_it_is_one_row)
{
    EXPECT_EQ(layout->sizeHint(), QSize(4 * 100 + 3 * 4, 30));
    showAt(412);
    EXPECT_EQ(layout->rows(412), (QList<QList<int>>{{0, 1, 2, 3}}));
    for (int i = 0; i < 4; ++i)
        EXPECT_EQ(buttons[i]->geometry(), QRect(i * 104, 0, 100, 30)) << i;
    EXPECT_EQ(layout->heightForWidth(412), 30);
}

// Groups of buttons side by side stand further apart than the rows they wrap onto.
TEST_F(FlowLayoutTest, items_can_stand_further_apart_than_rows)
{
    layout->setItemSpacing(20);
    EXPECT_EQ(layout->sizeHint(), QSize(4 * 100 + 3 * 20, 30));
    EXPECT_EQ(layout->rows(460), (QList<QList<int>> {{0, 1, 2, 3}}));
    EXPECT_EQ(layout->rows(459), (QList<QList<int>> {{0, 1, 2}, {3}}));
    EXPECT_EQ(layout->heightForWidth(250), 30 + 4 + 30);
    showAt(250);
    EXPECT_EQ(buttons[1]->geometry(), QRect(120, 0, 100, 30));
    EXPECT_EQ(buttons[2]->geometry(), QRect(0, 34, 100, 30));
    EXPECT_EQ(buttons[3]->geometry(), QRect(120, 34, 100, 30));
}

TEST_F(FlowLayoutTest, narrower_it_wraps_in_order_and_grows_down)
{
    EXPECT_EQ(layout->rows(411), (QList<QList<int>>{{0, 1, 2}, {3}}));
    EXPECT_EQ(layout->rows(250), (QList<QList<int>>{{0, 1}, {2, 3}}));
    EXPECT_EQ(layout->heightForWidth(250), 30 + 4 + 30);
    showAt(250);
    EXPECT_EQ(buttons[2]->geometry(), QRect(0, 34, 100, 30));
    EXPECT_EQ(buttons[3]->geometry(), QRect(104, 34, 100, 30));
    for (const QPushButton* button : buttons)
        EXPECT_TRUE(panel.rect().contains(button->geometry())) << button->text().toStdString();
}

TEST_F(FlowLayoutTest, no_narrower_than_its_widest_item_and_one_item_a_row_at_that)
{
    buttons[1]->setFixedWidth(160);
    EXPECT_EQ(layout->minimumSize().width(), 160);
    EXPECT_EQ(layout->rows(160), (QList<QList<int>>{{0}, {1}, {2}, {3}}));
    EXPECT_EQ(layout->heightForWidth(160), 4 * 30 + 3 * 4);
}

TEST_F(FlowLayoutTest, hidden_items_take_no_room)
{
    buttons[1]->hide();
    EXPECT_EQ(layout->sizeHint().width(), 3 * 100 + 2 * 4);
    EXPECT_EQ(layout->rows(308), (QList<QList<int>>{{0, 2, 3}}));
    showAt(308);
    EXPECT_EQ(buttons[2]->x(), 104);
}

TEST_F(FlowLayoutTest, an_expanding_item_takes_the_rest_of_its_row)
{
    buttons[1]->setMinimumWidth(0);
    buttons[1]->setMaximumWidth(QWIDGETSIZE_MAX);
    buttons[1]->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    const int hinted = buttons[1]->sizeHint().width();
    const int width = 100 + 4 + hinted + 50;
    EXPECT_EQ(layout->rows(width), (QList<QList<int>>{{0, 1}, {2, 3}}));
    showAt(width);
    EXPECT_EQ(buttons[1]->geometry().right(), width - 1);
    EXPECT_EQ(buttons[2]->width(), 100);
}

TEST_F(FlowLayoutTest, rows_are_as_high_as_their_tallest_item_the_others_centred)
{
    buttons[1]->setFixedHeight(40);
    showAt(250);
    EXPECT_EQ(buttons[0]->geometry(), QRect(0, 5, 100, 30));
    EXPECT_EQ(buttons[1]->geometry(), QRect(104, 0, 100, 40));
    EXPECT_EQ(buttons[2]->y(), 44);
    EXPECT_EQ(layout->heightForWidth(250), 40 + 4 + 30);
}

// In a panel, the row is as high as its rows at the width it is given, and follows a new width, while its
// parent layout (a scroll area's panel) is not told that its height depends on its width.
TEST_F(FlowLayoutTest, a_flow_row_is_as_high_as_its_rows_at_its_width)
{
    QWidget holder;
    auto* column = new QVBoxLayout(&holder);
    column->setContentsMargins(0, 0, 0, 0);
    auto* row = new FlowRow;
    row->flow()->setSpacing(4);
    for (QPushButton* button : buttons)
        row->flow()->addWidget(button);
    column->addWidget(row);
    column->addStretch(1);
    EXPECT_FALSE(holder.hasHeightForWidth());

    holder.resize(250, 300);
    test::showAndWait(holder);
    ASSERT_TRUE(QTest::qWaitFor([&] { return row->height() == 64; }, 1000)) << row->height();
    EXPECT_EQ(buttons[3]->geometry(), QRect(104, 34, 100, 30));

    holder.resize(420, 300);
    ASSERT_TRUE(QTest::qWaitFor([&] { return row->height() == 30; }, 1000)) << row->height();
    EXPECT_EQ(buttons[3]->geometry(), QRect(312, 0, 100, 30));
}

} // namespace
} // namespace leakylab
