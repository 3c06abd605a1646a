// The slope control: a slider and a spin box bound both ways, presets and keyboard steps.
#pragma once

#include <QList>
#include <QWidget>

#include "ui/slope_scale.h"
#include "ui/slope_spin_box.h"

class QAction;
class QBoxLayout;
class QHBoxLayout;
class QLabel;
class QSlider;

namespace leakylab {

class SlopeControl : public QWidget {
    Q_OBJECT
public:
    static constexpr double kStep = 0.01;
    static constexpr double kFineStep = 0.001;
    static constexpr double kCoarseStep = 0.1;
    // The tutorial's values.
    static constexpr double kPresets[] = {0.01, 0.1, 0.2, 0.4, 0.6};

    explicit SlopeControl(QWidget* parent = nullptr);

    double slope() const { return mSlope; }
    const SlopeScale& scale() const { return mScale; }
    QSlider* slider() const { return mSlider; }
    SlopeSpinBox* spinBox() const { return mSpinBox; }
    const QList<QAction*>& presetActions() const { return mPresetActions; }

    // Sets the slope without recording an edit: what undo and redo call.
    void setSlope(double slope);

    // As narrow as the control gets with the presets on a line of their own, which they take when the
    // window is too narrow for one line (a 1280x720 projector with the panels beside the plot).
    QSize minimumSizeHint() const override;

signals:
    // Every change, drag ticks included: what the plot follows.
    void slopeChanged(double slope);
    // A finished edit by the user (a whole drag, a key, a preset, a typed value): one undo step.
    void slopeEdited(double from, double to);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    enum class Source { Program, Slider };

    QWidget* createPresetButtons();
    void applySlope(double slope, Source source);
    void editSlope(double slope);
    void stepSlope(int direction, double step);
    void onSliderValueChanged(int position);
    void onSliderReleased();
    void updateSliderRange();

    SlopeScale mScale;
    double mSlope = 0.0;
    double mDragStart = 0.0;
    QSlider* mSlider = nullptr;
    SlopeSpinBox* mSpinBox = nullptr;
    QLabel* mMinimumLabel = nullptr;
    QLabel* mMaximumLabel = nullptr;
    QList<QAction*> mPresetActions;
    QHBoxLayout* mMainRow = nullptr;
    QHBoxLayout* mPresetRow = nullptr;
    QWidget* mPresets = nullptr;
};

} // namespace leakylab
