// Slope, x range, visible curves, title and notes, theme, the tensor editor's and code panel's lesson
// (activation, tensor, seed, code form) and the training settings: each read from and written to its widget.
#include "ui/window_lesson_fields.h"

#include <QCoreApplication>

#include "ui/activation_plot.h"
#include "core/tensor_parser.h"
#include "core/torch_random.h"
#include "ui/core_message.h"
#include "ui/lesson_fields.h"
#include "ui/lesson_state.h"
#include "ui/lesson_notes_panel.h"
#include "ui/main_window.h"
#include "ui/plot_range.h"
#include "ui/slope_control.h"
#include "ui/slope_value.h"
#include "ui/theme_menu.h"
#include "ui/training_dock.h"

namespace leakylab {
namespace {

// The context of this file's messages in the translations, declared so that lupdate finds it.
struct WindowFieldChecks {
    Q_DECLARE_TR_FUNCTIONS(WindowFieldChecks)
};

QString fromUtf8(const std::string& text) { return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size())); }

} // namespace

void addWindowLessonFields(LessonFields& fields, MainWindow& window)
{
    SlopeControl* slope = window.slopeControl();
    ActivationPlot* plot = window.plot();
    LessonNotesPanel* notes = window.lessonNotesPanel();
    ThemeMenu* theme = window.themeMenu();

    // The slope first: the x range's fitted y range depends on it.
    fields.add({
        .gather = [slope](Lesson& l) { l.negativeSlope = l.simulation.negativeSlope = slope->slope(); },
        .apply = [slope](const Lesson& l) { slope->setSlope(l.negativeSlope); },
        .check = [](const Lesson& l) -> std::optional<QString> {
            if (l.negativeSlope >= kMinSlope && l.negativeSlope <= kMaxSlope)
                return std::nullopt;
            return WindowFieldChecks::tr(
                       "Its negative_slope, %1, is outside the %2 to %3 the slope control can show.")
                .arg(l.negativeSlope)
                .arg(kMinSlope)
                .arg(kMaxSlope);
        },
        .watch = [slope](const LessonFields::Changed& changed) {
            QObject::connect(slope, &SlopeControl::slopeChanged, slope, changed);
        },
    });
    fields.add({
        .gather = [plot](Lesson& l) { l.xRange = {plot->xAxis->range().lower, plot->xAxis->range().upper}; },
        .apply = [plot](const Lesson& l) { showXRange(*plot, l.xRange[0], l.xRange[1]); },
        .watch = [plot](const LessonFields::Changed& changed) {
            QObject::connect(plot->xAxis, qOverload<const QCPRange&>(&QCPAxis::rangeChanged), plot, changed);
        },
    });
    fields.add({
        .gather = [plot](Lesson& l) {
            l.curves = {plot->isCurveVisible(Curve::Relu), plot->isCurveVisible(Curve::LeakyRelu),
                        plot->isCurveVisible(Curve::ReluGrad), plot->isCurveVisible(Curve::LeakyReluGrad)};
        },
        .apply = [plot](const Lesson& l) {
            plot->setCurveVisible(Curve::Relu, l.curves.relu);
            plot->setCurveVisible(Curve::LeakyRelu, l.curves.leakyRelu);
            plot->setCurveVisible(Curve::ReluGrad, l.curves.reluGrad);
            plot->setCurveVisible(Curve::LeakyReluGrad, l.curves.leakyReluGrad);
        },
        .watch = [plot](const LessonFields::Changed& changed) {
            QObject::connect(plot, &ActivationPlot::curveVisibilityChanged, plot, changed);
        },
    });
    fields.add({
        .gather = [notes](Lesson& l) {
            l.title = notes->title().toStdString();
            l.notes = notes->notes().toStdString();
        },
        .apply = [notes](const Lesson& l) {
            notes->setTitle(fromUtf8(l.title));
            notes->setNotes(fromUtf8(l.notes));
        },
        .watch = [notes](const LessonFields::Changed& changed) {
            QObject::connect(notes, &LessonNotesPanel::edited, notes, changed);
        },
    });
    LessonState* state = window.lessonState();
    fields.add({
        .gather = [state](Lesson& l) {
            l.activation = state->activation();
            l.tensorExpression = state->tensor().expression.toStdString();
            l.seed = state->tensor().seed;
            l.codeForm = state->form();
        },
        .apply = [state](const Lesson& l) {
            state->setActivation(l.activation);
            state->setForm(l.codeForm);
            state->setTensor({fromUtf8(l.tensorExpression), l.seed});
        },
        // The expression is parsed, never run: one the editor would refuse is refused here, before anything.
        .check = [](const Lesson& l) -> std::optional<QString> {
            TorchGenerator generator(l.seed);
            const auto tensor = parseTensor(l.tensorExpression, generator);
            if (tensor)
                return std::nullopt;
            return WindowFieldChecks::tr("Its tensor expression cannot be read: %1")
                .arg(localizedMessage(tensor.error()));
        },
        .watch = [state](const LessonFields::Changed& changed) {
            QObject::connect(state, &LessonState::changed, state, changed);
        },
    });
    // The training panel is made when first shown; until then its dock keeps the settings.
    TrainingDock* training = window.trainingDock();
    fields.add({
        .gather = [training](Lesson& l) {
            const double lessonSlope = l.simulation.negativeSlope;
            l.simulation = training->config();
            l.simulation.negativeSlope = lessonSlope;
        },
        .apply = [training](const Lesson& l) {
            SimulationConfig config = l.simulation;
            config.negativeSlope = training->config().negativeSlope;
            training->setConfig(config);
        },
        .watch = [training](const LessonFields::Changed& changed) {
            QObject::connect(training, &TrainingDock::configEdited, training, changed);
        },
    });
    fields.add({
        .gather = [theme](Lesson& l) { l.theme = theme->theme(); },
        .apply = [theme](const Lesson& l) { theme->setTheme(l.theme); },
        .watch = [theme](const LessonFields::Changed& changed) {
            QObject::connect(theme, &ThemeMenu::themeChosen, theme, changed);
        },
    });
}

} // namespace leakylab
