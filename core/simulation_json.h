// A simulation as the JSON document `leakylab simulate` writes: config, data, parameters, history.
#pragma once

#include <string>

#include "core/simulation.h"

namespace leakylab {

// {"config", "loss", "dataset": {"x", "y"}, "initial", "final", "history", "result"}; the config keys
// are the command-line option names. Floats are written in the shortest form that reads back as the
// same float32. On divergence "final" holds the parameters the diverging step started from.
std::string simulationJson(const Simulation& simulation);

} // namespace leakylab
