// The training simulator: one network trained step by step on a seeded data set, recording each step.
#include "core/simulation.h"

#include <algorithm>
#include <cmath>
#include <string>

#include "core/activation.h"
#include "core/torch_sampling.h"

namespace leakylab {
namespace {

template <class... Args>
std::optional<Error> problem(MessageTemplate message, Args&&... args)
{
    return Error {Message::format(message, std::forward<Args>(args)...)};
}

// Multiply-adds of one step: forward, then the weight and input gradients.
double workPerStep(const SimulationConfig& c)
{
    const auto h = static_cast<double>(c.hidden);
    const double perSample = static_cast<double>(datasetInputs(c.dataset)) * h
        + static_cast<double>(c.layers - 1) * h * h + h;
    const double rows = static_cast<double>(c.batchSize == 0 ? c.samples : c.batchSize);
    const double fullForward = c.batchSize == 0 ? 0.0 : static_cast<double>(c.samples) * perSample;
    return 3.0 * rows * perSample + fullForward;
}

} // namespace

std::optional<Error> validate(const SimulationConfig& c)
{
    if (!std::isfinite(c.negativeSlope))
        return problem(LEAKYLAB_MESSAGE("core", "the negative slope must be a finite number"));
    if (c.samples < 1 || c.samples > kMaxSamples)
        return problem(LEAKYLAB_MESSAGE("core", "samples must be from 1 to %1"), kMaxSamples);
    if (!std::isfinite(c.noise) || c.noise < 0)
        return problem(LEAKYLAB_MESSAGE("core", "noise must be a finite number >= 0"));
    if (c.hidden < 1 || c.hidden > kMaxHidden)
        return problem(LEAKYLAB_MESSAGE("core", "hidden units must be from 1 to %1"), kMaxHidden);
    if (c.layers < 1 || c.layers > kMaxLayers)
        return problem(LEAKYLAB_MESSAGE("core", "hidden layers must be from 1 to %1"), kMaxLayers);
    if (!std::isfinite(c.lr) || c.lr < 0)
        return problem(LEAKYLAB_MESSAGE("core", "the learning rate must be a finite number >= 0"));
    if (!std::isfinite(c.momentum) || c.momentum < 0)
        return problem(LEAKYLAB_MESSAGE("core", "momentum must be a finite number >= 0"));
    if (c.batchSize > c.samples)
        return problem(LEAKYLAB_MESSAGE("core", "the batch size must be at most the number of samples (0 for the full batch)"));
    if (c.biasInit && !std::isfinite(*c.biasInit))
        return problem(LEAKYLAB_MESSAGE("core", "the bias init must be a finite number"));
    if (c.steps > kMaxSteps)
        return problem(LEAKYLAB_MESSAGE("core", "steps must be at most %1"), kMaxSteps);
    if (c.samples * c.hidden * c.layers > kMaxActivations)
        return problem(LEAKYLAB_MESSAGE("core", "samples x hidden units x layers must be at most %1 (the activations kept for training)"),
                       kMaxActivations);
    if (workPerStep(c) * static_cast<double>(c.steps) > kMaxWork)
        return problem(LEAKYLAB_MESSAGE("core", "this run is too long for one go (over 10^12 multiply-adds): lower the steps, samples, "
                                           "hidden units or layers"));
    return std::nullopt;
}

Result<Simulation> Simulation::create(const SimulationConfig& config)
{
    if (auto error = validate(config))
        return *error;
    return Simulation(config);
}

Simulation::Simulation(const SimulationConfig& config)
    : config_(config)
    , gen_(config.seed)
    , data_(makeDataset(config.dataset, config.samples, config.noise, gen_))
    , loss_(isClassification(config.dataset) ? LossKind::BceWithLogits : LossKind::Mse)
    , net_(data_.inputs, config.hidden, config.layers, config.activation, slopeAsFloat(config.negativeSlope))
    , initial_(net_)
    , optimizer_({config.optimizer, config.lr, config.momentum}, net_.parameters().size())
    , active_(config.layers, std::vector<std::uint32_t>(config.hidden))
    , permPos_(config.samples) // the first mini-batch step draws a permutation
{
    net_.initLikeTorch(gen_);
    if (config.biasInit)
        net_.fillHiddenBiases(static_cast<float>(*config.biasInit)); // fill_ rounds to float
    initial_ = net_;
    const std::size_t rows = config.batchSize == 0 ? config.samples : config.batchSize;
    batchX_.resize(rows * data_.inputs);
    batchY_.resize(rows);
    gradOut_.resize(std::max(rows, config.samples));
}

std::string Simulation::resultText() const
{
    if (divergedAt_)
        return "diverged at step " + std::to_string(*divergedAt_);
    return finished() ? "completed" : "running";
}

// The next slice of the epoch's permutation, gathered into batchX_ / batchY_.
const float* Simulation::nextBatch(std::size_t& rows)
{
    const std::size_t n = config_.samples;
    if (permPos_ >= n) {
        perm_ = randperm(gen_, static_cast<std::int64_t>(n));
        permPos_ = 0;
    }
    rows = std::min(config_.batchSize, n - permPos_);
    const std::size_t in = data_.inputs;
    for (std::size_t r = 0; r < rows; ++r) {
        const auto src = static_cast<std::size_t>(perm_[permPos_ + r]);
        std::copy_n(data_.x.begin() + static_cast<std::ptrdiff_t>(src * in), in,
                    batchX_.begin() + static_cast<std::ptrdiff_t>(r * in));
        batchY_[r] = data_.y[src];
    }
    permPos_ += config_.batchSize;
    return batchX_.data();
}

std::optional<StepRecord> Simulation::step()
{
    if (finished())
        return std::nullopt;
    const std::size_t n = config_.samples;
    StepRecord record;
    record.step = history_.size();

    // Dead units and accuracy are measured on the whole data set.
    const std::span<const float> logits = net_.forward(data_.x.data(), n);
    for (std::size_t l = 0; l < config_.layers; ++l) {
        std::vector<std::uint32_t>& active = active_[l];
        std::ranges::fill(active, 0U);
        const std::span<const float> z = net_.preActivation(l);
        for (std::size_t r = 0; r < n; ++r)
            for (std::size_t j = 0; j < config_.hidden; ++j)
                active[j] += z[r * config_.hidden + j] > 0.0F ? 1U : 0U;
        record.deadUnits.push_back(static_cast<std::size_t>(std::ranges::count(active, 0U)));
    }
    if (loss_ == LossKind::BceWithLogits) {
        std::size_t correct = 0;
        for (std::size_t r = 0; r < n; ++r)
            correct += (logits[r] > 0.0F ? 1.0F : 0.0F) == data_.y[r] ? 1 : 0;
        record.accuracy = static_cast<float>(correct) / static_cast<float>(n);
    }

    const float* x = data_.x.data();
    const float* y = data_.y.data();
    std::span<const float> outputs = logits;
    std::size_t rows = n;
    if (config_.batchSize != 0) {
        x = nextBatch(rows);
        y = batchY_.data();
        outputs = net_.forward(x, rows);
    }
    record.loss = meanLoss(loss_, outputs.data(), y, rows, gradOut_.data());
    if (!std::isfinite(record.loss)) {
        divergedAt_ = record.step;
        return std::nullopt;
    }
    net_.backward(x, gradOut_.data());
    optimizer_.step(net_.parameters(), net_.gradients());
    history_.push_back(record);
    return record;
}

void Simulation::run()
{
    history_.reserve(config_.steps);
    while (!finished())
        step();
}

Result<TwinSimulations> makeTwins(const SimulationConfig& config)
{
    SimulationConfig relu = config;
    relu.activation = HiddenActivation::Relu;
    SimulationConfig leaky = config;
    leaky.activation = HiddenActivation::LeakyRelu;
    auto first = Simulation::create(relu);
    if (!first)
        return first.error();
    auto second = Simulation::create(leaky);
    if (!second)
        return second.error();
    return TwinSimulations {std::move(first).value(), std::move(second).value()};
}

} // namespace leakylab
