// The activation plot: ReLU and LeakyReLU with their derivatives, the leak shaded, formula and hover readout.
#pragma once

#include <qcustomplot.h>

#include <array>
#include <map>
#include <memory>

#include "core/tensor.h"
#include "ui/curve_samples.h"
#include "ui/curve_style.h"
#include "ui/legend_fit.h"
#include "ui/slope_value.h"

namespace leakylab {

class HoverReadout;
class LiveLayer;
class InputPoints;

class ActivationPlot : public QCustomPlot {
    Q_OBJECT
public:
    static constexpr double kDefaultXMin = -5.0;
    static constexpr double kDefaultXMax = 5.0;

    explicit ActivationPlot(QWidget* parent = nullptr);
    ~ActivationPlot() override;

    double slope() const { return mSlope; }
    void setSlope(double slope);

    bool isCurveVisible(Curve curve) const;
    void setCurveVisible(Curve curve, bool visible);
    QCPGraph* curveGraph(Curve curve) const { return mCurves[static_cast<std::size_t>(curveIndex(curve))]; }
    QCPGraph* leakShading() const { return mLeak; }
    // The dots at x = 0 of ReLU′ or LeakyReLU′: the value PyTorch takes, and the other side's limit.
    QCPGraph* kinkValueDot(Curve derivative) const { return mValueDots[dotIndex(derivative)]; }
    QCPGraph* kinkLimitDot(Curve derivative) const { return mLimitDots[dotIndex(derivative)]; }

    // The lesson tensor's elements as points on ReLU and on LeakyReLU; the LeakyReLU ones follow the slope.
    void setInputPoints(const Tensor& tensor);
    const InputPoints& inputPoints() const { return *mInputPoints; }

    // x from -5 to 5, y wide enough for every curve at the current slope.
    void resetView();
    QCPRange defaultValueRange() const;

    QString formulaText() const;
    // The formula's font now: smaller than its usual size where the plot is narrower than its text.
    QFont formulaFont() const;
    static QString formulaFor(double slope);

    // The hover crosshair at plot x (snapped to a round value, so x = 0 itself is easy to hit).
    void hoverAt(double x, double y);
    void hideHover();
    const HoverReadout& hoverReadout() const { return *mHover; }

    // Sizes read from the back of a room on a projector: every text at least kPresentationTextPixels high,
    // the formula larger, lines and dots kPresentationPenScale times as wide. Off gives back the desk sizes.
    static constexpr int kPresentationTextPixels = 28;
    static constexpr double kPresentationPenScale = 1.6;
    void setPresentationSizes(bool on);
    bool hasPresentationSizes() const { return mPresentationSizes; }

    // How many pixels shorter the plot can get with its legend, in two columns at full size in the top left
    // corner, still above y = 0 (see fitLegend); negative when it is already too short. A panel docked below
    // takes its height from here.
    int heightToSpare();

    // The legend's entries in order. Not legend->item(i): in two columns the grid has an empty cell.
    QList<QCPAbstractLegendItem*> legendEntries() const;

    // Counts finished paints: what the benchmark and the tests wait for.
    int paintCount() const { return mPaintCount; }
    // True once the live layer draws into a buffer of its own, from the replot just after the first frame.
    bool hasLiveBuffer() const;
    // The spacing of the sampled x values: the grid the curve table is written on.
    double sampleStep() const { return mSamples.step(); }

signals:
    void curveVisibilityChanged(Curve curve, bool visible);
    void framePainted();

protected:
    // QCustomPlot's, but for the formula's width: it shrinks to the plot's (fitFormula).
    QSize minimumSizeHint() const override;
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void leaveEvent(QEvent* event) override;

private:
    static std::size_t dotIndex(Curve derivative) { return derivative == Curve::ReluGrad ? 0 : 1; }
    void setupLayers();
    void bufferLiveLayer();
    void setupAxes();
    void setupCurves();
    void setupShading();
    void setupFormula();
    QCPGraph* addCurveGraph(QCPLayer* layer, const QPen& pen, const QString& name);
    QCPGraph* addDotGraph(QCPLayer* layer, const QColor& colour, bool filled);
    void rebuildLegend();
    // Where the legend sits and how large it is drawn; fitLegend picks one.
    struct LegendPlacement {
        Qt::Alignment corner = Qt::AlignTop | Qt::AlignLeft;
        int columns = 1;
        int sizeStep = 0; // into kLegendScales: 0 is full size
        bool shown = true; // false where it fits nowhere inside the axes
        bool operator==(const LegendPlacement&) const = default;
    };
    void arrangeLegend(const LegendPlacement& placement);
    QSize legendSize(int sizeStep, int columns);
    PlotShapes legendObstacles() const;
    // After each layout: the formula and the legend fitted to the plot's size, laid out again if either changed.
    void fitToLayout();
    bool fitCaption();
    bool fitLegend();
    bool fitFormula();
    void resample();
    void updateStaticCurves();
    void updateMovingCurves();
    std::array<bool, 4> visibleCurves() const;
    void onMouseMove(QMouseEvent* event);
    void queueLiveRefresh();
    void queueLiveRefresh(const QRegion& changed);
    void refreshLiveLayer();
    // A buffer other than the live layer's needs drawing again: only a full replot will do.
    bool hasInvalidatedStaticBuffer() const;
    // The part of the plot a slope change can alter.
    QRegion slopeDependentRegion() const;

    double mSlope = kDefaultSlope;
    CurveSamples mSamples;
    LiveLayer* mLiveLayer = nullptr;
    std::array<QCPGraph*, 4> mCurves{};
    QCPGraph* mLeak = nullptr;
    // Index 0 for ReLU′, 1 for LeakyReLU′.
    std::array<QCPGraph*, 2> mValueDots{};
    std::array<QCPGraph*, 2> mLimitDots{};
    // Empty graphs that only explain the two kinds of dot in the legend.
    QCPGraph* mValueDotKey = nullptr;
    QCPGraph* mLimitDotKey = nullptr;
    QCPTextElement* mFormula = nullptr;
    // The formula's font where it fits; the formula shrinks from it where the plot is narrower than its text.
    QFont mFormulaFont;
    // What the formula was last fitted for.
    struct FormulaFit {
        qsizetype length = -1;
        double room = 0.0;
        QFont font;
        bool operator==(const FormulaFit&) const = default;
    };
    FormulaFit mFormulaFit;
    bool mPresentationSizes = false;
    LegendPlacement mLegendPlacement;
    // The legend icons' full size (its font is the legend's own).
    QSize mLegendIconSize;
    // The legend's outer size by size step and column count, measured when first wanted.
    std::map<std::pair<int, int>, QSize> mLegendSizes;
    QCPItemText* mCaption = nullptr;
    // The caption on one line; fitCaption() breaks it after its colon where the negative half is narrow.
    QString mCaptionLine;
    std::unique_ptr<InputPoints> mInputPoints;
    std::unique_ptr<HoverReadout> mHover;
    double mHoverY = 0.0;
    bool mLiveRefreshQueued = false;
    // The legend gained or lost entries since the live layer was last drawn.
    bool mLegendChanged = false;
    QRegion mLiveChanged;
    int mPaintCount = 0;
};

} // namespace leakylab
