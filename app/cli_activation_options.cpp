// The options `eval` and `code` share, checked with the same messages for both.
#include "app/cli_activation_options.h"

#include <QStringList>

#include "app/cli_common.h"

namespace leakylab::cli {

void addActivationOptions(QCommandLineParser& parser)
{
    parser.addOptions({
        {"activation", "leaky_relu (default) or relu.", "A", "leaky_relu"},
        {"negative-slope", "LeakyReLU's negative_slope (default 0.01, as nn.LeakyReLU()).", "S", "0.01"},
        {"grad", "Also print x.grad after y.sum().backward()."},
        {"seed", "Run torch.manual_seed(N) first (default: a random seed, as PyTorch).", "N"},
    });
    parser.addPositionalArgument(
        "EXPR", "The input tensor: [2,-4,5,-6], torch.tensor([...]), torch.Tensor([...]), torch.randn(2, 3), ...",
        "EXPR");
}

std::optional<ActivationRequest> readActivationRequest(const QCommandLineParser& parser, const QString& command)
{
    ActivationRequest request;
    EvalOptions& options = request.options;
    const auto activation = activationFromName(parser.value("activation").toStdString());
    if (!activation) {
        fail(command, QString("unknown activation '%1' (use leaky_relu or relu)").arg(parser.value("activation")));
        return std::nullopt;
    }
    options.activation = *activation;
    const auto slope = parseFloat(parser.value("negative-slope"));
    if (!slope) {
        fail(command, QString("--negative-slope wants a number, not '%1'").arg(parser.value("negative-slope")));
        return std::nullopt;
    }
    options.negativeSlope = *slope;
    options.grad = parser.isSet("grad");
    if (parser.isSet("seed")) {
        options.seed = parseSeed(parser.value("seed"));
        if (!options.seed) {
            fail(command, QString("--seed wants an integer from -2^63 to 2^64-1, not '%1'").arg(parser.value("seed")));
            return std::nullopt;
        }
    }
    const QStringList words = parser.positionalArguments();
    if (words.isEmpty()) {
        fail(command, "missing EXPR, the input tensor (for example \"[2,-4,5,-6]\")");
        return std::nullopt;
    }
    // Unquoted expressions arrive split at spaces; put them back together.
    request.expression = words.join(' ').toStdString();
    return request;
}

} // namespace leakylab::cli
