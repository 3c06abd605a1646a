// The guided lesson dock: step indicator, the step's text in a browser, Previous and Next.
#include "ui/guided_lesson.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>

#include "ui/code_panel_dock.h"
#include "ui/lesson_notes_panel.h"
#include "ui/main_window.h"
#include "ui/tensor_editor_dock.h"
#include "ui/training_dock.h"
#include "ui/training_panel.h"
#include "ui/training_settings.h"
#include "ui/tutorial_examples.h"

namespace leakylab {
namespace {

// Read from the back of a room while presenting; at the desk the window's own font.
constexpr int kPresentingTextPixels = 26;

} // namespace

GuidedLesson::GuidedLesson(MainWindow* window)
    : QDockWidget(tr("Guided lesson"), window), mWindow(window), mSteps(guidedLessonSteps())
{
    setObjectName(QStringLiteral("guidedLessonDock"));
    setAttribute(Qt::WA_WindowPropagation);
    toggleViewAction()->setText(tr("&Guided lesson"));
}

void GuidedLesson::makeContents()
{
    if (mText)
        return;
    auto* body = new QWidget(this);
    auto* layout = new QVBoxLayout(body);
    mIndicator = new QLabel(body);
    mIndicator->setObjectName(QStringLiteral("guidedLessonIndicator"));
    mText = new QTextBrowser(body);
    mText->setObjectName(QStringLiteral("guidedLessonText"));
    mText->setOpenLinks(false);
    // About 32 characters a line: narrower, the formula breaks in the middle.
    mText->setMinimumWidth(mText->fontMetrics().averageCharWidth() * 32);
    mPrevious = new QPushButton(tr("← Previous"), body);
    mPrevious->setToolTip(tr("The step before (← or P while presenting)"));
    mNext = new QPushButton(tr("Next →"), body);
    mNext->setToolTip(tr("The next step (→ or N while presenting)"));
    mNext->setDefault(true);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(mPrevious);
    buttons->addStretch(1);
    buttons->addWidget(mNext);
    layout->addWidget(mIndicator);
    layout->addWidget(mText, 1);
    layout->addLayout(buttons);
    setWidget(body);

    connect(mPrevious, &QPushButton::clicked, this, &GuidedLesson::previous);
    connect(mNext, &QPushButton::clicked, this, &GuidedLesson::next);
    applyIndicatorFont();
    updateText();
}

QPushButton* GuidedLesson::nextButton()
{
    makeContents();
    return mNext;
}

QPushButton* GuidedLesson::previousButton()
{
    makeContents();
    return mPrevious;
}

QLabel* GuidedLesson::indicatorLabel()
{
    makeContents();
    return mIndicator;
}

QTextBrowser* GuidedLesson::textView()
{
    makeContents();
    return mText;
}

QString GuidedLesson::stepIndicator() const
{
    return tr("Step %1 of %2").arg(std::max(mCurrent, 0) + 1).arg(stepCount());
}

void GuidedLesson::showStep(int index)
{
    mCurrent = std::clamp(index, 0, stepCount() - 1);
    const GuidedLessonStep& shown = step(mCurrent);
    applyExample({shown.id, shown.title, QString(), false, shown.setup}, mWindow->lessonState(), mWindow->undoStack());
    for (Curve derivative : {Curve::ReluGrad, Curve::LeakyReluGrad})
        mWindow->curveAction(derivative)->setChecked(shown.derivatives);
    applyPanels(shown);
    updateText();
    emit stepShown(mCurrent);
}

void GuidedLesson::next()
{
    showStep(mCurrent + 1);
}

void GuidedLesson::previous()
{
    if (mCurrent > 0)
        showStep(mCurrent - 1);
}

void GuidedLesson::setPresenting(bool presenting)
{
    mPresenting = presenting;
    QFont sized = mWindow->font();
    if (presenting)
        sized.setPixelSize(kPresentingTextPixels);
    setFont(sized); // the title bar too
    applyIndicatorFont();
    updateText();
}

void GuidedLesson::applyIndicatorFont()
{
    if (!mIndicator)
        return;
    QFont bold = font();
    bold.setBold(true);
    mIndicator->setFont(bold);
}

void GuidedLesson::applyPanels(const GuidedLessonStep& shown)
{
    if (!mPresenting)
        applySidePanels(shown);
    TrainingDock* training = mWindow->trainingDock();
    if (!shown.panels.training) {
        // A panel the step filled the window with goes back to its dock for the next time it is shown.
        training->fillWindowAction()->setChecked(false);
        training->hide();
        return;
    }
    if (shown.trainingPreset)
        training->panel()->settings()->applyPreset(0); // "Provoke dying ReLU", the first preset
    // Last, once the side panels have their widths: filling the window, it leaves the lesson's text in view.
    training->open();
    // A thin strip under the plot squeezes the charts: give them two fifths of the window's height.
    if (!training->isFloating())
        mWindow->resizeDocks({training}, {mWindow->height() * 2 / 5}, Qt::Vertical);
}

void GuidedLesson::applySidePanels(const GuidedLessonStep& shown)
{
    // The teacher's notes share the code panel's place: the lesson's text stands in for them meanwhile.
    mWindow->lessonNotesPanel()->hide();
    mWindow->tensorEditorDock()->setVisible(shown.panels.tensorEditor);
    mWindow->codePanelDock()->setVisible(shown.panels.codePanel);
    if (shown.panels.codePanel)
        mWindow->codePanelDock()->raise(); // it shares its place with the lesson notes
    // Panels shown again come back at whatever width they last had: give the lesson's text, the tensor
    // table's five columns and the plot each a fair share.
    QList<QDockWidget*> docks;
    QList<int> widths;
    if (!isFloating()) {
        docks.append(this);
        widths.append(mWindow->width() / 5);
    }
    for (QDockWidget* side : {static_cast<QDockWidget*>(mWindow->tensorEditorDock()),
                              static_cast<QDockWidget*>(mWindow->codePanelDock())}) {
        if (side->isVisible() && !side->isFloating()) {
            docks.append(side);
            widths.append(mWindow->width() * 2 / 5);
        }
    }
    mWindow->resizeDocks(docks, widths, Qt::Horizontal);
    // One above the other, the table would leave the program two lines: half the height each.
    if (shown.panels.tensorEditor && shown.panels.codePanel) {
        const int half = mWindow->height() / 2;
        mWindow->resizeDocks({mWindow->tensorEditorDock(), mWindow->codePanelDock()}, {half, half}, Qt::Vertical);
    }
}

void GuidedLesson::updateText()
{
    makeContents();
    mIndicator->setText(stepIndicator());
    mPrevious->setEnabled(mCurrent > 0);
    mNext->setEnabled(mCurrent < stepCount() - 1);
    const GuidedLessonStep& shown = step(std::max(mCurrent, 0));
    // Sizes relative to the browser's font, so presenting enlarges everything at once.
    mText->setHtml(QStringLiteral("<h2>%1</h2>%2"
                                  "<p style=\"font-size:large; font-family:monospace; font-weight:bold;\">%3</p>"
                                  "<p><b>%4</b> %5</p>")
                       .arg(shown.title.toHtmlEscaped(), shown.explanation, shown.formula.toHtmlEscaped(),
                            tr("Try this:"), shown.question));
}

} // namespace leakylab
