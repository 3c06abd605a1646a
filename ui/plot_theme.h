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
    static void apply(QCustomPlot& plot, Theme theme);
    static QColor colour(const QColor& light, Theme theme);
};

} // namespace leakylab
