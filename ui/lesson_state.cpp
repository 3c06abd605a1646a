// The shared lesson: setters compare, store, then tell every listener what changed.
#include "ui/lesson_state.h"

namespace leakylab {

EvalOptions evalOptionsFor(const LessonSetup& setup)
{
    EvalOptions options;
    options.activation = setup.activation;
    options.negativeSlope = setup.slope;
    options.grad = setup.backward;
    options.seed = setup.tensor.seed;
    return evalOptionsFor(setup.form, options);
}

LessonState::LessonState(QObject* parent) : QObject(parent) { }

void LessonState::setSetup(const LessonSetup& setup)
{
    LessonSetup next = setup;
    next.slope = roundSlope(next.slope);
    if (next == mSetup)
        return;
    const LessonSetup previous = mSetup;
    mSetup = next;
    if (previous.slope != next.slope)
        emit slopeChanged(next.slope);
    if (previous.activation != next.activation)
        emit activationChanged(next.activation);
    if (previous.form != next.form)
        emit formChanged(next.form);
    if (previous.backward != next.backward)
        emit backwardChanged(next.backward);
    if (previous.tensor != next.tensor)
        emit tensorChanged(next.tensor);
    emit changed();
}

// The single-field setters touch only their field.
void LessonState::setSlope(double slope)
{
    const double value = roundSlope(slope);
    if (value == mSetup.slope)
        return;
    mSetup.slope = value;
    emit slopeChanged(value);
    emit changed();
}

void LessonState::setActivation(Activation activation)
{
    if (activation == mSetup.activation)
        return;
    mSetup.activation = activation;
    emit activationChanged(activation);
    emit changed();
}

void LessonState::setForm(CodeForm form)
{
    if (form == mSetup.form)
        return;
    mSetup.form = form;
    emit formChanged(form);
    emit changed();
}

void LessonState::setBackward(bool backward)
{
    if (backward == mSetup.backward)
        return;
    mSetup.backward = backward;
    emit backwardChanged(backward);
    emit changed();
}

void LessonState::setTensor(const TensorInput& tensor)
{
    if (tensor == mSetup.tensor)
        return;
    mSetup.tensor = tensor;
    emit tensorChanged(mSetup.tensor);
    emit changed();
}

} // namespace leakylab
