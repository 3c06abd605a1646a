// The list of lesson fields, run in order.
#include "ui/lesson_fields.h"

namespace leakylab {

void LessonFields::setChangedCallback(Changed changed)
{
    mChanged = std::move(changed);
    for (const Field& field : mFields) {
        if (field.watch)
            field.watch(mChanged);
    }
}

void LessonFields::add(Field field)
{
    if (field.watch && mChanged)
        field.watch(mChanged);
    mFields.push_back(std::move(field));
}

Lesson LessonFields::gather(const Lesson& base) const
{
    Lesson lesson = base;
    for (const Field& field : mFields)
        field.gather(lesson);
    return lesson;
}

std::optional<QString> LessonFields::check(const Lesson& lesson) const
{
    for (const Field& field : mFields) {
        if (field.check) {
            if (auto problem = field.check(lesson))
                return problem;
        }
    }
    return std::nullopt;
}

void LessonFields::apply(const Lesson& lesson) const
{
    for (const Field& field : mFields)
        field.apply(lesson);
}

} // namespace leakylab
