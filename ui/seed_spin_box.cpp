// A spin box over the unsigned 64-bit seeds, committing typed values once rather than per keystroke.
#include "ui/seed_spin_box.h"

#include <QKeyEvent>
#include <QLineEdit>

#include <limits>
#include <optional>

namespace leakylab {
namespace {

constexpr std::uint64_t kMaxSeed = std::numeric_limits<std::uint64_t>::max();

std::optional<std::uint64_t> parseSeed(const QString& text)
{
    bool ok = false;
    const qulonglong value = text.trimmed().toULongLong(&ok);
    if (!ok)
        return std::nullopt;
    return std::uint64_t{value};
}

QString seedText(std::uint64_t value) { return QString::number(qulonglong{value}); }

} // namespace

SeedSpinBox::SeedSpinBox(QWidget* parent) : QAbstractSpinBox(parent)
{
    setAccelerated(true);
    setCorrectionMode(QAbstractSpinBox::CorrectToPreviousValue);
    lineEdit()->setText(seedText(mValue));
    connect(this, &QAbstractSpinBox::editingFinished, this, &SeedSpinBox::commitText);
}

void SeedSpinBox::setValue(std::uint64_t value)
{
    mValue = value;
    lineEdit()->setText(seedText(value));
}

void SeedSpinBox::commitText()
{
    const auto typed = parseSeed(lineEdit()->text());
    if (!typed) {
        lineEdit()->setText(seedText(mValue));
        return;
    }
    const std::uint64_t from = mValue;
    setValue(*typed);
    if (from != mValue)
        emit valueEdited(from, mValue);
}

void SeedSpinBox::stepBy(int steps)
{
    const std::uint64_t from = parseSeed(lineEdit()->text()).value_or(mValue);
    std::uint64_t to = from;
    if (steps > 0)
        to = kMaxSeed - from < std::uint64_t(steps) ? kMaxSeed : from + std::uint64_t(steps);
    else if (steps < 0)
        to = from < std::uint64_t(-std::int64_t{steps}) ? 0 : from - std::uint64_t(-std::int64_t{steps});
    const std::uint64_t previous = mValue;
    setValue(to);
    lineEdit()->selectAll();
    if (previous != mValue)
        emit valueEdited(previous, mValue);
}

QValidator::State SeedSpinBox::validate(QString& input, int& /*pos*/) const
{
    if (input.trimmed().isEmpty())
        return QValidator::Intermediate;
    for (const QChar c : input)
        if (!c.isDigit())
            return QValidator::Invalid;
    return parseSeed(input) ? QValidator::Acceptable : QValidator::Invalid;
}

void SeedSpinBox::fixup(QString& input) const
{
    input = seedText(mValue);
}

QAbstractSpinBox::StepEnabled SeedSpinBox::stepEnabled() const
{
    StepEnabled enabled = StepNone;
    if (mValue > 0)
        enabled |= StepDownEnabled;
    if (mValue < kMaxSeed)
        enabled |= StepUpEnabled;
    return enabled;
}

bool SeedSpinBox::event(QEvent* event)
{
    // The window's undo owns Ctrl+Z, as for the slope: the line edit inside would take it for its text.
    if (event->type() == QEvent::ShortcutOverride) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)) {
            event->ignore();
            return true;
        }
    }
    return QAbstractSpinBox::event(event);
}

} // namespace leakylab
