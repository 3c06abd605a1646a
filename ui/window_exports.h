// What File > Export offers besides the activation plot: the tensor table and the training charts.
#pragma once

namespace leakylab {

class MainWindow;

// The tensor table at once; the loss and dead-unit charts, with the training history as their CSV, once
// the training panel exists.
void addWindowExports(MainWindow& window);

} // namespace leakylab
