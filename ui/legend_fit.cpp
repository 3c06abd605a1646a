#include "ui/legend_fit.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace leakylab {

namespace {

double distanceBetween(const QPointF& point, const QRectF& box)
{
    const double dx = std::max({box.left() - point.x(), 0.0, point.x() - box.right()});
    const double dy = std::max({box.top() - point.y(), 0.0, point.y() - box.bottom()});
    return std::hypot(dx, dy);
}

double distanceBetween(const QPointF& point, const QLineF& segment)
{
    const QPointF along = segment.p2() - segment.p1();
    const double squared = QPointF::dotProduct(along, along);
    const double t = squared > 0.0
        ? std::clamp(QPointF::dotProduct(point - segment.p1(), along) / squared, 0.0, 1.0)
        : 0.0;
    const QPointF nearest = segment.p1() + t * along;
    return std::hypot(point.x() - nearest.x(), point.y() - nearest.y());
}

} // namespace

double distanceBetween(const QRectF& box, const QLineF& segment)
{
    if (box.contains(segment.p1()) || box.contains(segment.p2()))
        return 0.0;
    const std::array<QPointF, 4> corners {box.topLeft(), box.topRight(), box.bottomRight(), box.bottomLeft()};
    double nearest = std::min(distanceBetween(segment.p1(), box), distanceBetween(segment.p2(), box));
    for (std::size_t i = 0; i < corners.size(); ++i) {
        const QLineF edge(corners[i], corners[(i + 1) % corners.size()]);
        if (segment.intersects(edge, nullptr) == QLineF::BoundedIntersection)
            return 0.0;
        nearest = std::min(nearest, distanceBetween(corners[i], segment));
    }
    return nearest;
}

int countCovered(const QRectF& box, const PlotShapes& shapes, double clearance)
{
    int covered = 0;
    for (const QPolygonF& line : shapes.lines) {
        for (qsizetype i = 0; i + 1 < line.size(); ++i) {
            if (distanceBetween(box, QLineF(line[i], line[i + 1])) < clearance) {
                ++covered;
                break;
            }
        }
    }
    for (const QPolygonF& area : shapes.areas) {
        if (area.intersects(QPolygonF(box)))
            ++covered;
    }
    for (const QRectF& other : shapes.boxes) {
        if (other.intersects(box))
            ++covered;
    }
    return covered;
}

} // namespace leakylab
