// Process start to first painted frame, the whole of what a user waits for after launching: loading the
// libraries, QApplication, fonts and translations, the window and its first paint. Each iteration spawns a
// startup probe (startup_probe.cpp) on the offscreen platform with fresh settings and waits for it to exit,
// which it does right after its first frame.
#include <benchmark/benchmark.h>

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

extern char** environ;

namespace {

using Clock = std::chrono::steady_clock;

// The parent's environment with the platform, settings and language fixed.
std::vector<std::string> probeEnvironment(const std::string& configDir)
{
    std::vector<std::string> env;
    for (char** entry = environ; *entry != nullptr; ++entry) {
        const std::string variable = *entry;
        if (!variable.starts_with("QT_QPA_PLATFORM=") && !variable.starts_with("XDG_CONFIG_HOME=") &&
            !variable.starts_with("LANG=") && !variable.starts_with("LC_ALL=") && !variable.starts_with("LANGUAGE="))
            env.push_back(variable);
    }
    env.push_back("QT_QPA_PLATFORM=offscreen");
    env.push_back("XDG_CONFIG_HOME=" + configDir);
    env.push_back("LANG=C.UTF-8");
    return env;
}

void measureProcessStartup(benchmark::State& state, const char* program, const char* mode)
{
    const std::filesystem::path configDir =
        std::filesystem::temp_directory_path() / ("leakylab-bench-startup-" + std::to_string(getpid()));
    std::filesystem::create_directories(configDir);
    std::vector<std::string> env = probeEnvironment(configDir.string());
    std::vector<char*> envp;
    for (std::string& variable : env)
        envp.push_back(variable.data());
    envp.push_back(nullptr);
    std::string programArg = program;
    std::string modeArg = mode;
    std::vector<char*> argv {programArg.data(), modeArg.data(), nullptr};

    // Qt's notes about the offscreen platform would fill the report.
    posix_spawn_file_actions_t quiet;
    posix_spawn_file_actions_init(&quiet);
    posix_spawn_file_actions_addopen(&quiet, STDERR_FILENO, "/dev/null", O_WRONLY, 0);

    std::vector<double> times;
    for (auto _ : state) {
        const auto start = Clock::now();
        pid_t child = 0;
        if (posix_spawn(&child, program, &quiet, nullptr, argv.data(), envp.data()) != 0) {
            state.SkipWithError("could not start the probe");
            break;
        }
        int status = 0;
        waitpid(child, &status, 0);
        const auto elapsed = Clock::now() - start;
        if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
            state.SkipWithError("the probe did not exit cleanly after its first frame");
            break;
        }
        state.SetIterationTime(std::chrono::duration<double>(elapsed).count());
        times.push_back(std::chrono::duration<double, std::milli>(elapsed).count());
    }
    posix_spawn_file_actions_destroy(&quiet);
    std::filesystem::remove_all(configDir);
    if (times.empty())
        return;
    std::sort(times.begin(), times.end());
    state.counters["p50_ms"] = times[times.size() / 2];
    state.counters["min_ms"] = times.front();
}

void BM_ProcessStartToFirstPaint_BareQMainWindow(benchmark::State& state)
{
    measureProcessStartup(state, LEAKYLAB_BARE_PROBE, "bare");
}

// A menu bar and a line of text: what any window that shows text pays on top of a bare one (fontconfig,
// the first font engine, the menu bar's icons).
void BM_ProcessStartToFirstPaint_BareQMainWindowWithText(benchmark::State& state)
{
    measureProcessStartup(state, LEAKYLAB_BARE_PROBE, "text");
}

void BM_ProcessStartToFirstPaint_BareQMainWindowWithQCustomPlot(benchmark::State& state)
{
    measureProcessStartup(state, LEAKYLAB_BARE_PROBE, "plot");
}

void BM_ProcessStartToFirstPaint_MainWindow(benchmark::State& state)
{
    measureProcessStartup(state, LEAKYLAB_MAIN_PROBE, "main");
}

BENCHMARK(BM_ProcessStartToFirstPaint_BareQMainWindow)->UseManualTime()->Unit(benchmark::kMillisecond)->Iterations(30);
BENCHMARK(BM_ProcessStartToFirstPaint_BareQMainWindowWithText)
    ->UseManualTime()
    ->Unit(benchmark::kMillisecond)
    ->Iterations(30);
BENCHMARK(BM_ProcessStartToFirstPaint_BareQMainWindowWithQCustomPlot)
    ->UseManualTime()
    ->Unit(benchmark::kMillisecond)
    ->Iterations(30);
BENCHMARK(BM_ProcessStartToFirstPaint_MainWindow)->UseManualTime()->Unit(benchmark::kMillisecond)->Iterations(30);

} // namespace

BENCHMARK_MAIN();
