// A title line over a notes field; the title is large, as it would head the board.
#include "ui/lesson_notes_panel.h"

#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace leakylab {
namespace {

constexpr double kTitleFontPt = 16.0;

} // namespace

LessonNotesPanel::LessonNotesPanel(QWidget* parent) : QDockWidget(tr("Lesson"), parent)
{
    setObjectName(QStringLiteral("lessonNotesPanel"));
    auto* body = new QWidget(this);
    auto* layout = new QVBoxLayout(body);
    layout->setContentsMargins(6, 4, 6, 6);

    mTitle = new QLineEdit(body);
    mTitle->setObjectName(QStringLiteral("lessonTitle"));
    mTitle->setPlaceholderText(tr("Lesson title"));
    mTitle->setToolTip(tr("The lesson's title, saved in the lesson file"));
    QFont titleFont = mTitle->font();
    titleFont.setPointSizeF(std::max(titleFont.pointSizeF(), kTitleFontPt));
    titleFont.setBold(true);
    mTitle->setFont(titleFont);

    mNotes = new QPlainTextEdit(body);
    mNotes->setObjectName(QStringLiteral("lessonNotes"));
    mNotes->setPlaceholderText(tr("Notes for this lesson: what to show, which slope to try, questions to ask…"));
    mNotes->setToolTip(tr("Your notes, saved in the lesson file"));
    mNotes->setTabChangesFocus(true);

    layout->addWidget(mTitle);
    layout->addWidget(mNotes, 1);
    setWidget(body);

    // textEdited, not textChanged: only what the teacher types marks the lesson changed.
    connect(mTitle, &QLineEdit::textEdited, this, &LessonNotesPanel::edited);
    connect(mNotes, &QPlainTextEdit::textChanged, this, &LessonNotesPanel::edited);
}

QString LessonNotesPanel::title() const { return mTitle->text(); }
QString LessonNotesPanel::notes() const { return mNotes->toPlainText(); }

void LessonNotesPanel::setTitle(const QString& title) { mTitle->setText(title); }

void LessonNotesPanel::setNotes(const QString& notes)
{
    if (notes == mNotes->toPlainText())
        return;
    const QSignalBlocker quiet(mNotes);
    mNotes->setPlainText(notes);
}

} // namespace leakylab
