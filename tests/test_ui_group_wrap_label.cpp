// The presentation bar's keys: one line where it fits, broken only between groups where it does not.
#include <QFontMetricsF>
#include <QImage>

#include "gui_fixture.h"
#include "ui/group_wrap_label.h"

namespace leakylab {
namespace {

const QString kEnglish = QStringLiteral("↑ ↓ Page Up/Down: slope · → ← or N P: lesson step · Space: train · D: derivatives");
const QString kChinese = QStringLiteral("↑ ↓ Page Up/Down：斜率 · → ← 或 N P：课程步骤 · 空格：训练 · D：导数");

// The groups the shown lines hold, in order, each line's closing " ·" taken off.
QStringList groupsShown(const QString& text)
{
    QStringList groups;
    for (QString line : text.split(QLatin1Char('\n'))) {
        if (line.endsWith(QStringLiteral(" ·")))
            line.chop(2);
        groups += line.split(QStringLiteral(" · "));
    }
    return groups;
}

class GroupWrapLabelTest : public test::UiTest {
protected:
    // At the presentation bar's size, shown at a width.
    static void showAt(GroupWrapLabel& label, int width)
    {
        label.resize(width, label.heightForWidth(width));
        test::showAndWait(label);
    }

    static void useBarFont(GroupWrapLabel& label)
    {
        QFont font = label.font();
        font.setPixelSize(24);
        label.setFont(font);
    }
};

TEST_F(GroupWrapLabelTest, where_its_line_fits_it_is_one_line)
{
    GroupWrapLabel label(kEnglish);
    useBarFont(label);
    showAt(label, label.sizeHint().width());
    EXPECT_EQ(label.text(), kEnglish);
    EXPECT_EQ(label.height(), label.heightForWidth(label.width()));
    // The one line it asks for holds the whole text.
    EXPECT_GE(label.sizeHint().width(), QFontMetricsF(label.font()).horizontalAdvance(kEnglish));
}

TEST_F(GroupWrapLabelTest, narrower_it_breaks_between_groups_only)
{
    for (const QString& help : {kEnglish, kChinese}) {
        SCOPED_TRACE(help.toStdString());
        GroupWrapLabel label(help);
        useBarFont(label);
        showAt(label, label.sizeHint().width());
        const int oneLineHeight = label.height();
        const QStringList groups = help.split(QStringLiteral(" · "));
        for (int width : {label.sizeHint().width() * 2 / 3, label.sizeHint().width() / 2,
                          label.minimumSizeHint().width()}) {
            label.resize(width, label.heightForWidth(width));
            const QStringList lines = label.text().split(QLatin1Char('\n'));
            EXPECT_GE(lines.size(), 2) << width;
            EXPECT_EQ(groupsShown(label.text()), groups) << label.text().toStdString();
            for (const QString& line : lines)
                EXPECT_LE(QFontMetricsF(label.font()).horizontalAdvance(line), width) << line.toStdString();
            EXPECT_GT(label.heightForWidth(width), oneLineHeight);
        }
    }
}

// The lowest row of the label holding ink: a label too short for its lines is cut through its glyphs.
int lowestInkRow(QWidget& widget)
{
    const QImage image = widget.grab().toImage();
    const QRgb background = image.pixel(0, 0);
    for (int y = image.height() - 1; y >= 0; --y) {
        for (int x = 0; x < image.width(); ++x) {
            if (image.pixel(x, y) != background)
                return y;
        }
    }
    return -1;
}

// Chinese comes from a fallback font whose lines are taller than the label's font's: each line whole.
TEST_F(GroupWrapLabelTest, broken_it_is_as_high_as_its_lines_in_any_script)
{
    for (const QString& help : {kEnglish, kChinese}) {
        SCOPED_TRACE(help.toStdString());
        GroupWrapLabel label(help);
        useBarFont(label);
        const int width = label.sizeHint().width() * 2 / 3;
        showAt(label, width);
        ASSERT_EQ(label.text().count(QLatin1Char('\n')), 1);
        const int ink = lowestInkRow(label);
        EXPECT_GT(ink, label.height() / 2); // the second line is drawn
        EXPECT_LT(ink, label.height() - 1) << "the second line is cut at the label's lower edge";
    }
}

TEST_F(GroupWrapLabelTest, its_least_width_holds_its_widest_group)
{
    GroupWrapLabel label(kEnglish);
    useBarFont(label);
    showAt(label, 400);
    const QFontMetricsF metrics(label.font());
    for (const QString& group : label.groups())
        EXPECT_GE(label.minimumSizeHint().width(), metrics.horizontalAdvance(group + QStringLiteral(" ·")));
    // At that width, every group on a line of its own.
    EXPECT_EQ(label.lines(label.minimumSizeHint().width()).size(), label.groups().size());
}

// The status bar's hint: kept to one line, it shows the leading groups that fit, ending " ·" where more
// follow, and the whole text as its tool tip.
TEST_F(GroupWrapLabelTest, kept_to_one_line_it_leaves_out_the_groups_that_do_not_fit)
{
    for (const QString& help : {kEnglish, kChinese}) {
        SCOPED_TRACE(help.toStdString());
        GroupWrapLabel label(help);
        label.setOneLine(true);
        const QStringList groups = label.groups();
        const QFontMetricsF metrics(label.font());
        // Room for the first two groups and an ellipsis, not for the third.
        const int width = static_cast<int>(metrics.horizontalAdvance(groups[0] + QStringLiteral(" · ") + groups[1] +
                                                                     QStringLiteral(" …"))) + 6;
        label.resize(width, label.heightForWidth(width));
        test::showAndWait(label);
        EXPECT_EQ(label.text(), groups[0] + QStringLiteral(" · ") + groups[1] + QStringLiteral(" …"));
        EXPECT_LE(metrics.horizontalAdvance(label.text()), label.contentsRect().width());
        EXPECT_EQ(label.toolTip(), help);
        EXPECT_EQ(label.height(), label.heightForWidth(width));
        EXPECT_LT(label.heightForWidth(width), 2 * metrics.lineSpacing());
        // It may shrink to its first group; wide enough, it shows everything again.
        EXPECT_LE(label.minimumSizeHint().width(), width);
        label.resize(label.sizeHint().width(), label.height());
        EXPECT_EQ(label.text(), help);
    }
}

} // namespace
} // namespace leakylab
