// The options `eval` and `code` share: activation, slope, seed, gradient, and the EXPR argument.
#pragma once

#include <QCommandLineParser>

#include <optional>
#include <string>

#include "core/eval.h"

namespace leakylab::cli {

void addActivationOptions(QCommandLineParser& parser);

struct ActivationRequest {
    EvalOptions options; // `inplace` is left to the command
    std::string expression;
};

// Reads the shared options and EXPR after a successful parse; on a mistake prints the one-line error
// for `command` and returns nothing.
std::optional<ActivationRequest> readActivationRequest(const QCommandLineParser& parser, const QString& command);

} // namespace leakylab::cli
