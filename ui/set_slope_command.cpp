// Undo and redo of a slope change go through SlopeControl::setSlope, which records nothing.
#include "ui/set_slope_command.h"

#include <QCoreApplication>

#include "ui/slope_control.h"
#include "ui/slope_value.h"

namespace leakylab {

SetSlopeCommand::SetSlopeCommand(SlopeControl* control, double from, double to)
    : mControl(control), mFrom(from), mTo(to)
{
    setText(QCoreApplication::translate("SetSlopeCommand", "slope %1 → %2").arg(slopeText(from), slopeText(to)));
}

void SetSlopeCommand::undo()
{
    if (mControl)
        mControl->setSlope(mFrom);
}

// On push the control already shows mTo (the user just set it), so this only matters on redo.
void SetSlopeCommand::redo()
{
    if (mControl)
        mControl->setSlope(mTo);
}

} // namespace leakylab
