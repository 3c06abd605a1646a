// `leakylab simulate`: trains one network from a seed and writes every step as one JSON document.
#include <QCommandLineParser>
#include <QSaveFile>
#include <QStringList>

#include <algorithm>
#include <limits>
#include <string>
#include <variant>

#include "app/cli_common.h"
#include "app/cli_requests.h"
#include "core/simulation.h"
#include "core/simulation_json.h"

namespace leakylab::cli {
namespace {

const QString kCommand = "simulate";

// A whole number from 0 up, as the count options take. One past a 64-bit count is still a count: it is
// kept at the largest, so that the simulator's limit is what the message names.
std::optional<std::size_t> parseCount(const QString& text)
{
    const QString digits = text.trimmed();
    if (digits.isEmpty() || !std::all_of(digits.begin(), digits.end(), [](QChar c) { return c >= '0' && c <= '9'; }))
        return std::nullopt;
    bool ok = false;
    const qulonglong value = digits.toULongLong(&ok);
    return ok ? static_cast<std::size_t>(value) : std::numeric_limits<std::size_t>::max();
}

QString summary(const Simulation& simulation)
{
    const auto& history = simulation.history();
    QString text = QString::fromStdString(simulation.resultText());
    text += QString(", %1 steps").arg(history.size());
    if (!history.empty())
        text += QString(", loss %1 -> %2").arg(static_cast<double>(history.front().loss))
                    .arg(static_cast<double>(history.back().loss));
    return text + "\n";
}

} // namespace

std::variant<SimulateRequest, int> readSimulateRequest(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        "Trains inputs -> LAYERS x HIDDEN -> 1 with ReLU or LeakyReLU as PyTorch 1.13 would (float32,\n"
        "nn.Linear's initialisation from torch.manual_seed(SEED)) and writes config, data set, initial\n"
        "and final parameters and each step's loss, dead units per hidden layer and accuracy to FILE.\n"
        "Limits: samples 1-100000, hidden 1-1024, layers 1-8, steps 0-100000, samples x hidden x layers\n"
        "at most 2^24, and about 10^12 multiply-adds in all.");
    parser.addHelpOption();
    parser.addOptions({
        {"activation", "relu or leaky_relu.", "A"},
        {"negative-slope", "LeakyReLU's negative_slope (default 0.01).", "S", "0.01"},
        {"dataset", "moons, circles, spiral, xor (classification) or sine (regression).", "NAME"},
        {"samples", "Data set size (default 200).", "N", "200"},
        {"noise", "Standard deviation of the Gaussian noise (default 0.1).", "F", "0.1"},
        {"hidden", "Units per hidden layer (default 16).", "H", "16"},
        {"layers", "Hidden layers (default 2).", "L", "2"},
        {"lr", "Learning rate (default 0.1).", "F", "0.1"},
        {"optimizer", "sgd (default) or adam.", "NAME", "sgd"},
        {"momentum", "SGD momentum, dampening 0 (default 0).", "F", "0"},
        {"batch-size", "Samples per step, shuffled each epoch; 0 for the full batch (default 0).", "B", "0"},
        {"bias-init", "Set every hidden bias to C instead of nn.Linear's draw.", "C"},
        {"steps", "Training steps (default 500).", "T", "500"},
        {"seed", "torch.manual_seed value (default 0).", "S", "0"},
        {"out", "The JSON file to write.", "FILE"},
    });

    if (!parser.parse(arguments))
        return fail(kCommand, parser.errorText());
    if (parser.isSet("help")) {
        writeOut(parser.helpText().toStdString());
        return 0;
    }
    if (!parser.positionalArguments().isEmpty())
        return fail(kCommand, QString("unexpected argument '%1'").arg(parser.positionalArguments().first()));
    for (const char* required : {"activation", "dataset", "out"})
        if (!parser.isSet(required))
            return fail(kCommand, QString("--%1 is required").arg(required));

    SimulationConfig config;
    const QString activation = parser.value("activation");
    if (activation != "relu" && activation != "leaky_relu")
        return fail(kCommand, QString("--activation wants relu or leaky_relu, not '%1'").arg(activation));
    config.activation = activation == "relu" ? HiddenActivation::Relu : HiddenActivation::LeakyRelu;
    const auto dataset = datasetFromName(parser.value("dataset").toStdString());
    if (!dataset)
        return fail(kCommand, QString("--dataset wants moons, circles, spiral, xor or sine, not '%1'")
                                  .arg(parser.value("dataset")));
    config.dataset = *dataset;
    const auto optimizer = optimizerFromName(parser.value("optimizer").toStdString());
    if (!optimizer)
        return fail(kCommand, QString("--optimizer wants sgd or adam, not '%1'").arg(parser.value("optimizer")));
    config.optimizer = *optimizer;
    if (config.optimizer == OptimizerKind::Adam && parser.isSet("momentum"))
        return fail(kCommand, "--momentum is for sgd; adam uses its default betas (0.9, 0.999)");

    const struct {
        const char* name;
        double* target;
    } numbers[] = {{"negative-slope", &config.negativeSlope}, {"noise", &config.noise}, {"lr", &config.lr},
                   {"momentum", &config.momentum}};
    for (const auto& option : numbers) {
        const auto value = parseFloat(parser.value(option.name));
        if (!value)
            return fail(kCommand, QString("--%1 wants a number, not '%2'").arg(option.name, parser.value(option.name)));
        *option.target = *value;
    }
    if (parser.isSet("bias-init")) {
        config.biasInit = parseFloat(parser.value("bias-init"));
        if (!config.biasInit)
            return fail(kCommand, QString("--bias-init wants a number, not '%1'").arg(parser.value("bias-init")));
    }
    const struct {
        const char* name;
        std::size_t* target;
    } counts[] = {{"samples", &config.samples}, {"hidden", &config.hidden}, {"layers", &config.layers},
                  {"batch-size", &config.batchSize}, {"steps", &config.steps}};
    for (const auto& option : counts) {
        const auto value = parseCount(parser.value(option.name));
        if (!value)
            return fail(kCommand,
                        QString("--%1 wants a whole number >= 0, not '%2'").arg(option.name, parser.value(option.name)));
        *option.target = *value;
    }
    const auto seed = parseSeed(parser.value("seed"));
    if (!seed)
        return fail(kCommand, QString("--seed wants an integer from -2^63 to 2^64-1, not '%1'").arg(parser.value("seed")));
    config.seed = *seed;
    return SimulateRequest {config, parser.value("out")};
}

int runSimulate(const QStringList& arguments)
{
    const auto read = readSimulateRequest(arguments);
    if (const int* exitCode = std::get_if<int>(&read))
        return *exitCode;
    const SimulateRequest& request = std::get<SimulateRequest>(read);
    auto simulation = Simulation::create(request.config);
    if (!simulation)
        return fail(kCommand, QString::fromStdString(simulation.error().message));

    // QSaveFile writes beside the target and renames at commit: never a half-written file.
    QSaveFile file(request.out);
    if (!file.open(QIODevice::WriteOnly))
        return fail(kCommand, QString("cannot write %1: %2").arg(request.out, file.errorString()));
    simulation.value().run();
    const std::string json = simulationJson(simulation.value());
    if (file.write(json.data(), static_cast<qint64>(json.size())) != static_cast<qint64>(json.size()) || !file.commit())
        return fail(kCommand, QString("cannot write %1: %2").arg(request.out, file.errorString()));
    writeOut(summary(simulation.value()).toStdString());
    return 0;
}

} // namespace leakylab::cli
