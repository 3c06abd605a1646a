// Light, dark and high-contrast looks for any QCustomPlot, derived from the light colours it was built with.
#pragma once

#include <QColor>

#include "core/lesson.h"

class QCustomPlot;

namespace leakylab {

// Plots are built in light colours. apply() remembers each colour the first time it meets it (on the object
// that owns it) and derives the theme's colour from that, so switching back and forth never drifts.
// Greys (ink, grid, backgrounds) are inverted for dark and pushed to black or white for high contrast;
// the curves' colours keep their hue, so legends and lessons stay recognisable.
class PlotTheme {
public:
    // Set to true on a plot that draws its own page (an item on its bottom layer, themed like any other):
    // apply() then leaves QCustomPlot's background brush off, which would cost a full-size fill every frame.
    static constexpr const char* kDrawsOwnPage = "leakylabDrawsOwnPage";

    static void apply(QCustomPlot& plot, Theme theme);
    static QColor colour(const QColor& light, Theme theme);
};

} // namespace leakylab
