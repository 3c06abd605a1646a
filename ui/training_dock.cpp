// The training dock: the panel inside, the shared slope wired both ways, and "Fill window".
#include "ui/training_dock.h"

#include <algorithm>

#include <QAction>
#include <QLayout>
#include <QMainWindow>
#include <QScreen>
#include <QTimer>
#include <QUndoStack>

#include "ui/activation_plot.h"
#include "ui/scrollable.h"
#include "ui/set_slope_command.h"
#include "ui/slope_control.h"
#include "ui/training_panel.h"
#include "ui/training_preset.h"
#include "ui/training_settings.h"

namespace leakylab {

TrainingDock::TrainingDock(SlopeControl* slopeControl, ActivationPlot* plot, QUndoStack* undoStack,
                           QWidget* parent)
    : QDockWidget(tr("Dead neurons, live: ReLU vs LeakyReLU"), parent)
    , mSlopeControl(slopeControl)
    , mPlot(plot)
    , mUndoStack(undoStack)
{
    setObjectName(QStringLiteral("trainingDock"));
    mPendingConfig = trainingPresets().front().config;
    // Floating, the dock is a window of its own: this keeps the main window's large classroom font.
    setAttribute(Qt::WA_WindowPropagation);
    toggleViewAction()->setText(tr("&Training panel"));
    toggleViewAction()->setToolTip(tr("Show or hide the training panel"));

    mFillWindow = new QAction(tr("Fill window"), this);
    mFillWindow->setObjectName(QStringLiteral("trainingFillWindow"));
    mFillWindow->setCheckable(true);
    mFillWindow->setToolTip(tr("Float the training panel over the whole window, large enough to read from "
                               "the back of the room; press again to dock it back"));
    connect(mFillWindow, &QAction::toggled, this, &TrainingDock::setFillWindow);
    // Docked again by a double click on its title: the button follows.
    connect(this, &QDockWidget::topLevelChanged, mFillWindow, [this](bool floating) {
        if (!floating)
            mFillWindow->setChecked(false);
    });
    // After the action has shown the dock.
    connect(toggleViewAction(), &QAction::triggered, this, [this](bool shown) {
        if (shown)
            fillIfCramped();
    });
}

void TrainingDock::open()
{
    const bool wasHidden = isHidden();
    show();
    raise();
    if (!wasHidden)
        return;
    // Put away while the window changed (presenting enlarges the lesson beside it), a panel that filled the
    // window fills it again as the window is now.
    if (isFloating() && mFillWindow->isChecked())
        setFillWindow(true);
    else
        fillIfCramped();
}

// On a 1280x720 projector the plot and the panel do not fit one above the other: docked, the plot kept a
// strip its legend covered and the panel squeezed its maps to a line. There the panel fills the window, and
// "Fill window" pressed again docks it all the same.
void TrainingDock::fillIfCramped()
{
    // Measured before the window's layout has given the dock its share: the plot's height without it.
    if (!isFloating() && mPlot->heightToSpare() < panel()->sizeHint().height())
        mFillWindow->setChecked(true);
}

TrainingPanel* TrainingDock::panel()
{
    if (mPanel)
        return mPanel;
    mPanel = new TrainingPanel(this);
    // Docked under the plot of a window too low for both at their least heights (Fill window pressed again
    // on a 1280x720 screen), the panel scrolls rather than push the window's bottom off the screen.
    setWidget(scrollable(mPanel, this));
    mPanel->addControl(mFillWindow);
    mPanel->settings()->setConfig(mPendingConfig);
    connect(mPanel->settings(), &TrainingSettings::settingsChanged, this, &TrainingDock::configEdited);
    mPanel->setNegativeSlope(mSlopeControl->slope());
    connect(mSlopeControl, &SlopeControl::slopeChanged, mPanel, &TrainingPanel::setNegativeSlope);
    connect(mPanel, &TrainingPanel::negativeSlopeEdited, this, [this](double from, double to) {
        mUndoStack->push(new SetSlopeCommand(mSlopeControl, from, to));
    });
    emit panelCreated();
    // Made as the dock first shows, the panel came after the window had measured the dock without it, and
    // a thin strip would squeeze the charts.
    QTimer::singleShot(0, this, &TrainingDock::takeDockedShare);
    return mPanel;
}

// Once laid out, a squeezed docked panel gets the height it asks: a scroll area's least height had left it a
// strip of scroll bars.
void TrainingDock::takeDockedShare()
{
    auto* window = qobject_cast<QMainWindow*>(parentWidget());
    if (window && isVisible() && !isFloating() && height() < mPanel->sizeHint().height())
        window->resizeDocks({this}, {mPanel->sizeHint().height()}, Qt::Vertical);
}

SimulationConfig TrainingDock::config() const
{
    return mPanel ? mPanel->settings()->config() : mPendingConfig;
}

void TrainingDock::setConfig(const SimulationConfig& config)
{
    if (mPanel)
        mPanel->settings()->setConfig(config);
    else
        mPendingConfig = config;
}

void TrainingDock::showEvent(QShowEvent* event)
{
    panel();
    QDockWidget::showEvent(event);
}

void TrainingDock::setFillWindow(bool fill)
{
    setFloating(fill);
    if (!fill) {
        // Docked again from filling the window, the dock may come back a strip: it may never have been docked,
        // or the window may have changed since.
        QTimer::singleShot(0, this, &TrainingDock::takeDockedShare);
        return;
    }
    if (auto* window = qobject_cast<QMainWindow*>(parentWidget()))
        setGeometry(fillArea(*window));
    raise();
    activateWindow();
}

// The main window's place, but never past the screen's edge (a window can be wider than its screen), and
// beside the panels docked on its left where the panel fits there: the guided lesson's text and its Previous
// and Next stay in view while the panel shows the step it explains.
QRect TrainingDock::fillArea(QMainWindow& window)
{
    // The left panels' widths just set (a lesson step sizes them) are applied by the window's next layout.
    window.layout()->activate();
    const QRect whole = window.geometry() & window.screen()->availableGeometry();
    QRect area = whole;
    const auto docks = window.findChildren<QDockWidget*>(Qt::FindDirectChildrenOnly);
    for (QDockWidget* dock : docks) {
        if (dock == this || !dock->isVisible() || dock->isFloating()
            || window.dockWidgetArea(dock) != Qt::LeftDockWidgetArea)
            continue;
        const int right = dock->mapToGlobal(QPoint(dock->width(), 0)).x();
        area.setLeft(std::max(area.left(), right));
    }
    // A floating dock is held to its panel's least width, which depends on how the panel arranges its views (a
    // wide dock puts the charts beside the networks): arranged for the place first. Narrower than the panel's
    // least width there (projector-sized type beside the lesson on a 1280x720 screen), it would reach past the
    // screen's edge.
    // The panel scrolls inside the dock: the dock's own least width is that of a scroll area.
    const int frame = minimumSizeHint().width() - widget()->minimumSizeHint().width();
    for (const QRect& place : {area, whole}) {
        panel()->arrangeFor(place.size());
        layout()->activate();
        if (place.width() - frame >= panel()->minimumSizeHint().width())
            return place;
    }
    return whole;
}

} // namespace leakylab
