// The lesson as the widgets share it: slope, activation, code form and tensor, one plain struct plus signals.
#pragma once

#include <QObject>
#include <QString>

#include <cstdint>

#include "core/code_gen.h"
#include "core/eval.h"
#include "ui/slope_value.h"

namespace leakylab {

// What the student typed and the seed torch.manual_seed gets before it is parsed. The expression is a QString
// because a pasted list can be megabytes long: copies share it, so passing the lesson around copies nothing.
struct TensorInput {
    QString expression = QStringLiteral("torch.randn(4)");
    std::uint64_t seed = 0;
    bool operator==(const TensorInput&) const = default;
};

struct LessonSetup {
    double slope = kDefaultSlope;
    Activation activation = Activation::LeakyRelu;
    CodeForm form = CodeForm::Module;
    bool backward = false; // y.sum().backward() and print(x.grad) in the program
    TensorInput tensor;
    bool operator==(const LessonSetup&) const = default;
};

// What evaluate() needs to print what the code panel's program prints.
EvalOptions evalOptionsFor(const LessonSetup& setup);

// The one place the lesson lives: every widget reads it and changes it through here, so each change
// reaches all of them once. Setters ignore values equal to the current ones and then emit nothing.
class LessonState : public QObject {
    Q_OBJECT
public:
    explicit LessonState(QObject* parent = nullptr);

    const LessonSetup& setup() const { return mSetup; }
    double slope() const { return mSetup.slope; }
    Activation activation() const { return mSetup.activation; }
    CodeForm form() const { return mSetup.form; }
    bool backward() const { return mSetup.backward; }
    const TensorInput& tensor() const { return mSetup.tensor; }

    void setSetup(const LessonSetup& setup);
    void setSlope(double slope);
    void setActivation(Activation activation);
    void setForm(CodeForm form);
    void setBackward(bool backward);
    void setTensor(const TensorInput& tensor);

signals:
    void slopeChanged(double slope);
    void activationChanged(Activation activation);
    void formChanged(CodeForm form);
    void backwardChanged(bool backward);
    void tensorChanged(const TensorInput& tensor);
    // Once per setter call that changed anything, after the specific signals.
    void changed();

private:
    LessonSetup mSetup;
};

} // namespace leakylab
