// What `simulate` and `export` read from their command lines, checked before anything is computed or
// written, so the checks can run alone (tests/fuzz/fuzz_cli_requests.cpp fuzzes them).
#pragma once

#include <QString>
#include <QStringList>

#include <variant>

#include "core/lesson.h"
#include "core/simulation.h"
#include "ui/plot_export.h"

namespace leakylab::cli {

struct SimulateRequest {
    SimulationConfig config; // as typed: Simulation::create still checks it against the simulator's limits
    QString out;
};

struct ExportRequest {
    QString out;
    ExportFormat format = ExportFormat::Png;
    ExportSize size;
    Lesson lesson;
    QString saveLesson;
};

// The request of `leakylab simulate ARGUMENTS` (ARGUMENTS[0] is the program), or the exit code the command
// ends with before running: 0 after printing --help, kUsageError after printing the one-line mistake.
std::variant<SimulateRequest, int> readSimulateRequest(const QStringList& arguments);
// The same for `leakylab export`; reads the --lesson file, writes nothing.
std::variant<ExportRequest, int> readExportRequest(const QStringList& arguments);

} // namespace leakylab::cli
