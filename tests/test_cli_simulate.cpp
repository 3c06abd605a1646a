// `leakylab simulate` as a user runs it: the file it writes, and one stderr line with exit 2 on mistakes.
#include <gtest/gtest.h>

#include <chrono>
#include <fstream>
#include <string>
#include <utility>
#include <vector>

#include <QDir>
#include <QFile>
#include <QStringList>
#include <QTemporaryDir>

#include <nlohmann/json.hpp>

#include "cli_process.h"

namespace leakylab {
namespace {

using testing::lineCount;
using testing::ProcessRun;

ProcessRun leakylab(const QStringList& arguments)
{
    testing::ensureCoreApplication("test_cli_simulate");
    return testing::runLeakylab(arguments, std::chrono::seconds(60));
}

QStringList simulate(const QString& out, const QStringList& extra = {})
{
    return QStringList {"simulate", "--activation", "relu", "--dataset", "moons", "--out", out} + extra;
}

TEST(CliSimulate, WritesTheDocumentTheIssueDescribes)
{
    QTemporaryDir dir;
    const QString path = dir.filePath("run.json");
    const ProcessRun r = leakylab(simulate(path, {"--samples", "20", "--hidden", "4", "--steps", "5", "--seed", "3"}));
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(r.err, "");
    std::ifstream in(path.toStdString());
    const auto doc = nlohmann::json::parse(in);
    for (const char* key : {"activation", "negative-slope", "dataset", "samples", "noise", "hidden", "layers", "lr",
                            "optimizer", "momentum", "batch-size", "bias-init", "steps", "seed"})
        EXPECT_TRUE(doc["config"].contains(key)) << key;
    EXPECT_EQ(doc["config"]["seed"], 3);
    EXPECT_EQ(doc["loss"], "bce_with_logits");
    EXPECT_EQ(doc["dataset"]["x"].size(), 20u);
    EXPECT_EQ(doc["dataset"]["x"][0].size(), 2u);
    EXPECT_EQ(doc["dataset"]["y"].size(), 20u);
    ASSERT_EQ(doc["initial"].size(), 3u); // two hidden layers and the output layer
    EXPECT_EQ(doc["initial"][0]["weight"].size(), 4u);
    EXPECT_EQ(doc["initial"][0]["weight"][0].size(), 2u);
    EXPECT_EQ(doc["final"][2]["bias"].size(), 1u);
    ASSERT_EQ(doc["history"].size(), 5u);
    EXPECT_EQ(doc["history"][4]["step"], 4);
    EXPECT_EQ(doc["history"][0]["dead_units"].size(), 2u);
    EXPECT_TRUE(doc["history"][0].contains("accuracy"));
    EXPECT_EQ(doc["result"], "completed");
}

TEST(CliSimulate, RegressionHasMseAndNoAccuracy)
{
    QTemporaryDir dir;
    const QString path = dir.filePath("sine.json");
    const ProcessRun r = leakylab({"simulate", "--activation", "leaky_relu", "--dataset", "sine", "--samples", "16",
                                   "--steps", "3", "--out", path});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    std::ifstream in(path.toStdString());
    const auto doc = nlohmann::json::parse(in);
    EXPECT_EQ(doc["loss"], "mse");
    EXPECT_EQ(doc["dataset"]["x"][0].size(), 1u);
    EXPECT_FALSE(doc["history"][0].contains("accuracy"));
}

TEST(CliSimulate, DivergenceIsAResultNotAnError)
{
    QTemporaryDir dir;
    const QString path = dir.filePath("diverges.json");
    const ProcessRun r = leakylab({"simulate", "--activation", "relu", "--dataset", "sine", "--samples", "50",
                                   "--lr", "3", "--seed", "8", "--steps", "100", "--out", path});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    std::ifstream in(path.toStdString());
    const auto doc = nlohmann::json::parse(in);
    EXPECT_EQ(doc["result"], "diverged at step 21"); // as PyTorch, see simulation_cases.json
    EXPECT_EQ(doc["history"].size(), 21u);
    for (const auto& entry : doc["history"])
        EXPECT_TRUE(entry["loss"].is_number());
}

TEST(CliSimulate, MistakesGiveOneLineOnStderrAndExitCodeTwo)
{
    QTemporaryDir dir;
    const QString out = dir.filePath("never.json");
    const std::vector<QStringList> mistakes = {
        {"simulate", "--dataset", "moons", "--out", out},
        {"simulate", "--activation", "relu", "--out", out},
        {"simulate", "--activation", "relu", "--dataset", "moons"},
        {"simulate", "--activation", "tanh", "--dataset", "moons", "--out", out},
        simulate(out, {"--dataset", "blobs"}),
        simulate(out, {"--optimizer", "rmsprop"}),
        simulate(out, {"--optimizer", "adam", "--momentum", "0.9"}),
        simulate(out, {"--samples", "0"}),
        simulate(out, {"--samples", "100001"}),
        simulate(out, {"--samples", "ten"}),
        simulate(out, {"--samples", "-5"}),
        simulate(out, {"--hidden", "0"}),
        simulate(out, {"--hidden", "1025"}),
        simulate(out, {"--layers", "0"}),
        simulate(out, {"--layers", "9"}),
        simulate(out, {"--steps", "100001"}),
        simulate(out, {"--steps", "1.5"}),
        simulate(out, {"--samples", "100000", "--hidden", "1024", "--layers", "8"}),
        simulate(out, {"--samples", "100000", "--hidden", "1024", "--layers", "1", "--steps", "100000"}),
        simulate(out, {"--lr", "fast"}),
        simulate(out, {"--lr", "-0.1"}),
        simulate(out, {"--lr", "nan"}),
        simulate(out, {"--noise", "inf"}),
        simulate(out, {"--momentum", "-1"}),
        simulate(out, {"--negative-slope", "x"}),
        simulate(out, {"--bias-init", "abc"}),
        simulate(out, {"--batch-size", "201"}),
        simulate(out, {"--seed", "1.5"}),
        simulate(out, {"--seed", "18446744073709551616"}),
        simulate(out, {"--bogus"}),
        simulate(out, {"extra"}),
        simulate(dir.filePath("no/such/dir/run.json")),
    };
    for (const QStringList& args : mistakes) {
        const ProcessRun r = leakylab(args);
        EXPECT_EQ(r.exitCode, 2) << args.join(' ').toStdString();
        EXPECT_EQ(r.out, "") << args.join(' ').toStdString();
        EXPECT_EQ(lineCount(r.err), 1u) << args.join(' ').toStdString() << " -> " << r.err;
    }
    EXPECT_FALSE(QFile::exists(out));
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files).size(), 0) << "no partial file is left behind";
}

// Abuse a classroom can produce: each ends in a document with a clear result, or one line naming the limit.
TEST(CliSimulate, AHugeLearningRateDivergesAndNoLossIsRecordedAsNaN)
{
    QTemporaryDir dir;
    const QString path = dir.filePath("huge_lr.json");
    const ProcessRun r = leakylab({"simulate", "--activation", "relu", "--dataset", "sine", "--samples", "20",
                                   "--hidden", "4", "--lr", "1e6", "--steps", "200", "--out", path});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find("diverged at step"), std::string::npos) << r.out;
    std::ifstream in(path.toStdString());
    const auto doc = nlohmann::json::parse(in);
    const std::string result = doc["result"];
    ASSERT_EQ(result.rfind("diverged at step ", 0), 0u) << result;
    EXPECT_EQ(std::to_string(doc["history"].size()), result.substr(std::string("diverged at step ").size()));
    for (const auto& entry : doc["history"])
        EXPECT_TRUE(entry["loss"].is_number()) << entry.dump(); // NaN would be written as null
}

TEST(CliSimulate, OneUnitOnOneSampleTrains)
{
    QTemporaryDir dir;
    const QString path = dir.filePath("one.json");
    const ProcessRun r = leakylab(simulate(path, {"--samples", "1", "--hidden", "1", "--layers", "1", "--steps", "7"}));
    ASSERT_EQ(r.exitCode, 0) << r.err;
    std::ifstream in(path.toStdString());
    const auto doc = nlohmann::json::parse(in);
    EXPECT_EQ(doc["dataset"]["x"].size(), 1u);
    ASSERT_EQ(doc["initial"].size(), 2u);
    EXPECT_EQ(doc["initial"][0]["weight"].size(), 1u);
    ASSERT_EQ(doc["history"].size(), 7u);
    for (const auto& entry : doc["history"]) {
        ASSERT_EQ(entry["dead_units"].size(), 1u);
        EXPECT_LE(entry["dead_units"][0].get<int>(), 1);
    }
    EXPECT_EQ(doc["result"], "completed");
}

TEST(CliSimulate, ZeroStepsWritesTheStartAndNoHistory)
{
    QTemporaryDir dir;
    const QString path = dir.filePath("zero.json");
    const ProcessRun r = leakylab(simulate(path, {"--samples", "10", "--steps", "0"}));
    ASSERT_EQ(r.exitCode, 0) << r.err;
    std::ifstream in(path.toStdString());
    const auto doc = nlohmann::json::parse(in);
    EXPECT_EQ(doc["history"].size(), 0u);
    EXPECT_EQ(doc["initial"], doc["final"]);
    EXPECT_EQ(doc["result"], "completed");
}

TEST(CliSimulate, OversizedRunsAreRefusedByNamingTheLimit)
{
    QTemporaryDir dir;
    const QString out = dir.filePath("never.json");
    const std::vector<std::pair<QStringList, std::string>> cases = {
        {simulate(out, {"--samples", "0"}), "samples must be from 1 to 100000"},
        {simulate(out, {"--hidden", "5000"}), "hidden units must be from 1 to 1024"},
        {simulate(out, {"--layers", "1000"}), "hidden layers must be from 1 to 8"},
        {simulate(out, {"--steps", "1000000000"}), "steps must be at most 100000"},
        // Past what a 64-bit count holds: still the limit, not a complaint about the number's form.
        {simulate(out, {"--steps", "99999999999999999999999"}), "steps must be at most 100000"},
        {simulate(out, {"--samples", "99999999999999999999999"}), "samples must be from 1 to 100000"},
        {simulate(out, {"--samples", "16000", "--hidden", "1024", "--layers", "1", "--steps", "100000"}),
         "too long for one go"},
    };
    for (const auto& [args, message] : cases) {
        const ProcessRun r = leakylab(args);
        EXPECT_EQ(r.exitCode, 2) << args.join(' ').toStdString();
        EXPECT_EQ(lineCount(r.err), 1u) << r.err;
        EXPECT_NE(r.err.find(message), std::string::npos) << args.join(' ').toStdString() << " -> " << r.err;
    }
    EXPECT_FALSE(QFile::exists(out));
}

TEST(CliSimulate, HelpListsTheOptionsAndLimits)
{
    const ProcessRun r = leakylab({"simulate", "--help"});
    EXPECT_EQ(r.exitCode, 0);
    for (const char* option : {"--activation", "--negative-slope", "--dataset", "--samples", "--noise", "--hidden",
                               "--layers", "--lr", "--optimizer", "--momentum", "--batch-size", "--bias-init",
                               "--steps", "--seed", "--out", "100000"})
        EXPECT_NE(r.out.find(option), std::string::npos) << option;
}

} // namespace
} // namespace leakylab
