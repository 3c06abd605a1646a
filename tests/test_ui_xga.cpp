// The window on a 1024x768 screen, as many classroom projectors still are: the first start gives the panels
// beside the plot their share of the width, the plot giving up what it can.
#include <QDockWidget>
#include <QScreen>

#define LEAKYLAB_TEST_PLATFORM "offscreen:configfile=" LEAKYLAB_TEST_DATA_DIR "/xga_screen.json"
#include "gui_fixture.h"
#include "ui/activation_plot.h"
#include "ui/main_window.h"
#include "ui/tensor_editor_dock.h"

namespace leakylab {
namespace {

class XgaTest : public test::UiTest { };

TEST_F(XgaTest, the_screen_is_1024_by_768)
{
    MainWindow window;
    EXPECT_EQ(window.screen()->size(), QSize(1024, 768));
}

// Maximized, the panels take 45% of the width as on larger screens; the plot keeps the rest, its formula
// shrunk to fit.
TEST_F(XgaTest, the_first_start_gives_the_panels_their_share_of_the_width)
{
    MainWindow window;
    window.showAtStart();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    ASSERT_TRUE(QTest::qWaitFor([&] { return window.plot()->paintCount() > 0; }, 2000));
    QCoreApplication::processEvents();
    EXPECT_TRUE(window.isMaximized());
    EXPECT_GE(window.tensorEditorDock()->width(), window.width() * 9 / 20 - 2);
    EXPECT_GE(window.centralWidget()->width(), window.centralWidget()->minimumSizeHint().width());
    EXPECT_LE(window.frameGeometry().width(), window.screen()->availableGeometry().width());
}

} // namespace
} // namespace leakylab
