// The training settings form: fields, their limits and tooltips, and the preset they match.
#include "ui/training_settings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

#include "ui/slope_spin_box.h"
#include "ui/slope_value.h"
#include "ui/training_preset.h"

namespace leakylab {

namespace {

// Limits that keep one step of the largest network well under a frame, and the unit grid readable.
constexpr int kUiMaxSamples = 2000;
constexpr int kUiMaxHidden = 64;

} // namespace

TrainingSettings::TrainingSettings(QWidget* parent)
    : QWidget(parent)
{
    buildForm();
    mSlopeValue = kDefaultSlope;
    mSlope->setValue(mSlopeValue);
    applyPreset(0);
}

void TrainingSettings::buildForm()
{
    mPreset = new QComboBox(this);
    mPreset->setObjectName(QStringLiteral("trainingPreset"));
    for (const TrainingPreset& preset : trainingPresets())
        mPreset->addItem(preset.name);
    mPreset->addItem(tr("Custom"));
    mPreset->setToolTip(
        tr("Settings checked to show one effect. Editing any field below makes them Custom."));
    mExplanation = new QLabel(this);
    mExplanation->setWordWrap(true);
    mExplanation->setObjectName(QStringLiteral("presetExplanation"));
    mExplanation->setToolTip(tr("What the students should see with these settings"));
    mExplanation->setTextInteractionFlags(Qt::TextSelectableByMouse);

    mDataset = new QComboBox(this);
    for (DatasetKind kind :
        {DatasetKind::Moons, DatasetKind::Circles, DatasetKind::Spiral, DatasetKind::Xor, DatasetKind::Sine})
        mDataset->addItem(
            QString::fromUtf8(datasetName(kind).data(), static_cast<qsizetype>(datasetName(kind).size())),
            static_cast<int>(kind));
    mDataset->setToolTip(tr("moons, circles, spiral and xor: two classes of 2-D points (BCEWithLogitsLoss).\n"
                            "sine: fit a curve to noisy points (MSELoss)."));
    mNoise = new QDoubleSpinBox(this);
    mNoise->setRange(0.0, 1.0);
    mNoise->setSingleStep(0.05);
    mNoise->setToolTip(tr("Standard deviation of the Gaussian noise added to the data"));
    mSamples = new QSpinBox(this);
    mSamples->setRange(2, kUiMaxSamples);
    mSamples->setSingleStep(50);
    mSamples->setToolTip(tr("How many data points (from 2 to %1)").arg(kUiMaxSamples));
    mLayers = new QSpinBox(this);
    mLayers->setRange(1, static_cast<int>(leakylab::kMaxLayers));
    mLayers->setToolTip(tr("Hidden layers, each followed by ReLU in one network and LeakyReLU in the other"));
    mHidden = new QSpinBox(this);
    mHidden->setRange(1, kUiMaxHidden);
    mHidden->setToolTip(tr("Units in each hidden layer (from 1 to %1)").arg(kUiMaxHidden));
    mLearningRate = new QDoubleSpinBox(this);
    mLearningRate->setDecimals(4);
    mLearningRate->setRange(0.0001, 10.0);
    mLearningRate->setSingleStep(0.05);
    mLearningRate->setToolTip(tr("The optimiser's lr. Large values push biases far negative in one step: "
                                 "a classic way to kill ReLU units."));
    mOptimizer = new QComboBox(this);
    mOptimizer->addItem(tr("SGD"), static_cast<int>(OptimizerKind::Sgd));
    mOptimizer->addItem(tr("Adam"), static_cast<int>(OptimizerKind::Adam));
    mOptimizer->setToolTip(tr("torch.optim.SGD (with momentum, dampening 0) or torch.optim.Adam (defaults)"));
    mMomentum = new QDoubleSpinBox(this);
    mMomentum->setRange(0.0, 0.99);
    mMomentum->setSingleStep(0.05);
    mMomentum->setToolTip(tr("SGD's momentum; Adam keeps its own running averages"));
    mBatchSize = new QSpinBox(this);
    mBatchSize->setRange(0, kUiMaxSamples);
    mBatchSize->setSpecialValueText(tr("full batch"));
    mBatchSize->setToolTip(tr("Samples per step, reshuffled every epoch; \"full batch\" uses them all"));
    mSetBias = new QCheckBox(tr("set to"), this);
    mSetBias->setToolTip(tr("Start every hidden bias at this value instead of nn.Linear's random draw; "
                            "negative values start units switched off"));
    mBiasInit = new QDoubleSpinBox(this);
    mBiasInit->setRange(-5.0, 5.0);
    mBiasInit->setSingleStep(0.1);
    mBiasInit->setToolTip(mSetBias->toolTip());
    mSteps = new QSpinBox(this);
    mSteps->setRange(1, static_cast<int>(leakylab::kMaxSteps));
    mSteps->setSingleStep(100);
    mSteps->setToolTip(tr("How many training steps the run takes"));
    mSeed = new QSpinBox(this);
    mSeed->setRange(0, 999999);
    mSeed->setToolTip(tr("torch.manual_seed: the data and the initial weights, the same for both networks"));
    mSlope = new SlopeSpinBox(this);
    mSlope->setRange(kMinSlope, kMaxSlope);
    mSlope->setDecimals(kSlopeDecimals);
    mSlope->setSingleStep(0.01);
    mSlope->setToolTip(tr("LeakyReLU's negative_slope, the same value as the slope control above the plot"));

    auto* biasRow = new QHBoxLayout;
    biasRow->setContentsMargins(0, 0, 0, 0);
    biasRow->addWidget(mSetBias);
    biasRow->addWidget(mBiasInit, 1);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Data set"), mDataset);
    form->addRow(tr("Noise"), mNoise);
    form->addRow(tr("Samples"), mSamples);
    form->addRow(tr("Hidden layers"), mLayers);
    form->addRow(tr("Units per layer"), mHidden);
    form->addRow(tr("Optimiser"), mOptimizer);
    form->addRow(tr("Learning rate"), mLearningRate);
    form->addRow(tr("Momentum"), mMomentum);
    form->addRow(tr("Batch size"), mBatchSize);
    form->addRow(tr("Hidden biases"), biasRow);
    form->addRow(tr("Steps"), mSteps);
    form->addRow(tr("Seed"), mSeed);
    form->addRow(tr("negative_slope"), mSlope);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(mPreset);
    layout->addWidget(mExplanation);
    layout->addSpacing(8);
    layout->addLayout(form);
    layout->addStretch(1);

    // Each field's edit is one settings change; typing is committed on Enter, not per keystroke.
    for (QSpinBox* box : {mSamples, mLayers, mHidden, mBatchSize, mSteps, mSeed}) {
        box->setKeyboardTracking(false);
        connect(box, &QSpinBox::valueChanged, this, &TrainingSettings::onFieldEdited);
    }
    for (QDoubleSpinBox* box : {mNoise, mLearningRate, mMomentum, mBiasInit}) {
        box->setKeyboardTracking(false);
        connect(box, &QDoubleSpinBox::valueChanged, this, &TrainingSettings::onFieldEdited);
    }
    for (QComboBox* box : {mDataset, mOptimizer})
        connect(box, &QComboBox::currentIndexChanged, this, &TrainingSettings::onFieldEdited);
    connect(mSetBias, &QCheckBox::toggled, this, &TrainingSettings::onFieldEdited);
    connect(mPreset, &QComboBox::activated, this, &TrainingSettings::applyPreset);
    mSlope->setKeyboardTracking(false);
    connect(mSlope, &QDoubleSpinBox::valueChanged, this, [this](double value) {
        const double from = mSlopeValue;
        mSlopeValue = roundSlope(value);
        if (mSlopeValue != from) {
            emit negativeSlopeEdited(from, mSlopeValue);
            emit settingsChanged();
        }
    });
}

SimulationConfig TrainingSettings::config() const
{
    SimulationConfig c;
    c.negativeSlope = mSlopeValue;
    c.dataset = static_cast<DatasetKind>(mDataset->currentData().toInt());
    c.noise = mNoise->value();
    c.samples = static_cast<std::size_t>(mSamples->value());
    c.layers = static_cast<std::size_t>(mLayers->value());
    c.hidden = static_cast<std::size_t>(mHidden->value());
    c.lr = mLearningRate->value();
    c.optimizer = static_cast<OptimizerKind>(mOptimizer->currentData().toInt());
    c.momentum = c.optimizer == OptimizerKind::Sgd ? mMomentum->value() : 0.0;
    c.batchSize = static_cast<std::size_t>(mBatchSize->value());
    if (mSetBias->isChecked())
        c.biasInit = mBiasInit->value();
    c.steps = static_cast<std::size_t>(mSteps->value());
    c.seed = static_cast<std::uint64_t>(mSeed->value());
    return c;
}

void TrainingSettings::setConfig(const SimulationConfig& c)
{
    mApplying = true;
    mBatchSize->setMaximum(kUiMaxSamples);
    mDataset->setCurrentIndex(mDataset->findData(static_cast<int>(c.dataset)));
    mNoise->setValue(c.noise);
    mSamples->setValue(static_cast<int>(c.samples));
    mLayers->setValue(static_cast<int>(c.layers));
    mHidden->setValue(static_cast<int>(c.hidden));
    mLearningRate->setValue(c.lr);
    mOptimizer->setCurrentIndex(mOptimizer->findData(static_cast<int>(c.optimizer)));
    mMomentum->setValue(c.momentum);
    mBatchSize->setValue(static_cast<int>(c.batchSize));
    mSetBias->setChecked(c.biasInit.has_value());
    if (c.biasInit)
        mBiasInit->setValue(*c.biasInit);
    mSteps->setValue(static_cast<int>(c.steps));
    mSeed->setValue(static_cast<int>(c.seed));
    mApplying = false;
    updateDependentFields();
    showPresetFor(config());
    emit settingsChanged();
}

double TrainingSettings::negativeSlope() const
{
    return mSlopeValue;
}

void TrainingSettings::setNegativeSlope(double slope)
{
    slope = roundSlope(slope);
    if (slope == mSlopeValue)
        return;
    mSlopeValue = slope;
    const QSignalBlocker blocker(mSlope); // following the shared slope is not an edit made here
    mSlope->setValue(slope);
    emit settingsChanged();
}

int TrainingSettings::presetIndex() const
{
    return mPreset->currentIndex() < mPreset->count() - 1 ? mPreset->currentIndex() : -1;
}

void TrainingSettings::applyPreset(int index)
{
    const std::vector<TrainingPreset> presets = trainingPresets();
    if (index < 0 || static_cast<std::size_t>(index) >= presets.size()) {
        showPresetFor(config()); // "Custom" picked by hand: keep the fields
        return;
    }
    setConfig(presets[static_cast<std::size_t>(index)].config);
}

QString TrainingSettings::explanation() const
{
    return mExplanation->text();
}

void TrainingSettings::onFieldEdited()
{
    if (mApplying)
        return;
    updateDependentFields();
    showPresetFor(config());
    emit settingsChanged();
}

void TrainingSettings::updateDependentFields()
{
    mMomentum->setEnabled(mOptimizer->currentData().toInt() == static_cast<int>(OptimizerKind::Sgd));
    mBiasInit->setEnabled(mSetBias->isChecked());
    // Shrinking the data set may clamp the batch size: part of this edit, not a second one.
    const QSignalBlocker blocker(mBatchSize);
    mBatchSize->setMaximum(mSamples->value());
}

void TrainingSettings::showPresetFor(const SimulationConfig& c)
{
    const std::vector<TrainingPreset> presets = trainingPresets();
    int index = static_cast<int>(presets.size()); // Custom
    for (std::size_t i = 0; i < presets.size(); ++i) {
        if (sameSettings(presets[i].config, c))
            index = static_cast<int>(i);
    }
    mPreset->setCurrentIndex(index);
    mExplanation->setText(index < static_cast<int>(presets.size())
            ? presets[static_cast<std::size_t>(index)].explanation
            : tr("Your own settings. Press Start to see how ReLU and LeakyReLU compare."));
}

} // namespace leakylab
