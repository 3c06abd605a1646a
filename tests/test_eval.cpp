// `leakylab eval` against what real PyTorch printed: the tutorial's examples and random requests.
#include <gtest/gtest.h>

#include <string>

#include "core/eval.h"
#include "fixtures.h"

namespace leakylab {
namespace {

struct EvalCase {
    std::string name;
    std::string expr;
    EvalOptions options;
    std::string stdoutText; // empty when PyTorch raised
    std::string error;
};

std::vector<EvalCase> loadEvalCases()
{
    std::vector<EvalCase> cases;
    const nlohmann::json fixture = testing::loadFixture("eval_cases.json");
    for (const auto& c : fixture["cases"]) {
        EvalCase e;
        e.name = "case" + std::to_string(cases.size());
        e.expr = c["expr"];
        e.options.activation = *activationFromName(c["activation"].get<std::string>());
        e.options.negativeSlope = std::stod(c["negative_slope"].get<std::string>());
        e.options.inplace = c["inplace"];
        e.options.grad = c["grad"];
        e.options.seed = c["seed"].get<std::uint64_t>();
        e.stdoutText = c.value("stdout", "");
        e.error = c.value("error", "");
        cases.push_back(std::move(e));
    }
    return cases;
}

void PrintTo(const EvalCase& c, std::ostream* os) { *os << c.expr; }

class EvalMatchesPyTorch : public ::testing::TestWithParam<EvalCase> {};

TEST_P(EvalMatchesPyTorch, PrintsWhatPyTorchPrintsOrFailsAsItFails)
{
    const EvalCase& c = GetParam();
    const EvalResult result = evaluate(c.expr, c.options);
    EXPECT_EQ(result.printed, c.stdoutText) << c.expr;
    EXPECT_EQ(result.error ? result.error->message : "", c.error) << c.expr;
}

INSTANTIATE_TEST_SUITE_P(RandomRequests, EvalMatchesPyTorch, ::testing::ValuesIn(loadEvalCases()),
                         [](const auto& p) { return p.param.name; });

// The classic tutorial's examples (tests/data/tutorial.json), each set up as the lesson does.
TEST(EvalTutorial, EveryExamplePrintsWhatThePyTorchTutorialPrinted)
{
    const nlohmann::json tutorial = testing::loadFixture("tutorial.json");
    const auto printed = [&](std::size_t i) { return tutorial["examples"][i]["printed"].get<std::string>() + "\n"; };
    const auto run = [](const char* expr, Activation a, double slope, bool inplace, std::optional<std::uint64_t> seed) {
        EvalOptions o;
        o.activation = a;
        o.negativeSlope = slope;
        o.inplace = inplace;
        o.seed = seed;
        const EvalResult r = evaluate(expr, o);
        return r.ok() ? r.printed : "error: " + r.error->message;
    };
    EXPECT_EQ(run("torch.randn(4)", Activation::LeakyRelu, 0.2, false, 0), printed(0));
    EXPECT_EQ(run("torch.Tensor([2,-4,5,-6])", Activation::LeakyRelu, 0.4, false, {}), printed(1));
    EXPECT_EQ(run("torch.Tensor([2,-3,4,-6])", Activation::LeakyRelu, 0.6, false, {}), printed(2));
    EXPECT_EQ(run("torch.Tensor([2,-3,4,-6])", Activation::Relu, 0.01, false, {}), printed(3));
    EXPECT_EQ(run("torch.Tensor([2,-4,5,-6])", Activation::LeakyRelu, 0.4, true, {}), printed(4));
    EXPECT_EQ(run("torch.Tensor([2,-4,5,-6])", Activation::LeakyRelu, 0.01, false, {}), printed(5));
}

TEST(EvalTutorial, PyTorchErrorsAreReportedInPyTorchsWords)
{
    const nlohmann::json tutorial = testing::loadFixture("tutorial.json");
    EvalOptions inplaceNegative;
    inplaceNegative.negativeSlope = -0.1;
    inplaceNegative.inplace = true;
    inplaceNegative.grad = true;
    const EvalResult negative = evaluate("[1.0, -2.0]", inplaceNegative);
    ASSERT_FALSE(negative.ok());
    EXPECT_EQ(negative.error->message, tutorial["errors"][0]["error"].get<std::string>());
    EXPECT_EQ(negative.printed, "tensor([1.0000, 0.2000])\n"); // y was printed before backward() raised

    EvalOptions onLong;
    onLong.negativeSlope = 0.1;
    const EvalResult integer = evaluate("torch.tensor([2, -4])", onLong);
    ASSERT_FALSE(integer.ok());
    EXPECT_EQ(integer.error->message, tutorial["errors"][2]["error"].get<std::string>());
}

TEST(Eval, WithoutASeedEachRunDrawsItsOwnAndReportsIt)
{
    const EvalResult a = evaluate("torch.randn(3)", {});
    const EvalResult b = evaluate("torch.randn(3)", {});
    ASSERT_TRUE(a.ok() && b.ok());
    EXPECT_NE(a.seed, b.seed);
    EvalOptions replay;
    replay.seed = a.seed;
    EXPECT_EQ(evaluate("torch.randn(3)", replay).printed, a.printed);
}

TEST(Eval, ParserErrorsKeepTheirPosition)
{
    const EvalResult r = evaluate("[1, 2,, 3]", {});
    ASSERT_FALSE(r.ok());
    ASSERT_TRUE(r.error->position.has_value());
    EXPECT_EQ(*r.error->position, 6u);
}

} // namespace
} // namespace leakylab
