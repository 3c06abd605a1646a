// A simulation as the JSON document `leakylab simulate` writes: config, data, parameters, history.
#include "core/simulation_json.h"

#include <charconv>
#include <cmath>

#include <nlohmann/json.hpp>

namespace leakylab {
namespace {

using nlohmann::json;

// The shortest decimal that reads back as the same float32 ("0.1", not 0.10000000149011612).
// Non-finite values have no JSON form and become null.
json number(float v)
{
    if (!std::isfinite(v))
        return nullptr;
    char text[32];
    const auto end = std::to_chars(text, text + sizeof text, v).ptr;
    double shortest = 0;
    std::from_chars(text, end, shortest);
    return shortest;
}

json numbers(std::span<const float> values)
{
    json array = json::array();
    for (const float v : values)
        array.push_back(number(v));
    return array;
}

json layers(const Mlp& net)
{
    json out = json::array();
    for (std::size_t l = 0; l < net.layerCount(); ++l) {
        const std::size_t in = net.layerInputs(l);
        json weight = json::array();
        for (std::size_t o = 0; o < net.layerOutputs(l); ++o)
            weight.push_back(numbers(net.weight(l).subspan(o * in, in)));
        out.push_back({{"weight", std::move(weight)}, {"bias", numbers(net.bias(l))}});
    }
    return out;
}

json config(const SimulationConfig& c)
{
    return {
        {"activation", c.activation == HiddenActivation::Relu ? "relu" : "leaky_relu"},
        {"negative-slope", c.negativeSlope},
        {"dataset", datasetName(c.dataset)},
        {"samples", c.samples},
        {"noise", c.noise},
        {"hidden", c.hidden},
        {"layers", c.layers},
        {"lr", c.lr},
        {"optimizer", optimizerName(c.optimizer)},
        {"momentum", c.momentum},
        {"batch-size", c.batchSize},
        {"bias-init", c.biasInit ? json(*c.biasInit) : json(nullptr)},
        {"steps", c.steps},
        {"seed", c.seed},
    };
}

} // namespace

std::string simulationJson(const Simulation& simulation)
{
    const Dataset& data = simulation.dataset();
    json x = json::array();
    for (std::size_t i = 0; i < data.samples; ++i)
        x.push_back(numbers(std::span(data.x).subspan(i * data.inputs, data.inputs)));

    json history = json::array();
    for (const StepRecord& r : simulation.history()) {
        json entry = {{"step", r.step}, {"loss", number(r.loss)}, {"dead_units", r.deadUnits}};
        if (r.accuracy)
            entry["accuracy"] = number(*r.accuracy);
        history.push_back(std::move(entry));
    }

    const json doc = {
        {"config", config(simulation.config())},
        {"loss", simulation.loss() == LossKind::BceWithLogits ? "bce_with_logits" : "mse"},
        {"dataset", {{"x", std::move(x)}, {"y", numbers(data.y)}}},
        {"initial", layers(simulation.initialNetwork())},
        {"final", layers(simulation.network())},
        {"history", std::move(history)},
        {"result", simulation.resultText()},
    };
    return doc.dump() + "\n";
}

} // namespace leakylab
