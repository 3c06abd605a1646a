// `leakylab eval`: the activation applied to a tensor expression, printed as PyTorch prints it.
#include <QCommandLineParser>
#include <QStringList>

#include "app/cli_activation_options.h"
#include "app/cli_common.h"
#include "core/eval.h"

namespace leakylab::cli {

int runEval(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        "Prints what PyTorch prints for print(y), y = F.leaky_relu(x, S) or F.relu(x), and with --grad\n"
        "also x.grad after y.sum().backward().");
    parser.addHelpOption();
    addActivationOptions(parser);
    parser.addOption({"inplace", "Apply in place (inplace=True) and print x."});

    if (!parser.parse(protectNegativeWords(arguments, {"activation", "negative-slope", "seed", "form"})))
        return fail("eval", parser.errorText());
    if (parser.isSet("help")) {
        writeOut(parser.helpText().toStdString());
        return 0;
    }
    auto request = readActivationRequest(parser, "eval");
    if (!request)
        return kUsageError;
    request->options.inplace = parser.isSet("inplace");

    const EvalResult result = evaluate(request->expression, request->options);
    writeOut(result.printed); // PyTorch prints what comes before an error, so do we
    if (result.error) {
        QString message = QString::fromStdString(result.error->message);
        if (result.error->position)
            message = QString("at column %1: %2").arg(*result.error->position + 1).arg(message);
        return fail("eval", message);
    }
    return 0;
}

} // namespace leakylab::cli
