// One network's decision regions over the data (2-D data sets), or its fitted curve over the data (sine).
#pragma once

#include <QPointer>
#include <qcustomplot.h>

#include <array>
#include <vector>

#include "ui/training_network.h"
#include "ui/training_update.h"

namespace leakylab {

// The colour map sits alone on a buffered layer at the bottom, so a new set of regions redraws it alone;
// the data points, axes and caption above it stay in one buffer that is drawn once per run. Classes differ
// in shape (circles, triangles) as well as colour.
class DecisionRegions : public QCustomPlot {
    Q_OBJECT
public:
    explicit DecisionRegions(Network network, QWidget* parent = nullptr);

    // A new run: its data points and where the network will be sampled. Clears the regions.
    void setSetup(const TrainingSetup& setup);
    // The network's outputs on the setup's grid (NetworkUpdate::regions).
    void setRegions(const std::vector<float>& outputs);
    // The line over the plot: accuracy, or a divergence.
    void setCaption(const QString& text, bool alarm = false);
    // Shown side by side, the two maps take one caption size and as many lines, so they stay equally high.
    void pairCaptionWith(DecisionRegions* other);

    bool classification() const { return mClassification; }
    QCPColorMap* colorMap() const { return mMap; }
    QCPGraph* fittedCurve() const { return mCurve; }
    QCPGraph* points(int label) const { return mPoints[label == 0 ? 0 : 1]; }
    // On one line; a narrow plot may show it on two (see fitCaption).
    QString caption() const { return mCaptionText; }
    QFont captionFont() const { return mCaption->font(); }
    QString shownCaption() const { return mCaption->text(); }

    static QColor classColour(int label);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void fitToLayout();
    void keepAspect();
    void fitCaption();
    double captionPoints(const QString& text) const;
    bool showCaption(const QString& shown, double points);

    Network mNetwork;
    QCPLayer* mLive = nullptr;
    QCPColorMap* mMap = nullptr;
    QCPGraph* mCurve = nullptr;
    std::array<QCPGraph*, 2> mPoints {};
    QCPTextElement* mCaption = nullptr;
    QString mCaptionText;
    QPointer<DecisionRegions> mCaptionPair;
    RegionGrid mGrid;
    bool mClassification = true;
    bool mRelayingOut = false;
    QCPRange mDataX, mDataY;
};

} // namespace leakylab
