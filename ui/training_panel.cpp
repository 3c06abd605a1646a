// The training panel: wires the settings, the controls and the views to a training session.
#include "ui/training_panel.h"

#include <QAction>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QSlider>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

#include "core/history_table.h"
#include "ui/core_message.h"
#include "ui/dead_fraction_chart.h"
#include "ui/decision_regions.h"
#include "ui/flow_layout.h"
#include "ui/loss_chart.h"
#include "ui/steady_label.h"
#include "ui/step_chart_pair.h"
#include "ui/training_session.h"
#include "ui/training_settings.h"
#include "ui/unit_grid.h"
#include "ui/wrap_label.h"

namespace leakylab {

namespace {

constexpr double kStatusFontPt = 15.0;
// The settings column's width, down to the least where the panel is squeezed (docked on a 1280x720 screen).
constexpr int kSettingsWidth = 300;
constexpr int kSettingsLeastWidth = 280;

} // namespace

TrainingPanel::TrainingPanel(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("TrainingPanel"));
    mSession = new TrainingSession(this);
    mSettings = new TrainingSettings;

    auto* scroll = new QScrollArea(this);
    scroll->setWidget(mSettings);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMinimumWidth(kSettingsLeastWidth);
    scroll->setMaximumWidth(kSettingsWidth);
    scroll->setFrameShape(QFrame::NoFrame);

    auto* right = new QVBoxLayout;
    right->addWidget(createControls());
    right->addWidget(createStatus());
    right->addWidget(createViews(), 1);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(scroll);
    layout->addLayout(right, 1);

    // Updates are coalesced by the worker: one signal however many steps it has taken since the last.
    connect(mSession, &TrainingSession::updateReady, this, &TrainingPanel::applyUpdate);
    // A changed setting is a new run from step 0 (continuing if one was running).
    mRestartInterval = new QTimer(this);
    mRestartInterval->setSingleShot(true);
    mRestartInterval->setInterval(kRestartIntervalMs);
    connect(mRestartInterval, &QTimer::timeout, this, &TrainingPanel::flushSettings);
    connect(mSettings, &TrainingSettings::settingsChanged, this, &TrainingPanel::onSettingsChanged);
    connect(mSettings, &TrainingSettings::negativeSlopeEdited, this, &TrainingPanel::negativeSlopeEdited);

    mSession->setStepsPerSecond(stepsPerSecond());
    mSession->configure(mSettings->config());
    updateControls();
}

TrainingPanel::~TrainingPanel() = default;

QWidget* TrainingPanel::createControls()
{
    // The buttons, then the speed: on one line where it fits, broken between them where the panel is narrow
    // (filling a window on a 1024x768 screen).
    auto* box = new FlowRow(this);
    mStartPauseAction = new QAction(tr("Start / Pause"), this);
    mStartPauseAction->setShortcut(QKeySequence(Qt::Key_Space));
    mStartPauseAction->setToolTip(tr("Start or pause training (Space)"));
    connect(mStartPauseAction, &QAction::triggered, this, &TrainingPanel::toggleRunning);
    addAction(mStartPauseAction);

    mStartButton = new QPushButton(tr("Start"), box);
    mStartButton->setObjectName(QStringLiteral("trainingStart"));
    mStartButton->setToolTip(tr("Train both networks, or pause them (Space)"));
    connect(mStartButton, &QPushButton::clicked, this, &TrainingPanel::toggleRunning);
    mStepButton = new QPushButton(tr("Step"), box);
    mStepButton->setObjectName(QStringLiteral("trainingStep"));
    mStepButton->setToolTip(tr("One training step for both networks, then pause"));
    connect(mStepButton, &QPushButton::clicked, this, &TrainingPanel::step);
    mResetButton = new QPushButton(tr("Reset"), box);
    mResetButton->setObjectName(QStringLiteral("trainingReset"));
    mResetButton->setToolTip(tr("Back to step 0: the same data and initial weights, charts cleared"));
    connect(mResetButton, &QPushButton::clicked, this, &TrainingPanel::reset);

    mSpeed = new QSlider(Qt::Horizontal, box);
    mSpeed->setObjectName(QStringLiteral("trainingSpeed"));
    mSpeed->setRange(0, static_cast<int>(kSpeeds.size()) - 1);
    mSpeed->setValue(kDefaultSpeedIndex);
    mSpeed->setPageStep(1);
    mSpeed->setMaximumWidth(220);
    mSpeed->setToolTip(
        tr("Training steps per second: slow enough to watch units die, or as fast as possible"));
    mSpeedLabel = new QLabel(box);
    mSpeedLabel->setMinimumWidth(mSpeedLabel->fontMetrics().horizontalAdvance(tr("1000 steps/s")) + 8);
    mSpeedLabel->setToolTip(mSpeed->toolTip());
    connect(mSpeed, &QSlider::valueChanged, this, [this] {
        mSession->setStepsPerSecond(stepsPerSecond());
        mSpeedLabel->setText(
            stepsPerSecond() == 0 ? tr("max speed") : tr("%1 steps/s").arg(stepsPerSecond()));
    });
    mSpeedLabel->setText(tr("%1 steps/s").arg(stepsPerSecond()));
    auto* speedCaption = new QLabel(tr("Speed"), box);
    speedCaption->setBuddy(mSpeed);

    mControls = box->flow();
    for (QPushButton* button : {mStartButton, mStepButton, mResetButton}) {
        button->setMinimumWidth(button->fontMetrics().horizontalAdvance(tr("Run again")) + 32);
        mControls->addWidget(button);
    }
    auto* speed = new QWidget(box);
    auto* speedLine = new QHBoxLayout(speed);
    speedLine->setContentsMargins(12, 0, 0, 0);
    speedLine->addWidget(speedCaption);
    speedLine->addWidget(mSpeed);
    speedLine->addWidget(mSpeedLabel);
    // The rest of the line left empty: the slider and its value stay beside the caption.
    speedLine->addStretch(1);
    mControls->addWidget(speed);
    return box;
}

// A line of its own under the buttons, the column's width: beside them a divergence message took six lines
// at 1280x720. Its height stays while the run restarts, so the plots below do not jump between a status of
// one line and a wrapped divergence message.
QWidget* TrainingPanel::createStatus()
{
    mStatus = new SteadyLabel(this);
    mStatus->setObjectName(QStringLiteral("trainingStatus"));
    QFont statusFont = font();
    statusFont.setPointSizeF(kStatusFontPt);
    statusFont.setBold(true);
    mStatus->setFont(statusFont);
    mStatus->setToolTip(tr("The training step both networks have reached, and how the run ended"));
    return mStatus;
}

void TrainingPanel::addControl(QAction* action)
{
    auto* button = new QToolButton(this);
    button->setDefaultAction(action);
    // Beside Start, Step and Reset, where a teacher looks for buttons.
    mControls->insertWidget(3, button);
}

QWidget* TrainingPanel::createViews()
{
    // Wide and short, as a dock under the plot is: the networks side by side, the charts to their right.
    auto* box = new QWidget(this);
    auto* networks = new QGridLayout;
    networks->setContentsMargins(0, 0, 0, 0);
    for (Network network : kNetworks) {
        const std::size_t i = networkIndex(network);
        const int column = static_cast<int>(i);
        mRegions[i] = new DecisionRegions(network, box);
        mRegions[i]->setToolTip(
            tr("What %1 predicts over the plane: the colour is the class it picks, white where it is unsure. "
               "The points are the data.")
                .arg(networkName(network)));
        mGrids[i] = new UnitGrid(network, box);
        networks->addWidget(mRegions[i], 0, column);
        networks->addWidget(mGrids[i], 1, column);
    }
    mRegions[0]->pairCaptionWith(mRegions[1]);
    // In the dock's scroll area a plain word-wrapped label would have the whole panel sized to its preferred
    // height and scrolled, wherever it fits.
    auto* legend = new WrapLabel(tr("Units: darker = active (pre-activation > 0) on more samples.  "
                                    "✕ ReLU unit ≤ 0 on every sample: dead, no gradient.  "
                                    "▨ LeakyReLU unit ≤ 0 on every sample: still learning through the slope."),
                                 box);
    legend->setToolTip(tr("How to read the unit grids"));
    networks->addWidget(legend, 2, 0, 1, 2);
    networks->setRowStretch(0, 1);

    mDeadChart = new DeadFractionChart(box);
    mLossChart = new LossChart(box);
    mCharts = new StepChartPair(mDeadChart, mLossChart, box);

    mViews = new QBoxLayout(QBoxLayout::LeftToRight, box);
    mViews->setContentsMargins(0, 0, 0, 0);
    mViews->addLayout(networks, 3);
    mViews->addWidget(mCharts, 2);
    return box;
}

void TrainingPanel::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    mViews->setDirection(viewsDirection(size()));
}

// A wide panel (docked under the plot) puts the charts beside the networks, a tall one (floating, or a large
// screen) below them; the charts then arrange themselves for the room they get (StepChartPair).
QBoxLayout::Direction TrainingPanel::viewsDirection(const QSize& size)
{
    const double aspect = static_cast<double>(size.width()) / std::max(size.height(), 1);
    return aspect > 2.2 ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom;
}

// A floating dock is held to its panel's least size when given its new place: arranged for that place first, the
// panel measures what it will need there. The views' box measures again and tells the panel's layouts.
void TrainingPanel::arrangeFor(const QSize& size)
{
    mViews->setDirection(viewsDirection(size));
    mViews->activate();
    layout()->invalidate();
    layout()->activate();
}

QSize TrainingPanel::sizeHint() const
{
    // Docked under the plot, the panel asks for a little under half the window's height: enough for the
    // regions and charts to read from the back of the room, leaving the activation plot readable above.
    const QWidget* main = window();
    const int available = main && main != this ? main->height() : (screen() ? screen()->availableGeometry().height() : 1000);
    return {1200, std::max(available * 9 / 20, 320)};
}

int TrainingPanel::stepsPerSecond() const
{
    return kSpeeds[static_cast<std::size_t>(mSpeed->value())];
}

void TrainingPanel::setNegativeSlope(double slope)
{
    mSettings->setNegativeSlope(slope);
}

// A restart draws the regions and charts again from step 0. A slope dragged mid-run changes the settings at
// every mouse move: the first change restarts at once, later ones at most every kRestartIntervalMs, and the
// last always, so the run follows the drag without every chart being redrawn at every tick.
void TrainingPanel::onSettingsChanged()
{
    mSettingsPending = true;
    if (mRestartInterval->isActive())
        mSettingsWaiting = true;
    else
        sendSettings();
}

void TrainingPanel::sendSettings()
{
    mSettingsWaiting = false;
    mSession->configure(mSettings->config());
    mRestartInterval->start();
}

void TrainingPanel::flushSettings()
{
    if (mSettingsWaiting)
        sendSettings();
}

void TrainingPanel::start()
{
    flushSettings();
    // Invalid settings cannot start; new ones, not yet answered for, are the worker's to judge.
    if (mState == TrainingState::Invalid && !mSettingsPending)
        return;
    if (mState == TrainingState::Finished) {
        mSession->reset(); // "Run again": from step 0, same data and weights
        mState = TrainingState::Ready;
    }
    mRunning = true;
    mSession->start();
    updateControls();
}

void TrainingPanel::pause()
{
    flushSettings();
    mRunning = false;
    mSession->pause();
    updateControls();
}

void TrainingPanel::toggleRunning()
{
    if (mRunning)
        pause();
    else
        start();
}

void TrainingPanel::step()
{
    flushSettings();
    mRunning = false;
    mSession->step();
    updateControls();
}

void TrainingPanel::reset()
{
    flushSettings();
    mRunning = false;
    mSession->reset();
    updateControls();
}

void TrainingPanel::applyUpdate()
{
    TrainingUpdate update = mSession->takeUpdate();
    if (update.restarted) {
        mSettingsPending = false;
        mSetup = update.setup;
        mError = update.error;
        resetViews();
        emit runRestarted(mSetup ? mSetup->config.negativeSlope : mSettings->config().negativeSlope);
    }
    if (mSetup) {
        for (Network network : kNetworks) {
            const std::size_t i = networkIndex(network);
            const NetworkUpdate& changes = update.networks[i];
            mDeadChart->append(network, changes.records);
            mLossChart->append(network, changes.records);
            mStepsShown[i] += changes.records.size();
            mHistory[i].insert(mHistory[i].end(), changes.records.begin(), changes.records.end());
            if (!changes.records.empty())
                mLast[i] = changes.records.back();
            if (changes.divergedAt && !mDivergedAt[i]) {
                mDivergedAt[i] = changes.divergedAt;
                mDeadChart->markDivergence(network, *changes.divergedAt);
                mLossChart->markDivergence(network, *changes.divergedAt);
            }
            if (changes.stepsDone > 0)
                mGrids[i]->setActiveSamples(changes.activeSamples);
            if (!changes.regions.empty())
                mRegions[i]->setRegions(changes.regions);
        }
    }
    mState = update.state;
    if (mState == TrainingState::Finished || mState == TrainingState::Invalid)
        mRunning = false;
    updateCaptions();
    updateControls();
    emit updateApplied();
}

Result<std::string> TrainingPanel::historyCsv() const
{
    if (!mSetup || (mHistory[0].empty() && mHistory[1].empty()))
        return Error {tr("No training steps yet: press Start or Step first.").toStdString(), std::nullopt};
    return trainingHistoryCsv(mHistory[networkIndex(Network::Relu)], mHistory[networkIndex(Network::LeakyRelu)],
                              mSetup->config.layers * mSetup->config.hidden);
}

void TrainingPanel::resetViews()
{
    mStepsShown = {};
    mLast = {};
    mHistory = {};
    mDivergedAt = {};
    if (!mSetup) {
        mDeadChart->clear(1, 1);
        mLossChart->clear(1, QString());
        return;
    }
    const SimulationConfig& config = mSetup->config;
    mDeadChart->clear(config.steps, config.layers * config.hidden);
    mLossChart->clear(
        config.steps, isClassification(config.dataset) ? tr("BCEWithLogitsLoss") : tr("MSELoss"));
    for (Network network : kNetworks) {
        mGrids[networkIndex(network)]->setShape(config.layers, config.hidden, config.samples);
        mRegions[networkIndex(network)]->setSetup(*mSetup);
    }
}

void TrainingPanel::updateCaptions()
{
    // Short, so they stay one large line over a narrow plot; the unit grids carry the dead counts.
    for (Network network : kNetworks) {
        const std::size_t i = networkIndex(network);
        DecisionRegions* regions = mRegions[i];
        if (mDivergedAt[i]) {
            regions->setCaption(tr("%1 diverged\nat step %2").arg(networkName(network)).arg(*mDivergedAt[i]), true);
        } else if (!mLast[i]) {
            regions->setCaption(tr("%1 · before training").arg(networkName(network)));
        } else if (const std::optional<float> accuracy = mLast[i]->accuracy) {
            regions->setCaption(
                tr("%1 · accuracy %2%").arg(networkName(network)).arg(qRound(100.0 * static_cast<double>(*accuracy))));
        } else {
            regions->setCaption(
                tr("%1 · loss %2").arg(networkName(network)).arg(static_cast<double>(mLast[i]->loss), 0, 'g', 3));
        }
    }
}

void TrainingPanel::setStatusAlert(bool alert)
{
    // A palette, not a style sheet: a new style sheet polishes the label anew and lays the window out
    // again, and a run dragged between slopes that diverge and slopes that do not changes it every time.
    QPalette palette; // nothing set: the window's
    if (alert)
        palette.setColor(QPalette::WindowText, QColor(0xaa, 0x00, 0x00));
    mStatus->setPalette(palette);
}

void TrainingPanel::updateControls()
{
    const bool finished = mState == TrainingState::Finished;
    const bool started = mStepsShown[0] > 0 || mStepsShown[1] > 0;
    mStartButton->setText(mRunning ? tr("Pause") : finished ? tr("Run again") : started ? tr("Resume") : tr("Start"));
    mStartButton->setEnabled(mState != TrainingState::Invalid);
    mStartPauseAction->setEnabled(mState != TrainingState::Invalid);
    mStepButton->setEnabled(mState == TrainingState::Ready && !mRunning);

    if (mState == TrainingState::Invalid) {
        setStatusAlert(true);
        mStatus->setText(tr("These settings cannot run: %1").arg(localizedMessage(mError)));
        return;
    }
    const std::size_t steps = mSetup ? mSetup->config.steps : 0;
    const std::size_t done = std::max(mStepsShown[0], mStepsShown[1]);
    QStringList diverged;
    for (Network network : kNetworks) {
        if (const auto at = mDivergedAt[networkIndex(network)])
            diverged << tr("%1 diverged at step %2").arg(networkName(network)).arg(*at);
    }
    setStatusAlert(!diverged.isEmpty());
    QString text = mState == TrainingState::Finished ? tr("Finished: step %1 of %2").arg(done).arg(steps)
                                                     : tr("Step %1 of %2").arg(done).arg(steps);
    if (!diverged.isEmpty())
        text += QStringLiteral(" · ") + diverged.join(QStringLiteral(" · "))
            + tr(" (the loss overflowed; try a smaller learning rate)");
    mStatus->setText(text);
}

} // namespace leakylab
