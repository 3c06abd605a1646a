// The training data sets of the simulator, made from PyTorch's generator as torch_simulation.py does.
#include "core/dataset.h"

#include <array>
#include <cmath>
#include <numbers>

#include "core/torch_sampling.h"

namespace leakylab {
namespace {

constexpr std::array kNames = {std::string_view("moons"), std::string_view("circles"),
                               std::string_view("spiral"), std::string_view("xor"), std::string_view("sine")};

double toDouble(float v) { return static_cast<double>(v); }

// A point of one of the two-class shapes before noise: t is the uniform draw, outer = class 0.
std::array<double, 2> shapePoint(DatasetKind kind, double t, bool outer)
{
    constexpr double pi = std::numbers::pi;
    switch (kind) {
    case DatasetKind::Moons: { // sklearn's make_moons, at random positions along the arcs
        const double a = pi * t;
        return outer ? std::array {std::cos(a), std::sin(a)} : std::array {1.0 - std::cos(a), 0.5 - std::sin(a)};
    }
    case DatasetKind::Circles: { // sklearn's make_circles with factor 0.5
        const double a = (2.0 * pi) * t;
        const double r = outer ? 1.0 : 0.5;
        return {r * std::cos(a), r * std::sin(a)};
    }
    default: { // two interleaved spirals of one and a half turns, radius t
        const double a = (3.0 * pi) * t + pi * (outer ? 0.0 : 1.0);
        return {t * std::cos(a), t * std::sin(a)};
    }
    }
}

} // namespace

std::optional<DatasetKind> datasetFromName(std::string_view name)
{
    for (std::size_t i = 0; i < kNames.size(); ++i)
        if (kNames[i] == name)
            return static_cast<DatasetKind>(i);
    return std::nullopt;
}

std::string_view datasetName(DatasetKind kind) { return kNames[static_cast<std::size_t>(kind)]; }

bool isClassification(DatasetKind kind) { return kind != DatasetKind::Sine; }

std::size_t datasetInputs(DatasetKind kind) { return kind == DatasetKind::Sine ? 1 : 2; }

Dataset makeDataset(DatasetKind kind, std::size_t samples, double noise, TorchGenerator& gen)
{
    const std::size_t n = samples;
    Dataset data {kind, n, datasetInputs(kind), std::vector<float>(n * datasetInputs(kind)), std::vector<float>(n)};
    const auto n64 = static_cast<std::int64_t>(n);

    if (kind == DatasetKind::Sine) {
        const std::vector<float> u = rand(gen, n);
        const std::vector<float> e = gen.randn(n64);
        for (std::size_t i = 0; i < n; ++i) {
            const double x = 2.0 * toDouble(u[i]) - 1.0;
            data.x[i] = static_cast<float>(x);
            data.y[i] = static_cast<float>(std::sin(std::numbers::pi * x) + noise * toDouble(e[i]));
        }
        return data;
    }

    if (kind == DatasetKind::Xor) { // uniform in [-1, 1]^2, class 1 where the signs differ
        const std::vector<float> u = rand(gen, 2 * n);
        const std::vector<float> e = gen.randn(2 * n64);
        for (std::size_t i = 0; i < n; ++i) {
            const double p0 = 2.0 * toDouble(u[2 * i]) - 1.0;
            const double p1 = 2.0 * toDouble(u[2 * i + 1]) - 1.0;
            data.y[i] = (p0 > 0.0) != (p1 > 0.0) ? 1.0F : 0.0F;
            data.x[2 * i] = static_cast<float>(p0 + noise * toDouble(e[2 * i]));
            data.x[2 * i + 1] = static_cast<float>(p1 + noise * toDouble(e[2 * i + 1]));
        }
        return data;
    }

    const std::vector<float> t = rand(gen, n);
    const std::vector<float> e = gen.randn(2 * n64);
    for (std::size_t i = 0; i < n; ++i) {
        const bool outer = i < n / 2;
        const auto p = shapePoint(kind, toDouble(t[i]), outer);
        data.y[i] = outer ? 0.0F : 1.0F;
        data.x[2 * i] = static_cast<float>(p[0] + noise * toDouble(e[2 * i]));
        data.x[2 * i + 1] = static_cast<float>(p[1] + noise * toDouble(e[2 * i + 1]));
    }
    return data;
}

} // namespace leakylab
