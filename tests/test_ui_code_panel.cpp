// The code panel through its widgets: the program per form, the output as PyTorch prints it, notes, Copy.
#include <QCheckBox>
#include <QClipboard>
#include <QLayout>
#include <QFontMetricsF>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTextDocument>
#include <cmath>
#include <QTextLayout>
#include <QTextBlock>

#include "gui_fixture.h"
#include "ui/code_panel.h"
#include "ui/lesson_evaluator.h"
#include "ui/lesson_state.h"
#include "ui/python_highlighter.h"

namespace leakylab {
namespace {

class CodePanelTest : public test::UiTest {
protected:
    CodePanelTest()
    {
        panel.resize(800, 700);
        test::showAndWait(panel);
    }

    bool settle()
    {
        return QTest::qWaitFor([this] { return panel.isOutputCurrent(); }, 10'000);
    }

    void setLesson(const std::string& expression, double slope)
    {
        state.setTensor(TensorInput{QString::fromStdString(expression), 0});
        state.setSlope(slope);
    }

    QString code() const { return panel.codeView()->toPlainText(); }

    LessonState state;
    LessonEvaluator evaluator{&state};
    CodePanel panel{&state, &evaluator};
};

TEST_F(CodePanelTest, module_form_builds_nn_leaky_relu_and_calls_it)
{
    setLesson("[2, -4, 5, -6]", 0.4);
    QTest::mouseClick(panel.formButton(CodeForm::Module), Qt::LeftButton);
    ASSERT_TRUE(settle());
    EXPECT_EQ(code().toStdString(),
              "import torch\n"
              "import torch.nn as nn\n"
              "\n"
              "x = torch.Tensor([2, -4, 5, -6])\n"
              "m = nn.LeakyReLU(negative_slope=0.4)\n"
              "y = m(x)\n"
              "print(y)\n");
    EXPECT_EQ(panel.outputText().toStdString(), "tensor([ 2.0000, -1.6000,  5.0000, -2.4000])\n");
    EXPECT_TRUE(panel.noteLabel()->isHidden());
}

TEST_F(CodePanelTest, functional_form_calls_f_leaky_relu)
{
    setLesson("[2, -4, 5, -6]", 0.4);
    QTest::mouseClick(panel.formButton(CodeForm::Functional), Qt::LeftButton);
    EXPECT_EQ(state.form(), CodeForm::Functional);
    ASSERT_TRUE(settle());
    EXPECT_TRUE(code().contains(QStringLiteral("import torch.nn.functional as F\n")));
    EXPECT_TRUE(code().contains(QStringLiteral("\ny = F.leaky_relu(x, negative_slope=0.4)\nprint(y)\n")));
    EXPECT_FALSE(code().contains(QStringLiteral("nn.LeakyReLU")));
}

TEST_F(CodePanelTest, in_place_form_prints_x_and_explains_that_x_holds_the_output)
{
    setLesson("[2, -4, 5, -6]", 0.4);
    QTest::mouseClick(panel.formButton(CodeForm::Inplace), Qt::LeftButton);
    ASSERT_TRUE(settle());
    EXPECT_TRUE(code().contains(QStringLiteral("\nF.leaky_relu(x, negative_slope=0.4, inplace=True)\n")));
    EXPECT_TRUE(code().endsWith(QStringLiteral("print(x)\n")));
    EXPECT_EQ(panel.outputText().toStdString(), "tensor([ 2.0000, -1.6000,  5.0000, -2.4000])\n");
    ASSERT_TRUE(panel.noteLabel()->isVisible());
    EXPECT_TRUE(panel.noteLabel()->text().contains(QStringLiteral("x now holds the output")));
}

TEST_F(CodePanelTest, relu_switch_writes_nn_relu_in_every_form)
{
    setLesson("[2, -3, 4, -6]", 0.6);
    QTest::mouseClick(panel.activationButton(Activation::Relu), Qt::LeftButton);
    EXPECT_EQ(state.activation(), Activation::Relu);
    ASSERT_TRUE(settle());
    EXPECT_TRUE(code().contains(QStringLiteral("\nm = nn.ReLU()\ny = m(x)\n")));
    EXPECT_EQ(panel.outputText().toStdString(), "tensor([2., 0., 4., 0.])\n");
    state.setForm(CodeForm::Functional);
    ASSERT_TRUE(settle());
    EXPECT_TRUE(code().contains(QStringLiteral("\ny = F.relu(x)\n")));
    state.setForm(CodeForm::Inplace);
    ASSERT_TRUE(settle());
    EXPECT_TRUE(code().contains(QStringLiteral("\nF.relu(x, inplace=True)\n")));
}

TEST_F(CodePanelTest, backward_prints_the_gradient)
{
    setLesson("[2, -4]", 0.25);
    QTest::mouseClick(panel.backwardBox(), Qt::LeftButton);
    EXPECT_TRUE(state.backward());
    ASSERT_TRUE(settle());
    EXPECT_TRUE(code().contains(QStringLiteral("y.sum().backward()\nprint(x.grad)\n")));
    EXPECT_EQ(panel.outputText().toStdString(), "tensor([ 2., -1.])\ntensor([1.0000, 0.2500])\n");
}

TEST_F(CodePanelTest, an_int64_tensor_shows_pytorchs_error)
{
    setLesson("torch.tensor([2, -4])", 0.1);
    ASSERT_TRUE(settle());
    EXPECT_EQ(panel.outputText().toStdString(), "RuntimeError: \"leaky_relu_cpu\" not implemented for 'Long'");
    EXPECT_TRUE(panel.noteLabel()->text().contains(QStringLiteral("int64")));
}

TEST_F(CodePanelTest, the_output_follows_the_slope)
{
    setLesson("[-1]", 0.5);
    ASSERT_TRUE(settle());
    EXPECT_EQ(panel.outputText().toStdString(), "tensor([-0.5000])\n");
    state.setSlope(0.25);
    ASSERT_TRUE(settle());
    EXPECT_EQ(panel.outputText().toStdString(), "tensor([-0.2500])\n");
    EXPECT_TRUE(code().contains(QStringLiteral("negative_slope=0.25)")));
}

// The program's box two lines high, as beside the plot on a 1280x720 projector, scrolled to `top`.
void showTwoLinesFrom(QPlainTextEdit& view, int top)
{
    const int lines = QFontMetrics(view.font()).lineSpacing() * 2;
    view.setFixedHeight(lines + 2 * view.frameWidth()
        + static_cast<int>(2 * view.document()->documentMargin())
        + view.horizontalScrollBar()->sizeHint().height());
    QCoreApplication::processEvents();
    view.verticalScrollBar()->setValue(top);
}

// Whether the line of `view` that holds `text` is in sight.
bool lineInView(const QPlainTextEdit& view, const QString& text)
{
    const QTextBlock block = view.document()->find(text).block();
    if (!block.isValid())
        return false;
    QTextCursor cursor(block);
    const QRect line = view.cursorRect(cursor);
    return view.viewport()->rect().contains(line);
}

TEST_F(CodePanelTest, a_low_program_box_keeps_its_place_as_the_slope_changes)
{
    setLesson("[2, -4, 5, -6]", 0.4);
    ASSERT_TRUE(settle());
    QPlainTextEdit& view = *panel.codeView();
    // Lines 3 and 4: x = ... and m = nn.LeakyReLU(negative_slope=0.4).
    showTwoLinesFrom(view, 3);
    ASSERT_TRUE(lineInView(view, QStringLiteral("negative_slope=0.4")));
    state.setSlope(0.5);
    ASSERT_TRUE(settle());
    EXPECT_EQ(view.verticalScrollBar()->value(), 3) << "the box jumped";
    EXPECT_TRUE(lineInView(view, QStringLiteral("negative_slope=0.5")));
}

TEST_F(CodePanelTest, a_low_program_box_brings_the_line_that_changed_into_view)
{
    setLesson("[2, -4, 5, -6]", 0.4);
    ASSERT_TRUE(settle());
    QPlainTextEdit& view = *panel.codeView();
    showTwoLinesFrom(view, 0);
    ASSERT_FALSE(lineInView(view, QStringLiteral("negative_slope=0.4")));
    state.setSlope(0.5);
    ASSERT_TRUE(settle());
    EXPECT_TRUE(lineInView(view, QStringLiteral("negative_slope=0.5")));
    // The tensor's line changes with a new tensor.
    state.setTensor(TensorInput {QStringLiteral("[1, -1]"), 0});
    ASSERT_TRUE(settle());
    EXPECT_TRUE(lineInView(view, QStringLiteral("x = torch.Tensor([1, -1])")));
}

// The line that last changed stays in view as the box gets lower: a guided lesson's step sets the slope while
// the box is tall, then lays the panels out again and leaves it a few lines.
TEST_F(CodePanelTest, the_line_that_changed_stays_in_view_as_the_box_gets_lower)
{
    setLesson("[2, -4, 5, -6]", 0.4);
    ASSERT_TRUE(settle());
    QPlainTextEdit& view = *panel.codeView();
    state.setSlope(0.5);
    ASSERT_TRUE(settle());
    ASSERT_EQ(view.verticalScrollBar()->maximum(), 0) << "the whole program in sight";
    view.setFixedHeight(QFontMetrics(view.font()).lineSpacing() * 2 + 2 * view.frameWidth()
        + static_cast<int>(2 * view.document()->documentMargin())
        + view.horizontalScrollBar()->sizeHint().height());
    EXPECT_TRUE(
        QTest::qWaitFor([&] { return lineInView(view, QStringLiteral("negative_slope=0.5")); }, 2000));
}

QRect placeIn(const QWidget& widget, const QWidget& panel)
{
    return QRect(widget.mapTo(&panel, QPoint(0, 0)), widget.size());
}

// Where the panel is wide enough the forms and the activation share a line, which leaves the program a line
// more; narrower, the activation's group moves to a line of its own, whole.
TEST_F(CodePanelTest, the_switches_take_one_line_where_both_groups_fit_and_never_split_a_group)
{
    const QRect module = placeIn(*panel.formButton(CodeForm::Module), panel);
    const QRect inPlace = placeIn(*panel.formButton(CodeForm::Inplace), panel);
    const QRect leaky = placeIn(*panel.activationButton(Activation::LeakyRelu), panel);
    const QRect backward = placeIn(*panel.backwardBox(), panel);
    EXPECT_EQ(leaky.center().y(), module.center().y());
    EXPECT_EQ(backward.center().y(), module.center().y());
    // The groups stand further apart than the buttons within them.
    const QRect functional = placeIn(*panel.formButton(CodeForm::Functional), panel);
    EXPECT_GT(leaky.left() - inPlace.right(), functional.left() - module.right());

    // Room for either group, not for both.
    panel.resize(backward.right() - module.left() - 40 + 2 * module.left(), panel.height());
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            return placeIn(*panel.activationButton(Activation::LeakyRelu), panel).top() > module.bottom();
        },
        2000));
    const QRect leakyBelow = placeIn(*panel.activationButton(Activation::LeakyRelu), panel);
    EXPECT_EQ(leakyBelow.left(), module.left());
    EXPECT_EQ(placeIn(*panel.backwardBox(), panel).center().y(), leakyBelow.center().y());
    EXPECT_EQ(placeIn(*panel.formButton(CodeForm::Inplace), panel).center().y(), module.center().y());
}

// Copy takes no line of its own from the program where it has room beside the activation's group: at the
// end of the one line where the panel is wide, and beside the activation's own line where the groups take a
// line each (the dock beside the plot on a 1280x720 projector).
TEST_F(CodePanelTest, copy_stands_at_the_right_of_the_switches_last_line)
{
    panel.resize(1200, panel.height());
    ASSERT_TRUE(QTest::qWaitFor([&] { return panel.width() == 1200; }, 2000));
    QCoreApplication::processEvents();
    const QRect module = placeIn(*panel.formButton(CodeForm::Module), panel);
    const QRect backwardInLine = placeIn(*panel.backwardBox(), panel);
    ASSERT_EQ(backwardInLine.center().y(), module.center().y()) << "the switches on one line";
    const int eitherGroup = backwardInLine.right() - module.left() - 40 + 2 * module.left();
    for (const int width : {1200, eitherGroup}) {
        panel.resize(width, panel.height());
        const auto besideBackward = [&] {
            const QRect copy = placeIn(*panel.copyButton(), panel);
            const QRect backward = placeIn(*panel.backwardBox(), panel);
            const QRect leaky = placeIn(*panel.activationButton(Activation::LeakyRelu), panel);
            // The program right under the switches.
            const int under = std::max(copy.bottom(), leaky.bottom()) + 1 + panel.layout()->spacing();
            return copy.right() == panel.width() - 1 - panel.layout()->contentsMargins().right()
                && copy.center().y() == backward.center().y() && copy.left() > backward.right()
                && placeIn(*panel.codeView(), panel).top() == under;
        };
        EXPECT_TRUE(QTest::qWaitFor(besideBackward, 2000))
            << "at " << width << " Copy is at " << placeIn(*panel.copyButton(), panel).topLeft().x() << ","
            << placeIn(*panel.copyButton(), panel).topLeft().y() << ", backward() at "
            << placeIn(*panel.backwardBox(), panel).topLeft().x() << ","
            << placeIn(*panel.backwardBox(), panel).topLeft().y() << ", the program from "
            << placeIn(*panel.codeView(), panel).top();
    }
}

// The line PyTorch prints shows whole in a narrow panel, smaller, as the plot's formula does, but never
// smaller than the panel's own text; wide again, it is back at its full size.
TEST_F(CodePanelTest, the_printed_line_shrinks_to_fit_a_narrow_box_and_grows_back)
{
    setLesson("torch.randn(4)", 0.01);
    ASSERT_TRUE(settle());
    QPlainTextEdit& output = *panel.outputView();
    const QString line = QStringLiteral("tensor([ 1.5410, -0.0029, -0.0218,  0.5684])");
    ASSERT_EQ(output.toPlainText(), line);
    const QFont full = output.font();
    ASSERT_EQ(output.horizontalScrollBar()->maximum(), 0);
    const double fullWidth = QFontMetricsF(full).horizontalAdvance(line);
    QFont least = full;
    least.setPointSizeF(panel.font().pointSizeF());
    const double leastWidth = QFontMetricsF(least).horizontalAdvance(line);
    ASSERT_LT(leastWidth + 40, fullWidth);

    // Room for the line at a size between the two: the viewport's width less its side margins.
    const int around = panel.width() - output.viewport()->width();
    const auto margins = static_cast<int>(std::ceil(2 * output.document()->documentMargin()));
    panel.resize(static_cast<int>((fullWidth + leastWidth) / 2) + margins + around, panel.height());
    ASSERT_TRUE(QTest::qWaitFor([&] { return output.font().pointSizeF() < full.pointSizeF(); }, 2000));
    QCoreApplication::processEvents();
    EXPECT_EQ(output.horizontalScrollBar()->maximum(), 0) << "the printed line is cut";
    EXPECT_GT(output.font().pointSizeF(), least.pointSizeF());

    // Narrower than the line at the panel's text size: that size, and the box scrolls.
    panel.resize(static_cast<int>(leastWidth / 2) + margins + around, panel.height());
    ASSERT_TRUE(QTest::qWaitFor([&] { return output.font().pointSizeF() <= least.pointSizeF(); }, 2000));
    EXPECT_EQ(output.font().pointSizeF(), least.pointSizeF());

    panel.resize(800, panel.height());
    ASSERT_TRUE(QTest::qWaitFor([&] { return output.font() == full; }, 2000));
}

TEST_F(CodePanelTest, copy_puts_the_whole_program_on_the_clipboard)
{
    setLesson("torch.randn(3)", 0.2);
    ASSERT_TRUE(settle());
    QTest::mouseClick(panel.copyButton(), Qt::LeftButton);
    EXPECT_EQ(QApplication::clipboard()->text(), panel.program());
    EXPECT_TRUE(panel.program().contains(QStringLiteral("torch.manual_seed(0)\nx = torch.randn(3)\n")));
}

TEST_F(CodePanelTest, a_long_tensor_line_is_shortened_on_screen_only)
{
    std::string list = "[";
    for (int i = 0; i < 5000; ++i)
        list += (i ? ", " : "") + std::to_string(i);
    list += "]";
    setLesson(list, 0.1);
    ASSERT_TRUE(settle());
    for (const QString& line : code().split(QLatin1Char('\n')))
        EXPECT_LE(line.size(), CodePanel::kMaxShownLineChars);
    EXPECT_TRUE(panel.program().contains(QString::fromStdString("x = torch.Tensor(" + list + ")\n")));
    EXPECT_TRUE(panel.outputText().startsWith(QStringLiteral("tensor([0.0000e+00, 1.0000e+00,")));
    EXPECT_TRUE(panel.outputText().contains(QStringLiteral("...")));
}

TEST_F(CodePanelTest, the_code_is_monospace_and_coloured)
{
    // Every character PyTorch prints takes the same width, so its columns line up.
    for (QPlainTextEdit* view : {panel.codeView(), panel.outputView()}) {
        const QFontMetrics metrics(view->font());
        for (const QChar c : QStringLiteral("il.-,([W0e+ "))
            EXPECT_EQ(metrics.horizontalAdvance(c), metrics.horizontalAdvance(QLatin1Char('0'))) << QString(c).toStdString();
    }
    EXPECT_GT(panel.outputView()->font().pointSizeF(), panel.font().pointSizeF()); // larger, for the back row
    const QString line = QStringLiteral("m = nn.LeakyReLU(negative_slope=0.4)  # the slope");
    EXPECT_EQ(PythonHighlighter::categoryAt(line, static_cast<int>(line.indexOf(QStringLiteral("0.4")))).toStdString(), "number");
    EXPECT_EQ(PythonHighlighter::categoryAt(line, 4).toStdString(), "module");
    EXPECT_EQ(PythonHighlighter::categoryAt(line, 8).toStdString(), "call");
    EXPECT_EQ(PythonHighlighter::categoryAt(line, static_cast<int>(line.indexOf(QLatin1Char('#')))).toStdString(), "comment");
    EXPECT_EQ(PythonHighlighter::categoryAt(QStringLiteral("import torch"), 0).toStdString(), "keyword");
    // The highlighter has coloured the view's first line, once the program is shown: "import" is not in the
    // default colour.
    ASSERT_TRUE(settle());
    const QTextBlock first = panel.codeView()->document()->firstBlock();
    ASSERT_FALSE(first.layout()->formats().isEmpty());
}

// WCAG's contrast ratio between two colours: 4.5 or more reads as body text.
double contrast(const QColor& a, const QColor& b)
{
    auto luminance = [](const QColor& c) {
        auto linear = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * linear(c.redF()) + 0.7152 * linear(c.greenF()) + 0.0722 * linear(c.blueF());
    };
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// Every coloured word of the program reads against the field it is on, in a light palette and a dark one
// (the dark theme's), and the colours change when the palette does.
TEST_F(CodePanelTest, syntax_colours_read_on_a_light_field_and_on_a_dark_one)
{
    ASSERT_TRUE(settle());
    for (const bool dark : {true, false}) {
        QPalette palette = panel.palette();
        palette.setColor(QPalette::Base, dark ? QColor(30, 30, 32) : QColor(Qt::white));
        palette.setColor(QPalette::Text, dark ? QColor(230, 230, 230) : QColor(Qt::black));
        panel.setPalette(palette);
        const QColor field = panel.codeView()->palette().color(QPalette::Base);
        int coloured = 0;
        for (QTextBlock block = panel.codeView()->document()->firstBlock(); block.isValid(); block = block.next()) {
            for (const QTextLayout::FormatRange& range : block.layout()->formats()) {
                const QColor ink = range.format.foreground().color();
                EXPECT_GE(contrast(ink, field), 4.5)
                    << (dark ? "dark" : "light") << " field, " << ink.name().toStdString() << " at \""
                    << block.text().mid(range.start, range.length).toStdString() << "\"";
                ++coloured;
            }
        }
        EXPECT_GT(coloured, 5);
    }
}

} // namespace
} // namespace leakylab
