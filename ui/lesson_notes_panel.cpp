// A title line over a notes field; the title is large, as it would head the board. Both are held to what
// a lesson file keeps (LessonLimits::maxTextBytes), so whatever is typed can be saved and opened again.
#include "ui/lesson_notes_panel.h"

#include <limits>

#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QValidator>
#include <QVBoxLayout>

#include "core/lesson.h"
#include "ui/bounded_plain_text_edit.h"
#include "ui/utf8_budget.h"

namespace leakylab {
namespace {

constexpr double kTitleFontPt = 16.0;
const qsizetype kMaxTextBytes = qsizetype(LessonLimits{}.maxTextBytes);

// Refuses an edit that would make the text longer, in UTF-8, than `maxBytes`.
class Utf8SizeValidator : public QValidator {
public:
    Utf8SizeValidator(qsizetype maxBytes, QObject* parent) : QValidator(parent), mMaxBytes(maxBytes) {}
    State validate(QString& input, int&) const override
    {
        return utf8Size(input) <= mMaxBytes ? Acceptable : Invalid;
    }

private:
    qsizetype mMaxBytes;
};

QLabel* limitMessage(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    label->hide();
    return label;
}

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
    // The byte limit is the validator's: QLineEdit's own length limit (32767 by default) would cut a
    // longer title on opening, and cut a paste silently.
    mTitle->setMaxLength(std::numeric_limits<int>::max());
    mTitle->setValidator(new Utf8SizeValidator(kMaxTextBytes, mTitle));
    mTitleLimit = limitMessage(tr("A lesson file keeps at most %1 KiB of title; that edit would go past it.").arg(kMaxTextBytes / 1024), body);
    mTitleLimit->setObjectName(QStringLiteral("lessonTitleLimit"));

    auto* notes = new BoundedPlainTextEdit(kMaxTextBytes, body);
    mNotes = notes;
    mNotes->setObjectName(QStringLiteral("lessonNotes"));
    mNotes->setPlaceholderText(tr("Notes for this lesson: what to show, which slope to try, questions to ask…"));
    mNotes->setToolTip(tr("Your notes, saved in the lesson file"));
    mNotes->setTabChangesFocus(true);
    mNotesLimit = limitMessage(tr("A lesson file keeps at most %1 KiB of notes; what did not fit was left out.").arg(kMaxTextBytes / 1024), body);
    mNotesLimit->setObjectName(QStringLiteral("lessonNotesLimit"));

    layout->addWidget(mTitle);
    layout->addWidget(mTitleLimit);
    layout->addWidget(mNotes, 1);
    layout->addWidget(mNotesLimit);
    setWidget(body);

    // textEdited, not textChanged: only what the teacher types marks the lesson changed.
    connect(mTitle, &QLineEdit::textEdited, this, &LessonNotesPanel::edited);
    connect(mNotes, &QPlainTextEdit::textChanged, this, &LessonNotesPanel::edited);

    connect(mTitle, &QLineEdit::inputRejected, mTitleLimit, &QLabel::show);
    connect(mTitle, &QLineEdit::textChanged, mTitleLimit, &QLabel::hide);
    // A cut paste changes the text first and reports the cut after, so the message stays up.
    connect(notes, &BoundedPlainTextEdit::limitReached, mNotesLimit, &QLabel::show);
    connect(mNotes, &QPlainTextEdit::textChanged, mNotesLimit, &QLabel::hide);
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
    mNotesLimit->hide();
}

} // namespace leakylab
