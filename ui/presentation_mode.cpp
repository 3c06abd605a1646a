// Presentation mode: what entering changes and leaving puts back, and the keys while presenting.
#include "ui/presentation_mode.h"

#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QScreen>
#include <QSlider>
#include <QStatusBar>
#include <QTextEdit>
#include <QToolBar>

#include "ui/activation_plot.h"
#include "ui/group_wrap_label.h"
#include "ui/guided_lesson.h"
#include "ui/main_window.h"
#include "ui/slope_control.h"
#include "ui/theme_menu.h"
#include "ui/training_dock.h"
#include "ui/training_panel.h"

namespace leakylab {
namespace {

bool isSlopeKey(int key)
{
    return key == Qt::Key_Up || key == Qt::Key_Down || key == Qt::Key_PageUp || key == Qt::Key_PageDown;
}

// A widget that takes typing keeps every key while presenting (Esc still leaves); a slider (the slope's
// own, the training speed) keeps only its arrows and Page keys.
bool takesKey(const QWidget* widget, int key)
{
    if (!widget)
        return false;
    if (qobject_cast<const QAbstractSlider*>(widget))
        return isSlopeKey(key) || key == Qt::Key_Left || key == Qt::Key_Right;
    if (const auto* text = qobject_cast<const QTextEdit*>(widget))
        return !text->isReadOnly();
    if (const auto* plain = qobject_cast<const QPlainTextEdit*>(widget))
        return !plain->isReadOnly();
    return qobject_cast<const QLineEdit*>(widget) || qobject_cast<const QAbstractSpinBox*>(widget)
        || qobject_cast<const QComboBox*>(widget) || qobject_cast<const QAbstractItemView*>(widget);
}

QFont pixelFont(QFont font, int pixels)
{
    font.setPixelSize(pixels);
    return font;
}

} // namespace

PresentationMode::PresentationMode(MainWindow* window) : QObject(window), mWindow(window)
{
    mAction = new QAction(tr("&Presentation mode"), this);
    mAction->setObjectName(QStringLiteral("presentationModeAction"));
    mAction->setIconText(tr("Present"));
    mAction->setCheckable(true);
    mAction->setShortcut(QKeySequence(Qt::Key_F5));
    mAction->setToolTip(tr("Full screen, large type and high contrast for a projector (F5; Esc leaves).\n%1")
                            .arg(keysHelp()));
    connect(mAction, &QAction::toggled, this, &PresentationMode::setActive);
    // The menu and tool bars are hidden while presenting, and their actions' shortcuts with them.
    window->addAction(mAction);

    mBar = new QWidget;
    mBar->setObjectName(QStringLiteral("presentationBar"));
    mStep = new QLabel(mBar);
    mStep->setObjectName(QStringLiteral("presentationStep"));
    // A long step title is cut rather than pushing the keys off the screen.
    mStep->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    mKeys = new GroupWrapLabel(keysHelp(), mBar);
    mKeys->setObjectName(QStringLiteral("presentationKeys"));
    mLeaveButton = new QPushButton(tr("Leave (Esc)"), mBar);
    mLeaveButton->setFocusPolicy(Qt::NoFocus);
    mLeaveButton->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    mKeys->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    connect(mLeaveButton, &QPushButton::clicked, this, [this] { setActive(false); });
    auto* layout = new QHBoxLayout(mBar);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(mStep, 1);
    layout->addSpacing(24);
    layout->addWidget(mKeys);
    layout->addSpacing(16);
    layout->addWidget(mLeaveButton);
    mBar->hide();

    // A theme picked while presenting restyles the plot's pens at desk width: widen them again.
    connect(window->themeMenu(), &ThemeMenu::themeChosen, this, [this] {
        if (mActive)
            mWindow->plot()->setPresentationSizes(true);
    });
    mLesson = window->guidedLesson();
    GuidedLesson* lesson = mLesson;
    connect(lesson, &GuidedLesson::stepShown, this, &PresentationMode::showStepTitle);
    // The bar names the step only while the lesson's own panel is closed.
    connect(lesson, &QDockWidget::visibilityChanged, this, [this, lesson] { showStepTitle(lesson->currentStep()); });
    // Full screen comes and goes with a resize the window manager sends later: watched for, to lay out the docks.
    window->installEventFilter(this);
}

QString PresentationMode::keysHelp() const
{
    return tr("↑ ↓ Page Up/Down: slope · → ← or N P: lesson step · Space: train · D: derivatives");
}

void PresentationMode::setActive(bool active)
{
    if (active == mActive)
        return;
    if (active)
        enter();
    else
        leave();
    const QSignalBlocker block(mAction);
    mAction->setChecked(mActive);
}

void PresentationMode::enter()
{
    mActive = true;
    mRestoreStateOnResize = false;
    mGeometry = mWindow->saveGeometry();
    mPlacements.clear();
    for (QDockWidget* dock : mWindow->findChildren<QDockWidget*>(Qt::FindDirectChildrenOnly))
        // A tab behind another counts as visible; only the one in front has a visible region.
        mPlacements.append({dock, dock->isVisible(), dock->isFloating(),
                            !mWindow->tabifiedDockWidgets(dock).isEmpty() && !dock->visibleRegion().isEmpty(),
                            dock->geometry()});
    for (QToolBar* bar : mWindow->findChildren<QToolBar*>(Qt::FindDirectChildrenOnly))
        mPlacements.append({bar, bar->isVisible(), false, false, bar->geometry()});
    mTheme = mWindow->themeMenu()->theme();
    mSlopeFont = mWindow->slopeControl()->font();
    mMenuBarVisible = mWindow->menuBar()->isVisible();
    mStatusBarVisible = mWindow->statusBar()->isVisible();

    GuidedLesson* lesson = mLesson;
    for (QDockWidget* dock : mWindow->findChildren<QDockWidget*>(Qt::FindDirectChildrenOnly)) {
        // The guided lesson stays when it is open: it is what is being taught.
        if (dock != lesson)
            dock->hide();
    }
    for (QToolBar* bar : mWindow->findChildren<QToolBar*>(Qt::FindDirectChildrenOnly))
        bar->hide();
    mWindow->menuBar()->hide();
    mWindow->statusBar()->hide();

    mWindow->themeMenu()->setTheme(Theme::HighContrast);
    applySizes();
    lesson->setPresenting(true);
    showStepTitle(lesson->currentStep());
    mBar->show();

    mWindow->showFullScreen();
    fitLesson();
    mWindow->plot()->setFocus(Qt::OtherFocusReason);
    qApp->installEventFilter(this);
}

void PresentationMode::leave()
{
    qApp->removeEventFilter(this);
    mActive = false;
    mBar->hide();
    mLesson->setPresenting(false);
    mWindow->themeMenu()->setTheme(mTheme);
    applySizes();
    mWindow->menuBar()->setVisible(mMenuBarVisible);
    mWindow->statusBar()->setVisible(mStatusBarVisible);
    // Takes the window out of full screen too, back to its place and size (or to maximized).
    mWindow->restoreGeometry(mGeometry);
    restorePlacements();
    mRestoreStateOnResize = true;
}

void PresentationMode::restorePlacements()
{
    QList<QDockWidget*> docked;
    QList<int> widths, heights;
    for (const Placement& placement : std::as_const(mPlacements)) {
        if (!placement.widget)
            continue;
        auto* dock = qobject_cast<QDockWidget*>(placement.widget.data());
        if (dock && dock->isFloating() != placement.floating)
            dock->setFloating(placement.floating);
        placement.widget->setVisible(placement.visible);
        if (dock && placement.floating)
            dock->setGeometry(placement.geometry);
        if (dock && placement.visible && !placement.floating) {
            docked.append(dock);
            widths.append(placement.geometry.width());
            heights.append(placement.geometry.height());
        }
    }
    if (!docked.isEmpty()) {
        mWindow->resizeDocks(docked, widths, Qt::Horizontal);
        mWindow->resizeDocks(docked, heights, Qt::Vertical);
    }
    // Showing a tabbed panel brings its tab to the front: put back the tabs that were in front.
    for (const Placement& placement : std::as_const(mPlacements)) {
        if (placement.widget && placement.inFront && placement.visible)
            placement.widget->raise();
    }
}

void PresentationMode::applySizes()
{
    mWindow->plot()->setPresentationSizes(mActive);
    mWindow->slopeControl()->setFont(mActive ? pixelFont(mSlopeFont, kSlopeTextPixels) : mSlopeFont);
    const QFont barFont = pixelFont(mWindow->font(), kBarTextPixels);
    mBar->setFont(barFont);
}

// The guided lesson, when open, takes three tenths of the screen: room for its text at projector size.
void PresentationMode::fitLesson()
{
    GuidedLesson* lesson = mLesson;
    if (lesson->isVisible() && !lesson->isFloating())
        mWindow->resizeDocks({lesson}, {mWindow->width() * 3 / 10}, Qt::Horizontal);
}

void PresentationMode::showStepTitle(int index)
{
    const GuidedLesson* lesson = mLesson;
    // The open lesson shows its step itself.
    mStep->setVisible(!lesson->isVisible());
    if (index < 0) {
        mStep->setText(tr("Guided lesson: press → to start"));
        return;
    }
    mStep->setText(tr("%1: %2").arg(lesson->stepIndicator(), lesson->step(index).title));
}

bool PresentationMode::belongsToWindow(QObject* object) const
{
    for (QObject* o = object; o; o = o->parent()) {
        if (o == mWindow)
            return true;
    }
    return false;
}

bool PresentationMode::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == mWindow && event->type() == QEvent::Resize) {
        // Full screen arrives later than showFullScreen() on most window managers, and leaving it too.
        if (mActive)
            fitLesson();
        else if (mRestoreStateOnResize) {
            mRestoreStateOnResize = false;
            restorePlacements();
        }
        return false;
    }
    if (!mActive || mForwarding || (event->type() != QEvent::KeyPress && event->type() != QEvent::ShortcutOverride))
        return false;
    if (!belongsToWindow(watched) || QApplication::activePopupWidget() || QApplication::activeModalWidget())
        return false;
    const auto* key = static_cast<QKeyEvent*>(event);
    // A shortcut override claims the key, so no shortcut (the training panel's Space) takes it first.
    if (!handleKey(key->key(), key->modifiers(), event->type() == QEvent::KeyPress))
        return false;
    event->accept();
    return true;
}

// Says whether the key is presentation mode's, and acts on it when `press`.
bool PresentationMode::handleKey(int key, Qt::KeyboardModifiers modifiers, bool press)
{
    modifiers.setFlag(Qt::KeypadModifier, false);
    if (key == Qt::Key_Escape && modifiers == Qt::NoModifier) {
        if (press)
            setActive(false);
        return true;
    }
    // Decided by the focus, not by the widget the event has reached while propagating to the parents.
    if (takesKey(QApplication::focusWidget(), key))
        return false;
    const bool plain = modifiers == Qt::NoModifier;
    if (isSlopeKey(key) && (plain || modifiers == Qt::ShiftModifier)) {
        if (press) {
            // The slope control's own key handling, as if its slider had the focus.
            QKeyEvent forwarded(QEvent::KeyPress, key, modifiers);
            const QScopedValueRollback forwarding(mForwarding, true);
            QCoreApplication::sendEvent(mWindow->slopeControl()->slider(), &forwarded);
        }
        return true;
    }
    if (!plain)
        return false;
    switch (key) {
    case Qt::Key_Right:
    case Qt::Key_N:
        if (press)
            mLesson->next();
        return true;
    case Qt::Key_Left:
    case Qt::Key_P:
        if (press)
            mLesson->previous();
        return true;
    case Qt::Key_Space:
        if (press)
            toggleTraining();
        return true;
    case Qt::Key_D:
        if (press)
            toggleDerivatives();
        return true;
    default:
        return false;
    }
}

void PresentationMode::toggleTraining()
{
    TrainingDock* dock = mWindow->trainingDock();
    dock->open();
    dock->panel()->toggleRunning();
}

void PresentationMode::toggleDerivatives()
{
    const bool shown = mWindow->plot()->isCurveVisible(Curve::ReluGrad)
        || mWindow->plot()->isCurveVisible(Curve::LeakyReluGrad);
    for (Curve derivative : {Curve::ReluGrad, Curve::LeakyReluGrad})
        mWindow->curveAction(derivative)->setChecked(!shown);
}

} // namespace leakylab
