// Paints the unit grid: row labels, one square per unit, a dead count per row, and a tooltip per unit.
#include "ui/unit_grid.h"

#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>

namespace leakylab {

namespace {

constexpr double kMaxCell = 44.0;
constexpr double kMinCell = 14.0;
constexpr double kGap = 3.0;
const QColor kDeadFill(25, 25, 25);
const QColor kPale(245, 245, 245);

QColor mix(const QColor& from, const QColor& to, double t)
{
    const auto channel = [t](int a, int b) { return static_cast<int>(a + (b - a) * t + 0.5); };
    return QColor(
        channel(from.red(), to.red()), channel(from.green(), to.green()), channel(from.blue(), to.blue()));
}

} // namespace

UnitGrid::UnitGrid(Network network, QWidget* parent)
    : QWidget(parent)
    , mNetwork(network)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setToolTip(tr("%1's hidden units, one row per layer. Darker colour: active (pre-activation > 0) on more "
                  "samples.")
                   .arg(networkName(network)));
}

void UnitGrid::setShape(std::size_t layers, std::size_t hidden, std::size_t samples)
{
    // Only the number of layers sizes the grid; every restart of a run sets the shape again, mostly to
    // what it was.
    const bool resized = layers != mLayers;
    mLayers = layers;
    mHidden = hidden;
    mSamples = std::max<std::size_t>(samples, 1);
    mActive.clear();
    if (resized)
        updateGeometry();
    update();
}

void UnitGrid::setActiveSamples(const std::vector<std::vector<std::uint32_t>>& active)
{
    if (active.size() != mLayers || (!active.empty() && active.front().size() != mHidden))
        return; // from a run with another shape, already replaced
    mActive = active;
    update();
}

bool UnitGrid::isDead(std::size_t layer, std::size_t unit) const
{
    return measured() && mActive[layer][unit] == 0;
}

std::size_t UnitGrid::deadCount(std::size_t layer) const
{
    return measured() ? static_cast<std::size_t>(std::count(mActive[layer].begin(), mActive[layer].end(), 0U))
                      : 0;
}

double UnitGrid::activeShare(std::size_t layer, std::size_t unit) const
{
    return measured() ? static_cast<double>(mActive[layer][unit]) / static_cast<double>(mSamples) : 0.0;
}

QColor UnitGrid::cellColour(std::size_t layer, std::size_t unit) const
{
    if (!measured())
        return palette().color(QPalette::Base);
    if (isDead(layer, unit))
        return kDeadFill;
    // Even a unit active on a single sample is visibly tinted, so it never looks like an empty cell.
    return mix(kPale, networkColour(mNetwork), 0.15 + 0.85 * activeShare(layer, unit));
}

QSize UnitGrid::sizeHint() const
{
    const int rows = static_cast<int>(std::max<std::size_t>(mLayers, 1));
    return {600, static_cast<int>(rows * (28.0 + kGap)) + 8};
}

QSize UnitGrid::minimumSizeHint() const
{
    const int rows = static_cast<int>(std::max<std::size_t>(mLayers, 1));
    return {160, static_cast<int>(rows * (kMinCell + kGap)) + 8};
}

UnitGrid::Geometry UnitGrid::geometry() const
{
    QFont bold = font();
    bold.setBold(true);
    const double columns = static_cast<double>(std::max<std::size_t>(mHidden, 1));
    const double rows = static_cast<double>(std::max<std::size_t>(mLayers, 1));
    Geometry g;
    // Short labels ("L2", "16/16") when the long ones would leave the cells too small to see.
    for (const bool compact : {false, true}) {
        g.compact = compact;
        g.labelWidth = QFontMetricsF(font()).horizontalAdvance(layerText(mLayers - 1, compact)) + 10.0;
        // Room for the longer of the two networks' counts, so ReLU's grid and LeakyReLU's beside it take the
        // same labels and squares.
        double countWidth = 0.0;
        for (const Network network : {Network::Relu, Network::LeakyRelu})
            countWidth = std::max(
                countWidth, QFontMetricsF(bold).horizontalAdvance(countText(mHidden, compact, network)));
        countWidth += 10.0;
        const double byWidth = (width() - g.labelWidth - countWidth) / columns - kGap;
        const double byHeight = (height() - 4.0) / rows - kGap;
        g.cell = std::clamp(std::min(byWidth, byHeight), 2.0, kMaxCell);
        const double gridWidth = columns * (g.cell + kGap);
        g.left = g.labelWidth + std::max(0.0, (width() - g.labelWidth - countWidth - gridWidth) / 2.0);
        g.top = std::max(2.0, (height() - rows * (g.cell + kGap)) / 2.0);
        if (g.cell >= 12.0)
            break;
    }
    return g;
}

QRectF UnitGrid::cellRect(const Geometry& g, std::size_t layer, std::size_t unit) const
{
    return {g.left + static_cast<double>(unit) * (g.cell + kGap),
        g.top + static_cast<double>(layer) * (g.cell + kGap), g.cell, g.cell};
}

void UnitGrid::paintCell(QPainter& painter, const QRectF& rect, std::size_t layer, std::size_t unit) const
{
    painter.setPen(QPen(QColor(120, 120, 120), 1.0));
    painter.setBrush(cellColour(layer, unit));
    painter.drawRect(rect);
    if (!isDead(layer, unit))
        return;
    const QRectF inner
        = rect.adjusted(rect.width() * 0.2, rect.height() * 0.2, -rect.width() * 0.2, -rect.height() * 0.2);
    if (mNetwork == Network::Relu) {
        painter.setPen(QPen(Qt::white, std::max(1.5, rect.width() / 9.0), Qt::SolidLine, Qt::RoundCap));
        painter.drawLine(inner.topLeft(), inner.bottomRight());
        painter.drawLine(inner.topRight(), inner.bottomLeft());
    } else {
        painter.setPen(Qt::NoPen);
        painter.setBrush(QBrush(QColor(235, 235, 235), Qt::BDiagPattern));
        painter.drawRect(rect.adjusted(1, 1, -1, -1));
    }
}

void UnitGrid::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const Geometry g = geometry();
    for (std::size_t layer = 0; layer < mLayers; ++layer) {
        const QRectF row(0, cellRect(g, layer, 0).top(), width(), g.cell);
        painter.setPen(palette().color(QPalette::WindowText));
        // Rows closer than a line of text get no labels; the tooltips still say everything.
        const bool labelled = g.cell + kGap >= 0.8 * QFontMetricsF(font()).height();
        if (labelled)
            painter.drawText(QRectF(0, row.top(), g.left - 6.0, g.cell), Qt::AlignRight | Qt::AlignVCenter,
                layerText(layer, g.compact));
        for (std::size_t unit = 0; unit < mHidden; ++unit)
            paintCell(painter, cellRect(g, layer, unit), layer, unit);
        if (measured() && labelled) {
            const std::size_t dead = deadCount(layer);
            QFont countFont = font();
            countFont.setBold(dead == mHidden); // a whole layer gone is the lesson's moment
            painter.setFont(countFont);
            painter.setPen(palette().color(QPalette::WindowText));
            const double x = cellRect(g, layer, mHidden - 1).right() + 8.0;
            painter.drawText(QRectF(x, row.top(), width() - x, g.cell), Qt::AlignLeft | Qt::AlignVCenter,
                countText(dead, g.compact, mNetwork));
            painter.setFont(font());
        }
    }
}

QString UnitGrid::layerText(std::size_t layer, bool compact) const
{
    return (compact ? tr("L%1") : tr("Layer %1")).arg(layer + 1);
}

QString UnitGrid::countText(std::size_t dead, bool compact, Network network) const
{
    if (compact)
        return tr("%1/%2").arg(dead).arg(mHidden);
    // Only ReLU's are dead; LeakyReLU's still learn, so they are counted by what they are.
    return (network == Network::Relu ? tr("%1/%2 dead") : tr("%1/%2 all ≤ 0")).arg(dead).arg(mHidden);
}

QString UnitGrid::cellToolTip(std::size_t layer, std::size_t unit) const
{
    const QString where = tr("Layer %1, unit %2").arg(layer + 1).arg(unit + 1);
    if (!measured())
        return tr("%1: not measured yet; press Step or Start.").arg(where);
    if (!isDead(layer, unit))
        return tr("%1: active on %2 of %3 samples (%4%)")
            .arg(where)
            .arg(mActive[layer][unit])
            .arg(mSamples)
            .arg(qRound(100.0 * activeShare(layer, unit)));
    if (mNetwork == Network::Relu)
        return tr("%1: dead. Pre-activation ≤ 0 on all %2 samples, so ReLU passes no gradient back and "
                  "its weights stop changing.")
            .arg(where)
            .arg(mSamples);
    return tr("%1: negative on all %2 samples, but LeakyReLU still passes the slope back as gradient, "
              "so it can recover.")
        .arg(where)
        .arg(mSamples);
}

bool UnitGrid::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto* help = static_cast<QHelpEvent*>(event);
        const Geometry g = geometry();
        for (std::size_t layer = 0; layer < mLayers; ++layer) {
            for (std::size_t unit = 0; unit < mHidden; ++unit) {
                if (cellRect(g, layer, unit).contains(help->pos())) {
                    QToolTip::showText(help->globalPos(), cellToolTip(layer, unit), this);
                    return true;
                }
            }
        }
    }
    return QWidget::event(event);
}

} // namespace leakylab
