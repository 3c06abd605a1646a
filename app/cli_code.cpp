// `leakylab code`: the complete PyTorch script that prints what `leakylab eval` prints.
#include <QCommandLineParser>
#include <QStringList>

#include "app/cli_activation_options.h"
#include "app/cli_common.h"
#include "core/code_gen.h"

namespace leakylab::cli {

int runCode(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        "Prints the PyTorch program (imports, seed, tensor, call, print) that, run by PyTorch, prints\n"
        "exactly what `leakylab eval` prints for the same options.");
    parser.addHelpOption();
    addActivationOptions(parser);
    parser.addOption({"form", "module (default: nn.LeakyReLU), functional (F.leaky_relu) or inplace.", "F", "module"});

    if (!parser.parse(protectNegativeWords(arguments, {"activation", "negative-slope", "seed", "form"})))
        return fail("code", parser.errorText());
    if (parser.isSet("help")) {
        writeOut(parser.helpText().toStdString());
        return 0;
    }
    const auto request = readActivationRequest(parser, "code");
    if (!request)
        return kUsageError;
    const auto form = codeFormFromName(parser.value("form").toStdString());
    if (!form)
        return fail("code", QString("unknown form '%1' (use module, functional or inplace)").arg(parser.value("form")));
    writeOut(pythonProgram(request->expression, *form, request->options));
    return 0;
}

} // namespace leakylab::cli
