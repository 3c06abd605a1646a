// The training simulator: one network trained step by step on a seeded data set, recording each step.
//
// Everything follows from the seed as in tests/data/torch_simulation.py: torch.manual_seed(seed), then
// the data set, then nn.Linear's initialisation layer by layer, then one torch.randperm per epoch for
// mini-batches. The activation draws nothing, so a ReLU and a LeakyReLU run with the same config
// start from the same data and weights (see makeTwins). A Simulation shares nothing with another,
// so two can step on two threads at once; one Simulation is used by one thread at a time.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/dataset.h"
#include "core/loss.h"
#include "core/mlp.h"
#include "core/optimizer.h"
#include "core/result.h"

namespace leakylab {

struct SimulationConfig {
    HiddenActivation activation = HiddenActivation::Relu;
    double negativeSlope = 0.01; // LeakyReLU only
    DatasetKind dataset = DatasetKind::Moons;
    std::size_t samples = 200;
    double noise = 0.1;
    std::size_t hidden = 16;
    std::size_t layers = 2; // hidden layers
    double lr = 0.1;
    OptimizerKind optimizer = OptimizerKind::Sgd;
    double momentum = 0.0; // SGD only
    std::size_t batchSize = 0; // 0: the full data set each step
    std::optional<double> biasInit; // every hidden bias set to this instead of nn.Linear's draw
    std::size_t steps = 500;
    std::uint64_t seed = 0;
};

// Bounds that keep one run within memory and a few minutes on a laptop.
inline constexpr std::size_t kMaxSamples = 100'000;
inline constexpr std::size_t kMaxHidden = 1024;
inline constexpr std::size_t kMaxLayers = 8;
inline constexpr std::size_t kMaxSteps = 100'000;
// samples x hidden x layers: the activations kept for backward (2^24 floats, 64 MiB, per buffer).
inline constexpr std::size_t kMaxActivations = std::size_t {1} << 24;
// Multiply-adds of the whole run (forward and backward): about a minute of one CPU core.
inline constexpr double kMaxWork = 1e12;

// Why the config cannot run, in words for a student; nothing when it can.
std::optional<Error> validate(const SimulationConfig& config);

// What one step saw, at the parameters before its update.
struct StepRecord {
    std::size_t step = 0; // 0 for the first step, at the initial parameters
    float loss = 0;       // on this step's batch
    std::vector<std::size_t> deadUnits; // per hidden layer: units with pre-activation <= 0 on every sample
    std::optional<float> accuracy;      // classification only: share of all samples with (logit > 0) == label
};

class Simulation {
public:
    static Result<Simulation> create(const SimulationConfig& config);

    const SimulationConfig& config() const { return config_; }
    const Dataset& dataset() const { return data_; }
    LossKind loss() const { return loss_; }
    const Mlp& initialNetwork() const { return initial_; }
    const Mlp& network() const { return net_; } // the current parameters

    // One step: records the loss, dead units and accuracy, then updates the parameters. Returns the
    // record, or nothing when the run had finished or diverges now (its loss is NaN or infinite; that
    // step is not recorded and the parameters stay as they were).
    std::optional<StepRecord> step();
    // Steps until finished().
    void run();

    bool finished() const { return divergedAt_ || history_.size() >= config_.steps; }
    std::size_t stepsDone() const { return history_.size(); }
    std::optional<std::size_t> divergedAt() const { return divergedAt_; }
    // "completed", "diverged at step k", or "running" before the end.
    std::string resultText() const;
    const std::vector<StepRecord>& history() const { return history_; }

    // Per hidden layer and unit, on how many samples of the data set its pre-activation was > 0 at the
    // last recorded step (all zeros before the first): the colour of a unit grid; 0 means dead.
    const std::vector<std::vector<std::uint32_t>>& activeSamples() const { return active_; }

private:
    explicit Simulation(const SimulationConfig& config);
    const float* nextBatch(std::size_t& rows);

    SimulationConfig config_;
    TorchGenerator gen_;
    Dataset data_;
    LossKind loss_;
    Mlp net_;
    Mlp initial_;
    Optimizer optimizer_;
    std::vector<StepRecord> history_;
    std::optional<std::size_t> divergedAt_;
    std::vector<std::vector<std::uint32_t>> active_;

    // Mini-batches: the epoch's permutation and where the next batch starts in it.
    std::vector<std::int64_t> perm_;
    std::size_t permPos_ = 0;
    std::vector<float> batchX_, batchY_, gradOut_;
};

// The same config trained once with ReLU and once with LeakyReLU: same data, same initial weights.
struct TwinSimulations {
    Simulation relu;
    Simulation leakyRelu;
};
Result<TwinSimulations> makeTwins(const SimulationConfig& config);

} // namespace leakylab
