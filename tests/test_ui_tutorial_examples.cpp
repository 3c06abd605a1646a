// Each tutorial example, chosen in the editor's list, makes the code panel print exactly what PyTorch printed.
#include <QComboBox>
#include <QLabel>
#include <QUndoStack>

#include <map>

#include "fixtures.h"
#include "gui_fixture.h"
#include "ui/code_panel.h"
#include "ui/lesson_evaluator.h"
#include "ui/lesson_state.h"
#include "ui/tensor_editor.h"
#include "ui/tutorial_examples.h"

namespace leakylab {
namespace {

// Where each example's expected text sits in tests/data/tutorial.json: PyTorch's printed output or its error.
struct FixtureEntry {
    const char* exampleId;
    const char* section; // "examples" or "errors"
    int index;
};

const FixtureEntry kEntries[] = {
    {"randn_slope_0_2", "examples", 0},
    {"slope_0_4", "examples", 1},
    {"slope_0_6", "examples", 2},
    {"relu", "examples", 3},
    {"inplace", "examples", 4},
    {"functional", "examples", 5},
    {"error_inplace_negative_slope", "errors", 0},
    {"error_leaf", "errors", 1},
    {"error_long", "errors", 2},
};

class TutorialExampleTest : public test::UiTest, public ::testing::WithParamInterface<FixtureEntry> {
protected:
    TutorialExampleTest()
    {
        editor.setUndoStack(&undoStack);
        editor.resize(800, 500);
        panel.resize(800, 600);
        test::showAndWait(editor);
        test::showAndWait(panel);
    }

    LessonState state;
    LessonEvaluator evaluator{&state};
    QUndoStack undoStack;
    TensorEditor editor{&state, &evaluator};
    CodePanel panel{&state, &evaluator};
};

TEST_P(TutorialExampleTest, shows_what_pytorch_printed)
{
    const FixtureEntry entry = GetParam();
    const auto fixture = testing::loadFixture("tutorial.json").at(entry.section).at(entry.index);

    QComboBox* list = editor.examplesBox();
    const int row = list->findData(QString::fromUtf8(entry.exampleId));
    ASSERT_GE(row, 0) << entry.exampleId;
    emit list->activated(row);
    ASSERT_TRUE(QTest::qWaitFor([&] { return panel.isOutputCurrent() && editor.isShowingCurrentTensor(); }, 10'000));

    const std::string output = panel.outputText().toStdString();
    if (std::string(entry.section) == "examples") {
        EXPECT_EQ(output, fixture.at("printed").get<std::string>() + "\n");
        return;
    }
    const std::string error = fixture.at("error").get<std::string>();
    if (std::string(entry.exampleId) == "error_leaf") {
        // The program avoids this error with a clone; the panel says what PyTorch raises without it.
        EXPECT_NE(panel.noteLabel()->text().toStdString().find("RuntimeError: " + error), std::string::npos)
            << panel.noteLabel()->text().toStdString();
        EXPECT_NE(panel.program().toStdString().find("y = x.clone()"), std::string::npos);
        return;
    }
    EXPECT_NE(output.find("RuntimeError: " + error), std::string::npos) << output;
}

TEST_P(TutorialExampleTest, is_undone_in_one_step)
{
    const LessonSetup before = state.setup();
    const auto examples = tutorialExamples();
    const auto example = std::find_if(examples.begin(), examples.end(),
                                      [&](const TutorialExample& e) { return e.id == QString::fromUtf8(GetParam().exampleId); });
    ASSERT_NE(example, examples.end());
    applyExample(*example, &state, &undoStack);
    EXPECT_EQ(state.setup(), example->setup);
    undoStack.undo();
    EXPECT_EQ(state.setup(), before);
}

INSTANTIATE_TEST_SUITE_P(Tutorial, TutorialExampleTest, ::testing::ValuesIn(kEntries),
                         [](const ::testing::TestParamInfo<FixtureEntry>& entry) { return std::string(entry.param.exampleId); });

TEST(TutorialExamples, every_example_has_a_fixture_entry)
{
    for (const TutorialExample& example : tutorialExamples()) {
        const auto found = std::find_if(std::begin(kEntries), std::end(kEntries), [&](const FixtureEntry& entry) {
            return example.id == QString::fromUtf8(entry.exampleId);
        });
        EXPECT_NE(found, std::end(kEntries)) << example.id.toStdString();
    }
}

} // namespace
} // namespace leakylab
