// The code panel: program and output arrive together from the evaluator; the switches set the lesson.
#include "ui/code_panel.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QButtonGroup>
#include <QCheckBox>
#include <QClipboard>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTimer>
#include <QVBoxLayout>
#include <QtMath>

#include <algorithm>

#include "ui/core_message.h"
#include "ui/flow_layout.h"
#include "ui/python_highlighter.h"
#include "ui/wrap_label.h"

namespace leakylab {
namespace {

// Shortens lines only a pasted tensor makes long: its start and end stay readable. Works on views, so a
// program megabytes long is never copied whole.
QString shownProgram(const QString& program, bool* shortened)
{
    *shortened = false;
    QString shown;
    for (QStringView line : QStringView(program).split(QLatin1Char('\n'))) {
        if (!shown.isNull())
            shown += QLatin1Char('\n');
        if (line.size() <= CodePanel::kMaxShownLineChars) {
            shown += line;
            continue;
        }
        shown += line.left(CodePanel::kMaxShownLineChars - 60);
        shown += QStringLiteral(" … ");
        shown += line.right(40);
        *shortened = true;
    }
    return shown;
}

QFont codeFont(const QFont& base, double scale)
{
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    font.setPointSizeF(base.pointSizeF() * scale);
    return font;
}

QPlainTextEdit* readOnlyView(QWidget* parent, const QFont& font)
{
    auto* view = new QPlainTextEdit(parent);
    view->setReadOnly(true);
    view->setFont(font);
    view->setLineWrapMode(QPlainTextEdit::NoWrap);
    view->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return view;
}

} // namespace

CodePanel::CodePanel(LessonState* state, LessonEvaluator* evaluator, QWidget* parent)
    : QWidget(parent), mState(state), mEvaluator(evaluator)
{
    const QFont code = codeFont(font(), 1.15);
    mCode = readOnlyView(this, code);
    mCode->setObjectName(QStringLiteral("codeView"));
    mCode->setToolTip(tr("The PyTorch program for this lesson: run it and it prints the output below"));
    mCodeViewport = mCode->viewport();
    mCodeViewport->installEventFilter(this);
    mHighlighter = new PythonHighlighter(mCode->document());
    followPalette();

    mCopy = new QPushButton(tr("Copy program"), this);
    mCopy->setObjectName(QStringLiteral("copyCode"));
    mCopy->setToolTip(tr("Copy the whole program, ready to paste into Python"));
    connect(mCopy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(mProgram); });

    mNote = new QLabel(this);
    mNote->setObjectName(QStringLiteral("codeNote"));
    mNote->setWordWrap(true);
    mNote->setTextFormat(Qt::PlainText);
    mNote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    mNote->setFrameShape(QFrame::StyledPanel);
    mNote->setMargin(6);
    mNote->setStyleSheet(QStringLiteral("QLabel { background: #fff8e1; color: #3e2723; }"));
    mNote->setToolTip(tr("What this form of the call does to x, and what PyTorch would refuse"));

    mOutputTitle = new WrapLabel(tr("Output, as PyTorch prints it"), this);
    QFont bold = mOutputTitle->font();
    bold.setBold(true);
    mOutputTitle->setFont(bold);
    mOutputFont = codeFont(font(), 1.25);
    mOutput = readOnlyView(this, mOutputFont);
    mOutput->setObjectName(QStringLiteral("outputView"));
    mOutputViewport = mOutput->viewport();
    mOutputViewport->installEventFilter(this);
    mOutput->setToolTip(tr("What running the program above prints, byte for byte as PyTorch 1.13 prints it"));
    // The lesson's output is one line: a low dock keeps that much of the box rather than
    // QAbstractScrollArea's usual minimum of three, and gives the rest to the program. QPlainTextEdit scrolls
    // once its viewport, less the document's margin and a pixel, is lower than the line's block.
    const QTextDocument* outputDocument = mOutput->document();
    const qreal lineBlock
        = outputDocument->documentLayout()->blockBoundingRect(outputDocument->firstBlock()).height();
    mOutput->setMinimumHeight(
        qCeil(lineBlock + outputDocument->documentMargin()) + 1 + 2 * mOutput->frameWidth());

    // Copy stands at the right of the switches' last line, where it takes no line of its own from the
    // program.
    FlowRow* switches = createSwitches();
    auto* copyPlace = new QWidget(switches);
    auto* copyLine = new QHBoxLayout(copyPlace);
    copyLine->setContentsMargins(0, 0, 0, 0);
    copyLine->addStretch();
    copyLine->addWidget(mCopy);
    copyPlace->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    switches->flow()->addWidget(copyPlace);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(switches);
    layout->addWidget(mCode, 3);
    layout->addWidget(mNote);
    layout->addWidget(mOutputTitle);
    layout->addWidget(mOutput, 1);

    // A slow evaluation (a pasted million) greys the old output instead of flashing on every quick one.
    mBusyDelay = new QTimer(this);
    mBusyDelay->setSingleShot(true);
    mBusyDelay->setInterval(150);
    connect(mBusyDelay, &QTimer::timeout, this, [this] {
        mOutput->setEnabled(false);
        mOutputTitle->setText(tr("Output, as PyTorch prints it (working…)"));
    });
    connect(mEvaluator, &LessonEvaluator::busyChanged, this, [this](bool busy) {
        if (busy)
            mBusyDelay->start();
    });

    connect(mState, &LessonState::changed, this, [this] {
        updateSwitches();
        updateNote();
    });
    // Program and output come together, so what the panel shows always belongs together.
    connect(mEvaluator, &LessonEvaluator::evaluated, this, &CodePanel::onEvaluated);
    updateSwitches();
    updateNote();
    if (mEvaluator->latest())
        onEvaluated(mEvaluator->latest());
}

FlowRow* CodePanel::createSwitches()
{
    // The forms, then the activation and backward(): on one line where the dock is wide enough, which leaves
    // the program a line more beside the plot at 1280x720; otherwise a line each, each wrapping in turn where
    // the dock is narrower still. A group is never split between two lines by the other's buttons.
    auto* box = new FlowRow(this);
    FlowLayout* groups = box->flow();
    // Side by side, the two groups stand further apart than their buttons.
    groups->setItemSpacing(3 * std::max(groups->spacing(), box->fontMetrics().averageCharWidth()));
    auto* row = new FlowRow(box);
    groups->addWidget(row);
    FlowLayout* layout = row->flow();

    mForms = new QButtonGroup(this);
    const struct {
        CodeForm form;
        QString text;
        QString tip;
    } forms[] = {
        {CodeForm::Module, tr("Module"), tr("m = nn.LeakyReLU(negative_slope=…), then y = m(x)")},
        {CodeForm::Functional, tr("Functional"), tr("y = F.leaky_relu(x, negative_slope=…)")},
        {CodeForm::Inplace, tr("In place"), tr("F.leaky_relu(x, negative_slope=…, inplace=True): x itself is overwritten")},
    };
    for (const auto& entry : forms) {
        auto* button = new QPushButton(entry.text, box);
        button->setCheckable(true);
        button->setToolTip(entry.tip);
        button->setObjectName(QStringLiteral("form_%1").arg(QString::fromUtf8(codeFormName(entry.form))));
        mForms->addButton(button, static_cast<int>(entry.form));
        layout->addWidget(button);
    }
    connect(mForms, &QButtonGroup::idClicked, this,
            [this](int id) { mState->setForm(static_cast<CodeForm>(id)); });

    row = new FlowRow(box);
    groups->addWidget(row);
    layout = row->flow();
    mActivations = new QButtonGroup(this);
    const struct {
        Activation activation;
        QString text;
        QString tip;
    } activations[] = {
        {Activation::LeakyRelu, tr("LeakyReLU"), tr("nn.LeakyReLU / F.leaky_relu with the slope above the plot")},
        {Activation::Relu, tr("ReLU"), tr("nn.ReLU / F.relu: the same program with plain ReLU, to compare")},
    };
    for (const auto& entry : activations) {
        auto* button = new QPushButton(entry.text, box);
        button->setCheckable(true);
        button->setToolTip(entry.tip);
        button->setObjectName(QStringLiteral("activation_%1").arg(QString::fromUtf8(activationName(entry.activation))));
        mActivations->addButton(button, static_cast<int>(entry.activation));
        layout->addWidget(button);
    }
    connect(mActivations, &QButtonGroup::idClicked, this,
            [this](int id) { mState->setActivation(static_cast<Activation>(id)); });

    mBackward = new QCheckBox(tr("backward()"), box);
    mBackward->setObjectName(QStringLiteral("codeBackward"));
    mBackward->setToolTip(tr("Also run y.sum().backward() and print x.grad: the gradients, and PyTorch's "
                             "autograd errors"));
    connect(mBackward, &QCheckBox::toggled, mState, &LessonState::setBackward);
    layout->addWidget(mBackward);
    return box;
}

QPushButton* CodePanel::formButton(CodeForm form) const
{
    return static_cast<QPushButton*>(mForms->button(static_cast<int>(form)));
}

QPushButton* CodePanel::activationButton(Activation activation) const
{
    return static_cast<QPushButton*>(mActivations->button(static_cast<int>(activation)));
}

void CodePanel::updateSwitches()
{
    formButton(mState->form())->setChecked(true);
    activationButton(mState->activation())->setChecked(true);
    const QSignalBlocker block(mBackward);
    mBackward->setChecked(mState->backward());
}

void CodePanel::updateProgram(const QString& program)
{
    if (program == mProgram)
        return;
    mProgram = program;
    bool shortened = false;
    const QString shown = shownProgram(mProgram, &shortened);
    const QString before = mCode->toPlainText();
    // Where the box is too low for the whole program (beside the plot on a 1280x720 projector) it keeps its
    // place instead of going back to the top at every slope tick, and brings what changed into view: the
    // slope's line while the slider is dragged, x's for a new tensor.
    const int top = mCode->verticalScrollBar()->value();
    const int left = mCode->horizontalScrollBar()->value();
    mCode->setPlainText(shown);
    if (!before.isEmpty()) {
        mCode->verticalScrollBar()->setValue(top);
        mCode->horizontalScrollBar()->setValue(left);
        const auto changed = std::mismatch(before.cbegin(), before.cend(), shown.cbegin(), shown.cend());
        QTextCursor cursor(mCode->document());
        cursor.setPosition(static_cast<int>(changed.second - shown.cbegin()));
        mCode->setTextCursor(cursor);
        mCode->ensureCursorVisible();
    }
    mCopy->setToolTip(shortened ? tr("Copy the whole program: the long tensor line is shortened on screen only")
                                : tr("Copy the whole program, ready to paste into Python"));
}

void CodePanel::updateNote()
{
    const LessonSetup& setup = mState->setup();
    const bool leaky = setup.activation == Activation::LeakyRelu;
    QStringList notes;
    if (setup.form == CodeForm::Inplace && !setup.backward) {
        notes << tr("In place: %1 writes its output into x itself; no new tensor is made. "
                    "x now holds the output, which is why the editor's x column shows the overwritten values.")
                     .arg(leaky ? QStringLiteral("F.leaky_relu(x, …, inplace=True)")
                                : QStringLiteral("F.relu(x, inplace=True)"));
    }
    if (setup.form == CodeForm::Inplace && setup.backward) {
        notes << tr("x requires grad, so overwriting it in place is refused:\nRuntimeError: %1\n"
                    "The program calls it in place on a copy, y = x.clone(), instead.")
                     .arg(QString::fromUtf8(kLeafInplaceError));
        if (leaky && !(setup.slope >= 0.0))
            notes << tr("With a negative slope the in-place result no longer tells which inputs were "
                        "negative, so backward() fails: see the output.");
    }
    if (mShown && mShown->result.input && !mShown->result.input->isFloat() && mShown->setup.tensor == setup.tensor)
        notes << tr("x holds integers (int64): PyTorch has no LeakyReLU or gradient for them. "
                    "Write 2.0 instead of 2, or use torch.Tensor([...]).");
    mNote->setText(notes.join(QLatin1Char('\n')));
    mNote->setVisible(!notes.isEmpty());
}

QString CodePanel::errorLine(const std::string& message)
{
    return QStringLiteral("RuntimeError: ") + QString::fromStdString(message);
}

void CodePanel::onEvaluated(const EvaluationPtr& evaluation)
{
    mShown = evaluation;
    mBusyDelay->stop();
    mOutput->setEnabled(true);
    mOutputTitle->setText(tr("Output, as PyTorch prints it"));

    updateProgram(evaluation->program);
    const EvalResult& result = evaluation->result;
    mOutput->clear();
    QTextCursor cursor(mOutput->document());
    // The line break ending what PyTorch prints is left out of the box, where it was an empty last line:
    // in a box one line high that brought up a vertical scroll bar, and with it a horizontal one over the
    // line.
    QString printed = QString::fromStdString(result.printed);
    mPrintedNewlineHidden = !result.error && printed.endsWith(QLatin1Char('\n'));
    if (mPrintedNewlineHidden)
        printed.chop(1);
    cursor.insertText(printed);
    if (result.error) {
        QTextCharFormat red;
        red.setForeground(QColor(0xb7, 0x1c, 0x1c));
        red.setFontWeight(QFont::Bold);
        // A tensor LeakyLab cannot read never reaches PyTorch; anything else is PyTorch's own error.
        cursor.insertText(result.input ? errorLine(result.error->message)
                                       : tr("LeakyLab cannot read the tensor: %1")
                                             .arg(localizedMessage(*result.error)),
                          red);
    }
    fitOutputFont();
    updateNote();
}

// The output at its full size where the box has room for its widest line, smaller where it has not, down to
// the panel's own text size: in a narrow dock the line PyTorch prints then shows whole rather than run under
// a scroll bar.
void CodePanel::fitOutputFont()
{
    const qreal room = mOutput->viewport()->width() - 2 * mOutput->document()->documentMargin() - 1;
    const QFontMetricsF metrics(mOutputFont);
    qreal widest = 0;
    for (QTextBlock block = mOutput->document()->begin(); block.isValid(); block = block.next())
        widest = std::max(widest, metrics.horizontalAdvance(block.text()));
    QFont fitted = mOutputFont;
    // A little under the ratio: hinting makes a text's width not quite proportional to its size.
    if (room > 0 && widest > room)
        fitted.setPointSizeF(std::max(mOutputFont.pointSizeF() * room / widest * 0.98, font().pointSizeF()));
    if (fitted != mOutput->font())
        mOutput->setFont(fitted);
}

bool CodePanel::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Resize && watched == mOutputViewport)
        fitOutputFont();
    // The line that last changed (where updateProgram() left the cursor) stays in sight as the box gets
    // lower, as when a guided lesson's step lays the panels out again after setting the slope.
    if (event->type() == QEvent::Resize && watched == mCodeViewport)
        mCode->ensureCursorVisible();
    return QWidget::eventFilter(watched, event);
}

QString CodePanel::outputText() const
{
    return mPrintedNewlineHidden ? mOutput->toPlainText() + QLatin1Char('\n') : mOutput->toPlainText();
}

bool CodePanel::isOutputCurrent() const
{
    return mShown && mShown->setup == mState->setup();
}

void CodePanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange && mHighlighter)
        followPalette();
    QWidget::changeEvent(event);
}

void CodePanel::followPalette()
{
    // The panel's own palette: a change reaches the panel before its children take it on.
    mHighlighter->setDarkBackground(palette().color(QPalette::Base).lightness() < 128);
}

} // namespace leakylab
