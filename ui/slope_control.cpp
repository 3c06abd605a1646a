// The slope control: slider and spin box kept in step, presets, and arrow/Page keys in slope units.
#include "ui/slope_control.h"

#include <QAction>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QResizeEvent>
#include <QSignalBlocker>
#include <QSlider>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

#include "ui/slope_spin_box.h"
#include "ui/slope_value.h"

namespace leakylab {

namespace {

// Steps land on multiples of the step, so arrows from 0.0123 reach 0.02, not 0.0223.
double nextMultiple(double value, int direction, double step)
{
    const double units = value / step;
    const double next = direction > 0 ? std::floor(units + 1e-6) + 1.0 : std::ceil(units - 1e-6) - 1.0;
    return next * step;
}

bool isUndoOrRedo(const QKeyEvent* key)
{
    return key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)
        || key->keyCombination() == QKeyCombination(Qt::ControlModifier | Qt::ShiftModifier, Qt::Key_Z);
}

} // namespace

SlopeControl::SlopeControl(QWidget* parent) : QWidget(parent)
{
    const QString keysHelp = tr("Arrow keys step by %1, Shift+arrows by %2, Page Up/Down by %3.")
                                 .arg(slopeText(kStep), slopeText(kFineStep), slopeText(kCoarseStep));

    auto* name = new QLabel(tr("negative_slope"), this);
    name->setToolTip(tr("The negative_slope argument of torch.nn.LeakyReLU: how much of a negative input "
                        "leaks through. 0 gives plain ReLU."));
    QFont nameFont = name->font();
    nameFont.setBold(true);
    name->setFont(nameFont);

    mSpinBox = new SlopeSpinBox(this);
    mSpinBox->setObjectName(QStringLiteral("slopeSpinBox"));
    mSpinBox->setRange(kMinSlope, kMaxSlope);
    mSpinBox->setDecimals(kSlopeDecimals);
    mSpinBox->setSingleStep(kStep);
    // Typing "-0.5" must not pass through -0 and -0. as separate undo steps: commit on Enter or focus out.
    mSpinBox->setKeyboardTracking(false);
    mSpinBox->setToolTip(tr("Type any slope PyTorch accepts, negative or above 1, and press Enter. ") + keysHelp);
    mSpinBox->installEventFilter(this);

    mSlider = new QSlider(Qt::Horizontal, this);
    mSlider->setObjectName(QStringLiteral("slopeSlider"));
    mSlider->setMinimumWidth(120);
    mSlider->setToolTip(tr("Drag to change the slope; the scale is finer near 0. ") + keysHelp);
    mSlider->installEventFilter(this);
    name->setBuddy(mSpinBox);

    mMinimumLabel = new QLabel(this);
    mMaximumLabel = new QLabel(this);
    mMinimumLabel->setToolTip(tr("The slider's smallest slope"));
    mMaximumLabel->setToolTip(tr("The slider's largest slope; it grows when you type a larger one"));

    mMainRow = new QHBoxLayout;
    mMainRow->addWidget(name);
    mMainRow->addWidget(mSpinBox);
    mMainRow->addSpacing(12);
    mMainRow->addWidget(mMinimumLabel);
    mMainRow->addWidget(mSlider, 1);
    mMainRow->addWidget(mMaximumLabel);
    mMainRow->addSpacing(12);
    mPresets = createPresetButtons();
    mMainRow->addWidget(mPresets);
    mPresetRow = new QHBoxLayout;
    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(4);
    layout->addLayout(mMainRow);
    layout->addLayout(mPresetRow);
    // The control's minimum is minimumSizeHint()'s, not the one-line layout's: narrower, the presets wrap.
    layout->setSizeConstraint(QLayout::SetNoConstraint);

    // Pointer-to-member connects; the slider reports drags live, edits are recorded on release.
    connect(mSlider, &QSlider::valueChanged, this, &SlopeControl::onSliderValueChanged);
    connect(mSlider, &QSlider::sliderPressed, this, [this] { mDragStart = mSlope; });
    connect(mSlider, &QSlider::sliderReleased, this, &SlopeControl::onSliderReleased);
    connect(mSpinBox, &QDoubleSpinBox::valueChanged, this, &SlopeControl::editSlope);

    updateSliderRange();
    applySlope(kDefaultSlope, Source::Program);
}

QSize SlopeControl::minimumSizeHint() const
{
    const QMargins margins = layout()->contentsMargins();
    const int presetsOnMainRow = mMainRow->indexOf(mPresets) >= 0 ? 1 : 0;
    // The main row's minimum without the presets, or the presets alone, whichever is wider.
    const int mainRow = mMainRow->minimumSize().width()
        - presetsOnMainRow * (mPresets->minimumSizeHint().width() + mMainRow->spacing());
    const int width = std::max(mainRow, mPresets->minimumSizeHint().width()) + margins.left() + margins.right();
    return {width, layout()->minimumSize().height()};
}

void SlopeControl::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    // Compared with the one-line width the hints give, whatever the current placement, so it cannot flip
    // back and forth.
    const QMargins margins = layout()->contentsMargins();
    const int presetsOnMainRow = mMainRow->indexOf(mPresets) >= 0 ? 1 : 0;
    const int oneLine = mMainRow->sizeHint().width()
        + (1 - presetsOnMainRow) * (mPresets->sizeHint().width() + mMainRow->spacing()) + margins.left()
        + margins.right();
    const bool wrap = event->size().width() < oneLine;
    if (wrap && presetsOnMainRow) {
        mMainRow->removeWidget(mPresets);
        mPresetRow->addWidget(mPresets);
        mPresetRow->addStretch(1);
    } else if (!wrap && !presetsOnMainRow) {
        // The presets' item and the stretch; deleting an item leaves its widget alone.
        while (QLayoutItem* item = mPresetRow->takeAt(0))
            delete item;
        mMainRow->addWidget(mPresets);
    }
}

QWidget* SlopeControl::createPresetButtons()
{
    auto* box = new QWidget(this);
    auto* layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    auto* caption = new QLabel(tr("Presets"), box);
    layout->addWidget(caption);
    int index = 0;
    for (double preset : kPresets) {
        ++index;
        auto* action = new QAction(slopeText(preset), this);
        action->setObjectName(QStringLiteral("slopePreset%1").arg(index));
        action->setCheckable(true);
        action->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_0 + index)));
        action->setToolTip(tr("Set the slope to %1 (%2)")
                               .arg(slopeText(preset), action->shortcut().toString(QKeySequence::NativeText)));
        connect(action, &QAction::triggered, this, [this, preset] { editSlope(preset); });
        // Here for its shortcut; the window's menu shows it too.
        addAction(action);
        mPresetActions.append(action);

        // Not the action's default widget: a button re-reads its default action whenever the action
        // changes, and asks the window for a new layout. Every preset a drag passes would then cost one.
        auto* button = new QToolButton(box);
        button->setText(action->text());
        button->setToolTip(action->toolTip());
        button->setCheckable(true);
        connect(button, &QToolButton::clicked, action, &QAction::trigger);
        connect(action, &QAction::toggled, button, &QToolButton::setChecked);
        layout->addWidget(button);
    }
    return box;
}

void SlopeControl::setSlope(double slope)
{
    applySlope(slope, Source::Program);
}

void SlopeControl::applySlope(double slope, Source source)
{
    const double value = std::clamp(roundSlope(slope), kMinSlope, kMaxSlope);
    if (mScale.widenToInclude(value))
        updateSliderRange();
    const bool changed = value != mSlope;
    mSlope = value;

    {
        const QSignalBlocker blockSpinBox(mSpinBox);
        mSpinBox->setValue(value);
    }
    // Setting the slider back while it is being dragged would make it jitter by a rounding step.
    if (source != Source::Slider) {
        const QSignalBlocker blockSlider(mSlider);
        mSlider->setValue(mScale.positionOf(value));
    }
    for (int i = 0; i < mPresetActions.size(); ++i)
        mPresetActions[i]->setChecked(value == kPresets[i]);

    if (changed)
        emit slopeChanged(value);
}

void SlopeControl::editSlope(double slope)
{
    const double from = mSlope;
    applySlope(slope, Source::Program);
    if (mSlope != from)
        emit slopeEdited(from, mSlope);
}

void SlopeControl::stepSlope(int direction, double step)
{
    editSlope(nextMultiple(mSlope, direction, step));
}

void SlopeControl::onSliderValueChanged(int position)
{
    if (mSlider->isSliderDown()) {
        applySlope(mScale.slopeAt(position), Source::Slider);
        return;
    }
    // A click on the groove or the mouse wheel: a finished edit by itself.
    const double from = mSlope;
    applySlope(mScale.slopeAt(position), Source::Slider);
    if (mSlope != from)
        emit slopeEdited(from, mSlope);
}

void SlopeControl::onSliderReleased()
{
    if (mSlope != mDragStart)
        emit slopeEdited(mDragStart, mSlope);
}

void SlopeControl::updateSliderRange()
{
    const QSignalBlocker blockSlider(mSlider);
    mSlider->setRange(mScale.minimumPosition(), mScale.maximumPosition());
    mSlider->setPageStep(SlopeScale::kSteps / 10);
    mMinimumLabel->setText(slopeText(mScale.minimumSlope()));
    mMaximumLabel->setText(slopeText(mScale.maximumSlope()));
}

bool SlopeControl::eventFilter(QObject* watched, QEvent* event)
{
    if (watched != mSlider && watched != mSpinBox)
        return QWidget::eventFilter(watched, event);

    if (event->type() == QEvent::ShortcutOverride && watched == mSpinBox) {
        // The spin box's line edit would take Ctrl+Z for its own text; the window's undo owns it.
        if (isUndoOrRedo(static_cast<QKeyEvent*>(event)))
            return true;
    }
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);

    const auto* key = static_cast<QKeyEvent*>(event);
    const double arrowStep = key->modifiers().testFlag(Qt::ShiftModifier) ? kFineStep : kStep;
    const bool horizontalArrows = watched == mSlider; // in the spin box they move the text cursor
    switch (key->key()) {
    case Qt::Key_Up:
        stepSlope(+1, arrowStep);
        return true;
    case Qt::Key_Down:
        stepSlope(-1, arrowStep);
        return true;
    case Qt::Key_Right:
        if (!horizontalArrows)
            break;
        stepSlope(+1, arrowStep);
        return true;
    case Qt::Key_Left:
        if (!horizontalArrows)
            break;
        stepSlope(-1, arrowStep);
        return true;
    case Qt::Key_PageUp:
        stepSlope(+1, kCoarseStep);
        return true;
    case Qt::Key_PageDown:
        stepSlope(-1, kCoarseStep);
        return true;
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace leakylab
