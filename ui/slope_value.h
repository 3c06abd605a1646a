// The negative_slope as the UI holds it: its default, its bounds and how it is rounded and written.
#pragma once

#include <QString>

#include <cmath>

namespace leakylab {

// nn.LeakyReLU()'s default.
inline constexpr double kDefaultSlope = 0.01;
// PyTorch accepts any float; these bounds only keep the spin box usable.
inline constexpr double kMinSlope = -100.0;
inline constexpr double kMaxSlope = 100.0;
inline constexpr int kSlopeDecimals = 4;

// Every slope the UI sets goes through here, so slider, spin box and undo agree on one value.
inline double roundSlope(double slope)
{
    const double rounded = std::round(slope * 1e4) / 1e4;
    // -0.0 would print as "-0" in the formula.
    return rounded == 0.0 ? 0.0 : rounded;
}

// Shortest form up to kSlopeDecimals: 0.0100 is written 0.01, as a teacher would.
inline QString slopeText(double slope)
{
    QString text = QString::number(roundSlope(slope), 'f', kSlopeDecimals);
    while (text.endsWith(QLatin1Char('0')))
        text.chop(1);
    if (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    return text;
}

} // namespace leakylab
