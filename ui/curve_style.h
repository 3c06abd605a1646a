// The four curves: their names, Okabe–Ito colours and line styles, shared by plot, legend and tool bar.
#pragma once

#include <QColor>
#include <QIcon>
#include <QPen>
#include <QString>

#include <array>

namespace leakylab {

enum class Curve { Relu, LeakyRelu, ReluGrad, LeakyReluGrad };
inline constexpr std::array<Curve, 4> kCurves = {Curve::Relu, Curve::LeakyRelu, Curve::ReluGrad,
                                                 Curve::LeakyReluGrad};
inline constexpr int curveIndex(Curve curve) { return static_cast<int>(curve); }

// The name as the legend and the menus write it, e.g. "LeakyReLU′(x)".
QString curveName(Curve curve);
// Colour and dash both differ, so the curves stay apart for colour-blind students and on a B/W printout.
QColor curveColour(Curve curve);
QPen curvePen(Curve curve);
// A short stroke of the curve's pen, for the tool bar and menu toggles.
QIcon curveIcon(Curve curve);

} // namespace leakylab
