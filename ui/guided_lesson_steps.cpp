// The guided lesson's texts; steps 2 to 5 take their lesson from the Tutorial menu's examples.
#include "ui/guided_lesson_steps.h"

#include <QCoreApplication>

#include <algorithm>

#include "ui/training_preset.h"
#include "ui/tutorial_examples.h"

namespace leakylab {
namespace {

LessonSetup exampleSetup(const QString& id)
{
    const std::vector<TutorialExample> examples = tutorialExamples();
    const auto found = std::find_if(examples.begin(), examples.end(), [&id](const TutorialExample& e) { return e.id == id; });
    return found != examples.end() ? found->setup : LessonSetup{};
}

// Gives the texts below a translation context lupdate understands.
class GuidedLessonTexts {
    Q_DECLARE_TR_FUNCTIONS(GuidedLessonSteps)
public:
    static std::vector<GuidedLessonStep> make();
};

std::vector<GuidedLessonStep> GuidedLessonTexts::make()
{
    const QString generalFormula = tr("LeakyReLU(x) = max(0, x) + negative_slope · min(0, x)");

    LessonSetup leak = exampleSetup(QStringLiteral("slope_0_4"));
    leak.slope = 0.1; // wide enough to see the leak; PyTorch's default 0.01 looks flat on a projector
    // The tutorial's nn.ReLU() example, with PyTorch's default slope for the LeakyReLU being trained beside it.
    LessonSetup against = exampleSetup(QStringLiteral("relu"));
    against.slope = 0.01;

    const QString presetName = trainingPresets().front().name;
    std::vector<GuidedLessonStep> steps(6);
    steps[0] = {QStringLiteral("what"), tr("What LeakyReLU is, and the dying neuron"),
                tr("<p>ReLU passes a positive input through and turns every negative input into 0. Its gradient "
                   "there is 0 too: a neuron whose input stays negative gets no gradient, its weights never "
                   "change again, and it is <b>dead</b>. That is the <i>dying ReLU</i> problem.</p>"
                   "<p>LeakyReLU keeps a small slope for negative inputs, <code>negative_slope</code>. The "
                   "gradient there is that slope instead of 0, so the neuron keeps learning. PyTorch's default "
                   "is 0.01; here it is 0.1, so you can see the leak.</p>"),
                generalFormula,
                tr("Look left of 0 at the dotted ReLU′ and the dashed LeakyReLU′: which one can still move a "
                   "weight?"),
                leak, true, {false, false, false}, false};
    steps[1] = {QStringLiteral("randn"), tr("nn.LeakyReLU(0.2) on torch.randn(4)"),
                tr("<p>The tutorial's first example makes a module, <code>nn.LeakyReLU(0.2)</code>, and applies "
                   "it to four random numbers. After <code>torch.manual_seed(0)</code>, <code>torch.randn(4)</code> "
                   "is <code>[1.5410, -0.2934, -2.1788, 0.5684]</code>: the positive numbers pass unchanged, the "
                   "negative ones are multiplied by 0.2.</p>"
                   "<p>PyTorch prints <code>tensor([ 1.5410, -0.0587, -0.4358,  0.5684])</code></p>"),
                tr("LeakyReLU(x) = max(0, x) + 0.2 · min(0, x)"),
                tr("Change the seed in the tensor editor: which numbers change sign, and what happens to them?"),
                exampleSetup(QStringLiteral("randn_slope_0_2")), false, {true, true, false}, false};
    steps[2] = {QStringLiteral("inplace"), tr("The inplace argument"),
                tr("<p><code>inplace=True</code> writes the result into the input instead of making a new tensor: "
                   "after <code>F.leaky_relu(x, 0.4, inplace=True)</code>, <code>x</code> itself holds the output. "
                   "It saves memory in a large network.</p>"
                   "<p><code>print(x)</code> shows <code>tensor([ 2.0000, -1.6000,  5.0000, -2.4000])</code>: the "
                   "values x had are gone. Autograd sometimes needs them, so PyTorch refuses some in-place calls "
                   "(the Tutorial menu shows its errors).</p>"),
                tr("x ← max(0, x) + 0.4 · min(0, x)"),
                tr("Switch the code panel between <i>module</i> and <i>in place</i>: which line prints the "
                   "output, and why?"),
                exampleSetup(QStringLiteral("inplace")), false, {false, true, false}, false};
    steps[3] = {QStringLiteral("slope"), tr("The negative slope"),
                tr("<p><code>negative_slope</code> is how much of a negative input leaks through: "
                   "<code>nn.LeakyReLU(0.4)</code> turns −4 into −1.6 and −6 into −2.4. At 0 it is plain ReLU, "
                   "at 1 it passes everything unchanged, and a negative slope flips the sign of negative "
                   "inputs.</p>"
                   "<p>PyTorch prints <code>tensor([ 2.0000, -1.6000,  5.0000, -2.4000])</code></p>"),
                tr("LeakyReLU(−4) = 0.4 · (−4) = −1.6"),
                tr("Raise the slope to 0.6 (Page Up, then ↑): what does −6 become? Then try 0 and 1."),
                exampleSetup(QStringLiteral("slope_0_4")), true, {true, true, false}, false};
    steps[4] = {QStringLiteral("functional"), tr("The functional form, F.leaky_relu"),
                tr("<p><code>torch.nn.functional.leaky_relu(x, negative_slope=0.01)</code> computes what the "
                   "module computes, without making an object first: handy inside a model's "
                   "<code>forward</code>. Its default slope is 0.01, as for <code>nn.LeakyReLU()</code>.</p>"
                   "<p>PyTorch prints <code>tensor([ 2.0000, -0.0400,  5.0000, -0.0600])</code></p>"),
                tr("F.leaky_relu(x, negative_slope=0.01) = nn.LeakyReLU(0.01)(x)"),
                tr("What would the output be without <code>negative_slope=0.01</code> in the call?"),
                exampleSetup(QStringLiteral("functional")), false, {false, true, false}, false};
    steps[5] = {QStringLiteral("training"), tr("LeakyReLU against ReLU, in training"),
                tr("<p>The training panel trains two networks from the same start, one with ReLU and one with "
                   "LeakyReLU. The preset <b>%1</b> pushes many units to negative inputs, where ReLU's gradient "
                   "is 0.</p>"
                   "<p>Press <b>Start</b> (Space) and watch the dead units: ReLU's stay dead, while LeakyReLU's "
                   "still get a gradient and can come back.</p>")
                    .arg(presetName.toHtmlEscaped()),
                tr("For x < 0:  ReLU′(x) = 0,  LeakyReLU′(x) = negative_slope"),
                tr("Set the slope to 0 and train again: does LeakyReLU lose its units too?"),
                against, true, {false, false, true}, true};
    return steps;
}

} // namespace

std::vector<GuidedLessonStep> guidedLessonSteps()
{
    return GuidedLessonTexts::make();
}

} // namespace leakylab
