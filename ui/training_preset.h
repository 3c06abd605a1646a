// The settings a teacher can pick in one go, each with what the students will see when it runs.
#pragma once

#include <QString>

#include <vector>

#include "core/simulation.h"

namespace leakylab {

struct TrainingPreset {
    QString name;
    QString explanation; // what the students see, for the panel
    SimulationConfig config; // activation and negative slope are not part of a preset
};

// "Provoke dying ReLU" first: the lesson's point, and the panel's starting settings.
std::vector<TrainingPreset> trainingPresets();

// Equal as settings: every field but the activation and the negative slope, which the panel shares
// with the main slope control.
bool sameSettings(const SimulationConfig& a, const SimulationConfig& b);

} // namespace leakylab
