// View > Presentation mode (F5): full screen, the plot large and high contrast, everything on the keyboard.
#pragma once

#include <QByteArray>
#include <QFont>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QRect>

#include "core/lesson.h"

class QAction;
class QLabel;
class QPushButton;
class QWidget;

namespace leakylab {

class GuidedLesson;
class MainWindow;

// Entering saves the window's geometry, dock and tool bar state, theme and fonts; leaving (Esc or F5) puts
// every one of them back. While presenting, keys reach the lesson wherever the focus is, unless a text
// field, list or other slider of the window needs them:
//   ↑/↓ (Shift: finer), Page Up/Down   the slope          → / ←, N / P   next / previous guided step
//   Space   start or pause training                        D   derivatives on or off
class PresentationMode : public QObject {
    Q_OBJECT
public:
    static constexpr int kBarTextPixels = 24;
    static constexpr int kSlopeTextPixels = 30;

    explicit PresentationMode(MainWindow* window);

    bool isActive() const { return mActive; }
    // Checkable, F5; in the View menu and the tool bar.
    QAction* action() const { return mAction; }
    // The strip under the plot with the keys and the guided step; hidden at the desk.
    QWidget* keyBar() const { return mBar; }
    QString keysHelp() const;

    void setActive(bool active);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void enter();
    void leave();
    bool belongsToWindow(QObject* object) const;
    bool handleKey(int key, Qt::KeyboardModifiers modifiers, bool press);
    void toggleTraining();
    void toggleDerivatives();
    void showStepTitle(int index);
    void applySizes();
    void fitLesson();

    MainWindow* mWindow;
    // Kept from the start: its signals can still arrive while the window is being destroyed, when the
    // window's own accessors must no longer be called.
    GuidedLesson* mLesson = nullptr;
    QAction* mAction = nullptr;
    QWidget* mBar = nullptr;
    QLabel* mKeys = nullptr;
    QLabel* mStep = nullptr;
    QPushButton* mLeaveButton = nullptr;
    bool mActive = false;
    bool mForwarding = false; // a slope key on its way to the slider, not to be caught again

    // What entering changed, to put back.
    QByteArray mGeometry;
    // Each panel and tool bar as it was: shown again where it stood, at its size. Not through
    // QMainWindow::restoreState, which crashed (Qt 6.4) when a panel had been floated or docked meanwhile.
    struct Placement {
        QPointer<QWidget> widget;
        bool visible = false;
        bool floating = false;
        bool inFront = false; // the tab shown, when panels share a place as tabs
        QRect geometry; // within the window when docked, on the screen when floating
    };
    QList<Placement> mPlacements;
    Theme mTheme = Theme::Light;
    QFont mSlopeFont;
    bool mMenuBarVisible = true;
    bool mStatusBarVisible = true;
    // Leaving full screen resizes the window later (the window manager's time): the panels' sizes are put
    // back once more when that resize arrives.
    bool mRestoreStateOnResize = false;
    void restorePlacements();
};

} // namespace leakylab
