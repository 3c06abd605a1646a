// Where each part of a lesson lives in the window: one entry per field, to gather the lesson or apply it.
//
// To add a field (a panel that holds part of the lesson):
//   1. If core's Lesson lacks it, add it there with its JSON name and checks (core/lesson.cpp) and a test
//      in tests/test_lesson.cpp.
//   2. Add one entry in addWindowLessonFields() (ui/window_lesson_fields.cpp):
//        fields.add({
//            .gather = [panel](Lesson& l) { l.thing = panel->thing(); },
//            .apply = [panel](const Lesson& l) { panel->setThing(l.thing); },     // no undo step, no "edited"
//            .check = [](const Lesson& l) -> std::optional<QString> { ... },     // optional: what the panel
//                                                                               // cannot show, said plainly
//            .watch = [panel](const LessonFields::Changed& changed) {            // optional: the user's edits,
//                QObject::connect(panel, &Panel::edited, panel, changed); },     // for the unsaved-changes mark
//        });
// Fields no panel shows yet pass through untouched: gather() starts from the lesson last opened or saved.
#pragma once

#include <QString>

#include <functional>
#include <optional>
#include <vector>

#include "core/lesson.h"

namespace leakylab {

class LessonFields {
public:
    using Changed = std::function<void()>;
    struct Field {
        std::function<void(Lesson&)> gather;
        std::function<void(const Lesson&)> apply;
        std::function<std::optional<QString>(const Lesson&)> check = {};
        std::function<void(const Changed&)> watch = {};
    };

    // Called whenever a watched field is edited; fields added later are watched too.
    void setChangedCallback(Changed changed);
    void add(Field field);

    Lesson gather(const Lesson& base) const;
    // The first field's objection, before anything is applied.
    std::optional<QString> check(const Lesson& lesson) const;
    // In the order the fields were added (the slope before the x range, whose y range depends on it).
    void apply(const Lesson& lesson) const;

private:
    std::vector<Field> mFields;
    Changed mChanged;
};

} // namespace leakylab
