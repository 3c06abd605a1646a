// What the training thread hands the panel: the steps recorded since the last hand-over and the latest state.
#pragma once

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/dataset.h"
#include "core/message.h"
#include "core/simulation.h"

namespace leakylab {

enum class TrainingState {
    Ready, // at step 0, or paused part way
    Running,
    Finished, // both networks completed or diverged
    Invalid, // the settings cannot run; see TrainingUpdate::error
};

// Where the decision regions are evaluated: columns x rows points over the data's bounding box, or for a
// 1-D data set (sine) `columns` points along x and rows == 1.
struct RegionGrid {
    double xMin = 0, xMax = 1, yMin = 0, yMax = 1;
    int columns = 0, rows = 0;

    std::size_t points() const { return static_cast<std::size_t>(columns) * static_cast<std::size_t>(rows); }
    double x(int column) const { return xMin + (xMax - xMin) * column / std::max(columns - 1, 1); }
    double y(int row) const { return yMin + (yMax - yMin) * row / std::max(rows - 1, 1); }
};

// What stays fixed for a run: set once when it (re)starts.
struct TrainingSetup {
    SimulationConfig config;
    Dataset dataset;
    RegionGrid grid;
};

struct NetworkUpdate {
    std::vector<StepRecord> records; // new since the last update, in step order
    std::size_t stepsDone = 0;
    std::optional<std::size_t> divergedAt;
    std::vector<std::vector<std::uint32_t>> activeSamples; // per layer and unit, at the last recorded step
    // The network's output at the grid's points, row by row: for classification the probability of class 1,
    // for regression the prediction. A diverged network keeps its last parameters, whose outputs can still
    // overflow: those points hold NaN, which the views leave out.
    std::vector<float> regions;
};

struct TrainingUpdate {
    bool restarted = false; // a new run began: clear the views before adding records
    std::shared_ptr<const TrainingSetup> setup; // the run's settings and data; set when restarted
    std::array<NetworkUpdate, 2> networks; // indexed by networkIndex()
    TrainingState state = TrainingState::Ready;
    Message error; // why the settings cannot run, when state is Invalid
};

} // namespace leakylab
