// The dock that holds the training panel in the main window, its slope tied to the main slope control.
#pragma once

#include <QDockWidget>

class QAction;
class QUndoStack;

namespace leakylab {

class SlopeControl;
class TrainingPanel;

// One slope for the whole window: the main control's changes reach the panel, and a slope typed in the
// panel becomes the control's value through the shared undo stack, so Ctrl+Z undoes it like any other.
// Docked under the plot the panel is a strip; "Fill window" floats it over the whole main window, the
// size a projector needs for the back row, and docks it back when pressed again.
class TrainingDock : public QDockWidget {
    Q_OBJECT
public:
    TrainingDock(SlopeControl* slopeControl, QUndoStack* undoStack, QWidget* parent = nullptr);

    // Made when first shown or asked for: the window starts without its charts, which cost start-up time.
    TrainingPanel* panel();
    QAction* fillWindowAction() const { return mFillWindow; }

signals:
    // The panel and its charts exist now, and take the window's theme.
    void panelCreated();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void setFillWindow(bool fill);

    SlopeControl* mSlopeControl = nullptr;
    QUndoStack* mUndoStack = nullptr;
    TrainingPanel* mPanel = nullptr;
    QAction* mFillWindow = nullptr;
};

} // namespace leakylab
