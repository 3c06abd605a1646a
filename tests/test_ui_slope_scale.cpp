// The slope slider's quadratic scale, its widening, and how slopes are rounded and written.
#include <gtest/gtest.h>

#include <cmath>

#include "ui/slope_scale.h"
#include "ui/slope_value.h"

namespace leakylab {
namespace {

TEST(SlopeScale, default_covers_zero_to_one)
{
    const SlopeScale scale;
    EXPECT_EQ(scale.minimumPosition(), 0);
    EXPECT_DOUBLE_EQ(scale.slopeAt(scale.minimumPosition()), 0.0);
    EXPECT_DOUBLE_EQ(scale.slopeAt(scale.maximumPosition()), 1.0);
}

TEST(SlopeScale, default_slope_sits_a_tenth_of_the_way_along)
{
    const SlopeScale scale;
    EXPECT_EQ(scale.positionOf(0.01), SlopeScale::kSteps / 10);
    EXPECT_DOUBLE_EQ(scale.slopeAt(SlopeScale::kSteps / 10), 0.01);
}

TEST(SlopeScale, the_first_tenth_of_travel_is_finer_than_the_last)
{
    const SlopeScale scale;
    const int tenth = SlopeScale::kSteps / 10;
    const double firstTenth = scale.slopeAt(tenth) - scale.slopeAt(0);
    const double lastTenth = scale.slopeAt(SlopeScale::kSteps) - scale.slopeAt(SlopeScale::kSteps - tenth);
    EXPECT_LE(firstTenth, 0.01);
    EXPECT_GT(lastTenth, 10 * firstTenth);
}

TEST(SlopeScale, drags_land_on_two_significant_digits)
{
    const SlopeScale scale;
    EXPECT_DOUBLE_EQ(scale.slopeAt(101), 0.01);
    EXPECT_DOUBLE_EQ(scale.slopeAt(110), 0.012);
    EXPECT_DOUBLE_EQ(scale.slopeAt(447), 0.2);
}

class SlopeScalePreset : public ::testing::TestWithParam<double> {};

TEST_P(SlopeScalePreset, round_trips_through_its_position)
{
    const SlopeScale scale;
    EXPECT_DOUBLE_EQ(scale.slopeAt(scale.positionOf(GetParam())), GetParam());
}

INSTANTIATE_TEST_SUITE_P(TutorialValues, SlopeScalePreset, ::testing::Values(0.0, 0.01, 0.1, 0.2, 0.4, 0.6, 1.0));

TEST(SlopeScale, positions_increase_with_slope)
{
    SlopeScale scale;
    scale.widenToInclude(-3.0);
    for (int p = scale.minimumPosition(); p < scale.maximumPosition(); ++p)
        ASSERT_LE(scale.slopeAt(p), scale.slopeAt(p + 1)) << "at position " << p;
}

TEST(SlopeScale, widens_to_a_round_reach_above_one)
{
    SlopeScale scale;
    EXPECT_TRUE(scale.widenToInclude(1.5));
    EXPECT_DOUBLE_EQ(scale.maximumSlope(), 2.0);
    EXPECT_NEAR(scale.slopeAt(scale.positionOf(1.5)), 1.5, 0.005);
    EXPECT_TRUE(scale.widenToInclude(7.0));
    EXPECT_DOUBLE_EQ(scale.maximumSlope(), 10.0);
}

TEST(SlopeScale, opens_the_negative_half_for_a_negative_slope)
{
    SlopeScale scale;
    EXPECT_TRUE(scale.widenToInclude(-0.5));
    EXPECT_LT(scale.minimumPosition(), 0);
    EXPECT_DOUBLE_EQ(scale.minimumSlope(), -1.0);
    EXPECT_NEAR(scale.slopeAt(scale.positionOf(-0.5)), -0.5, 0.001);
}

TEST(SlopeScale, never_shrinks)
{
    SlopeScale scale;
    scale.widenToInclude(4.0);
    EXPECT_FALSE(scale.widenToInclude(0.2));
    EXPECT_DOUBLE_EQ(scale.maximumSlope(), 5.0);
}

TEST(SlopeScale, stops_at_the_spin_box_bound)
{
    SlopeScale scale;
    scale.widenToInclude(kMaxSlope);
    EXPECT_DOUBLE_EQ(scale.maximumSlope(), kMaxSlope);
}

TEST(SlopeValue, writes_the_shortest_form)
{
    EXPECT_EQ(slopeText(0.01).toStdString(), "0.01");
    EXPECT_EQ(slopeText(0.2).toStdString(), "0.2");
    EXPECT_EQ(slopeText(1.0).toStdString(), "1");
    EXPECT_EQ(slopeText(-0.5).toStdString(), "-0.5");
    EXPECT_EQ(slopeText(0.00001).toStdString(), "0");
}

TEST(SlopeValue, rounds_to_four_decimals_without_negative_zero)
{
    EXPECT_DOUBLE_EQ(roundSlope(0.123456), 0.1235);
    EXPECT_FALSE(std::signbit(roundSlope(-0.00001)));
}

} // namespace
} // namespace leakylab
