// The lesson fields of the main window's widgets and panels: the one list a new panel joins (see lesson_fields.h).
#pragma once

namespace leakylab {

class LessonFields;
class MainWindow;

void addWindowLessonFields(LessonFields& fields, MainWindow& window);

} // namespace leakylab
