// Where a legend may go: distances between a box and a segment, and what a box covers.
#include "ui/legend_fit.h"

#include <cmath>
#include <gtest/gtest.h>

namespace leakylab {
namespace {

const QRectF kBox(100.0, 100.0, 200.0, 100.0); // right edge at 300, bottom at 200

TEST(LegendFit, a_segment_through_the_box_or_inside_it_is_at_no_distance)
{
    EXPECT_EQ(distanceBetween(kBox, QLineF(0.0, 150.0, 400.0, 150.0)), 0.0);
    EXPECT_EQ(distanceBetween(kBox, QLineF(150.0, 150.0, 160.0, 160.0)), 0.0);
    EXPECT_EQ(distanceBetween(kBox, QLineF(50.0, 0.0, 350.0, 300.0)), 0.0); // diagonal, corner to corner
}

TEST(LegendFit, a_segment_beside_the_box_is_as_far_as_its_nearest_point)
{
    EXPECT_DOUBLE_EQ(distanceBetween(kBox, QLineF(310.0, 0.0, 310.0, 400.0)), 10.0);
    EXPECT_DOUBLE_EQ(distanceBetween(kBox, QLineF(0.0, 215.0, 400.0, 215.0)), 15.0);
    // Ending short of the box: from its end to the corner.
    EXPECT_DOUBLE_EQ(distanceBetween(kBox, QLineF(303.0, 204.0, 400.0, 204.0)), 5.0);
}

// A rising line past the bottom right corner: its distance is across, to the corner, not along either axis.
TEST(LegendFit, a_diagonal_past_a_corner_is_measured_square_to_it)
{
    // y = -x + 520 passes the corner (300, 200) at 20 / sqrt(2) pixels.
    const QLineF rising(320.0, 200.0, 420.0, 100.0);
    EXPECT_NEAR(distanceBetween(kBox, QLineF(rising.pointAt(-2.0), rising.pointAt(2.0))),
        20.0 / std::sqrt(2.0), 1e-9);
}

TEST(LegendFit, lines_count_within_the_clearance_areas_and_boxes_where_they_overlap)
{
    PlotShapes shapes;
    shapes.lines.append(
        QPolygonF {QPointF(0.0, 210.0), QPointF(50.0, 210.0), QPointF(400.0, 210.0)}); // 10 below
    EXPECT_EQ(countCovered(kBox, shapes, 8.0), 0);
    EXPECT_EQ(countCovered(kBox, shapes, 12.0), 1);

    shapes.areas.append(QPolygonF {QPointF(0.0, 0.0), QPointF(90.0, 0.0), QPointF(90.0, 90.0)});
    EXPECT_EQ(countCovered(kBox, shapes, 8.0), 0);
    shapes.areas.append(QPolygonF {QPointF(0.0, 0.0), QPointF(120.0, 0.0), QPointF(120.0, 120.0)});
    EXPECT_EQ(countCovered(kBox, shapes, 8.0), 1);

    shapes.boxes.append(QRectF(301.0, 150.0, 10.0, 10.0));
    EXPECT_EQ(countCovered(kBox, shapes, 8.0), 1);
    shapes.boxes.append(QRectF(295.0, 150.0, 10.0, 10.0));
    EXPECT_EQ(countCovered(kBox, shapes, 8.0), 2);
}

} // namespace
} // namespace leakylab
