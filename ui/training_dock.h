// The dock that holds the training panel in the main window, its slope tied to the main slope control.
#pragma once

#include <QDockWidget>

#include "core/simulation.h"

class QAction;
class QMainWindow;
class QUndoStack;

namespace leakylab {

class ActivationPlot;
class SlopeControl;
class TrainingPanel;

// One slope for the whole window: the main control's changes reach the panel, and a slope typed in the
// panel becomes the control's value through the shared undo stack, so Ctrl+Z undoes it like any other.
// Docked under the plot the panel is a strip; "Fill window" floats it over the main window (beside the
// guided lesson, when that is open on the left), the size a projector needs for the back row, and docks it
// back when pressed again. Shown where docking it would leave the plot too short for its legend, it fills
// the window at once.
class TrainingDock : public QDockWidget {
    Q_OBJECT
public:
    TrainingDock(SlopeControl* slopeControl, ActivationPlot* plot, QUndoStack* undoStack,
                 QWidget* parent = nullptr);

    // Made when first shown or asked for: the window starts without its charts, which cost start-up time.
    TrainingPanel* panel();
    // Shows the panel docked, or filling the window where docked it would leave the plot too little room.
    void open();
    QAction* fillWindowAction() const { return mFillWindow; }
    // The training settings, kept here until the panel exists, so a lesson can be saved or opened without
    // making it.
    SimulationConfig config() const;
    void setConfig(const SimulationConfig& config);

signals:
    // The panel and its charts exist now, and take the window's theme.
    void panelCreated();
    // The teacher changed a training setting in the panel.
    void configEdited();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void setFillWindow(bool fill);
    void fillIfCramped();
    void takeDockedShare();
    QRect fillArea(QMainWindow& window);

    SlopeControl* mSlopeControl = nullptr;
    ActivationPlot* mPlot = nullptr;
    QUndoStack* mUndoStack = nullptr;
    TrainingPanel* mPanel = nullptr;
    SimulationConfig mPendingConfig;
    QAction* mFillWindow = nullptr;
};

} // namespace leakylab
