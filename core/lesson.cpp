// Writing and validating `.leakylab` lesson files with nlohmann::json; nothing is trusted until checked.
#include "core/lesson.h"

#include <cmath>
#include <limits>
#include <set>
#include <stdexcept>

#include <nlohmann/json.hpp>

namespace leakylab {
namespace {

using nlohmann::json;

// A check that failed: carries the message out of the nested readers below.
struct Invalid : std::runtime_error {
    using std::runtime_error::runtime_error;
};

[[noreturn]] void invalid(const std::string& message) { throw Invalid(message); }

const char* typeName(const json& value)
{
    if (value.is_boolean())
        return "true/false";
    if (value.is_number())
        return "a number";
    if (value.is_string())
        return "text";
    if (value.is_array())
        return "a list";
    if (value.is_object())
        return "an object";
    return "null";
}

// Reads one object's fields, each exactly once; whatever is left over is an unknown field.
class Fields {
public:
    Fields(const json& object, std::string path) : object_(object), path_(std::move(path))
    {
        if (!object_.is_object())
            invalid(where() + " must be an object, not " + typeName(object_));
    }

    const json& take(const std::string& key)
    {
        const auto it = object_.find(key);
        if (it == object_.end())
            invalid("missing field \"" + name(key) + "\"");
        taken_.insert(key);
        return *it;
    }

    double number(const std::string& key, double lo, double hi)
    {
        const json& v = take(key);
        if (!v.is_number())
            invalid(quoted(key) + " must be a number, not " + typeName(v));
        const double d = v.get<double>();
        if (!std::isfinite(d) || d < lo || d > hi)
            invalid(quoted(key) + " is " + v.dump() + "; it must lie between " + json(lo).dump() + " and " +
                    json(hi).dump());
        return d;
    }

    std::uint64_t count(const std::string& key, std::uint64_t lo, std::uint64_t hi)
    {
        const json& v = take(key);
        if (!v.is_number_unsigned() && !(v.is_number_integer() && v.get<std::int64_t>() >= 0))
            invalid(quoted(key) + " must be a whole number of 0 or more, not " + v.dump());
        const auto n = v.get<std::uint64_t>();
        if (n < lo || n > hi)
            invalid(quoted(key) + " is " + std::to_string(n) + "; it must lie between " + std::to_string(lo) +
                    " and " + std::to_string(hi));
        return n;
    }

    bool boolean(const std::string& key)
    {
        const json& v = take(key);
        if (!v.is_boolean())
            invalid(quoted(key) + " must be true or false, not " + typeName(v));
        return v.get<bool>();
    }

    std::string text(const std::string& key, std::size_t maxBytes)
    {
        const json& v = take(key);
        if (!v.is_string())
            invalid(quoted(key) + " must be text, not " + typeName(v));
        auto s = v.get<std::string>();
        if (s.size() > maxBytes)
            invalid(quoted(key) + " is too long (" + std::to_string(s.size()) + " bytes; at most " +
                    std::to_string(maxBytes) + ")");
        return s;
    }

    // One of a few names, turned into its enum by `parse`.
    template <class Parse>
    auto choice(const std::string& key, Parse parse, const char* allowed)
    {
        const std::string s = text(key, 64);
        const auto value = parse(s);
        if (!value)
            invalid(quoted(key) + " is \"" + s + "\"; it must be one of " + allowed);
        return *value;
    }

    Fields object(const std::string& key) { return Fields(take(key), name(key)); }

    void noneLeft() const
    {
        for (const auto& [key, value] : object_.items())
            if (!taken_.contains(key))
                invalid("unknown field \"" + name(key) + "\"");
    }

private:
    std::string where() const { return path_.empty() ? "the lesson" : "\"" + path_ + "\""; }
    std::string name(const std::string& key) const { return path_.empty() ? key : path_ + "." + key; }
    // The field's full name in quotes, built by appending (GCC 12 misreports "\"" + string as overlapping).
    std::string quoted(const std::string& key) const
    {
        std::string q(1, '"');
        q += name(key);
        q += '"';
        return q;
    }

    const json& object_;
    std::string path_;
    std::set<std::string> taken_;
};

std::optional<Theme> themeFromName(std::string_view name)
{
    for (Theme t : {Theme::Light, Theme::Dark, Theme::HighContrast})
        if (themeName(t) == name)
            return t;
    return std::nullopt;
}

json simulationToJson(const SimulationConfig& s)
{
    return {{"dataset", datasetName(s.dataset)},
            {"samples", s.samples},
            {"noise", s.noise},
            {"hidden", s.hidden},
            {"layers", s.layers},
            {"lr", s.lr},
            {"optimizer", optimizerName(s.optimizer)},
            {"momentum", s.momentum},
            {"batch_size", s.batchSize},
            {"bias_init", s.biasInit ? json(*s.biasInit) : json(nullptr)},
            {"steps", s.steps},
            {"seed", s.seed}};
}

SimulationConfig simulationFromJson(Fields f)
{
    SimulationConfig s;
    s.dataset = f.choice("dataset", datasetFromName, "moons, circles, spiral, xor, sine");
    s.samples = f.count("samples", 1, kMaxSamples);
    s.noise = f.number("noise", 0.0, 10.0);
    s.hidden = f.count("hidden", 1, kMaxHidden);
    s.layers = f.count("layers", 1, kMaxLayers);
    s.lr = f.number("lr", 0.0, 1e6);
    s.optimizer = f.choice("optimizer", optimizerFromName, "sgd, adam");
    s.momentum = f.number("momentum", 0.0, 1.0);
    s.batchSize = f.count("batch_size", 0, kMaxSamples);
    if (const json& bias = f.take("bias_init"); !bias.is_null()) {
        if (!bias.is_number() || !std::isfinite(bias.get<double>()) || std::abs(bias.get<double>()) > 1e6)
            invalid("\"simulation.bias_init\" must be null or a number between -1e6 and 1e6, not " + bias.dump());
        s.biasInit = bias.get<double>();
    }
    s.steps = f.count("steps", 1, kMaxSteps);
    s.seed = f.count("seed", 0, std::numeric_limits<std::uint64_t>::max());
    f.noneLeft();
    if (const auto problem = validate(s))
        invalid("\"simulation\": " + problem->message);
    return s;
}

} // namespace

std::string_view themeName(Theme theme)
{
    switch (theme) {
    case Theme::Light:
        return "light";
    case Theme::Dark:
        return "dark";
    case Theme::HighContrast:
        return "high_contrast";
    }
    return "light";
}

bool Lesson::operator==(const Lesson& o) const
{
    const auto sameSim = [](const SimulationConfig& a, const SimulationConfig& b) {
        return simulationToJson(a) == simulationToJson(b);
    };
    return title == o.title && notes == o.notes && negativeSlope == o.negativeSlope && activation == o.activation &&
           xRange == o.xRange && curves == o.curves && tensorExpression == o.tensorExpression && seed == o.seed &&
           codeForm == o.codeForm && theme == o.theme && sameSim(simulation, o.simulation);
}

std::string lessonToJson(const Lesson& l)
{
    const json doc = {
        {"format", kLessonFormat},
        {"version", kLessonVersion},
        {"title", l.title},
        {"notes", l.notes},
        {"negative_slope", l.negativeSlope},
        {"activation", activationName(l.activation)},
        {"x_range", {l.xRange[0], l.xRange[1]}},
        {"curves",
         {{"relu", l.curves.relu},
          {"leaky_relu", l.curves.leakyRelu},
          {"relu_grad", l.curves.reluGrad},
          {"leaky_relu_grad", l.curves.leakyReluGrad}}},
        {"tensor", {{"expression", l.tensorExpression}, {"seed", l.seed}}},
        {"code_form", codeFormName(l.codeForm)},
        {"theme", themeName(l.theme)},
        {"simulation", simulationToJson(l.simulation)},
    };
    return doc.dump(2) + "\n";
}

Result<Lesson> lessonFromJson(std::string_view text, const LessonLimits& limits)
{
    if (text.size() > limits.maxFileBytes)
        return Error{"the file is too large for a lesson (" + std::to_string(text.size()) + " bytes; at most " +
                         std::to_string(limits.maxFileBytes) + ")",
                     std::nullopt};
    json doc;
    try {
        // Refuse deep nesting while parsing, before a hostile file can build a deep tree.
        const auto depthGuard = [&](int depth, json::parse_event_t, json&) {
            if (depth > limits.maxDepth)
                invalid("the file nests deeper than a lesson ever does (" + std::to_string(limits.maxDepth) +
                        " levels)");
            return true;
        };
        doc = json::parse(text.begin(), text.end(), depthGuard);
    } catch (const Invalid& e) {
        return Error{e.what(), std::nullopt};
    } catch (const json::parse_error& e) {
        return Error{"this is not a lesson file: it is not valid JSON (at byte " + std::to_string(e.byte) + ")",
                     e.byte > 0 ? std::optional<std::size_t>(e.byte - 1) : std::nullopt};
    } catch (const json::exception&) {
        // A number past a double's range (1e400) is reported while parsing, as out_of_range rather than a
        // parse error; uncaught, it would end the program.
        return Error{"this is not a lesson file: it holds a number too large to read", std::nullopt};
    }

    try {
        Fields top(doc, "");
        const json& format = top.take("format");
        if (format != kLessonFormat)
            invalid("this is not a LeakyLab lesson (\"format\" is " + format.dump() + ")");
        const json& version = top.take("version");
        if (!version.is_number_integer() || version.get<std::int64_t>() < 1)
            invalid("\"version\" must be a whole number of 1 or more, not " + version.dump());
        if (version.get<std::int64_t>() > kLessonVersion)
            invalid("this lesson was made by a newer LeakyLab (file version " + version.dump() +
                    "); this one reads version " + std::to_string(kLessonVersion));

        Lesson l;
        l.title = top.text("title", limits.maxTextBytes);
        l.notes = top.text("notes", limits.maxTextBytes);
        l.negativeSlope = top.number("negative_slope", -1e6, 1e6);
        l.activation = top.choice("activation", activationFromName, "leaky_relu, relu");

        const json& range = top.take("x_range");
        if (!range.is_array() || range.size() != 2 || !range[0].is_number() || !range[1].is_number())
            invalid("\"x_range\" must be a list of two numbers, like [-5, 5]");
        l.xRange = {range[0].get<double>(), range[1].get<double>()};
        if (!std::isfinite(l.xRange[0]) || !std::isfinite(l.xRange[1]) || std::abs(l.xRange[0]) > 1e6 ||
            std::abs(l.xRange[1]) > 1e6 || !(l.xRange[1] - l.xRange[0] >= 1e-3))
            invalid("\"x_range\" must go from a smaller to a larger number, both within ±1e6 and at least "
                    "0.001 apart");

        Fields curves = top.object("curves");
        l.curves.relu = curves.boolean("relu");
        l.curves.leakyRelu = curves.boolean("leaky_relu");
        l.curves.reluGrad = curves.boolean("relu_grad");
        l.curves.leakyReluGrad = curves.boolean("leaky_relu_grad");
        curves.noneLeft();

        Fields tensor = top.object("tensor");
        l.tensorExpression = tensor.text("expression", limits.maxExpressionBytes);
        l.seed = tensor.count("seed", 0, std::numeric_limits<std::uint64_t>::max());
        tensor.noneLeft();

        l.codeForm = top.choice("code_form", codeFormFromName, "module, functional, inplace");
        l.theme = top.choice("theme", themeFromName, "light, dark, high_contrast");
        l.simulation = simulationFromJson(top.object("simulation"));
        l.simulation.negativeSlope = l.negativeSlope;
        top.noneLeft();
        return l;
    } catch (const Invalid& e) {
        return Error{e.what(), std::nullopt};
    } catch (const json::exception& e) {
        return Error{std::string("the lesson could not be read: ") + e.what(), std::nullopt};
    }
}

} // namespace leakylab
