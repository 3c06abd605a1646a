// Core's messages in the window's language: parser, lesson and training-settings messages in Chinese under
// zh_CN, and unchanged in English.
#include <QFile>
#include <QLabel>
#include <QTemporaryDir>

#include <memory>
#include <nlohmann/json.hpp>

#include "core/lesson.h"
#include "core/tensor_parser.h"
#include "core/torch_random.h"
#include "gui_fixture.h"
#include "ui/code_panel.h"
#include "ui/core_message.h"
#include "ui/expression_line_edit.h"
#include "ui/language_menu.h"
#include "ui/lesson_document.h"
#include "ui/lesson_evaluator.h"
#include "ui/lesson_state.h"
#include "ui/main_window.h"
#include "ui/tensor_editor.h"
#include "ui/training_panel.h"
#include "ui/training_settings.h"

namespace leakylab {
namespace {

using nlohmann::json;

Error parseError(const std::string& text)
{
    TorchGenerator generator(0);
    auto r = parseTensor(text, generator);
    EXPECT_FALSE(r.ok()) << text;
    return r.ok() ? Error {std::string("(accepted)")} : r.error();
}

class CoreMessageTest : public test::UiTest {
protected:
    ~CoreMessageTest() override { LanguageMenu::installTranslation(QStringLiteral("en")); }

    static void chinese() { ASSERT_TRUE(LanguageMenu::installTranslation(QStringLiteral("zh_CN"))); }
    static void english() { LanguageMenu::installTranslation(QStringLiteral("en")); }

    // What the tensor editor shows under the line once `text` is typed.
    static QString editorMessageFor(const QString& text)
    {
        LessonState state;
        LessonEvaluator evaluator {&state};
        TensorEditor editor {&state, &evaluator};
        editor.resize(900, 600);
        test::showAndWait(editor);
        ExpressionLineEdit* line = editor.expressionEdit();
        line->setFocus();
        line->selectAll();
        for (const QChar c : text) {
            if (c.unicode() < 0x80)
                QTest::keyClick(line, c.toLatin1());
            else // QTest's key clicks are ASCII only: a key without a code, typing the character
                QTest::sendKeyEvent(QTest::Click, line, Qt::Key_unknown, QString(c), Qt::NoModifier);
        }
        if (!QTest::qWaitFor([&] { return editor.errorLabel()->isVisible(); }, 10'000))
            return QStringLiteral("(no message)");
        return editor.errorLabel()->text();
    }

    // The one problem reported when the window opens a file holding `bytes`.
    QString openingProblem(const QString& name, const std::string& bytes)
    {
        const QString path = dir.filePath(name);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes.data(), static_cast<qint64>(bytes.size()));
        file.close();
        MainWindow window;
        QStringList errors;
        window.lessonDocument()->setErrorSink([&](const QString&, const QString& message) { errors << message; });
        EXPECT_FALSE(window.lessonDocument()->open(path));
        return errors.size() == 1 ? errors.front() : errors.join(QStringLiteral(" | "));
    }

    // The training panel's status once it has taken settings too long for one run.
    static QString refusalShown()
    {
        TrainingPanel panel;
        panel.resize(1500, 900);
        test::showAndWait(panel);
        SimulationConfig c = panel.settings()->config();
        c.samples = 2000;
        c.hidden = 64;
        c.layers = 8;
        c.batchSize = 0;
        c.steps = 100000;
        panel.settings()->setConfig(c);
        if (!QTest::qWaitFor([&] { return panel.state() == TrainingState::Invalid; }, 10'000))
            return QStringLiteral("(accepted)");
        return panel.statusLabel()->text();
    }

    static std::string badTensorLesson()
    {
        Lesson lesson;
        lesson.tensorExpression = "torch.randn(4";
        return lessonToJson(lesson);
    }

    static std::string wrongFormatLesson()
    {
        json doc = json::parse(lessonToJson(Lesson {}));
        doc["format"] = "x";
        return doc.dump();
    }

    QTemporaryDir dir;
};

TEST_F(CoreMessageTest, chinese_parser_messages_are_translated_with_their_arguments)
{
    chinese();
    EXPECT_EQ(localizedMessage(parseError("[[1, 2], [3]]")), QStringLiteral("第 1 维应该是长度为 2 的序列（实际长度为 1）"));
    EXPECT_EQ(localizedMessage(parseError("torch.zeros(2, dtype=torch.float64)")),
              QStringLiteral("这里不支持 torch.float64：请使用 torch.float32 或 torch.int64"));
    // Arguments that are phrases are translated too; what the student typed stays as typed.
    EXPECT_EQ(localizedMessage(parseError("[1, 2,, 3]")), QStringLiteral("不应在此处出现','，这里应该是数字或 '['"));
    EXPECT_EQ(localizedMessage(parseError("torch.")), QStringLiteral("不应在此处出现输入的末尾，这里应该是'.' 后面的名称"));
}

TEST_F(CoreMessageTest, chinese_keeps_an_argument_that_looks_like_a_placeholder)
{
    chinese();
    json doc = json::parse(lessonToJson(Lesson {}));
    doc["%2"] = 1;
    const auto read = lessonFromJson(doc.dump());
    ASSERT_FALSE(read.ok());
    EXPECT_EQ(localizedMessage(read.error()), QStringLiteral("未知字段 \"%2\""));
}

TEST_F(CoreMessageTest, text_made_without_a_template_is_shown_as_it_is)
{
    chinese();
    const Error pytorch {std::string("\"leaky_relu_cpu\" not implemented for 'Long'")};
    EXPECT_EQ(localizedMessage(pytorch), QStringLiteral("\"leaky_relu_cpu\" not implemented for 'Long'"));
}

TEST_F(CoreMessageTest, english_messages_are_the_cores_text)
{
    english();
    for (const char* text : {"[[1, 2], [3]]", "[1, 2,, 3]", "torch.", "torch.randn(2, dtype=torch.int64)", "[1, \xC3\xA9]"}) {
        const Error e = parseError(text);
        EXPECT_EQ(localizedMessage(e).toStdString(), e.message) << text;
    }
    EXPECT_EQ(localizedMessage(parseError("[1 2]")), QStringLiteral("unexpected '2': expected ',' or ']'"));
}

TEST_F(CoreMessageTest, chinese_tensor_editor_shows_the_parsers_message_in_chinese_at_its_character)
{
    chinese();
    EXPECT_EQ(editorMessageFor(QStringLiteral("[1, 2")),
              QStringLiteral("第 1 个字符：列表没有闭合：这个 '[' 始终没有对应的 ']'"));
    EXPECT_EQ(editorMessageFor(QStringLiteral("[2, -4,, 5]")),
              QStringLiteral("第 8 个字符：不应在此处出现','，这里应该是数字或 '['"));
    // A typographic minus sign, as pasted from a slide.
    EXPECT_EQ(editorMessageFor(QStringLiteral("[\u2212" "1, x]")),
              QStringLiteral("第 2 个字符：'\u2212' 在 Python 中不是减号：请输入 '-'"));
}

TEST_F(CoreMessageTest, english_tensor_editor_message_is_unchanged)
{
    english();
    EXPECT_EQ(editorMessageFor(QStringLiteral("[1, 2")),
              QStringLiteral("Character 1: unterminated list: this '[' is never closed"));
}

TEST_F(CoreMessageTest, chinese_code_panel_says_why_the_tensor_cannot_be_read)
{
    chinese();
    LessonState state;
    LessonEvaluator evaluator {&state};
    CodePanel panel {&state, &evaluator};
    panel.resize(800, 700);
    test::showAndWait(panel);
    state.setTensor(TensorInput {QStringLiteral("torch.zeros(2, -3)"), 0});
    ASSERT_TRUE(QTest::qWaitFor([&] { return panel.isOutputCurrent(); }, 10'000));
    EXPECT_EQ(panel.outputText(), QStringLiteral("LeakyLab 无法读取这个张量：尺寸不能是负数"));
}

TEST_F(CoreMessageTest, chinese_bad_lesson_says_what_is_wrong_in_chinese)
{
    chinese();
    EXPECT_EQ(openingProblem(QStringLiteral("bad.leakylab"), wrongFormatLesson()),
              QStringLiteral("无法打开“bad.leakylab”。这不是 LeakyLab 课程（\"format\" 是 \"x\"）。"));
    EXPECT_EQ(openingProblem(QStringLiteral("bad-tensor.leakylab"), badTensorLesson()),
              QStringLiteral("无法打开“bad-tensor.leakylab”。它的张量表达式无法读取：括号没有闭合：这个 '(' 始终没有对应的 ')'"));
}

TEST_F(CoreMessageTest, english_bad_lesson_message_is_unchanged)
{
    english();
    EXPECT_EQ(openingProblem(QStringLiteral("bad.leakylab"), wrongFormatLesson()),
              QStringLiteral("“bad.leakylab” could not be opened. This is not a LeakyLab lesson (\"format\" is \"x\")."));
    EXPECT_EQ(openingProblem(QStringLiteral("bad-tensor.leakylab"), badTensorLesson()),
              QStringLiteral("“bad-tensor.leakylab” could not be opened. Its tensor expression cannot be read: "
                             "unterminated parentheses: this '(' is never closed"));
}

TEST_F(CoreMessageTest, chinese_training_panel_says_why_settings_cannot_run_in_chinese)
{
    chinese();
    EXPECT_EQ(refusalShown(), QStringLiteral("这些设置无法运行：这次训练太长，无法一次完成（超过 10^12 次乘加运算）："
                                             "请减少步数、样本数、隐藏单元数或层数"));
}

TEST_F(CoreMessageTest, english_training_panel_refusal_is_unchanged)
{
    english();
    EXPECT_EQ(refusalShown(), QStringLiteral("These settings cannot run: this run is too long for one go (over 10^12 "
                                             "multiply-adds): lower the steps, samples, hidden units or layers"));
}

} // namespace
} // namespace leakylab
