#include "ui/window_exports.h"

#include <QCoreApplication>

#include "core/tensor_table.h"
#include "ui/dead_fraction_chart.h"
#include "ui/exportable_plot.h"
#include "ui/lesson_evaluator.h"
#include "ui/loss_chart.h"
#include "ui/main_window.h"
#include "ui/training_dock.h"
#include "ui/training_panel.h"

namespace leakylab {
namespace {

// The context of this file's names in the translations, declared so that lupdate finds it.
struct WindowExports {
    Q_DECLARE_TR_FUNCTIONS(WindowExports)
};

} // namespace

void addWindowExports(MainWindow& window)
{
    LessonEvaluator* evaluator = window.lessonEvaluator();
    window.addExportablePlot({WindowExports::tr("Tensor table"), nullptr,
                              [evaluator]() -> Result<std::string> {
                                  if (!evaluator->latest())
                                      return Error {WindowExports::tr("The tensor is still being evaluated.")
                                                        .toStdString(),
                                                    std::nullopt};
                                  return tensorTableCsv(evaluator->latest()->result);
                              },
                              WindowExports::tr("each element of x with both outputs and gradients")});

    TrainingDock* training = window.trainingDock();
    QObject::connect(training, &TrainingDock::panelCreated, &window, [&window, training] {
        TrainingPanel* panel = training->panel();
        const auto history = [panel]() { return panel->historyCsv(); };
        const QString what = WindowExports::tr("the training history of both networks");
        window.addExportablePlot({WindowExports::tr("Loss chart"), panel->lossChart(), history, what});
        window.addExportablePlot({WindowExports::tr("Dead units chart"), panel->deadFractionChart(), history, what});
    });
}

} // namespace leakylab
