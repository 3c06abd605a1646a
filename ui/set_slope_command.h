// The undo step for a slope change: a whole drag, a key press, a preset or a typed value.
#pragma once

#include <QPointer>
#include <QUndoCommand>

namespace leakylab {

class SlopeControl;

class SetSlopeCommand : public QUndoCommand {
public:
    SetSlopeCommand(SlopeControl* control, double from, double to);

    void undo() override;
    void redo() override;

    double from() const { return mFrom; }
    double to() const { return mTo; }

private:
    QPointer<SlopeControl> mControl;
    double mFrom;
    double mTo;
};

} // namespace leakylab
