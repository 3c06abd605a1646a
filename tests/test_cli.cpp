// The leakylab program as a user runs it: stdout, stderr and exit codes of the headless commands.
#include <gtest/gtest.h>

#include <chrono>

#include <QStringList>

#include "cli_process.h"

namespace leakylab {
namespace {

using testing::Display;
using testing::lineCount;
using testing::ProcessRun;

ProcessRun leakylab(const QStringList& arguments, Display display = Display::Inherited)
{
    testing::ensureCoreApplication("test_cli");
    return testing::runLeakylab(arguments, std::chrono::seconds(30), display);
}

TEST(Cli, EvalPrintsTheTutorialExample)
{
    const ProcessRun r = leakylab({"eval", "--negative-slope", "0.4", "torch.Tensor([2,-4,5,-6])"});
    EXPECT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(r.out, "tensor([ 2.0000, -1.6000,  5.0000, -2.4000])\n");
    EXPECT_EQ(r.err, "");
}

TEST(Cli, EvalDefaultsToLeakyReluWithSlopeOneHundredth)
{
    const ProcessRun r = leakylab({"eval", "[2,-4,5,-6]"});
    EXPECT_EQ(r.out, "tensor([ 2.0000, -0.0400,  5.0000, -0.0600])\n");
}

TEST(Cli, EvalGradPrintsASecondTensorAndSeedIsManualSeed)
{
    const ProcessRun r = leakylab({"eval", "--activation", "relu", "--grad", "--seed", "0", "torch.randn(4)"});
    EXPECT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(r.out, "tensor([1.5410, 0.0000, 0.0000, 0.5684])\ntensor([1., 0., 0., 1.])\n");
}

TEST(Cli, NegativeSlopeValueThatLooksLikeAnOptionIsAccepted)
{
    const ProcessRun r = leakylab({"eval", "--negative-slope", "-0.5", "[-2.0, 4]"});
    EXPECT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(r.out, "tensor([1., 4.])\n");
}

TEST(Cli, UnquotedExpressionSplitByTheShellIsJoined)
{
    const ProcessRun r = leakylab({"eval", "torch.tensor([1.5,", "-2.0])"});
    EXPECT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(r.out, "tensor([ 1.5000, -0.0200])\n");
}

TEST(Cli, MistakesGiveOneLineOnStderrAndExitCodeTwo)
{
    const std::vector<QStringList> mistakes = {
        {"eval", "[1, 2"},
        {"eval", "--activation", "tanh", "[1]"},
        {"eval", "--negative-slope", "abc", "[1]"},
        {"eval", "--seed", "1.5", "[1]"},
        {"eval", "--seed", "18446744073709551616", "[1]"},
        {"eval", "--bogus", "[1]"},
        {"eval"},
        {"evaluate", "[1]"},
        {"eval", "torch.tensor([2, -4])"}, // leaky_relu on int64: PyTorch's own error
    };
    for (const QStringList& args : mistakes) {
        const ProcessRun r = leakylab(args);
        EXPECT_EQ(r.exitCode, 2) << args.join(' ').toStdString();
        EXPECT_EQ(r.out, "") << args.join(' ').toStdString();
        EXPECT_EQ(lineCount(r.err), 1u) << args.join(' ').toStdString() << " -> " << r.err;
    }
}

TEST(Cli, CodePrintsTheProgramForTheChosenForm)
{
    const ProcessRun r = leakylab({"code", "--form", "functional", "--negative-slope", "0.4", "[2,-4,5,-6]"});
    EXPECT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(r.out, "import torch\n"
                     "import torch.nn.functional as F\n"
                     "\n"
                     "x = torch.Tensor([2,-4,5,-6])\n"
                     "y = F.leaky_relu(x, negative_slope=0.4)\n"
                     "print(y)\n");
    const ProcessRun bad = leakylab({"code", "--form", "lambda", "[1]"});
    EXPECT_EQ(bad.exitCode, 2);
    EXPECT_EQ(lineCount(bad.err), 1u) << bad.err;
}

TEST(Cli, InplaceNegativeSlopeWithGradPrintsYThenPyTorchsError)
{
    const ProcessRun r = leakylab({"eval", "--inplace", "--grad", "--negative-slope", "-0.1", "[1.0, -2.0]"});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_EQ(r.out, "tensor([1.0000, 0.2000])\n");
    EXPECT_NE(r.err.find("In-place leakyReLu backward calculation is triggered with a negative slope"), std::string::npos);
}

TEST(Cli, ParseErrorNamesTheColumn)
{
    const ProcessRun r = leakylab({"eval", "[1, 2,, 3]"});
    EXPECT_NE(r.err.find("column 7"), std::string::npos) << r.err;
}

TEST(Cli, HelpAndVersionWorkWithoutADisplay)
{
    const ProcessRun help = leakylab({"--help"}, Display::None);
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_NE(help.out.find("leakylab eval"), std::string::npos);
    EXPECT_NE(help.out.find("--lang zh_CN"), std::string::npos);
    const ProcessRun version = leakylab({"--version"}, Display::None);
    EXPECT_EQ(version.exitCode, 0);
    EXPECT_EQ(version.out.rfind("leakylab ", 0), 0u);
    const ProcessRun evalHelp = leakylab({"eval", "--help"}, Display::None);
    EXPECT_EQ(evalHelp.exitCode, 0);
    EXPECT_NE(evalHelp.out.find("--negative-slope"), std::string::npos);
}

TEST(Cli, WindowWithoutADisplaySaysWhatToDoInstead)
{
    const ProcessRun r = leakylab({}, Display::None);
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find("xvfb-run"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("leakylab eval"), std::string::npos) << r.err;
}

} // namespace
} // namespace leakylab
