// Running the built leakylab program (LEAKYLAB_BINARY, set in tests/CMakeLists.txt) as a user would and capturing
// its exit code, stdout and stderr, for the tests of the command line.
#pragma once

#include <algorithm>
#include <chrono>
#include <cstddef>
#include <string>

#include <QCoreApplication>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>

namespace leakylab::testing {

struct ProcessRun {
    int exitCode = -1; // -1 also when the program did not finish in time
    std::string out, err;
};

// Whether the program sees the test's display (DISPLAY, WAYLAND_DISPLAY, QT_QPA_PLATFORM) or none at all.
enum class Display { Inherited, None };

// QProcess wants an application object: makes a QCoreApplication called testName, unless there is one already.
inline void ensureCoreApplication(const char* testName)
{
    if (QCoreApplication::instance())
        return;
    static int argc = 1;
    static std::string name = testName;
    static char* argv[] = {name.data(), nullptr};
    static QCoreApplication app(argc, argv);
}

// Runs leakylab with the arguments and stdin closed; a run still going after the timeout gives an empty ProcessRun.
// The test must have an application object (ensureCoreApplication or one of its own).
inline ProcessRun runLeakylab(const QStringList& arguments, std::chrono::milliseconds timeout,
                              Display display = Display::Inherited)
{
    QProcess process;
    if (display == Display::None) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove("DISPLAY");
        env.remove("WAYLAND_DISPLAY");
        env.remove("QT_QPA_PLATFORM");
        process.setProcessEnvironment(env);
    }
    process.start(QStringLiteral(LEAKYLAB_BINARY), arguments);
    process.closeWriteChannel();
    if (!process.waitForFinished(static_cast<int>(timeout.count())))
        return {};
    return {process.exitCode(), process.readAllStandardOutput().toStdString(),
            process.readAllStandardError().toStdString()};
}

inline std::size_t lineCount(const std::string& s)
{
    return static_cast<std::size_t>(std::count(s.begin(), s.end(), '\n'));
}

} // namespace leakylab::testing
