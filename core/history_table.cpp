// Both runs side by side, one row per step, so a spreadsheet plots them against each other directly.
#include "core/history_table.h"

#include <algorithm>
#include <numeric>
#include <span>

#include "core/shortest_number.h"

namespace leakylab {

double deadFraction(const StepRecord& record, std::size_t hiddenUnits)
{
    if (hiddenUnits == 0)
        return 0.0;
    const std::size_t dead = std::accumulate(record.deadUnits.begin(), record.deadUnits.end(), std::size_t {0});
    return static_cast<double>(dead) / static_cast<double>(hiddenUnits);
}

std::string trainingHistoryCsv(const std::vector<StepRecord>& relu, const std::vector<StepRecord>& leakyRelu,
                               std::size_t hiddenUnits)
{
    const auto hasAccuracy = [](const std::vector<StepRecord>& run) {
        return std::any_of(run.begin(), run.end(), [](const StepRecord& r) { return r.accuracy.has_value(); });
    };
    const bool accuracy = hasAccuracy(relu) || hasAccuracy(leakyRelu);
    std::string csv = "step,relu_loss,leaky_relu_loss,relu_dead_fraction,leaky_relu_dead_fraction";
    if (accuracy)
        csv += ",relu_accuracy,leaky_relu_accuracy";
    csv += '\n';

    const auto at = [](const std::vector<StepRecord>& run, std::size_t i) { return i < run.size() ? &run[i] : nullptr; };
    const std::size_t rows = std::max(relu.size(), leakyRelu.size());
    for (std::size_t i = 0; i < rows; ++i) {
        const StepRecord* const both[] = {at(relu, i), at(leakyRelu, i)};
        const std::span<const StepRecord* const> runs(both);
        csv += std::to_string(i);
        // Appended piece by piece: GCC 12 misreports `"," + string` as an overlapping copy.
        for (const StepRecord* r : runs) {
            csv += ',';
            if (r)
                csv += shortestText(r->loss);
        }
        for (const StepRecord* r : runs) {
            csv += ',';
            if (r)
                csv += shortestText(deadFraction(*r, hiddenUnits));
        }
        for (const StepRecord* r : accuracy ? runs : runs.first(0)) {
            csv += ',';
            if (r && r->accuracy)
                csv += shortestText(*r->accuracy);
        }
        csv += '\n';
    }
    return csv;
}

} // namespace leakylab
