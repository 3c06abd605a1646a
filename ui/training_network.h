// The two networks trained side by side: their order, names and pens, shared by every training view.
#pragma once

#include <QColor>
#include <QPen>
#include <QString>

#include <array>
#include <cstddef>

#include "ui/curve_style.h"

namespace leakylab {

enum class Network { Relu, LeakyRelu };
inline constexpr std::array<Network, 2> kNetworks = {Network::Relu, Network::LeakyRelu};
inline constexpr std::size_t networkIndex(Network network)
{
    return static_cast<std::size_t>(network);
}

inline QString networkName(Network network)
{
    return network == Network::Relu ? QStringLiteral("ReLU") : QStringLiteral("LeakyReLU");
}

// The activation plot's colours and dashes, so ReLU reads as the same solid blue line everywhere.
inline Curve networkCurve(Network network)
{
    return network == Network::Relu ? Curve::Relu : Curve::LeakyRelu;
}
inline QColor networkColour(Network network)
{
    return curveColour(networkCurve(network));
}
inline QPen networkPen(Network network)
{
    return curvePen(networkCurve(network));
}

} // namespace leakylab
