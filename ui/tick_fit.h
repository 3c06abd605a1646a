// How many ticks an axis can label without their labels running together.
#pragma once

#include <qcustomplot.h>

namespace leakylab {

// QCustomPlot's ticker aims at the same number of ticks whatever the axis's length: squeezed to a strip, a
// plot's y labels ran into each other. The most ticks, up to `most`, a quarter of a label's height apart;
// where none are, the fewest that still label two values (one gives no scale). Call once the axis rect is
// laid out and the range set. True when the count changed (the labels, and so the margins, may change with
// it).
bool fitVerticalTicks(QCPAxis& axis, int most);

} // namespace leakylab
