// The lesson panel's title and notes hold no more than a lesson file keeps (64 KiB of UTF-8 each): typing
// past it is refused, a paste is cut at a character boundary, and a message says so beside the field.
#include <QApplication>
#include <QClipboard>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextCursor>

#include "core/lesson.h"
#include "gui_fixture.h"
#include "ui/lesson_notes_panel.h"
#include "ui/utf8_budget.h"

namespace leakylab {
namespace {

constexpr qsizetype kLimit = 64 * 1024; // LessonLimits' maxTextBytes, written out so a change is noticed

qsizetype bytesOf(const QString& text) { return text.toUtf8().size(); }

// A key press typing one character QTest has no key for, as a keyboard layout with it would send.
void typeCharacter(QWidget& field, const QString& character)
{
    QTest::sendKeyEvent(QTest::Click, &field, Qt::Key_unknown, character, Qt::NoModifier);
}

TEST(Utf8Budget, counts_each_character_in_its_utf8_bytes)
{
    EXPECT_EQ(utf8Size(u"a"), 1);
    EXPECT_EQ(utf8Size(u"é"), 2);
    EXPECT_EQ(utf8Size(u"漢"), 3);
    EXPECT_EQ(utf8Size(u"😀"), 4);
    EXPECT_EQ(utf8Size(u"aé漢😀"), 10);
    const QString lone(QChar(0xD800));
    EXPECT_EQ(utf8Size(lone), 3);
    EXPECT_GE(utf8Size(lone), bytesOf(lone));
}

TEST(Utf8Budget, fitting_cuts_between_whole_characters)
{
    EXPECT_EQ(fitUtf8(QStringLiteral("aé漢😀"), 10), QStringLiteral("aé漢😀"));
    EXPECT_EQ(fitUtf8(QStringLiteral("aé漢😀"), 9), QStringLiteral("aé漢"));
    EXPECT_EQ(fitUtf8(QStringLiteral("aé漢😀"), 3), QStringLiteral("aé"));
    EXPECT_EQ(fitUtf8(QStringLiteral("aé漢😀"), 2), QStringLiteral("a"));
    EXPECT_EQ(fitUtf8(QStringLiteral("aé"), 0), QString());
    // "e" and a combining acute accent are one character to a reader: they stay together or go together.
    EXPECT_EQ(fitUtf8(QStringLiteral("xe\u0301y"), 3), QStringLiteral("x"));
    EXPECT_EQ(fitUtf8(QStringLiteral("xe\u0301y"), 4), QStringLiteral("xe\u0301"));
}

TEST(Utf8Budget, fitting_a_long_text_keeps_as_much_as_fits)
{
    const QString text(200'000, QChar(u'漢'));
    const QString fit = fitUtf8(text, kLimit);
    EXPECT_EQ(fit.size(), kLimit / 3);
    EXPECT_EQ(bytesOf(fit), kLimit / 3 * 3);
}

class LessonNotesTest : public test::UiTest {
protected:
    LessonNotesTest()
    {
        panel.resize(500, 400);
        test::showAndWait(panel);
    }
    QPlainTextEdit& notes() { return *panel.notesEdit(); }
    QLineEdit& title() { return *panel.titleEdit(); }
    void paste(QWidget& field, const QString& text)
    {
        QApplication::clipboard()->setText(text);
        field.setFocus();
        QTest::keyClick(&field, Qt::Key_V, Qt::ControlModifier);
    }
    void fillNotesTo(qsizetype bytes)
    {
        notes().setPlainText(QString(bytes, u'n'));
        notes().moveCursor(QTextCursor::End);
    }

    LessonNotesPanel panel;
};

TEST_F(LessonNotesTest, the_limit_is_what_a_lesson_file_keeps)
{
    EXPECT_EQ(qsizetype(LessonLimits{}.maxTextBytes), kLimit);
}

TEST_F(LessonNotesTest, a_paste_past_the_limit_is_cut_to_fit_and_says_so)
{
    QTest::keyClicks(&notes(), QStringLiteral("Intro: "));
    paste(notes(), QString(100'000, u'x'));
    EXPECT_EQ(bytesOf(panel.notes()), kLimit);
    EXPECT_TRUE(panel.notes().startsWith(QStringLiteral("Intro: xxx")));
    EXPECT_TRUE(panel.notesLimitMessage()->isVisible());
    EXPECT_TRUE(panel.notesLimitMessage()->text().contains(QStringLiteral("64 KiB")));
}

TEST_F(LessonNotesTest, a_paste_that_fits_goes_in_whole_without_a_message)
{
    fillNotesTo(kLimit - 10);
    paste(notes(), QStringLiteral("0123456789"));
    EXPECT_EQ(bytesOf(panel.notes()), kLimit);
    EXPECT_TRUE(panel.notes().endsWith(QStringLiteral("n0123456789")));
    EXPECT_FALSE(panel.notesLimitMessage()->isVisible());
}

TEST_F(LessonNotesTest, chinese_is_counted_in_bytes_not_characters)
{
    paste(notes(), QString(30'000, u'漢'));
    EXPECT_EQ(panel.notes().size(), kLimit / 3);
    EXPECT_LE(bytesOf(panel.notes()), kLimit);
    EXPECT_TRUE(panel.notesLimitMessage()->isVisible());
}

TEST_F(LessonNotesTest, line_breaks_count_as_the_one_byte_the_file_saves)
{
    // Each line is "ab" and a break: 3 bytes saved, however the editor holds its paragraphs.
    QString lines;
    for (int i = 0; i < 30'000; ++i)
        lines += QStringLiteral("ab\n");
    paste(notes(), lines);
    EXPECT_LE(bytesOf(panel.notes()), kLimit);
    EXPECT_GE(bytesOf(panel.notes()), kLimit - 2);
}

TEST_F(LessonNotesTest, typing_at_the_limit_is_refused_and_deleting_makes_room)
{
    fillNotesTo(kLimit - 1);
    typeCharacter(notes(), QStringLiteral("é")); // two bytes: one too many
    EXPECT_EQ(bytesOf(panel.notes()), kLimit - 1);
    EXPECT_TRUE(panel.notesLimitMessage()->isVisible());

    QTest::keyClicks(&notes(), QStringLiteral("a"));
    EXPECT_EQ(bytesOf(panel.notes()), kLimit);
    EXPECT_FALSE(panel.notesLimitMessage()->isVisible());

    QTest::keyClick(&notes(), Qt::Key_Return);
    EXPECT_EQ(bytesOf(panel.notes()), kLimit);
    EXPECT_TRUE(panel.notesLimitMessage()->isVisible());

    QTest::keyClick(&notes(), Qt::Key_Backspace);
    QTest::keyClick(&notes(), Qt::Key_Return);
    EXPECT_EQ(bytesOf(panel.notes()), kLimit);
    EXPECT_TRUE(panel.notes().endsWith(u'\n'));
}

TEST_F(LessonNotesTest, typing_over_a_selection_counts_the_room_it_frees)
{
    fillNotesTo(kLimit);
    notes().selectAll();
    QTest::keyClicks(&notes(), QStringLiteral("Fresh start"));
    EXPECT_EQ(panel.notes(), QStringLiteral("Fresh start"));
    EXPECT_FALSE(panel.notesLimitMessage()->isVisible());
}

TEST_F(LessonNotesTest, keys_that_type_nothing_still_work_at_the_limit)
{
    fillNotesTo(kLimit);
    QTest::keyClick(&notes(), Qt::Key_Home);
    QTest::keyClick(&notes(), Qt::Key_Delete);
    EXPECT_EQ(bytesOf(panel.notes()), kLimit - 1);
    notes().selectAll();
    QTest::keyClick(&notes(), Qt::Key_C, Qt::ControlModifier);
    EXPECT_EQ(bytesOf(QApplication::clipboard()->text()), kLimit - 1);
}

TEST_F(LessonNotesTest, an_input_method_commit_is_cut_to_fit)
{
    fillNotesTo(kLimit - 7);
    notes().setFocus();
    QInputMethodEvent commit;
    commit.setCommitString(QStringLiteral("漢字漢字")); // 12 bytes; two characters fit
    QApplication::sendEvent(&notes(), &commit);
    EXPECT_TRUE(panel.notes().endsWith(QStringLiteral("n漢字")));
    EXPECT_EQ(bytesOf(panel.notes()), kLimit - 1);
    EXPECT_TRUE(panel.notesLimitMessage()->isVisible());
}

TEST_F(LessonNotesTest, a_cut_paste_is_one_undo_step)
{
    QTest::keyClicks(&notes(), QStringLiteral("Keep"));
    paste(notes(), QString(100'000, u'x'));
    QTest::keyClick(&notes(), Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(panel.notes(), QStringLiteral("Keep"));
}

TEST_F(LessonNotesTest, notes_set_from_a_file_hide_the_message)
{
    paste(notes(), QString(100'000, u'x'));
    ASSERT_TRUE(panel.notesLimitMessage()->isVisible());
    panel.setNotes(QStringLiteral("From the file"));
    EXPECT_FALSE(panel.notesLimitMessage()->isVisible());
}

TEST_F(LessonNotesTest, a_title_past_the_limit_is_refused_and_says_so)
{
    QTest::keyClicks(&title(), QStringLiteral("Dead units"));
    paste(title(), QString(kLimit, u'x'));
    EXPECT_EQ(panel.title(), QStringLiteral("Dead units"));
    EXPECT_TRUE(panel.titleLimitMessage()->isVisible());
    EXPECT_TRUE(panel.titleLimitMessage()->text().contains(QStringLiteral("64 KiB")));
    QTest::keyClicks(&title(), QStringLiteral("!"));
    EXPECT_EQ(panel.title(), QStringLiteral("Dead units!"));
    EXPECT_FALSE(panel.titleLimitMessage()->isVisible());
}

TEST_F(LessonNotesTest, a_title_in_chinese_is_held_to_the_limit_in_bytes)
{
    panel.setTitle(QString(kLimit / 3, u'漢')); // 65,535 bytes
    title().end(false);
    typeCharacter(title(), QStringLiteral("字"));
    EXPECT_EQ(panel.title().size(), kLimit / 3);
    EXPECT_TRUE(panel.titleLimitMessage()->isVisible());
    QTest::keyClicks(&title(), QStringLiteral("a"));
    EXPECT_EQ(bytesOf(panel.title()), kLimit);
}

TEST_F(LessonNotesTest, any_title_a_file_can_hold_is_shown_whole)
{
    // Past QLineEdit's default length of 32,767.
    const QString longest(kLimit, u't');
    panel.setTitle(longest);
    EXPECT_EQ(panel.title(), longest);
}

} // namespace
} // namespace leakylab
