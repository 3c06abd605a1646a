// The tensor editor: typed expressions parsed in the background, table edits written back as Python, undoable.
#include "ui/tensor_editor.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QAbstractItemView>
#include <QLocale>
#include <QPushButton>
#include <QRandomGenerator>
#include <QStackedWidget>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

#include <initializer_list>

#include "core/tensor_parser.h"
#include "core/torch_random.h"
#include "ui/column_fit.h"
#include "ui/core_message.h"
#include "ui/expression_line_edit.h"
#include "ui/flow_layout.h"
#include "ui/rows_table_view.h"
#include "ui/seed_spin_box.h"
#include "ui/set_tensor_command.h"
#include "ui/tensor_edit.h"
#include "ui/tensor_literal.h"
#include "ui/tensor_summary.h"
#include "ui/tensor_table_model.h"
#include "ui/tutorial_examples.h"

namespace leakylab {
namespace {

// torch.randn with the given shape, as a student would write it.
QString randnExpression(const Tensor* shapeOf)
{
    if (!shapeOf)
        return QStringLiteral("torch.randn(4)");
    if (shapeOf->dim() == 0)
        return QStringLiteral("torch.randn(())");
    QStringList sizes;
    for (std::int64_t size : shapeOf->shape)
        sizes << QString::number(size);
    return QStringLiteral("torch.randn(%1)").arg(sizes.join(QStringLiteral(", ")));
}

// The parser counts UTF-8 bytes; the line counts characters.
int characterAt(const std::string& utf8, std::optional<std::size_t> bytePosition)
{
    const auto bytes = static_cast<qsizetype>(std::min(bytePosition.value_or(0), utf8.size()));
    return static_cast<int>(QString::fromUtf8(utf8.data(), bytes).size());
}

QFont tableFont(const QFont& base)
{
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    font.setPointSizeF(base.pointSizeF());
    return font;
}

} // namespace

TensorEditor::TensorEditor(LessonState* state, LessonEvaluator* evaluator, QWidget* parent)
    : QWidget(parent), mState(state), mParse([this](ParseOutcome outcome) { onParsed(outcome); })
{
    mExpression = new ExpressionLineEdit(this);
    mExpression->setObjectName(QStringLiteral("tensorExpression"));
    mExpression->setFont(tableFont(font()));
    mExpression->setClearButtonEnabled(true);
    mExpression->setPlaceholderText(tr("a tensor, e.g. [2, -4, 5, -6] or torch.randn(2, 3)"));
    mExpression->setToolTip(tr("Type the tensor as in Python: a list like [2, -4, 5, -6], torch.tensor(...), "
                               "torch.randn(4), zeros, ones. Each valid change updates the table, plot and code."));
    auto* xLabel = new QLabel(tr("x ="), this);
    xLabel->setFont(mExpression->font());
    xLabel->setBuddy(mExpression);

    mError = new QLabel(this);
    mError->setObjectName(QStringLiteral("tensorError"));
    mError->setWordWrap(true);
    mError->setTextFormat(Qt::PlainText);
    mError->setTextInteractionFlags(Qt::TextSelectableByMouse);
    mError->setStyleSheet(QStringLiteral("color: #b71c1c; font-weight: bold;"));
    mError->setToolTip(tr("What the parser could not read; the table keeps the last tensor that parsed"));
    mError->hide();

    auto* line = new QHBoxLayout;
    line->addWidget(xLabel);
    line->addWidget(mExpression, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(line);
    layout->addWidget(mError);
    layout->addWidget(createTools());
    layout->addWidget(createTableArea(), 1);

    // Typing is parsed in the background; only a valid expression becomes the lesson's tensor.
    connect(mExpression, &ExpressionLineEdit::expressionEdited, this, &TensorEditor::onExpressionEdited);
    // Enter or leaving the line closes the typing session: the next keystroke starts a new undo step.
    connect(mExpression, &QLineEdit::editingFinished, this, [this] { mTypingSession = 0; });
    connect(mState, &LessonState::tensorChanged, this, &TensorEditor::onStateTensorChanged);
    // The table's outputs and gradients follow the slope slider tick by tick.
    connect(mState, &LessonState::slopeChanged, mModel, &TensorTableModel::setSlope);
    connect(evaluator, &LessonEvaluator::evaluated, this, &TensorEditor::onEvaluated);

    mModel->setSlope(mState->slope());
    onStateTensorChanged(mState->tensor());
    if (evaluator->latest())
        onEvaluated(evaluator->latest());
    updateLayoutControls();
}

// ~QWidget closes a top-level editor; the line edit then loses focus and reports editingFinished to a
// TensorEditor already destroyed.
TensorEditor::~TensorEditor()
{
    disconnect(mExpression, nullptr, this, nullptr);
}

QWidget* TensorEditor::createTools()
{
    auto* tools = new QWidget(this);
    auto* layout = new QVBoxLayout(tools);
    layout->setContentsMargins(0, 0, 0, 0);

    mPaste = new QPushButton(tr("Paste list"), tools);
    mPaste->setToolTip(tr("Use the clipboard's text as the tensor: a Python list, or anything the line accepts. "
                          "A million numbers are fine."));
    connect(mPaste, &QPushButton::clicked, this,
            [this] { mExpression->pasteExpression(QApplication::clipboard()->text()); });

    mRandom = new QPushButton(tr("Random"), tools);
    mRandom->setToolTip(tr("torch.randn of the same shape with a new seed, drawn exactly as PyTorch draws it"));
    connect(mRandom, &QPushButton::clicked, this, &TensorEditor::drawRandom);

    auto* seedLabel = new QLabel(tr("seed"), tools);
    mSeed = new SeedSpinBox(tools);
    mSeed->setObjectName(QStringLiteral("tensorSeed"));
    mSeed->setToolTip(tr("torch.manual_seed(seed) before the tensor is made: the same seed gives the same "
                         "torch.randn numbers as PyTorch"));
    mSeed->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("0000000000")));
    seedLabel->setBuddy(mSeed);
    connect(mSeed, &SeedSpinBox::valueEdited, this, [this](std::uint64_t from, std::uint64_t to) {
        editTensor(TensorInput{mState->tensor().expression, to}, tr("seed %1 → %2").arg(from).arg(to));
    });

    mAdd = new QPushButton(tools);
    mRemove = new QPushButton(tools);
    mAddColumn = new QPushButton(tr("Add column"), tools);
    mRemoveColumn = new QPushButton(tr("Remove column"), tools);
    mAddColumn->setToolTip(tr("Insert a column of zeros after the selected one"));
    mRemoveColumn->setToolTip(tr("Remove the selected column"));
    connect(mAdd, &QPushButton::clicked, this, [this] { insertSlice(0); });
    connect(mRemove, &QPushButton::clicked, this, [this] { removeSlice(0); });
    connect(mAddColumn, &QPushButton::clicked, this, [this] { insertSlice(1); });
    connect(mRemoveColumn, &QPushButton::clicked, this, [this] { removeSlice(1); });

    mQuantity = new QComboBox(tools);
    for (int q = 0; q < TensorTableModel::QuantityCount; ++q)
        mQuantity->addItem(TensorTableModel::quantityName(static_cast<TensorTableModel::Quantity>(q)));
    mQuantity->setToolTip(tr("What the cells of a 2-D tensor show; only x can be edited"));

    mExamples = new QComboBox(tools);
    mExamples->setObjectName(QStringLiteral("tutorialExamples"));
    mExamples->setPlaceholderText(tr("Tutorial examples…"));
    mExamples->setToolTip(tr("Set tensor, slope, form and seed to one of the tutorial's examples"));
    for (const TutorialExample& example : tutorialExamples()) {
        mExamples->addItem(example.title, example.id);
        mExamples->setItemData(mExamples->count() - 1, example.details, Qt::ToolTipRole);
    }
    mExamples->setCurrentIndex(-1);
    connect(mExamples, &QComboBox::activated, this, [this](int index) {
        const auto examples = tutorialExamples();
        if (index >= 0 && index < static_cast<int>(examples.size()))
            applyExample(examples[static_cast<std::size_t>(index)], mState, mUndoStack);
        mExamples->setCurrentIndex(-1);
    });

    // Long titles must not widen the dock: the list opens wide, the box stays narrow.
    mExamples->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    mExamples->setMinimumContentsLength(14);
    mExamples->view()->setMinimumWidth(mExamples->view()->sizeHintForColumn(0));

    // The seed's label stays with its box wherever the row breaks.
    auto* seed = new QWidget(tools);
    auto* seedLine = new QHBoxLayout(seed);
    seedLine->setContentsMargins(0, 0, 0, 0);
    seedLine->addWidget(seedLabel);
    seedLine->addWidget(mSeed);

    // Two rows, each wrapping where the dock beside the plot is narrow, as on a 1280x720 projector.
    auto* sources = new FlowRow(tools);
    for (QWidget* widget : std::initializer_list<QWidget*>{mPaste, mRandom, seed, mExamples})
        sources->flow()->addWidget(widget);
    auto* edits = new FlowRow(tools);
    for (QWidget* widget : std::initializer_list<QWidget*>{mAdd, mRemove, mAddColumn, mRemoveColumn, mQuantity})
        edits->flow()->addWidget(widget);
    layout->addWidget(sources);
    layout->addWidget(edits);
    return tools;
}

QWidget* TensorEditor::createTableArea()
{
    auto* area = new QWidget(this);
    auto* layout = new QVBoxLayout(area);
    layout->setContentsMargins(0, 0, 0, 0);

    mModel = new TensorTableModel(this);
    mTable = new RowsTableView(area);
    mTable->setObjectName(QStringLiteral("tensorTable"));
    mTable->setModel(mModel);
    mTable->setFont(tableFont(font()));
    mTable->setAlternatingRowColors(false);
    // A number on one line always: a column a pixel short elides it rather than make its row two lines high.
    mTable->setWordWrap(false);
    // Headings a little smaller than the numbers, so the five columns fit the dock beside the plot.
    QFont headingFont = QFontDatabase::systemFont(QFontDatabase::GeneralFont);
    headingFont.setPointSizeF(font().pointSizeF() * 0.85);
    mTable->horizontalHeader()->setFont(headingFont);
    // Sharing the table's width, but never narrower than its heading: a narrow dock scrolls instead of
    // cutting it.
    mColumnFit = new ColumnFit(mTable);
    connect(mModel, &QAbstractItemModel::modelReset, mColumnFit, &ColumnFit::fit);
    connect(mModel, &QAbstractItemModel::headerDataChanged, mColumnFit, &ColumnFit::fit);
    // Every row is one line of numbers whatever the values, so its height is measured once per tensor: in
    // ResizeToContents every slope tick, changing all values, had every row measured again.
    mTable->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    connect(mModel, &QAbstractItemModel::modelReset, this, &TensorEditor::fitRowHeight);
    // The rows the table asks for are the tensor's.
    connect(mModel, &QAbstractItemModel::modelReset, mTable, &QWidget::updateGeometry);
    mTable->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::AnyKeyPressed);
    mTable->setToolTip(tr("Each element of x with what ReLU and LeakyReLU make of it and their gradients. "
                          "Double-click x to edit; shaded elements are on ReLU's dead side."));
    connect(mModel, &TensorTableModel::elementEdited, this, &TensorEditor::onElementEdited);
    connect(mModel, &TensorTableModel::invalidValueTyped, this, [this](const QString& text) {
        mError->setText(tr("“%1” is not one number of this tensor's dtype").arg(text));
        mError->show();
    });
    connect(mQuantity, &QComboBox::currentIndexChanged, this,
            [this](int index) { mModel->setMatrixQuantity(static_cast<TensorTableModel::Quantity>(index)); });

    mSummary = new QLabel(area);
    mSummary->setObjectName(QStringLiteral("tensorSummary"));
    mSummary->setWordWrap(true);
    mSummary->setAlignment(Qt::AlignCenter);
    mSummary->setTextFormat(Qt::PlainText);

    mStack = new QStackedWidget(area);
    mStack->addWidget(mTable);
    mStack->addWidget(mSummary);

    mInfo = new QLabel(area);
    mInfo->setObjectName(QStringLiteral("tensorInfo"));
    mInfo->setToolTip(tr("The tensor's shape and dtype as PyTorch reports them, and how many elements sit on "
                         "ReLU's dead side"));
    mLegend = new QLabel(tr("<span style=\"background-color:#ffc4c4; color:#000000\">&nbsp;shaded&nbsp;</span> "
                            "dead side: ReLU′ = 0, no gradient flows back"),
                         area);
    mLegend->setToolTip(tr("Where x ≤ 0 ReLU's gradient is 0: a neuron stuck there stops learning. "
                           "LeakyReLU's gradient there is the slope."));
    mInfo->setWordWrap(true);
    mLegend->setWordWrap(true);
    auto* footer = new QVBoxLayout;
    // Two lines about the table: as close as lines of one paragraph.
    footer->setSpacing(0);
    footer->addWidget(mInfo);
    footer->addWidget(mLegend);

    layout->addWidget(mStack, 1);
    layout->addLayout(footer);
    return area;
}

bool TensorEditor::isShowingCurrentTensor() const
{
    return mShownInput && *mShownInput == mState->tensor();
}

void TensorEditor::onExpressionEdited(const QString& text)
{
    if (mTypingSession == 0)
        mTypingSession = mNextTypingSession++;
    // The job owns its copies: the line may change again while it runs.
    mParse.run([text, seed = mState->tensor().seed] {
        ParseOutcome outcome{text, std::nullopt};
        const std::string utf8 = text.toStdString();
        TorchGenerator generator(seed);
        auto parsed = parseTensor(utf8, generator);
        if (!parsed) {
            outcome.error = parsed.error();
            outcome.errorCharacter = characterAt(utf8, outcome.error->position);
        }
        return outcome;
    });
}

void TensorEditor::onParsed(const ParseOutcome& outcome)
{
    if (outcome.text != mExpression->expression())
        return; // the line was reset (undo, an example) after this was typed
    showError(outcome.error, outcome.errorCharacter);
    if (!outcome.error)
        editTensor(TensorInput{outcome.text, mState->tensor().seed}, tr("type x = …"), mTypingSession);
}

void TensorEditor::showError(const std::optional<Error>& error, int character)
{
    if (!error) {
        // The window's palette again, set roles and all, so a theme chosen later (dark, say) reaches it.
        mExpression->setPalette(QPalette());
        mError->hide();
        return;
    }
    // Pink with dark ink in every theme.
    QPalette palette = mExpression->palette();
    palette.setColor(QPalette::Base, QColor(255, 235, 238));
    palette.setColor(QPalette::Text, QColor(40, 40, 40));
    mExpression->setPalette(palette);
    const QString message = localizedMessage(*error);
    mError->setText(error->position
                        ? tr("Character %1: %2").arg(character + 1).arg(message)
                        : message);
    mError->show();
}

void TensorEditor::onStateTensorChanged(const TensorInput& tensor)
{
    mSeed->setValue(tensor.seed);
    if (tensor.expression == mExpression->expression())
        return; // the student's own typing, now accepted
    mTypingSession = 0;
    mExpression->setExpression(tensor.expression);
    showError(std::nullopt, 0);
}

void TensorEditor::onEvaluated(const EvaluationPtr& evaluation)
{
    const EvalResult& result = evaluation->result;
    if (!result.input) {
        // A lesson that does not parse (from a file): said once, with the position in characters.
        const std::string utf8 = evaluation->setup.tensor.expression.toStdString();
        showError(result.error, result.error ? characterAt(utf8, result.error->position) : 0);
        return;
    }
    if (!mShownInput || *mShownInput != evaluation->setup.tensor) {
        // Shares the evaluation's tensor rather than copying a possibly huge one.
        mModel->setTensor(std::shared_ptr<const Tensor>(evaluation, &*result.input));
        mShownInput = evaluation->setup.tensor;
        updateLayoutControls();
        updateInfo();
    }
    const LessonSetup& setup = evaluation->setup;
    const bool overwritten = setup.form == CodeForm::Inplace && !setup.backward && result.ok();
    mModel->setOverwrittenBy(overwritten ? std::optional<Activation>(setup.activation) : std::nullopt);
}

void TensorEditor::updateLayoutControls()
{
    const auto layout = mModel->layout();
    const bool listed = mModel->tensor() && layout != TensorTableModel::Layout::Summary;
    const bool matrix = layout == TensorTableModel::Layout::Matrix;
    mStack->setCurrentWidget(listed ? static_cast<QWidget*>(mTable) : mSummary);
    mAdd->setText(matrix ? tr("Add row") : tr("Add element"));
    mRemove->setText(matrix ? tr("Remove row") : tr("Remove element"));
    mAdd->setToolTip(matrix ? tr("Insert a row of zeros after the selected one")
                            : tr("Insert a 0 after the selected element"));
    mRemove->setToolTip(matrix ? tr("Remove the selected row") : tr("Remove the selected element"));
    mAdd->setEnabled(listed);
    mRemove->setEnabled(listed && mModel->rowCount() > 0);
    mAddColumn->setVisible(matrix);
    mRemoveColumn->setVisible(matrix);
    mRemoveColumn->setEnabled(matrix && mModel->columnCount() > 0);
    mQuantity->setVisible(matrix);
    if (matrix)
        mTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    mColumnFit->setEnabled(!matrix);
}

void TensorEditor::fitRowHeight()
{
    if (mModel->rowCount() == 0)
        return;
    const QAbstractItemView* view = mTable; // QTableView hides sizeHintForRow
    QHeaderView* rows = mTable->verticalHeader();
    // What ResizeToContents gives: the taller of the cells and the row's label. New rows take the default.
    rows->setDefaultSectionSize(std::max(view->sizeHintForRow(0), rows->sectionSizeHint(0)));
}

void TensorEditor::updateInfo()
{
    const Tensor* tensor = mModel->tensor().get();
    if (!tensor)
        return;
    const QLocale locale;
    const std::int64_t dead = deadCount(*tensor);
    mInfo->setText(tr("%1 · %2 · dead for ReLU: %3 of %4")
                       .arg(shapeText(*tensor), dtypeText(*tensor), locale.toString(qlonglong{dead}),
                            locale.toString(qlonglong{tensor->numel()})));
    if (mModel->layout() != TensorTableModel::Layout::Summary)
        return;
    const double percent = tensor->numel() > 0 ? 100.0 * static_cast<double>(dead) / static_cast<double>(tensor->numel()) : 0.0;
    const QString why = tensor->dim() > 2
        ? tr("The table lists 1-D and 2-D tensors; this one has %1 dimensions.").arg(tensor->dim())
        : tr("Too many to list: PyTorch's print summarises above %1 elements too, as the code panel shows.")
              .arg(locale.toString(TensorTableModel::kMaxListed));
    mSummary->setText(tr("%1  %2\n%3 elements\n\n%4\n\nDead side for ReLU (ReLU′ = 0): %5 elements (%6 %)")
                          .arg(shapeText(*tensor), dtypeText(*tensor), locale.toString(qlonglong{tensor->numel()}), why,
                               locale.toString(qlonglong{dead}), locale.toString(percent, 'f', 1)));
}

void TensorEditor::editTensor(const TensorInput& to, const QString& description, int typingSession)
{
    if (to == mState->tensor())
        return;
    if (mUndoStack)
        mUndoStack->push(new SetTensorCommand(mState, mState->tensor(), to, description, typingSession));
    else
        mState->setTensor(to);
}

void TensorEditor::editElements(const Tensor& edited, const QString& description)
{
    editTensor(TensorInput{QString::fromStdString(tensorLiteral(edited)), mState->tensor().seed}, description);
}

void TensorEditor::onElementEdited(qint64 flatIndex, const Tensor& value)
{
    if (const Tensor* tensor = mModel->tensor().get())
        editElements(withElement(*tensor, flatIndex, value), tr("edit x[%1]").arg(flatIndex));
}

void TensorEditor::drawRandom()
{
    std::uint64_t seed = mState->tensor().seed;
    while (seed == mState->tensor().seed)
        seed = QRandomGenerator::global()->bounded(10'000u); // short enough to read out to a class
    editTensor(TensorInput{randnExpression(mModel->tensor().get()), seed}, tr("random tensor"));
}

int TensorEditor::currentSlice(int dim) const
{
    const QModelIndex current = mTable->currentIndex();
    if (!current.isValid())
        return -1;
    return dim == 0 ? current.row() : current.column();
}

void TensorEditor::insertSlice(int dim)
{
    const Tensor* tensor = mModel->tensor().get();
    if (!tensor)
        return;
    const bool matrix = mModel->layout() == TensorTableModel::Layout::Matrix;
    const int current = currentSlice(dim);
    const std::int64_t size = tensor->dim() == 0 ? 1 : tensor->shape[static_cast<std::size_t>(matrix ? dim : 0)];
    const std::int64_t at = current < 0 ? size : current + 1;
    editElements(withZerosInserted(*tensor, dim, at),
                 matrix ? (dim == 0 ? tr("add a row") : tr("add a column")) : tr("add an element"));
}

void TensorEditor::removeSlice(int dim)
{
    const Tensor* tensor = mModel->tensor().get();
    if (!tensor)
        return;
    const bool matrix = mModel->layout() == TensorTableModel::Layout::Matrix;
    const std::int64_t size = tensor->dim() == 0 ? 1 : tensor->shape[static_cast<std::size_t>(matrix ? dim : 0)];
    if (size == 0)
        return;
    const int current = currentSlice(dim);
    const std::int64_t at = current < 0 ? size - 1 : current;
    editElements(withSliceRemoved(*tensor, dim, at),
                 matrix ? (dim == 0 ? tr("remove a row") : tr("remove a column")) : tr("remove an element"));
}

} // namespace leakylab
