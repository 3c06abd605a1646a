// A plot or table File > Export offers: the activation plot, and each chart or table a panel registers.
#pragma once

#include <QPointer>
#include <QString>

#include <functional>
#include <string>

#include "core/result.h"

class QCustomPlot;

namespace leakylab {

struct ExportablePlot {
    QString name;                             // as the dialog lists it, e.g. "Loss chart"
    QPointer<QCustomPlot> plot;               // null for a table without a figure
    std::function<Result<std::string>()> csv; // its data as CSV (a core writer); empty when it has none
    QString csvDescription;                   // what the CSV holds, e.g. "the training history"
};

} // namespace leakylab
