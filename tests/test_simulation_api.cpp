// The simulator's API as the panel and the command line use it: twins, limits, the JSON document.
#include <gtest/gtest.h>

#include <bit>
#include <cmath>
#include <string>

#include <nlohmann/json.hpp>

#include "core/simulation.h"
#include "core/simulation_json.h"

namespace {

using leakylab::HiddenActivation;
using leakylab::Simulation;
using leakylab::SimulationConfig;

SimulationConfig smallConfig()
{
    SimulationConfig config;
    config.samples = 40;
    config.hidden = 6;
    config.steps = 25;
    config.seed = 12;
    return config;
}

TEST(Twins, StartFromTheSameDataAndWeightsAndDifferOnlyInTheActivation)
{
    SimulationConfig config = smallConfig();
    config.biasInit = -0.5;
    auto twins = leakylab::makeTwins(config);
    ASSERT_TRUE(twins.ok()) << twins.error().message;
    const Simulation& relu = twins.value().relu;
    const Simulation& leaky = twins.value().leakyRelu;
    EXPECT_EQ(relu.config().activation, HiddenActivation::Relu);
    EXPECT_EQ(leaky.config().activation, HiddenActivation::LeakyRelu);
    EXPECT_EQ(relu.dataset().x, leaky.dataset().x);
    EXPECT_EQ(relu.dataset().y, leaky.dataset().y);
    const auto a = relu.initialNetwork().parameters();
    const auto b = leaky.initialNetwork().parameters();
    EXPECT_TRUE(std::equal(a.begin(), a.end(), b.begin(), b.end()));
    EXPECT_EQ(relu.initialNetwork().bias(0)[0], -0.5F);
}

TEST(Stepping, RecordsEachStepUntilTheEndAndThenStops)
{
    auto created = Simulation::create(smallConfig());
    ASSERT_TRUE(created.ok());
    Simulation& simulation = created.value();
    EXPECT_EQ(simulation.resultText(), "running");
    const auto first = simulation.step();
    ASSERT_TRUE(first);
    EXPECT_EQ(first->step, 0u);
    EXPECT_EQ(first->deadUnits.size(), 2u);
    EXPECT_TRUE(first->accuracy);
    std::uint32_t active = 0;
    for (const std::uint32_t count : simulation.activeSamples()[0])
        active += count;
    EXPECT_GT(active, 0u);
    simulation.run();
    EXPECT_EQ(simulation.stepsDone(), 25u);
    EXPECT_EQ(simulation.resultText(), "completed");
    EXPECT_FALSE(simulation.step());
    EXPECT_EQ(simulation.history().size(), 25u);
}

TEST(Stepping, ADivergingRunStopsWithoutRecordingTheNonFiniteLoss)
{
    SimulationConfig config = smallConfig();
    config.dataset = leakylab::DatasetKind::Sine;
    config.lr = 1e6;
    config.steps = 1000;
    auto created = Simulation::create(config);
    ASSERT_TRUE(created.ok());
    created.value().run();
    ASSERT_TRUE(created.value().divergedAt());
    EXPECT_EQ(created.value().resultText(), "diverged at step " + std::to_string(*created.value().divergedAt()));
    EXPECT_EQ(created.value().history().size(), *created.value().divergedAt());
    for (const auto& record : created.value().history())
        EXPECT_TRUE(std::isfinite(record.loss));
}

TEST(Limits, SayWhatIsWrongInWords)
{
    const auto rejected = [](auto change) {
        SimulationConfig config = smallConfig();
        change(config);
        const auto error = leakylab::validate(config);
        return error ? error->message : std::string();
    };
    EXPECT_NE(rejected([](SimulationConfig& c) { c.samples = 0; }).find("samples"), std::string::npos);
    EXPECT_NE(rejected([](SimulationConfig& c) { c.hidden = leakylab::kMaxHidden + 1; }).find("hidden"),
              std::string::npos);
    EXPECT_NE(rejected([](SimulationConfig& c) { c.layers = 0; }).find("layers"), std::string::npos);
    EXPECT_NE(rejected([](SimulationConfig& c) { c.lr = NAN; }).find("learning rate"), std::string::npos);
    EXPECT_NE(rejected([](SimulationConfig& c) { c.batchSize = 41; }).find("batch size"), std::string::npos);
    EXPECT_EQ(rejected([](SimulationConfig&) {}), "");
    EXPECT_FALSE(Simulation::create([] {
                     SimulationConfig c = smallConfig();
                     c.steps = leakylab::kMaxSteps + 1;
                     return c;
                 }())
                     .ok());
}

TEST(Json, FloatsReadBackAsTheSameFloat32)
{
    auto created = Simulation::create(smallConfig());
    ASSERT_TRUE(created.ok());
    created.value().run();
    const auto doc = nlohmann::json::parse(leakylab::simulationJson(created.value()));
    const auto& x = created.value().dataset().x;
    for (std::size_t i = 0; i < created.value().dataset().samples; ++i)
        for (std::size_t j = 0; j < 2; ++j)
            EXPECT_EQ(std::bit_cast<std::uint32_t>(doc["dataset"]["x"][i][j].get<float>()),
                      std::bit_cast<std::uint32_t>(x[i * 2 + j]));
    const auto finalWeight = created.value().network().weight(1);
    for (std::size_t o = 0; o < 6; ++o)
        for (std::size_t i = 0; i < 6; ++i)
            EXPECT_EQ(doc["final"][1]["weight"][o][i].get<float>(), finalWeight[o * 6 + i]);
    EXPECT_EQ(doc["history"][24]["loss"].get<float>(), created.value().history()[24].loss);
    EXPECT_TRUE(doc["config"]["bias-init"].is_null());
    EXPECT_EQ(doc["config"]["activation"], "relu");
}

} // namespace
