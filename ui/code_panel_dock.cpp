// The code panel dock: the PyTorch program and its output beside the plot.
#include "ui/code_panel_dock.h"

#include <QScrollArea>

#include "ui/code_panel.h"
#include "ui/scrollable.h"

namespace leakylab {

CodePanelDock::CodePanelDock(LessonState* state, LessonEvaluator* evaluator, QWidget* parent)
    : QDockWidget(tr("PyTorch code and output"), parent), mState(state), mEvaluator(evaluator)
{
    setObjectName(QStringLiteral("codePanelDock"));
    setToolTip(tr("The PyTorch program for this lesson and exactly what it prints"));
    toggleViewAction()->setText(tr("&Code panel"));
    toggleViewAction()->setToolTip(tr("Show or hide the PyTorch code and its output"));
}

CodePanel* CodePanelDock::panel()
{
    if (mPanel)
        return mPanel;
    mPanel = new CodePanel(mState, mEvaluator, this);
    setWidget(scrollable(mPanel, this));
    return mPanel;
}

} // namespace leakylab
