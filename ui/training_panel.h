// The "Dead neurons, live" panel: ReLU and LeakyReLU trained side by side from the same start, shown live.
#pragma once

#include <QBoxLayout>
#include <QWidget>

#include <array>
#include <memory>
#include <optional>
#include <vector>

#include "core/result.h"
#include "ui/steady_label.h"
#include "ui/training_network.h"
#include "ui/training_update.h"

class QAction;
class QLabel;
class QPushButton;
class QSlider;
class QTimer;

namespace leakylab {

class DeadFractionChart;
class DecisionRegions;
class FlowLayout;
class LossChart;
class StepChartPair;
class TrainingSession;
class TrainingSettings;
class UnitGrid;

// The settings on the left; on the right the controls, each network's decision regions and unit grid,
// and the two per-step charts. Training runs on the session's thread; its updates arrive at most once per
// display frame and are applied here in one go.
class TrainingPanel : public QWidget {
    Q_OBJECT
public:
    // The speed slider's stops in steps per second; 0 is as fast as the CPU allows.
    static constexpr std::array<int, 11> kSpeeds = {1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 0};
    static constexpr int kDefaultSpeedIndex = 5;
    // The shortest time between two restarts caused by changed settings.
    static constexpr int kRestartIntervalMs = 50;

    explicit TrainingPanel(QWidget* parent = nullptr);
    ~TrainingPanel() override;

    TrainingSettings* settings() const { return mSettings; }
    QPushButton* startButton() const { return mStartButton; }
    QPushButton* stepButton() const { return mStepButton; }
    QPushButton* resetButton() const { return mResetButton; }
    QSlider* speedSlider() const { return mSpeed; }
    QAction* startPauseAction() const { return mStartPauseAction; }
    DeadFractionChart* deadFractionChart() const { return mDeadChart; }
    LossChart* lossChart() const { return mLossChart; }
    StepChartPair* stepCharts() const { return mCharts; }
    // Every step shown so far, both networks side by side, as File > Export writes it.
    Result<std::string> historyCsv() const;
    UnitGrid* unitGrid(Network network) const { return mGrids[networkIndex(network)]; }
    DecisionRegions* decisionRegions(Network network) const { return mRegions[networkIndex(network)]; }
    SteadyLabel* statusLabel() const { return mStatus; }
    // A button at the end of the control row, for what the panel's container offers (filling the window).
    void addControl(QAction* action);

    bool isRunning() const { return mRunning; }
    TrainingState state() const { return mState; }
    // Steps received from the training thread for one network, and the last of them.
    std::size_t stepsShown(Network network) const { return mStepsShown[networkIndex(network)]; }
    const std::optional<StepRecord>& lastRecord(Network network) const
    {
        return mLast[networkIndex(network)];
    }
    int stepsPerSecond() const;

    QSize sizeHint() const override;
    // Arranges the views for a panel of this size before it has it; its least size is then the one it will have.
    void arrangeFor(const QSize& size);

    // Follows the main slope control; a slope edited here is reported by negativeSlopeEdited().
    void setNegativeSlope(double slope);

    void start();
    void pause();
    void toggleRunning();
    void step();
    void reset();

signals:
    void negativeSlopeEdited(double from, double to);
    // An update from the training thread has reached every view.
    void updateApplied();
    // The views were cleared for a run restarted from step 0 on `slope`, with the settings as they were then.
    void runRestarted(double slope);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    static QBoxLayout::Direction viewsDirection(const QSize& size);
    QWidget* createControls();
    QWidget* createStatus();
    QWidget* createViews();
    void applyUpdate();
    void onSettingsChanged();
    // Hands the settings to the worker, which restarts the run on them.
    void sendSettings();
    // Sends settings still held back by the restart interval, before a command that must act on them.
    void flushSettings();
    void resetViews();
    void updateCaptions();
    void updateControls();
    void setStatusAlert(bool alert);

    TrainingSession* mSession = nullptr;
    TrainingSettings* mSettings = nullptr;
    QPushButton* mStartButton = nullptr;
    QPushButton* mStepButton = nullptr;
    QPushButton* mResetButton = nullptr;
    QSlider* mSpeed = nullptr;
    QLabel* mSpeedLabel = nullptr;
    SteadyLabel* mStatus = nullptr;
    QAction* mStartPauseAction = nullptr;
    DeadFractionChart* mDeadChart = nullptr;
    LossChart* mLossChart = nullptr;
    FlowLayout* mControls = nullptr;
    QBoxLayout* mViews = nullptr;
    StepChartPair* mCharts = nullptr;
    std::array<UnitGrid*, 2> mGrids {};
    std::array<DecisionRegions*, 2> mRegions {};

    std::shared_ptr<const TrainingSetup> mSetup;
    Message mError;
    TrainingState mState = TrainingState::Ready;
    bool mRunning = false; // what the user asked for; the worker's updates only end it (finished, invalid)
    // Settings changed since the worker's last answer: mState may be the old settings' state.
    bool mSettingsPending = false;
    // Restarts are at least kRestartIntervalMs apart; settings changed sooner wait here for the timer.
    QTimer* mRestartInterval = nullptr;
    bool mSettingsWaiting = false;
    std::array<std::size_t, 2> mStepsShown {};
    std::array<std::optional<StepRecord>, 2> mLast;
    std::array<std::vector<StepRecord>, 2> mHistory;
    std::array<std::optional<std::size_t>, 2> mDivergedAt;
};

} // namespace leakylab
