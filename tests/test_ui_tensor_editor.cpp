// The tensor editor through its widgets: typing, errors, cell edits, add/remove, Random and seed, undo, big pastes.
#include <QAbstractItemView>
#include <QClipboard>
#include <QComboBox>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>

#include <algorithm>
#include <ctime>
#include <iostream>

#include "core/tensor_parser.h"
#include "core/torch_random.h"
#include "gui_fixture.h"
#include "ui/expression_line_edit.h"
#include "ui/lesson_evaluator.h"
#include "ui/lesson_state.h"
#include "ui/seed_spin_box.h"
#include "ui/tensor_editor.h"
#include "ui/tensor_literal.h"
#include "ui/tensor_table_model.h"

namespace leakylab {
namespace {

using Q = TensorTableModel::Quantity;

// A million numbers as a student might paste them from numpy: about 10 MB of text.
const QString& millionElementList()
{
    static const QString text = [] {
        TorchGenerator generator(7);
        const std::vector<float> values = generator.randn(1'000'000);
        std::string list = "[";
        for (std::size_t i = 0; i < values.size(); ++i) {
            if (i > 0)
                list += ", ";
            list += floatLiteral(values[i]);
        }
        list += "]";
        return QString::fromStdString(list);
    }();
    return text;
}

class TensorEditorTest : public test::UiTest {
protected:
    TensorEditorTest()
    {
        editor.setUndoStack(&undoStack);
        editor.resize(900, 600);
        test::showAndWait(editor);
        EXPECT_TRUE(settle());
    }

    // The background parse and evaluation have caught up with the lesson.
    bool settle(int timeoutMs = 10'000)
    {
        return QTest::qWaitFor([this] { return !evaluator.isBusy() && editor.isShowingCurrentTensor(); },
                               timeoutMs);
    }

    void typeExpression(const QString& text)
    {
        ExpressionLineEdit* line = editor.expressionEdit();
        line->setFocus();
        line->selectAll();
        QTest::keyClicks(line, text);
    }

    // Types and waits until the lesson holds `text` and the table shows it.
    ::testing::AssertionResult typeAndSettle(const QString& text)
    {
        typeExpression(text);
        const bool typed = QTest::qWaitFor([&] { return state.tensor().expression == text; }, 10'000);
        if (typed && settle())
            return ::testing::AssertionSuccess();
        return ::testing::AssertionFailure()
            << "typed " << text.toStdString() << "; the lesson holds " << expression() << ", the line "
            << editor.expressionEdit()->text().toStdString() << ", busy " << evaluator.isBusy() << ", error "
            << editor.errorLabel()->text().toStdString();
    }

    std::string expression() const { return state.tensor().expression.toStdString(); }

    QString cell(int row, int column) const
    {
        return editor.model()->index(row, column).data(Qt::DisplayRole).toString();
    }
    bool shaded(int row, int column) const
    {
        return editor.model()->index(row, column).data(Qt::BackgroundRole).isValid();
    }

    LessonState state;
    LessonEvaluator evaluator{&state};
    QUndoStack undoStack;
    TensorEditor editor{&state, &evaluator};
};

TEST_F(TensorEditorTest, starts_with_the_lessons_randn_drawn_as_pytorch_draws_it)
{
    ASSERT_EQ(editor.model()->rowCount(), 4);
    EXPECT_EQ(editor.expressionEdit()->text().toStdString(), "torch.randn(4)");
    EXPECT_EQ(editor.seedBox()->value(), 0u);
    // torch.manual_seed(0); torch.randn(4) prints tensor([ 1.5410, -0.2934, -2.1788,  0.5684]).
    EXPECT_EQ(cell(0, Q::Input).toStdString(), "1.5410");
    EXPECT_EQ(cell(1, Q::Input).toStdString(), "-0.2934");
    EXPECT_EQ(cell(2, Q::Input).toStdString(), "-2.1788");
    EXPECT_EQ(cell(3, Q::Input).toStdString(), "0.5684");
}

TEST_F(TensorEditorTest, typing_an_expression_updates_table_outputs_and_gradients)
{
    ASSERT_TRUE(typeAndSettle(QStringLiteral("[2, -4, 5, -6]")));

    ASSERT_EQ(editor.model()->rowCount(), 4);
    EXPECT_EQ(cell(1, Q::Input).toStdString(), "-4.");
    EXPECT_EQ(cell(1, Q::ReluOutput).toStdString(), "0.");
    EXPECT_EQ(cell(1, Q::LeakyReluOutput).toStdString(), "-0.0400"); // nn.LeakyReLU()'s default slope 0.01
    EXPECT_EQ(cell(1, Q::ReluGrad).toStdString(), "0.");
    EXPECT_EQ(cell(1, Q::LeakyReluGrad).toStdString(), "0.0100");
    EXPECT_EQ(cell(2, Q::LeakyReluOutput).toStdString(), "5.");
    EXPECT_EQ(cell(2, Q::ReluGrad).toStdString(), "1.");
    EXPECT_TRUE(editor.errorLabel()->isHidden());
    EXPECT_EQ(editor.infoLabel()->text().toStdString(), "torch.Size([4]) · float32 · dead for ReLU: 2 of 4");
}

TEST_F(TensorEditorTest, marks_the_dead_side_where_relus_gradient_is_zero)
{
    ASSERT_TRUE(typeAndSettle(QStringLiteral("[2, -4, 0, nan]")));
    EXPECT_FALSE(shaded(0, Q::Input));
    EXPECT_TRUE(shaded(1, Q::Input));
    EXPECT_TRUE(shaded(1, Q::LeakyReluGrad));
    EXPECT_TRUE(shaded(2, Q::Input)); // PyTorch's ReLU gradient at 0 is 0
    EXPECT_FALSE(shaded(3, Q::Input)); // and at NaN it is 1
    EXPECT_TRUE(editor.model()->index(1, Q::Input).data(Qt::ToolTipRole).toString().contains(QStringLiteral("Dead side")));
}

TEST_F(TensorEditorTest, outputs_follow_the_slope_live)
{
    ASSERT_TRUE(typeAndSettle(QStringLiteral("[2, -4, 5, -6]")));
    state.setSlope(0.4);
    EXPECT_EQ(cell(1, Q::LeakyReluOutput).toStdString(), "-1.6000");
    EXPECT_EQ(cell(3, Q::LeakyReluGrad).toStdString(), "0.4000");
}

// Counts the cells the table measures for their size.
class MeasureCounter : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    mutable int measured = 0;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        ++measured;
        return QStyledItemDelegate::sizeHint(option, index);
    }
};

// Every value changes on a slope tick, but no row's height: measuring a thousand rows again on each tick made
// dragging the slider with torch.randn(1000) listed take 50 ms a tick.
TEST_F(TensorEditorTest, a_slope_change_measures_no_row_again)
{
    ASSERT_TRUE(typeAndSettle(QStringLiteral("torch.randn(1000)")));
    ASSERT_EQ(editor.model()->rowCount(), 1000);
    auto* counter = new MeasureCounter(editor.table());
    editor.table()->setItemDelegate(counter);
    QTest::qWait(50);
    counter->measured = 0;
    for (const double slope : {0.2, 0.3, 0.4}) {
        state.setSlope(slope);
        QTest::qWait(20);
    }
    EXPECT_EQ(cell(1, Q::LeakyReluGrad).toStdString(), "0.4000");
    EXPECT_LT(counter->measured, 50);
}

// Each row as tall as its number and its label need, with or without a slope tick.
TEST_F(TensorEditorTest, rows_are_as_tall_as_their_contents)
{
    for (const QString& expression : {QStringLiteral("torch.randn(4)"), QStringLiteral("[[1, -2], [3, -4]]")}) {
        ASSERT_TRUE(typeAndSettle(expression));
        QTableView* table = editor.table();
        const QAbstractItemView* view = table; // QTableView hides sizeHintForRow
        const int needed = std::max(view->sizeHintForRow(0), table->verticalHeader()->sectionSizeHint(0));
        ASSERT_GT(needed, table->fontMetrics().height());
        for (int row = 0; row < editor.model()->rowCount(); ++row)
            EXPECT_EQ(table->rowHeight(row), needed) << expression.toStdString() << " row " << row;
    }
    ASSERT_TRUE(typeAndSettle(QStringLiteral("[1, -2]")));
    editor.addButton()->click();
    ASSERT_TRUE(settle());
    EXPECT_EQ(editor.table()->rowHeight(2), editor.table()->rowHeight(0));
}

// The table asks for the height its rows take, so a short tensor's rows show whole in a low dock and the
// panel under it keeps the rest; a long tensor's asks for eight rows and scrolls through the others.
TEST_F(TensorEditorTest, the_table_asks_for_the_height_of_its_rows)
{
    const struct {
        QString expression;
        int rowsAskedFor;
    } cases[] = {{QStringLiteral("torch.randn(4)"), 4}, {QStringLiteral("[1, -2]"), 2},
        {QStringLiteral("[[1, -2], [3, -4], [5, -6]]"), 3}, {QStringLiteral("torch.randn(1000)"), 8}};
    for (const auto& entry : cases) {
        ASSERT_TRUE(typeAndSettle(entry.expression));
        const QTableView* table = editor.table();
        const int rowHeight = table->rowHeight(0);
        ASSERT_GT(rowHeight, table->fontMetrics().height());
        const int expected = 2 * table->frameWidth() + table->horizontalHeader()->sizeHint().height()
            + entry.rowsAskedFor * rowHeight;
        EXPECT_EQ(table->sizeHint().height(), expected) << entry.expression.toStdString();
    }
    // Shown in the height it asks for, four rows take the table without a scroll bar.
    ASSERT_TRUE(typeAndSettle(QStringLiteral("torch.randn(4)")));
    QTableView* table = editor.table();
    table->setFixedHeight(table->sizeHint().height());
    QCoreApplication::processEvents();
    EXPECT_EQ(table->verticalScrollBar()->maximum(), 0);
}

TEST_F(TensorEditorTest, an_invalid_expression_shows_the_parsers_message_and_keeps_the_last_tensor)
{
    ASSERT_TRUE(typeAndSettle(QStringLiteral("[2, -4, 5, -6]")));
    const QString broken = QStringLiteral("[2, -4,, 5]");
    typeExpression(broken);

    ASSERT_TRUE(QTest::qWaitFor([&] { return editor.errorLabel()->isVisible(); }, 10'000));
    TorchGenerator generator(0);
    const auto expected = parseTensor(broken.toStdString(), generator);
    ASSERT_FALSE(expected.ok());
    ASSERT_TRUE(expected.error().position.has_value());
    const QString shown = editor.errorLabel()->text();
    EXPECT_TRUE(shown.contains(QString::fromStdString(expected.error().message))) << shown.toStdString();
    EXPECT_TRUE(shown.startsWith(QStringLiteral("Character %1:").arg(*expected.error().position + 1)))
        << shown.toStdString();
    // The lesson and the table keep the last tensor that parsed, and the line keeps what was typed.
    EXPECT_EQ(expression(), "[2, -4, 5, -6]");
    EXPECT_EQ(editor.model()->rowCount(), 4);
    EXPECT_EQ(editor.expressionEdit()->text(), broken);
    EXPECT_TRUE(editor.expressionEdit()->isEnabled());

    // Fixing it clears the message.
    QTest::keyClick(editor.expressionEdit(), Qt::Key_End);
    typeExpression(QStringLiteral("[2, -4, 7, 5]"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return expression() == "[2, -4, 7, 5]"; }, 10'000));
    EXPECT_TRUE(editor.errorLabel()->isHidden());
}

TEST_F(TensorEditorTest, editing_a_cell_rewrites_the_expression)
{
    ASSERT_TRUE(typeAndSettle(QStringLiteral("[2, -4, 5, -6]")));
    QTableView* table = editor.table();
    const QRect cellRect = table->visualRect(editor.model()->index(1, Q::Input));
    // As a mouse delivers a double-click: a click, then the double-click event (QTest sends only the latter).
    QTest::mouseClick(table->viewport(), Qt::LeftButton, Qt::NoModifier, cellRect.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, Qt::NoModifier, cellRect.center());
    QLineEdit* cellEditor = nullptr;
    ASSERT_TRUE(QTest::qWaitFor([&] {
        cellEditor = table->viewport()->findChild<QLineEdit*>();
        return cellEditor && cellEditor->isVisible();
    }, 5000));
    EXPECT_EQ(cellEditor->text().toStdString(), "-4"); // the value as it reads back exactly
    cellEditor->selectAll();
    QTest::keyClicks(cellEditor, QStringLiteral("-1.5"));
    QTest::keyClick(cellEditor, Qt::Key_Return); // the delegate commits on the next event-loop pass

    ASSERT_TRUE(QTest::qWaitFor([&] { return expression() != "[2, -4, 5, -6]"; }, 5000));
    ASSERT_TRUE(settle());
    EXPECT_EQ(expression(), "[2, -1.5, 5, -6]");
    EXPECT_EQ(editor.expressionEdit()->text().toStdString(), "[2, -1.5, 5, -6]");
    EXPECT_EQ(cell(1, Q::Input).toStdString(), "-1.5000");
    EXPECT_EQ(undoStack.count(), 2); // the typed expression, then the cell
}

TEST_F(TensorEditorTest, a_cell_edit_that_is_not_a_number_changes_nothing)
{
    ASSERT_TRUE(typeAndSettle(QStringLiteral("[2, -4]")));
    EXPECT_FALSE(editor.model()->setData(editor.model()->index(0, Q::Input), QStringLiteral("two"), Qt::EditRole));
    EXPECT_FALSE(editor.model()->setData(editor.model()->index(0, Q::ReluOutput), QStringLiteral("3"), Qt::EditRole));
    EXPECT_EQ(expression(), "[2, -4]");
    EXPECT_TRUE(editor.errorLabel()->isVisible());
}

TEST_F(TensorEditorTest, add_and_remove_elements)
{
    ASSERT_TRUE(typeAndSettle(QStringLiteral("[2, -4, 5]")));
    editor.table()->setCurrentIndex(editor.model()->index(0, Q::Input));
    QTest::mouseClick(editor.addButton(), Qt::LeftButton);
    ASSERT_TRUE(settle());
    EXPECT_EQ(expression(), "[2, 0, -4, 5]");

    editor.table()->setCurrentIndex(editor.model()->index(2, Q::Input));
    QTest::mouseClick(editor.removeButton(), Qt::LeftButton);
    ASSERT_TRUE(settle());
    EXPECT_EQ(expression(), "[2, 0, 5]");
    EXPECT_EQ(editor.model()->rowCount(), 3);
}

TEST_F(TensorEditorTest, a_matrix_is_shown_as_a_grid_with_rows_and_columns_to_add)
{
    ASSERT_TRUE(typeAndSettle(QStringLiteral("[[1, -2], [3, -4]]")));
    EXPECT_EQ(editor.model()->layout(), TensorTableModel::Layout::Matrix);
    EXPECT_EQ(editor.model()->rowCount(), 2);
    EXPECT_EQ(editor.model()->columnCount(), 2);
    EXPECT_TRUE(editor.quantityBox()->isVisible());
    EXPECT_TRUE(editor.addColumnButton()->isVisible());
    EXPECT_EQ(cell(1, 1).toStdString(), "-4.");
    EXPECT_TRUE(shaded(1, 1));

    state.setSlope(0.5);
    editor.quantityBox()->setCurrentIndex(Q::LeakyReluOutput);
    EXPECT_EQ(cell(1, 1).toStdString(), "-2.");
    EXPECT_FALSE(editor.model()->flags(editor.model()->index(1, 1)) & Qt::ItemIsEditable);

    editor.quantityBox()->setCurrentIndex(Q::Input);
    editor.table()->setCurrentIndex(editor.model()->index(0, 0));
    QTest::mouseClick(editor.addColumnButton(), Qt::LeftButton);
    ASSERT_TRUE(settle());
    EXPECT_EQ(expression(), "[[1, 0, -2], [3, 0, -4]]");
    QTest::mouseClick(editor.removeButton(), Qt::LeftButton);
    ASSERT_TRUE(settle());
    EXPECT_EQ(expression(), "[[1, 0, -2]]"); // no row selected: the last goes
}

TEST_F(TensorEditorTest, higher_dimensional_tensors_are_summarised_with_their_shape)
{
    ASSERT_TRUE(typeAndSettle(QStringLiteral("torch.randn(2, 3, 4)")));
    EXPECT_EQ(editor.model()->layout(), TensorTableModel::Layout::Summary);
    EXPECT_TRUE(editor.summaryLabel()->isVisible());
    EXPECT_FALSE(editor.table()->isVisible());
    EXPECT_TRUE(editor.summaryLabel()->text().contains(QStringLiteral("torch.Size([2, 3, 4])")));
    EXPECT_FALSE(editor.addButton()->isEnabled());
}

TEST_F(TensorEditorTest, random_draws_torch_randn_of_the_same_shape_with_a_new_visible_seed)
{
    ASSERT_TRUE(typeAndSettle(QStringLiteral("[[1, -2, 3], [3, -4, 5]]")));
    QTest::mouseClick(editor.randomButton(), Qt::LeftButton);
    ASSERT_TRUE(settle());

    const std::uint64_t seed = state.tensor().seed;
    EXPECT_NE(seed, 0u);
    EXPECT_EQ(editor.seedBox()->value(), seed);
    EXPECT_EQ(expression(), "torch.randn(2, 3)");
    TorchGenerator generator(seed);
    const std::vector<float> expected = generator.randn(6);
    ASSERT_TRUE(editor.model()->tensor());
    EXPECT_EQ(editor.model()->tensor()->f32, expected);
}

// The expression line follows a theme chosen after it was made, error or not: light text on a dark field in
// the dark theme, never light text left on a white field.
TEST_F(TensorEditorTest, the_expression_line_follows_a_theme_chosen_later)
{
    const QPalette light = QApplication::palette();
    QPalette dark = light;
    dark.setColor(QPalette::Base, QColor(30, 30, 30));
    dark.setColor(QPalette::Text, QColor(230, 230, 230));
    QApplication::setPalette(dark);
    QTest::qWait(10); // the change reaches the widgets as events
    ExpressionLineEdit* line = editor.expressionEdit();
    EXPECT_LT(line->palette().color(QPalette::Base).lightness(), 60);
    EXPECT_GT(line->palette().color(QPalette::Text).lightness(), 180);

    typeExpression(QStringLiteral("[2, -4,, 5]"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return editor.errorLabel()->isVisible(); }, 10'000));
    EXPECT_GT(line->palette().color(QPalette::Base).lightness(), 200); // pink
    EXPECT_LT(line->palette().color(QPalette::Text).lightness(), 80);

    typeExpression(QStringLiteral("[2, -4, 5]"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !editor.errorLabel()->isVisible(); }, 10'000));
    EXPECT_LT(line->palette().color(QPalette::Base).lightness(), 60);
    EXPECT_GT(line->palette().color(QPalette::Text).lightness(), 180);
    QApplication::setPalette(light);
    QTest::qWait(10);
    EXPECT_GT(line->palette().color(QPalette::Base).lightness(), 200);
}

TEST_F(TensorEditorTest, typing_a_seed_redraws_the_random_tensor)
{
    SeedSpinBox* seed = editor.seedBox();
    seed->setFocus();
    seed->selectAll();
    QTest::keyClicks(seed, QStringLiteral("42"));
    QTest::keyClick(seed, Qt::Key_Return);
    ASSERT_TRUE(settle());
    EXPECT_EQ(state.tensor().seed, 42u);
    TorchGenerator generator(42);
    EXPECT_EQ(editor.model()->tensor()->f32, generator.randn(4));

    QTest::keyClick(seed, Qt::Key_Up);
    ASSERT_TRUE(settle());
    EXPECT_EQ(state.tensor().seed, 43u);
}

TEST_F(TensorEditorTest, in_place_form_shows_the_overwritten_input)
{
    ASSERT_TRUE(typeAndSettle(QStringLiteral("[2, -4, 5, -6]")));
    state.setSlope(0.4);
    state.setForm(CodeForm::Inplace);
    ASSERT_TRUE(QTest::qWaitFor([&] { return editor.model()->overwrittenBy().has_value(); }, 10'000));
    EXPECT_EQ(cell(1, Q::Input).toStdString(), "-1.6000");
    EXPECT_EQ(editor.model()->headerData(Q::Input, Qt::Horizontal, Qt::DisplayRole).toString().toStdString(),
              "x after in-place");
    // Editing still starts from the value before the call.
    EXPECT_EQ(editor.model()->index(1, Q::Input).data(Qt::EditRole).toString().toStdString(), "-4");

    state.setForm(CodeForm::Module);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !editor.model()->overwrittenBy().has_value(); }, 10'000));
    EXPECT_EQ(cell(1, Q::Input).toStdString(), "-4.");
}

// Every column at least as wide as its heading needs.
::testing::AssertionResult headingsWhole(const QTableView& table)
{
    const QHeaderView& header = *table.horizontalHeader();
    for (int section = 0; section < header.count(); ++section) {
        if (header.sectionSize(section) < header.sectionSizeHint(section))
            return ::testing::AssertionFailure()
                << "column " << section << " is " << header.sectionSize(section)
                << " wide for a heading needing " << header.sectionSizeHint(section);
    }
    return ::testing::AssertionSuccess();
}

// What the columns need side by side: each its heading or its widest number.
int columnsNeed(const QTableView& table)
{
    const QAbstractItemView& view = table; // QTableView hides sizeHintForColumn
    int needed = 0;
    for (int section = 0; section < table.horizontalHeader()->count(); ++section)
        needed
            += std::max(table.horizontalHeader()->sectionSizeHint(section), view.sizeHintForColumn(section));
    return needed;
}

// Resizes the editor so that its table's viewport is `room` wide.
::testing::AssertionResult giveTheTable(TensorEditor& editor, int room)
{
    QTableView& table = *editor.table();
    editor.resize(editor.width() - table.viewport()->width() + room, editor.height());
    if (QTest::qWaitFor([&] { return table.viewport()->width() == room; }, 2000))
        return ::testing::AssertionSuccess();
    return ::testing::AssertionFailure()
        << "the table is " << table.viewport()->width() << " wide for " << room;
}

// Beside the plot on a projector the table is narrower than five columns each as wide as the longest heading:
// each column takes what its own heading needs, the narrower ones share the rest, and none is cut or
// scrolled.
TEST_F(TensorEditorTest, columns_share_the_table_none_narrower_than_its_heading)
{
    QTableView& table = *editor.table();
    const QHeaderView& header = *table.horizontalHeader();
    ASSERT_EQ(header.count(), 5);
    int widest = 0;
    for (int section = 0; section < header.count(); ++section)
        widest = std::max(widest, header.sectionSizeHint(section));
    // Room for what they need, not for five of the widest.
    const int room = (columnsNeed(table) + 5 * widest) / 2;
    ASSERT_LT(room, 5 * widest);
    ASSERT_TRUE(giveTheTable(editor, room));
    EXPECT_TRUE(headingsWhole(table));
    EXPECT_EQ(header.length(), room);
    EXPECT_EQ(table.horizontalScrollBar()->maximum(), 0);
    // The x column, whose heading is short, shares in the room; LeakyReLU′(x) keeps what its heading needs.
    EXPECT_GT(header.sectionSize(Q::Input), header.sectionSizeHint(Q::Input));
    EXPECT_EQ(header.sectionSize(Q::LeakyReluGrad), header.sectionSizeHint(Q::LeakyReluGrad));
}

TEST_F(TensorEditorTest, a_table_too_narrow_for_its_columns_scrolls_rather_than_cut_a_heading)
{
    QTableView& table = *editor.table();
    ASSERT_TRUE(giveTheTable(editor, columnsNeed(table) - 40));
    EXPECT_TRUE(headingsWhole(table));
    EXPECT_GT(table.horizontalScrollBar()->maximum(), 0);
}

// In the in-place form the x column is headed "x after in-place", longer than "x": the column widens with it.
TEST_F(TensorEditorTest, the_in_place_heading_widens_its_column_to_be_read_whole)
{
    QTableView& table = *editor.table();
    ASSERT_TRUE(giveTheTable(editor, columnsNeed(table)));
    ASSERT_TRUE(headingsWhole(table));
    state.setForm(CodeForm::Inplace);
    ASSERT_TRUE(QTest::qWaitFor([&] { return editor.model()->overwrittenBy().has_value(); }, 10'000));
    QCoreApplication::processEvents();
    EXPECT_TRUE(headingsWhole(table));
}

TEST_F(TensorEditorTest, undo_and_redo_of_typing_cells_and_random)
{
    ASSERT_TRUE(typeAndSettle(QStringLiteral("[1, -2]")));
    EXPECT_EQ(undoStack.count(), 1); // one typing session is one step, however many keys
    QTest::keyClick(editor.expressionEdit(), Qt::Key_Return);
    ASSERT_TRUE(editor.model()->setData(editor.model()->index(1, Q::Input), QStringLiteral("3"), Qt::EditRole));
    ASSERT_TRUE(settle());
    EXPECT_EQ(expression(), "[1, 3]");

    undoStack.undo();
    ASSERT_TRUE(settle());
    EXPECT_EQ(expression(), "[1, -2]");
    EXPECT_EQ(editor.expressionEdit()->text().toStdString(), "[1, -2]");
    EXPECT_EQ(cell(1, Q::Input).toStdString(), "-2.");

    undoStack.undo();
    ASSERT_TRUE(settle());
    EXPECT_EQ(expression(), "torch.randn(4)");
    EXPECT_EQ(editor.model()->rowCount(), 4);

    undoStack.redo();
    undoStack.redo();
    ASSERT_TRUE(settle());
    EXPECT_EQ(editor.expressionEdit()->text().toStdString(), "[1, 3]");
}

TEST_F(TensorEditorTest, tutorial_list_in_the_editor_applies_an_example_as_one_undo_step)
{
    QComboBox* examples = editor.examplesBox();
    const int index = examples->findData(QStringLiteral("slope_0_4"));
    ASSERT_GE(index, 0);
    emit examples->activated(index);
    ASSERT_TRUE(settle());
    EXPECT_EQ(expression(), "torch.Tensor([2,-4,5,-6])");
    EXPECT_DOUBLE_EQ(state.slope(), 0.4);
    EXPECT_EQ(cell(1, Q::LeakyReluOutput).toStdString(), "-1.6000");
    EXPECT_EQ(undoStack.count(), 1);
    undoStack.undo();
    EXPECT_DOUBLE_EQ(state.slope(), 0.01);
    EXPECT_EQ(expression(), "torch.randn(4)");
}

// CPU time the calling thread has used: unlike the wall clock, it does not grow when a loaded machine
// (a build, other tests) takes the core away, so it measures the UI thread's own work.
double threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return static_cast<double>(now.tv_sec) * 1e3 + static_cast<double>(now.tv_nsec) / 1e6;
}

// The event loop must keep turning while a million numbers are parsed: a timer ticking every 2 ms
// measures the longest stretch of UI-thread work between two turns, and the longest wall-clock gap.
TEST_F(TensorEditorTest, pasting_a_million_elements_keeps_the_ui_responsive)
{
    const QString& list = millionElementList();
    QApplication::clipboard()->setText(list);

    QElapsedTimer sinceTick;
    qint64 longestGap = 0;
    double lastCpu = threadCpuMs();
    double longestCpu = 0.0;
    QTimer ticker;
    ticker.setInterval(2);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        longestGap = std::max(longestGap, sinceTick.restart());
        const double cpu = threadCpuMs();
        longestCpu = std::max(longestCpu, cpu - lastCpu);
        lastCpu = cpu;
    });
    QElapsedTimer total;
    total.start();
    sinceTick.start();
    ticker.start();
    QTest::mouseClick(editor.pasteButton(), Qt::LeftButton);
    const qint64 clickMs = total.elapsed();
    ASSERT_TRUE(QTest::qWaitFor([&] { return state.tensor().expression.size() > 1'000'000; }, 60'000));
    ASSERT_TRUE(settle(60'000));
    const qint64 totalMs = total.elapsed();
    ticker.stop();

    // For comparison: the same parse on the UI thread, as a synchronous editor would do it.
    const double directStart = threadCpuMs();
    TorchGenerator generator(0);
    const auto parsed = parseTensor(list.toStdString(), generator);
    const double directMs = threadCpuMs() - directStart;
    std::cout << "[ timing   ] 1,000,000-element paste: click handled in " << clickMs << " ms, table after "
              << totalMs << " ms; longest UI-thread work between event-loop turns " << longestCpu
              << " ms CPU (longest wall-clock gap " << longestGap << " ms); the parse alone: " << directMs
              << " ms CPU\n";

    ASSERT_TRUE(parsed.ok());
    EXPECT_LT(longestCpu, 50.0);
    EXPECT_LT(static_cast<double>(longestGap), directMs);
    EXPECT_TRUE(editor.expressionEdit()->isHoldingLongExpression());
    EXPECT_LT(editor.expressionEdit()->text().size(), 200);
    EXPECT_EQ(editor.model()->layout(), TensorTableModel::Layout::Summary);
    EXPECT_EQ(editor.model()->rowCount(), 0);
    EXPECT_TRUE(editor.summaryLabel()->text().contains(QStringLiteral("torch.Size([1000000])")));
    EXPECT_EQ(editor.model()->tensor()->f32, TorchGenerator(7).randn(1'000'000));
}

TEST_F(TensorEditorTest, typing_after_a_big_paste_wins_over_the_slow_parse)
{
    QApplication::clipboard()->setText(millionElementList());
    QTest::mouseClick(editor.pasteButton(), Qt::LeftButton);
    // Typing replaces the held list at once, while its parse is still running.
    typeExpression(QStringLiteral("[1, -1]"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return expression() == "[1, -1]"; }, 30'000));
    ASSERT_TRUE(settle(30'000));
    EXPECT_EQ(editor.model()->rowCount(), 2);
    EXPECT_FALSE(editor.expressionEdit()->isHoldingLongExpression());
    QTest::qWait(200);
    EXPECT_EQ(expression(), "[1, -1]"); // the stale paste never lands
}

TEST_F(TensorEditorTest, copy_of_a_held_long_expression_copies_all_of_it)
{
    editor.expressionEdit()->pasteExpression(millionElementList());
    editor.expressionEdit()->setFocus();
    QTest::keyClick(editor.expressionEdit(), Qt::Key_C, Qt::ControlModifier);
    EXPECT_EQ(QApplication::clipboard()->text().size(), millionElementList().size());
}

// The key's pink swatch carries its word in dark ink whatever the theme: light text on pink is unreadable.
TEST_F(TensorEditorTest, the_shading_key_reads_in_a_dark_palette_too)
{
    for (const bool dark : {false, true}) {
        QPalette palette = editor.palette();
        palette.setColor(QPalette::WindowText, dark ? QColor(230, 230, 230) : QColor(Qt::black));
        palette.setColor(QPalette::Window, dark ? QColor(45, 45, 48) : QColor(239, 239, 239));
        editor.setPalette(palette);
        const QImage key = editor.legendLabel()->grab().toImage();
        // The swatch: the pixels of its pink; its word: the darkest pixel within them.
        QRect swatch;
        for (int y = 0; y < key.height(); ++y) {
            for (int x = 0; x < key.width(); ++x) {
                if (key.pixelColor(x, y) == QColor(0xff, 0xc4, 0xc4))
                    swatch |= QRect(x, y, 1, 1);
            }
        }
        ASSERT_FALSE(swatch.isEmpty()) << (dark ? "dark" : "light");
        int darkest = 255;
        for (int y = swatch.top(); y <= swatch.bottom(); ++y) {
            for (int x = swatch.left(); x <= swatch.right(); ++x)
                darkest = std::min(darkest, key.pixelColor(x, y).lightness());
        }
        EXPECT_LT(darkest, 100) << (dark ? "dark" : "light") << " palette";
    }
}

} // namespace
} // namespace leakylab
