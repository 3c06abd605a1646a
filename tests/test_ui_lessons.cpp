// Lessons through the real window: save and open give back the same state, broken files change nothing and
// say why, the unsaved-changes mark follows edits and saves, closing asks, settings and layout are remembered.
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDockWidget>
#include <QFile>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QSettings>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QUrl>

#include <nlohmann/json.hpp>

#include "core/lesson.h"
#include "gui_fixture.h"
#include "ui/activation_plot.h"
#include "ui/lesson_document.h"
#include "ui/lesson_notes_panel.h"
#include "ui/lesson_state.h"
#include "ui/main_window.h"
#include "ui/plot_range.h"
#include "ui/recent_lessons_menu.h"
#include "ui/slope_control.h"
#include "ui/theme_menu.h"
#include "ui/training_dock.h"
#include "ui/training_panel.h"
#include "ui/training_settings.h"

namespace leakylab {
namespace {

using nlohmann::json;

// A window whose problems land in a list instead of a message box, and whose unsaved-changes question is
// answered by the test.
struct TestWindow {
    TestWindow()
    {
        window = std::make_unique<MainWindow>();
        window->resize(1280, 720);
        test::showAndWait(*window);
        document().setErrorSink([this](const QString&, const QString& message) { errors << message; });
        document().setSavePrompt([this](const QString& name) {
            asked << name;
            return answer;
        });
    }
    LessonDocument& document() const { return *window->lessonDocument(); }
    ActivationPlot& plot() const { return *window->plot(); }
    LessonNotesPanel& notes() const { return *window->lessonNotesPanel(); }
    // The unsaved-changes mark, once the deferred check has run.
    bool marked() const
    {
        QTest::qWait(20);
        return window->isWindowModified();
    }

    std::unique_ptr<MainWindow> window;
    QStringList errors;
    QStringList asked;
    QMessageBox::StandardButton answer = QMessageBox::Cancel;
};

class LessonTest : public test::UiTest {
protected:
    QString path(const QString& name) const { return dir.filePath(name); }
    QString writeFile(const QString& name, const QByteArray& bytes) const
    {
        QFile file(path(name));
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        return path(name);
    }
    // Sets every part of the window a lesson holds, the way a teacher does.
    static void setUp(TestWindow& w)
    {
        w.window->slopeControl()->setSlope(0.37);
        showXRange(w.plot(), -2.5, 7.75);
        w.window->curveAction(Curve::ReluGrad)->trigger();
        w.notes().titleEdit()->setFocus();
        QTest::keyClicks(w.notes().titleEdit(), QStringLiteral("Dying ReLU"));
        w.notes().notesEdit()->setPlainText(QStringLiteral("Set the slope to 0.\nAsk: which units still learn?"));
        w.window->themeMenu()->action(Theme::Dark)->trigger();
        w.window->lessonState()->setTensor({QStringLiteral("torch.tensor([[-1.5, 2.0], [0.25, -3.0]])"), 7});
        w.window->lessonState()->setForm(CodeForm::Inplace);
        SimulationConfig training = w.window->trainingDock()->config();
        training.dataset = DatasetKind::Circles;
        training.steps = 321;
        w.window->trainingDock()->setConfig(training);
    }

    QTemporaryDir dir;
};

TEST_F(LessonTest, saving_and_opening_in_a_fresh_window_gives_the_same_state)
{
    TestWindow first;
    setUp(first);
    const Lesson before = first.document().lesson();
    ASSERT_TRUE(first.document().saveTo(path("class.leakylab"))) << first.errors.join('\n').toStdString();

    TestWindow second;
    ASSERT_TRUE(second.document().open(path("class.leakylab"))) << second.errors.join('\n').toStdString();
    EXPECT_EQ(second.document().lesson(), before);
    EXPECT_DOUBLE_EQ(second.window->slopeControl()->slope(), 0.37);
    EXPECT_DOUBLE_EQ(second.plot().slope(), 0.37);
    EXPECT_EQ(second.plot().xAxis->range().lower, -2.5);
    EXPECT_EQ(second.plot().xAxis->range().upper, 7.75);
    EXPECT_FALSE(second.plot().isCurveVisible(Curve::ReluGrad));
    EXPECT_TRUE(second.plot().isCurveVisible(Curve::LeakyReluGrad));
    EXPECT_FALSE(second.window->curveAction(Curve::ReluGrad)->isChecked());
    EXPECT_EQ(second.notes().title(), QStringLiteral("Dying ReLU"));
    EXPECT_EQ(second.notes().notes(), QStringLiteral("Set the slope to 0.\nAsk: which units still learn?"));
    EXPECT_EQ(second.window->themeMenu()->theme(), Theme::Dark);
    EXPECT_EQ(second.window->lessonState()->tensor().expression,
              QStringLiteral("torch.tensor([[-1.5, 2.0], [0.25, -3.0]])"));
    EXPECT_EQ(second.window->lessonState()->tensor().seed, 7u);
    EXPECT_EQ(second.window->lessonState()->form(), CodeForm::Inplace);
    EXPECT_EQ(second.window->trainingDock()->config().dataset, DatasetKind::Circles);
    EXPECT_EQ(second.window->trainingDock()->config().steps, 321u);
    EXPECT_FALSE(second.marked());
    EXPECT_EQ(second.window->windowTitle(), QStringLiteral("class.leakylab[*] — LeakyLab"));
}

// The notes field keeps what a teacher pastes within the file's limit, so a lesson saved with it opens again.
TEST_F(LessonTest, notes_pasted_past_the_file_limit_still_save_and_open)
{
    TestWindow first;
    QPlainTextEdit& notes = *first.notes().notesEdit();
    notes.setFocus();
    QApplication::clipboard()->setText(QString(100'000, QChar(u'漢')));
    QTest::keyClick(&notes, Qt::Key_V, Qt::ControlModifier);
    const QString kept = first.notes().notes();
    ASSERT_FALSE(kept.isEmpty());
    ASSERT_TRUE(first.document().saveTo(path("long.leakylab"))) << first.errors.join('\n').toStdString();

    TestWindow second;
    ASSERT_TRUE(second.document().open(path("long.leakylab"))) << second.errors.join('\n').toStdString();
    EXPECT_EQ(second.notes().notes(), kept);
}

TEST_F(LessonTest, tensor_form_and_training_settings_reach_their_panels)
{
    Lesson lesson;
    lesson.activation = Activation::Relu;
    lesson.tensorExpression = "torch.randn(2, 3)";
    lesson.seed = 1234;
    lesson.codeForm = CodeForm::Functional;
    lesson.simulation.dataset = DatasetKind::Spiral;
    lesson.simulation.steps = 777;
    writeFile("other.leakylab", QByteArray::fromStdString(lessonToJson(lesson)));
    TestWindow w;
    ASSERT_TRUE(w.document().open(path("other.leakylab"))) << w.errors.join('\n').toStdString();
    const LessonState& state = *w.window->lessonState();
    EXPECT_EQ(state.activation(), Activation::Relu);
    EXPECT_EQ(state.tensor().expression, QStringLiteral("torch.randn(2, 3)"));
    EXPECT_EQ(state.tensor().seed, 1234u);
    EXPECT_EQ(state.form(), CodeForm::Functional);
    // The training panel is made when shown, with the lesson's settings.
    w.window->trainingDock()->show();
    const SimulationConfig shown = w.window->trainingDock()->panel()->settings()->config();
    EXPECT_EQ(shown.dataset, DatasetKind::Spiral);
    EXPECT_EQ(shown.steps, 777u);
    EXPECT_FALSE(w.marked());
}

TEST_F(LessonTest, a_tensor_expression_the_editor_would_refuse_keeps_the_current_lesson)
{
    TestWindow w;
    const Lesson before = w.document().lesson();
    Lesson lesson;
    lesson.tensorExpression = "torch.randn(4";
    writeFile("bad-tensor.leakylab", QByteArray::fromStdString(lessonToJson(lesson)));
    EXPECT_FALSE(w.document().open(path("bad-tensor.leakylab")));
    ASSERT_EQ(w.errors.size(), 1);
    EXPECT_TRUE(w.errors.front().contains(QLatin1String("tensor"))) << w.errors.front().toStdString();
    EXPECT_EQ(w.document().lesson(), before);
    EXPECT_EQ(w.window->lessonState()->tensor().expression, QStringLiteral("torch.randn(4)"));
}

// Each kind of broken or hostile file: opening it changes nothing in the window and names the problem.
TEST_F(LessonTest, a_broken_lesson_keeps_the_current_state_and_says_what_is_wrong)
{
    const json good = json::parse(lessonToJson(Lesson {}));
    const auto with = [&](const std::function<void(json&)>& change) {
        json doc = good;
        change(doc);
        return QByteArray::fromStdString(doc.dump());
    };
    std::string deep = R"({"format":"leakylab-lesson","version":1,"title":)";
    for (int i = 0; i < 100; ++i)
        deep += "[";
    const struct {
        const char* name;
        QByteArray bytes;
        const char* mentions; // what the message must name
    } broken[] = {
        {"wrong type", with([](json& d) { d["negative_slope"] = "steep"; }), "negative_slope"},
        {"missing field", with([](json& d) { d.erase("x_range"); }), "x_range"},
        {"unknown field", with([](json& d) { d["colour"] = "red"; }), "colour"},
        {"nested unknown field", with([](json& d) { d["curves"]["tanh"] = true; }), "curves.tanh"},
        {"out of range", with([](json& d) { d["simulation"]["hidden"] = 100000; }), "simulation.hidden"},
        {"reversed range", with([](json& d) { d["x_range"] = {5, -5}; }), "x_range"},
        {"beyond the slope control", with([](json& d) { d["negative_slope"] = 500; }), "negative_slope"},
        {"newer version", with([](json& d) { d["version"] = 7; }), "newer"},
        {"not a lesson", with([](json& d) { d["format"] = "something-else"; }), "format"},
        {"truncated", QByteArray::fromStdString(lessonToJson(Lesson {})).left(120), "JSON"},
        {"deep nesting", QByteArray::fromStdString(deep), "nests"},
        {"empty", QByteArray(), "JSON"},
        {"huge", QByteArray("{\"title\": \"") + QByteArray(33 << 20, 'x') + "\"}", "too large"},
    };

    TestWindow w;
    setUp(w);
    QTest::keyClick(w.window->slopeControl()->slider(), Qt::Key_Right); // an undo step to keep
    const Lesson before = w.document().lesson();
    const int undoSteps = w.window->undoStack()->count();
    for (const auto& file : broken) {
        w.errors.clear();
        const QString p = writeFile(QStringLiteral("broken.leakylab"), file.bytes);
        EXPECT_FALSE(w.document().open(p)) << file.name;
        ASSERT_EQ(w.errors.size(), 1) << file.name;
        EXPECT_TRUE(w.errors.front().contains(QLatin1String(file.mentions))) << file.name << ": "
                                                                              << w.errors.front().toStdString();
        EXPECT_TRUE(w.errors.front().contains(QLatin1String("broken.leakylab"))) << file.name;
        EXPECT_EQ(w.document().lesson(), before) << file.name;
        EXPECT_EQ(w.window->undoStack()->count(), undoSteps) << file.name;
        EXPECT_TRUE(w.document().filePath().isEmpty()) << file.name;
        EXPECT_TRUE(w.asked.isEmpty()) << file.name << ": asked to save although nothing would be opened";
    }
    for (const QString& missing : {path("no-such.leakylab"), dir.path()}) {
        w.errors.clear();
        EXPECT_FALSE(w.document().open(missing));
        EXPECT_EQ(w.errors.size(), 1);
        EXPECT_EQ(w.document().lesson(), before);
    }
}

TEST_F(LessonTest, the_unsaved_mark_follows_a_slope_change_and_clears_on_save)
{
    TestWindow w;
    EXPECT_EQ(w.window->windowTitle(), QStringLiteral("Untitled[*] — LeakyLab"));
    EXPECT_FALSE(w.marked());
    QTest::keyClick(w.window->slopeControl()->slider(), Qt::Key_Right);
    EXPECT_TRUE(w.marked());
    ASSERT_TRUE(w.document().saveTo(path("marked.leakylab")));
    EXPECT_FALSE(w.marked());
    EXPECT_EQ(w.window->windowTitle(), QStringLiteral("marked.leakylab[*] — LeakyLab"));
    w.window->undoStack()->undo();
    EXPECT_TRUE(w.marked()) << "undoing past the save is a change";
    w.window->undoStack()->redo();
    EXPECT_FALSE(w.marked());
}

TEST_F(LessonTest, other_edits_mark_it_too)
{
    TestWindow w;
    QTest::keyClicks(w.notes().titleEdit(), QStringLiteral("Today"));
    EXPECT_TRUE(w.marked());
    w.notes().titleEdit()->selectAll();
    QTest::keyClick(w.notes().titleEdit(), Qt::Key_Backspace);
    EXPECT_FALSE(w.marked()) << "back as it was";
    w.window->curveAction(Curve::Relu)->trigger();
    EXPECT_TRUE(w.marked());
    w.window->curveAction(Curve::Relu)->trigger();
    EXPECT_FALSE(w.marked());
    w.plot().xAxis->setRange(-1.0, 1.0);
    EXPECT_TRUE(w.marked());
}

TEST_F(LessonTest, closing_with_unsaved_changes_asks_and_cancel_keeps_the_window)
{
    TestWindow w;
    w.window->close();
    EXPECT_TRUE(w.asked.isEmpty()) << "nothing changed, nothing to ask";

    ASSERT_TRUE(test::showAndWait(*w.window));
    QTest::keyClick(w.window->slopeControl()->slider(), Qt::Key_Right);
    w.answer = QMessageBox::Cancel;
    EXPECT_FALSE(w.window->close());
    EXPECT_EQ(w.asked, QStringList {QStringLiteral("Untitled")});
    EXPECT_TRUE(w.window->isVisible());
    w.answer = QMessageBox::Discard;
    EXPECT_TRUE(w.window->close());
}

TEST_F(LessonTest, saving_from_the_question_writes_the_file_then_closes)
{
    TestWindow w;
    ASSERT_TRUE(w.document().saveTo(path("ask.leakylab")));
    w.window->slopeControl()->setSlope(0.6);
    ASSERT_TRUE(test::showAndWait(*w.window));
    w.answer = QMessageBox::Save;
    EXPECT_TRUE(w.window->close());
    TestWindow reopened;
    ASSERT_TRUE(reopened.document().open(path("ask.leakylab")));
    EXPECT_DOUBLE_EQ(reopened.window->slopeControl()->slope(), 0.6);
}

TEST_F(LessonTest, opening_asks_about_unsaved_changes_first)
{
    writeFile("fine.leakylab", QByteArray::fromStdString(lessonToJson(Lesson {})));
    TestWindow w;
    w.window->slopeControl()->setSlope(0.2);
    w.answer = QMessageBox::Cancel;
    EXPECT_FALSE(w.document().open(path("fine.leakylab")));
    EXPECT_DOUBLE_EQ(w.window->slopeControl()->slope(), 0.2);
    w.answer = QMessageBox::Discard;
    EXPECT_TRUE(w.document().open(path("fine.leakylab")));
    EXPECT_DOUBLE_EQ(w.window->slopeControl()->slope(), 0.01);
    EXPECT_EQ(w.window->undoStack()->count(), 0);
}

TEST_F(LessonTest, new_lesson_starts_from_the_defaults)
{
    TestWindow w;
    setUp(w);
    w.answer = QMessageBox::Discard;
    ASSERT_TRUE(w.document().newLesson());
    Lesson expected;
    expected.theme = Theme::Dark; // the room's theme stays
    EXPECT_EQ(w.document().lesson(), expected);
    EXPECT_FALSE(w.marked());
}

TEST_F(LessonTest, a_lesson_file_dropped_on_the_window_opens)
{
    Lesson lesson;
    lesson.negativeSlope = 0.4;
    writeFile("dropped.leakylab", QByteArray::fromStdString(lessonToJson(lesson)));
    TestWindow w;
    ASSERT_TRUE(test::showAndWait(*w.window));
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path("dropped.leakylab"))});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(w.window.get(), &enter);
    EXPECT_TRUE(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(w.window.get(), &drop);
    EXPECT_TRUE(QTest::qWaitFor([&] { return !w.document().filePath().isEmpty(); }, 2000));
    EXPECT_DOUBLE_EQ(w.window->slopeControl()->slope(), 0.4);

    QMimeData other;
    other.setUrls({QUrl::fromLocalFile(path("picture.png"))});
    QDragEnterEvent refused(QPoint(10, 10), Qt::CopyAction, &other, Qt::LeftButton, Qt::NoModifier);
    refused.setAccepted(false);
    QCoreApplication::sendEvent(w.window.get(), &refused);
    EXPECT_FALSE(refused.isAccepted());
}

TEST_F(LessonTest, saved_and_opened_lessons_are_listed_in_open_recent)
{
    writeFile("a.leakylab", QByteArray::fromStdString(lessonToJson(Lesson {})));
    {
        TestWindow w;
        ASSERT_TRUE(w.document().saveTo(path("b.leakylab")));
        ASSERT_TRUE(w.document().open(path("a.leakylab")));
    }
    TestWindow later;
    EXPECT_EQ(later.document().recentMenu()->files(),
              (QStringList {QFileInfo(path("a.leakylab")).absoluteFilePath(), QFileInfo(path("b.leakylab")).absoluteFilePath()}));
}

TEST_F(LessonTest, theme_and_dock_layout_are_remembered_and_reset_layout_restores_the_default)
{
    {
        TestWindow w;
        ASSERT_TRUE(test::showAndWait(*w.window));
        w.window->themeMenu()->action(Theme::HighContrast)->trigger();
        w.window->addDockWidget(Qt::LeftDockWidgetArea, &w.notes());
        w.answer = QMessageBox::Discard;
        w.window->close();
    }
    TestWindow w;
    ASSERT_TRUE(test::showAndWait(*w.window));
    EXPECT_EQ(w.window->themeMenu()->theme(), Theme::HighContrast);
    EXPECT_EQ(w.window->dockWidgetArea(&w.notes()), Qt::LeftDockWidgetArea);
    w.notes().setFloating(true);
    w.notes().hide();
    w.window->resetLayout();
    EXPECT_EQ(w.window->dockWidgetArea(&w.notes()), Qt::RightDockWidgetArea);
    EXPECT_FALSE(w.notes().isFloating());
    EXPECT_TRUE(w.notes().isVisible());
}

TEST_F(LessonTest, the_file_menu_has_the_lesson_actions_and_their_shortcuts)
{
    TestWindow w;
    EXPECT_EQ(w.document().openAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_O));
    EXPECT_EQ(w.document().saveAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_S));
    EXPECT_EQ(w.document().saveAsAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    EXPECT_EQ(w.window->exportAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_E));
    EXPECT_EQ(w.window->copyPlotAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
}

} // namespace
} // namespace leakylab
