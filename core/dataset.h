// The training data sets of the simulator, made from PyTorch's generator as torch_simulation.py does.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "core/torch_random.h"

namespace leakylab {

// moons, circles, spiral and xor: two inputs, labels 0 and 1. sine: one input, a real target.
enum class DatasetKind { Moons, Circles, Spiral, Xor, Sine };

std::optional<DatasetKind> datasetFromName(std::string_view name);
std::string_view datasetName(DatasetKind kind);
bool isClassification(DatasetKind kind);
std::size_t datasetInputs(DatasetKind kind);

struct Dataset {
    DatasetKind kind = DatasetKind::Moons;
    std::size_t samples = 0;
    std::size_t inputs = 0;
    std::vector<float> x; // samples x inputs, row-major
    std::vector<float> y; // one label or target per sample
};

// Draws the uniforms with torch.rand, then the noise with torch.randn, from `gen`; the first
// samples / 2 samples are class 0. The shapes are computed in double and rounded to float once.
Dataset makeDataset(DatasetKind kind, std::size_t samples, double noise, TorchGenerator& gen);

} // namespace leakylab
