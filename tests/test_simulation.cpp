// The training simulator against real PyTorch 1.13 runs (tests/data/make_simulation_cases.py), bit for bit.
#include <gtest/gtest.h>

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

// Every step's loss, dead-unit counts and accuracy are PyTorch's exactly: the aggressive cases run
// hundreds of steps where a difference in one bit of one gradient would grow until they part.
TEST_P(PyTorchRun, EveryStepMatchesPyTorch)
{
    const leakylab::Simulation simulation = trained();
    const json& history = expected()["history"];
    EXPECT_EQ(simulation.resultText(), expected()["result"].get<std::string>());
    ASSERT_EQ(simulation.history().size(), history.size());
    for (std::size_t k = 0; k < history.size(); ++k) {
        const leakylab::StepRecord& ours = simulation.history()[k];
        const json& theirs = history[k];
        ASSERT_EQ(ours.step, k);
        // PyTorch's loss.item() is a float32 value held in a double, so the cast is exact.
        EXPECT_EQ(bitsOf(ours.loss), bitsOf(theirs["loss"].get<float>())) << "step " << k;
        EXPECT_EQ(ours.deadUnits, theirs["dead_units"].get<std::vector<std::size_t>>()) << "step " << k;
        ASSERT_EQ(ours.accuracy.has_value(), theirs.contains("accuracy")) << "step " << k;
        if (ours.accuracy) {
            EXPECT_EQ(bitsOf(*ours.accuracy), bitsOf(theirs["accuracy"].get<float>())) << "step " << k;
        }
    }
}

// The parameters after the last update (for a diverging run: before the step that diverged).
TEST_P(PyTorchRun, FinalWeightsAreBitForBitPyTorchs)
{
    const leakylab::Simulation simulation = trained();
    const leakylab::Mlp& net = simulation.network();
    const json& layers = expected()["final"];
    ASSERT_EQ(layers.size(), net.layerCount());
    for (std::size_t l = 0; l < net.layerCount(); ++l) {
        const auto floats = [](const json& values) { return values.get<std::vector<float>>(); };
        EXPECT_EQ(bitsOfAll(net.weight(l)), bitsOfAll(floats(layers[l]["weight"]))) << "layer " << l;
        EXPECT_EQ(bitsOfAll(net.bias(l)), bitsOfAll(floats(layers[l]["bias"]))) << "layer " << l;
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
