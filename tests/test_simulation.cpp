// The training simulator against real PyTorch 1.13 runs (tests/data/make_simulation_cases.py).
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "core/simulation.h"
#include "core/torch_sampling.h"
#include "fixtures.h"

namespace {

using leakylab::testing::bitsOf;
using leakylab::testing::floatsFromBits;
using leakylab::testing::loadFixture;
using nlohmann::json;

// Losses agree to float rounding: the matrix products and PyTorch's BLAS sum in different orders.
constexpr double kLossTolerance = 1e-4; // relative, at every step
constexpr double kParamTolerance = 1e-3; // relative to the layer's largest magnitude, after the run

const json& fixture()
{
    static const json doc = loadFixture("simulation_cases.json");
    return doc;
}

leakylab::SimulationConfig configFrom(const json& c)
{
    leakylab::SimulationConfig config;
    config.activation = c["activation"] == "relu" ? leakylab::HiddenActivation::Relu
                                                  : leakylab::HiddenActivation::LeakyRelu;
    config.negativeSlope = c["negative-slope"].get<double>();
    config.dataset = *leakylab::datasetFromName(c["dataset"].get<std::string>());
    config.samples = c["samples"].get<std::size_t>();
    config.noise = c["noise"].get<double>();
    config.hidden = c["hidden"].get<std::size_t>();
    config.layers = c["layers"].get<std::size_t>();
    config.lr = c["lr"].get<double>();
    config.optimizer = *leakylab::optimizerFromName(c["optimizer"].get<std::string>());
    config.momentum = c["momentum"].get<double>();
    config.batchSize = c["batch-size"].get<std::size_t>();
    if (!c["bias-init"].is_null())
        config.biasInit = c["bias-init"].get<double>();
    config.steps = c["steps"].get<std::size_t>();
    config.seed = c["seed"].get<std::uint64_t>();
    return config;
}

std::vector<std::uint32_t> bitsOfAll(const std::vector<float>& values)
{
    std::vector<std::uint32_t> out;
    for (const float v : values)
        out.push_back(bitsOf(v));
    return out;
}

std::vector<std::uint32_t> bitsOfAll(std::span<const float> values)
{
    return bitsOfAll(std::vector<float>(values.begin(), values.end()));
}

class PyTorchRun : public ::testing::TestWithParam<std::size_t> {
protected:
    const json& expected() const { return fixture()["cases"][GetParam()]; }
    leakylab::Simulation trained() const
    {
        auto simulation = leakylab::Simulation::create(configFrom(expected()["config"]));
        EXPECT_TRUE(simulation.ok());
        simulation.value().run();
        return std::move(simulation).value();
    }
};

TEST_P(PyTorchRun, DataSetIsBitForBitPyTorchs)
{
    const auto simulation = leakylab::Simulation::create(configFrom(expected()["config"]));
    ASSERT_TRUE(simulation.ok()) << simulation.error().message;
    EXPECT_EQ(bitsOfAll(simulation.value().dataset().x), bitsOfAll(floatsFromBits(expected()["x"])));
    EXPECT_EQ(bitsOfAll(simulation.value().dataset().y), bitsOfAll(floatsFromBits(expected()["y"])));
}

TEST_P(PyTorchRun, InitialWeightsAreBitForBitNnLinears)
{
    const auto simulation = leakylab::Simulation::create(configFrom(expected()["config"]));
    ASSERT_TRUE(simulation.ok()) << simulation.error().message;
    const leakylab::Mlp& net = simulation.value().initialNetwork();
    const json& layers = expected()["initial"];
    ASSERT_EQ(layers.size(), net.layerCount());
    for (std::size_t l = 0; l < net.layerCount(); ++l) {
        EXPECT_EQ(bitsOfAll(net.weight(l)), bitsOfAll(floatsFromBits(layers[l]["weight"]))) << "layer " << l;
        EXPECT_EQ(bitsOfAll(net.bias(l)), bitsOfAll(floatsFromBits(layers[l]["bias"]))) << "layer " << l;
    }
}

TEST_P(PyTorchRun, EveryStepMatchesPyTorch)
{
    const leakylab::Simulation simulation = trained();
    const json& history = expected()["history"];
    EXPECT_EQ(simulation.resultText(), expected()["result"].get<std::string>());
    ASSERT_EQ(simulation.history().size(), history.size());
    // Where some logit of PyTorch's run came within float rounding of 0, that one sample may land on
    // the other side here; otherwise the accuracy must be the same.
    const json& logitMargin = expected()["logit_margin"];
    const auto samples = static_cast<float>(simulation.config().samples);
    const float accuracySlack = !logitMargin.is_null() && logitMargin.get<double>() < 1e-6 ? 1.01F / samples : 1e-6F;
    for (std::size_t k = 0; k < history.size(); ++k) {
        const leakylab::StepRecord& ours = simulation.history()[k];
        const json& theirs = history[k];
        const double loss = theirs["loss"].get<double>();
        ASSERT_EQ(ours.step, k);
        EXPECT_NEAR(static_cast<double>(ours.loss), loss, kLossTolerance * std::abs(loss)) << "step " << k;
        EXPECT_EQ(ours.deadUnits, theirs["dead_units"].get<std::vector<std::size_t>>()) << "step " << k;
        ASSERT_EQ(ours.accuracy.has_value(), theirs.contains("accuracy")) << "step " << k;
        if (ours.accuracy) {
            EXPECT_NEAR(*ours.accuracy, theirs["accuracy"].get<float>(), accuracySlack) << "step " << k;
        }
    }
}

TEST_P(PyTorchRun, FinalWeightsMatchPyTorchs)
{
    if (expected()["result"] != "completed")
        GTEST_SKIP() << "a diverging run ends near float overflow, where no tolerance means anything";
    const leakylab::Simulation simulation = trained();
    const leakylab::Mlp& net = simulation.network();
    const json& layers = expected()["final"];
    for (std::size_t l = 0; l < net.layerCount(); ++l) {
        double scale = 0; // the layer's largest parameter, weight or bias
        for (const char* part : {"weight", "bias"})
            for (const double v : layers[l][part].get<std::vector<double>>())
                scale = std::max(scale, std::abs(v));
        for (const char* part : {"weight", "bias"}) {
            const auto theirs = layers[l][part].get<std::vector<double>>();
            const auto ours = std::string(part) == "weight" ? net.weight(l) : net.bias(l);
            ASSERT_EQ(ours.size(), theirs.size());
            for (std::size_t i = 0; i < ours.size(); ++i)
                EXPECT_NEAR(static_cast<double>(ours[i]), theirs[i], kParamTolerance * scale)
                    << "layer " << l << " " << part << "[" << i << "]";
        }
    }
}

std::vector<std::size_t> caseIndices()
{
    std::vector<std::size_t> out(fixture()["cases"].size());
    for (std::size_t i = 0; i < out.size(); ++i)
        out[i] = i;
    return out;
}

std::string caseName(const ::testing::TestParamInfo<std::size_t>& param)
{
    return fixture()["cases"][param.param]["name"].get<std::string>();
}

INSTANTIATE_TEST_SUITE_P(Fixtures, PyTorchRun, ::testing::ValuesIn(caseIndices()), caseName);

TEST(TorchSampling, RandUniformAndRandpermAreBitForBitPyTorchs)
{
    for (const json& c : fixture()["sampling"]) {
        leakylab::TorchGenerator gen(c["seed"].get<std::uint64_t>());
        const auto n = c["n"].get<std::size_t>();
        const std::string op = c["op"];
        if (op == "randperm") {
            const auto perm = leakylab::randperm(gen, static_cast<std::int64_t>(n));
            const auto every = c["every"].get<std::size_t>();
            std::vector<std::int64_t> picked;
            for (std::size_t i = 0; i < n; i += every)
                picked.push_back(perm[i]);
            EXPECT_EQ(picked, c["values"].get<std::vector<std::int64_t>>()) << "randperm(" << n << ")";
            continue;
        }
        std::vector<float> values(n);
        if (op == "rand")
            values = leakylab::rand(gen, n);
        else
            leakylab::uniformFill(gen, values.data(), n, c["from"].get<double>(), c["to"].get<double>());
        EXPECT_EQ(bitsOfAll(values), bitsOfAll(floatsFromBits(c["values"]))) << op << " seed " << c["seed"];
    }
}

} // namespace
