// The training panel's settings: a preset picker with its explanation, and every option of the simulator.
#pragma once

#include <QWidget>

#include "core/simulation.h"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QSpinBox;

namespace leakylab {

class SlopeSpinBox;

// Every edit emits settingsChanged() once (spin boxes on Enter or focus out, not per keystroke); picking
// a preset sets all the fields and also emits it once. The negative slope is shared with the main slope
// control: setNegativeSlope() follows it silently, an edit here is reported by negativeSlopeEdited().
class TrainingSettings : public QWidget {
    Q_OBJECT
public:
    explicit TrainingSettings(QWidget* parent = nullptr);

    // The current settings; activation is left for the caller (the panel runs both).
    SimulationConfig config() const;
    // Sets every field (not the slope) without emitting per field, then emits settingsChanged() once.
    void setConfig(const SimulationConfig& config);

    double negativeSlope() const;
    void setNegativeSlope(double slope);

    // The preset's index in trainingPresets(), or -1 when the fields match none ("Custom").
    int presetIndex() const;
    void applyPreset(int index);
    QString explanation() const;

    QComboBox* presetBox() const { return mPreset; }
    QComboBox* datasetBox() const { return mDataset; }
    QSpinBox* seedBox() const { return mSeed; }
    QSpinBox* stepsBox() const { return mSteps; }
    QDoubleSpinBox* learningRateBox() const { return mLearningRate; }
    SlopeSpinBox* slopeBox() const { return mSlope; }

signals:
    void settingsChanged();
    void negativeSlopeEdited(double from, double to);

private:
    void buildForm();
    void onFieldEdited();
    void updateDependentFields();
    void showPresetFor(const SimulationConfig& config);

    QComboBox* mPreset = nullptr;
    QLabel* mExplanation = nullptr;
    QComboBox* mDataset = nullptr;
    QDoubleSpinBox* mNoise = nullptr;
    QSpinBox* mSamples = nullptr;
    QSpinBox* mLayers = nullptr;
    QSpinBox* mHidden = nullptr;
    QDoubleSpinBox* mLearningRate = nullptr;
    QComboBox* mOptimizer = nullptr;
    QDoubleSpinBox* mMomentum = nullptr;
    QSpinBox* mBatchSize = nullptr;
    QCheckBox* mSetBias = nullptr;
    QDoubleSpinBox* mBiasInit = nullptr;
    QSpinBox* mSteps = nullptr;
    QSpinBox* mSeed = nullptr;
    SlopeSpinBox* mSlope = nullptr;
    double mSlopeValue = 0.0;
    bool mApplying = false; // inside setConfig: field signals are not edits
};

} // namespace leakylab
