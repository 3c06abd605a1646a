// BM_TrainStep: one full-batch training step of the simulator (records, forward, backward, update).
#include <benchmark/benchmark.h>

#include "core/simulation.h"

namespace {

// state.range(0) hidden units in two hidden layers, on state.range(1) moons samples.
void BM_TrainStep(benchmark::State& state)
{
    leakylab::SimulationConfig config;
    config.hidden = static_cast<std::size_t>(state.range(0));
    config.samples = static_cast<std::size_t>(state.range(1));
    config.layers = 2;
    config.lr = 0.1;
    config.steps = 1000;
    auto created = leakylab::Simulation::create(config);
    if (!created) {
        state.SkipWithError(created.error().message.c_str());
        return;
    }
    leakylab::Simulation simulation = std::move(created).value();
    for (auto _ : state) {
        if (simulation.finished()) { // restart outside the timing once the step budget is used up
            state.PauseTiming();
            simulation = leakylab::Simulation::create(config).value();
            state.ResumeTiming();
        }
        benchmark::DoNotOptimize(simulation.step());
    }
    // Multiply-adds of the step: forward, weight gradients and input gradients.
    const double h = static_cast<double>(config.hidden);
    const double perSample = 2 * h + h * h + h;
    state.counters["MAC/s"] = benchmark::Counter(3 * perSample * static_cast<double>(config.samples),
                                                 benchmark::Counter::kIsIterationInvariantRate);
}

BENCHMARK(BM_TrainStep)->Args({16, 200})->Args({64, 512})->Args({256, 1024})->Unit(benchmark::kMicrosecond);

} // namespace
