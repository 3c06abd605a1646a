// One network's hidden units as a grid: a row per layer, a cell per unit, coloured by how often it fires.
#pragma once

#include <QWidget>

#include <cstdint>
#include <vector>

#include "ui/training_network.h"

namespace leakylab {

// A cell's colour runs from pale (active on few samples) to the network's colour (active on all). A unit
// negative on every sample is filled near-black, with a white cross for ReLU (dead: no gradient) and white
// hatching for LeakyReLU (negative everywhere, still learning through the slope), so the grids read on a
// grey-scale projector too. Before the first step the cells are empty outlines.
class UnitGrid : public QWidget {
    Q_OBJECT
public:
    explicit UnitGrid(Network network, QWidget* parent = nullptr);

    // Empty cells for `layers` x `hidden` units measured on `samples` samples.
    void setShape(std::size_t layers, std::size_t hidden, std::size_t samples);
    // Per layer and unit, on how many samples it was active (Simulation::activeSamples).
    void setActiveSamples(const std::vector<std::vector<std::uint32_t>>& active);

    Network network() const { return mNetwork; }
    bool measured() const { return !mActive.empty(); }
    std::size_t layers() const { return mLayers; }
    std::size_t hidden() const { return mHidden; }
    bool isDead(std::size_t layer, std::size_t unit) const;
    std::size_t deadCount(std::size_t layer) const;
    // The share of samples on which the unit was active, 0 to 1.
    double activeShare(std::size_t layer, std::size_t unit) const;
    QColor cellColour(std::size_t layer, std::size_t unit) const;

    // The side of a unit's square in pixels, and whether the rows are labelled the short way ("L2", "3/16").
    double cellSize() const { return geometry().cell; }
    bool compactLabels() const { return geometry().compact; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;

private:
    struct Geometry {
        double cell = 0;
        double left = 0, top = 0; // the first cell's corner
        double labelWidth = 0;
        bool compact = false;
    };
    Geometry geometry() const;
    QRectF cellRect(const Geometry& g, std::size_t layer, std::size_t unit) const;
    QString cellToolTip(std::size_t layer, std::size_t unit) const;
    QString layerText(std::size_t layer, bool compact) const;
    QString countText(std::size_t dead, bool compact, Network network) const;
    void paintCell(QPainter& painter, const QRectF& rect, std::size_t layer, std::size_t unit) const;

    Network mNetwork;
    std::size_t mLayers = 0;
    std::size_t mHidden = 0;
    std::size_t mSamples = 1;
    std::vector<std::vector<std::uint32_t>> mActive;
};

} // namespace leakylab
