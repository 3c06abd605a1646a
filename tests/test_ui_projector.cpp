// The window on a 1280x720 projector, the smallest a classroom is likely to have: presenting, beside the guided
// lesson or not, keeps everything on the screen and readable.
#include <QAction>
#include <QLabel>
#include <QScreen>

#include <memory>

#define LEAKYLAB_TEST_PLATFORM "offscreen:configfile=" LEAKYLAB_TEST_DATA_DIR "/projector_screen.json"
#include "gui_fixture.h"
#include "ui/guided_lesson.h"
#include "ui/main_window.h"
#include "ui/presentation_mode.h"

namespace leakylab {
namespace {

class ProjectorTest : public test::UiTest {
protected:
    ProjectorTest()
    {
        window = std::make_unique<MainWindow>();
        window->showMaximized();
        exposed = QTest::qWaitForWindowExposed(window.get());
        window->activateWindow();
        active = QTest::qWaitForWindowActive(window.get());
        lesson = window->guidedLesson();
    }

    QRect screen() const { return window->screen()->geometry(); }

    std::unique_ptr<MainWindow> window;
    GuidedLesson* lesson = nullptr;
    bool exposed = false;
    bool active = false;
};

TEST_F(ProjectorTest, the_screen_is_a_projectors)
{
    ASSERT_TRUE(exposed);
    ASSERT_TRUE(active);
    EXPECT_EQ(screen().size(), QSize(1280, 720));
}

// The keys under the plot wrap between their groups where one line does not fit, as beside the guided lesson
// at projector size, rather than widen the window past the screen and push the plot's right half off it.
void expectPresentingFitsTheScreen(MainWindow& window, bool withLesson)
{
    auto* keys = window.presentationMode()->keyBar()->findChild<QLabel*>(QStringLiteral("presentationKeys"));
    ASSERT_NE(keys, nullptr);
    if (withLesson)
        window.guidedLessonAction()->trigger();
    QTest::keyClick(&window, Qt::Key_F5);
    const QRect screen = window.screen()->geometry();
    ASSERT_TRUE(QTest::qWaitFor([&] { return window.isFullScreen() && window.geometry() == screen; }, 2000))
        << "window " << window.width() << "x" << window.height();
    EXPECT_EQ(window.guidedLesson()->isVisible(), withLesson);
    EXPECT_TRUE(window.rect().contains(QRect(keys->mapTo(&window, QPoint(0, 0)), keys->size())));
    // Every line of it: as high as its text needs at its width.
    EXPECT_GE(keys->height(), keys->heightForWidth(keys->width()));
    EXPECT_GE(keys->width(), keys->minimumSizeHint().width());
    // Nothing squeezed below the size its contents need.
    EXPECT_GE(window.centralWidget()->width(), window.centralWidget()->minimumSizeHint().width());
    if (withLesson) {
        EXPECT_GE(window.guidedLesson()->width(), window.guidedLesson()->minimumSizeHint().width());
    }
}

TEST_F(ProjectorTest, presenting_the_window_stays_on_the_screen_with_every_key_readable)
{
    expectPresentingFitsTheScreen(*window, false);
}

TEST_F(ProjectorTest, presenting_beside_the_guided_lesson_the_window_stays_on_the_screen)
{
    expectPresentingFitsTheScreen(*window, true);
}

} // namespace
} // namespace leakylab
