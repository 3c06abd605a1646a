// How a table's width is shared among columns that each need some of it (ui/column_fit).
#include <gtest/gtest.h>

#include <vector>

#include "ui/column_fit.h"

namespace leakylab {
namespace {

using Widths = std::vector<int>;

TEST(SharedColumnWidths, room_for_every_column_at_the_widest_ones_need_makes_them_one_width)
{
    EXPECT_EQ(sharedColumnWidths({50, 60, 100}, 300), (Widths {100, 100, 100}));
    EXPECT_EQ(sharedColumnWidths({50, 60, 100}, 360), (Widths {120, 120, 120}));
}

TEST(SharedColumnWidths, a_column_needing_more_than_an_equal_share_keeps_its_need_and_the_rest_share)
{
    EXPECT_EQ(sharedColumnWidths({50, 60, 100}, 270), (Widths {85, 85, 100}));
    // 60 and 50 share the 171 left: the leftover pixel goes to the rightmost of them.
    EXPECT_EQ(sharedColumnWidths({100, 60, 50}, 271), (Widths {100, 85, 86}));
    // The two wide ones both keep theirs; the three narrow share 300 - 220.
    EXPECT_EQ(sharedColumnWidths({20, 110, 25, 110, 15}, 300), (Widths {26, 110, 27, 110, 27}));
}

TEST(SharedColumnWidths, the_widths_add_up_to_the_room_to_the_pixel)
{
    EXPECT_EQ(sharedColumnWidths({40, 40}, 81), (Widths {40, 41}));
    EXPECT_EQ(sharedColumnWidths({10, 10, 10}, 32), (Widths {10, 11, 11}));
}

TEST(SharedColumnWidths, columns_needing_more_than_the_room_each_get_their_need)
{
    EXPECT_EQ(sharedColumnWidths({50, 60, 100}, 200), (Widths {50, 60, 100}));
    EXPECT_EQ(sharedColumnWidths({50, 60, 100}, 210), (Widths {50, 60, 100}));
    EXPECT_EQ(sharedColumnWidths({50, 60, 100}, 0), (Widths {50, 60, 100}));
}

TEST(SharedColumnWidths, no_columns_no_widths)
{
    EXPECT_EQ(sharedColumnWidths({}, 300), Widths {});
}

} // namespace
} // namespace leakylab
