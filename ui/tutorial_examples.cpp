// The tutorial's examples, with the tensors written as the tutorial wrote them.
#include "ui/tutorial_examples.h"

#include <QCoreApplication>
#include <QUndoStack>

#include "ui/apply_example_command.h"

namespace leakylab {
namespace {

LessonSetup setupOf(const QString& expression, double slope, CodeForm form, Activation activation = Activation::LeakyRelu,
                    bool backward = false)
{
    LessonSetup setup;
    setup.slope = slope;
    setup.activation = activation;
    setup.form = form;
    setup.backward = backward;
    setup.tensor = TensorInput{expression, 0};
    return setup;
}

// Gives the texts below a translation context lupdate understands.
class TutorialExampleTexts {
    Q_DECLARE_TR_FUNCTIONS(TutorialExamples)
public:
    static std::vector<TutorialExample> make();
};

std::vector<TutorialExample> TutorialExampleTexts::make()
{
    const QString tutorialTensor = QStringLiteral("torch.Tensor([2,-4,5,-6])");
    const QString contrastTensor = QStringLiteral("torch.Tensor([2,-3,4,-6])");
    return {
        {QStringLiteral("randn_slope_0_2"), tr("LeakyReLU(0.2) on torch.randn(4), seed 0"),
         tr("torch.manual_seed(0), then nn.LeakyReLU(0.2) on four random numbers"), false,
         setupOf(QStringLiteral("torch.randn(4)"), 0.2, CodeForm::Module)},
        {QStringLiteral("slope_0_4"), tr("LeakyReLU(0.4) on [2, -4, 5, -6]"),
         tr("Negative inputs are multiplied by 0.4: -4 becomes -1.6"), false,
         setupOf(tutorialTensor, 0.4, CodeForm::Module)},
        {QStringLiteral("slope_0_6"), tr("LeakyReLU(0.6) on [2, -3, 4, -6]"),
         tr("A larger slope lets more of the negative side through"), false,
         setupOf(contrastTensor, 0.6, CodeForm::Module)},
        {QStringLiteral("relu"), tr("ReLU on [2, -3, 4, -6]"),
         tr("The same tensor through nn.ReLU(): every negative input becomes 0"), false,
         setupOf(contrastTensor, 0.6, CodeForm::Module, Activation::Relu)},
        {QStringLiteral("inplace"), tr("In place: F.leaky_relu(x, 0.4, inplace=True)"),
         tr("No new tensor: x itself now holds the output"), false,
         setupOf(tutorialTensor, 0.4, CodeForm::Inplace)},
        {QStringLiteral("functional"), tr("Functional: F.leaky_relu(x, negative_slope=0.01)"),
         tr("The function form with PyTorch's default slope, 0.01"), false,
         setupOf(tutorialTensor, 0.01, CodeForm::Functional)},
        {QStringLiteral("error_inplace_negative_slope"), tr("Error: in place with a negative slope, then backward()"),
         tr("PyTorch cannot work out the in-place backward when the slope is negative"), true,
         setupOf(tutorialTensor, -0.1, CodeForm::Inplace, Activation::LeakyRelu, true)},
        {QStringLiteral("error_leaf"), tr("Error: in place on a leaf that requires grad"),
         tr("A tensor that requires grad cannot be overwritten in place: the program works on a clone"), true,
         setupOf(tutorialTensor, 0.1, CodeForm::Inplace, Activation::LeakyRelu, true)},
        {QStringLiteral("error_long"), tr("Error: leaky_relu on an int64 tensor"),
         tr("torch.tensor([2, -4]) holds integers, and leaky_relu has no integer kernel"), true,
         setupOf(QStringLiteral("torch.tensor([2, -4])"), 0.1, CodeForm::Functional)},
    };
}

} // namespace

// Made on each call, so the titles follow a language switched while the app runs.
std::vector<TutorialExample> tutorialExamples()
{
    return TutorialExampleTexts::make();
}

void applyExample(const TutorialExample& example, LessonState* state, QUndoStack* undoStack)
{
    if (state->setup() == example.setup)
        return;
    if (undoStack)
        undoStack->push(new ApplyExampleCommand(state, state->setup(), example.setup, example.title));
    else
        state->setSetup(example.setup);
}

} // namespace leakylab
