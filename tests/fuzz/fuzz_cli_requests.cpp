// Fuzzes the option handling of `leakylab simulate` and `leakylab export`: the input is the argument list,
// one word per line, read by each command's request reader. Nothing is written and no long run starts:
// an accepted simulation is only built and stepped when it is small.
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <variant>

#include "app/cli_common.h"
#include "app/cli_requests.h"
#include "fuzz_check.h"
#include "ui/lesson_file.h"

namespace {

using namespace leakylab;

// The commands' help text names the program from QCoreApplication, as in the real program.
void ensureApplication()
{
    static int argc = 1;
    static char name[] = "leakylab";
    static char* argv[] = {name, nullptr};
    static QCoreApplication* app = new QCoreApplication(argc, argv);
    (void)app;
}

QStringList wordsOf(std::string_view input)
{
    QStringList words {QStringLiteral("leakylab")};
    for (std::size_t start = 0; start <= input.size();) {
        const std::size_t end = std::min(input.find('\n', start), input.size());
        words << QString::fromUtf8(input.data() + start, static_cast<qsizetype>(end - start));
        start = end + 1;
    }
    return words;
}

bool isOneLine(const std::string& message)
{
    return !message.empty() && message.find('\n') == std::string::npos;
}

// An accepted config either runs within the simulator's limits or is refused in one line; a small one is
// built and stepped, and a step never records a loss that is not a number.
void checkSimulation(const SimulationConfig& config)
{
    if (const auto problem = validate(config)) {
        LEAKYLAB_FUZZ_CHECK(isOneLine(problem->message));
        return;
    }
    LEAKYLAB_FUZZ_CHECK(config.samples >= 1 && config.samples <= kMaxSamples);
    LEAKYLAB_FUZZ_CHECK(config.hidden >= 1 && config.hidden <= kMaxHidden);
    LEAKYLAB_FUZZ_CHECK(config.layers >= 1 && config.layers <= kMaxLayers);
    LEAKYLAB_FUZZ_CHECK(config.steps <= kMaxSteps && config.batchSize <= config.samples);
    LEAKYLAB_FUZZ_CHECK(std::isfinite(config.lr) && std::isfinite(config.noise) && std::isfinite(config.momentum));
    LEAKYLAB_FUZZ_CHECK(std::isfinite(config.negativeSlope) && (!config.biasInit || std::isfinite(*config.biasInit)));
    if (config.samples * config.hidden * config.layers > 4096)
        return;
    auto simulation = Simulation::create(config);
    LEAKYLAB_FUZZ_CHECK(static_cast<bool>(simulation));
    for (int step = 0; step < 3; ++step) {
        const auto record = simulation.value().step();
        if (!record)
            break;
        LEAKYLAB_FUZZ_CHECK(std::isfinite(record->loss));
        LEAKYLAB_FUZZ_CHECK(record->deadUnits.size() == config.layers);
        for (std::size_t dead : record->deadUnits)
            LEAKYLAB_FUZZ_CHECK(dead <= config.hidden);
    }
}

// What export accepts is drawable and can be saved as a lesson (its bounds are the lesson file's).
void checkExport(const cli::ExportRequest& request)
{
    LEAKYLAB_FUZZ_CHECK(!request.out.isEmpty());
    if (request.format != ExportFormat::Csv)
        LEAKYLAB_FUZZ_CHECK(!checkExportSize(request.size, request.format));
    const Lesson& lesson = request.lesson;
    LEAKYLAB_FUZZ_CHECK(std::isfinite(lesson.negativeSlope));
    LEAKYLAB_FUZZ_CHECK(std::isfinite(lesson.xRange[0]) && std::isfinite(lesson.xRange[1]));
    LEAKYLAB_FUZZ_CHECK(lesson.xRange[0] < lesson.xRange[1]);
    LEAKYLAB_FUZZ_CHECK(static_cast<bool>(lessonFileText(lesson)));
}

template <typename Request>
const Request* accepted(const std::variant<Request, int>& read)
{
    if (const int* exitCode = std::get_if<int>(&read)) {
        // A mistake is exit code 2 with one line on stderr; 0 only after --help.
        LEAKYLAB_FUZZ_CHECK(*exitCode == 0 || *exitCode == cli::kUsageError);
        return nullptr;
    }
    return &std::get<Request>(read);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    ensureApplication();
    const QStringList words = wordsOf(std::string_view(reinterpret_cast<const char*>(data), size));
    // A lesson named on the command line is read, and a path could be a pipe that never ends; lesson files
    // have their own fuzzer (fuzz_lesson).
    for (const QString& word : words)
        if (word.startsWith(QStringLiteral("--lesson")))
            return 0;

    const auto simulate = cli::readSimulateRequest(words);
    if (const auto* request = accepted(simulate))
        checkSimulation(request->config);
    const auto exported = cli::readExportRequest(words);
    if (const auto* request = accepted(exported))
        checkExport(*request);
    return 0;
}
