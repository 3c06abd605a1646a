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
    explicit Invalid(Message m) : std::runtime_error(m.english()), message(std::move(m)) {}
    Message message;
};

template <class... Args>
[[noreturn]] void invalid(MessageTemplate message, Args&&... args)
{
    throw Invalid(Message::format(message, std::forward<Args>(args)...));
}

MessageTemplate typeName(const json& value)
{
    if (value.is_boolean())
        return LEAKYLAB_MESSAGE("core", "true/false");
    if (value.is_number())
        return LEAKYLAB_MESSAGE("core", "a number");
    if (value.is_string())
        return LEAKYLAB_MESSAGE("core", "text");
    if (value.is_array())
        return LEAKYLAB_MESSAGE("core", "a list");
    if (value.is_object())
        return LEAKYLAB_MESSAGE("core", "an object");
    return LEAKYLAB_MESSAGE("core", "null");
}

// Reads one object's fields, each exactly once; whatever is left over is an unknown field.
class Fields {
public:
    Fields(const json& object, std::string path) : object_(object), path_(std::move(path))
    {
        if (!object_.is_object())
            invalid(LEAKYLAB_MESSAGE("core", "%1 must be an object, not %2"), where(), typeName(object_));
    }

    const json& take(const std::string& key)
    {
        const auto it = object_.find(key);
        if (it == object_.end())
            invalid(LEAKYLAB_MESSAGE("core", "missing field \"%1\""), name(key));
        taken_.insert(key);
        return *it;
    }

    double number(const std::string& key, double lo, double hi)
    {
        const json& v = take(key);
        if (!v.is_number())
            invalid(LEAKYLAB_MESSAGE("core", "%1 must be a number, not %2"), quoted(key), typeName(v));
        const double d = v.get<double>();
        if (!std::isfinite(d) || d < lo || d > hi)
            invalid(LEAKYLAB_MESSAGE("core", "%1 is %2; it must lie between %3 and %4"), quoted(key), v.dump(), json(lo).dump(),
                    json(hi).dump());
        return d;
    }

    std::uint64_t count(const std::string& key, std::uint64_t lo, std::uint64_t hi)
    {
        const json& v = take(key);
        if (!v.is_number_unsigned() && !(v.is_number_integer() && v.get<std::int64_t>() >= 0))
            invalid(LEAKYLAB_MESSAGE("core", "%1 must be a whole number of 0 or more, not %2"), quoted(key), v.dump());
        const auto n = v.get<std::uint64_t>();
        if (n < lo || n > hi)
            invalid(LEAKYLAB_MESSAGE("core", "%1 is %2; it must lie between %3 and %4"), quoted(key), n, lo, hi);
        return n;
    }

    bool boolean(const std::string& key)
    {
        const json& v = take(key);
        if (!v.is_boolean())
            invalid(LEAKYLAB_MESSAGE("core", "%1 must be true or false, not %2"), quoted(key), typeName(v));
        return v.get<bool>();
    }

    std::string text(const std::string& key, std::size_t maxBytes)
    {
        const json& v = take(key);
        if (!v.is_string())
            invalid(LEAKYLAB_MESSAGE("core", "%1 must be text, not %2"), quoted(key), typeName(v));
        auto s = v.get<std::string>();
        if (s.size() > maxBytes)
            invalid(LEAKYLAB_MESSAGE("core", "%1 is too long (%2 bytes; at most %3)"), quoted(key), s.size(), maxBytes);
        return s;
    }

    // One of a few names, turned into its enum by `parse`.
    template <class Parse>
    auto choice(const std::string& key, Parse parse, const char* allowed)
    {
        const std::string s = text(key, 64);
        const auto value = parse(s);
        if (!value)
            invalid(LEAKYLAB_MESSAGE("core", "%1 is \"%2\"; it must be one of %3"), quoted(key), s, std::string(allowed));
        return *value;
    }

    Fields object(const std::string& key) { return Fields(take(key), name(key)); }

    void noneLeft() const
    {
        for (const auto& [key, value] : object_.items())
            if (!taken_.contains(key))
                invalid(LEAKYLAB_MESSAGE("core", "unknown field \"%1\""), name(key));
    }

private:
    Message where() const
    {
        return path_.empty() ? Message(LEAKYLAB_MESSAGE("core", "the lesson")) : Message::verbatim("\"" + path_ + "\"");
    }
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
            invalid(LEAKYLAB_MESSAGE("core", "\"simulation.bias_init\" must be null or a number between -1e6 and 1e6, not %1"), bias.dump());
        s.biasInit = bias.get<double>();
    }
    s.steps = f.count("steps", 1, kMaxSteps);
    s.seed = f.count("seed", 0, std::numeric_limits<std::uint64_t>::max());
    f.noneLeft();
    if (const auto problem = validate(s))
        invalid(LEAKYLAB_MESSAGE("core", "\"simulation\": %1"), problem->localizable);
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
        return Error{Message::format(LEAKYLAB_MESSAGE("core", "the file is too large for a lesson (%1 bytes; at most %2)"), text.size(),
                                     limits.maxFileBytes)};
    json doc;
    try {
        // Refuse deep nesting while parsing, before a hostile file can build a deep tree.
        const auto depthGuard = [&](int depth, json::parse_event_t, json&) {
            if (depth > limits.maxDepth)
                invalid(LEAKYLAB_MESSAGE("core", "the file nests deeper than a lesson ever does (%1 levels)"), limits.maxDepth);
            return true;
        };
        doc = json::parse(text.begin(), text.end(), depthGuard);
    } catch (const Invalid& e) {
        return Error{e.message};
    } catch (const json::parse_error& e) {
        return Error{Message::format(LEAKYLAB_MESSAGE("core", "this is not a lesson file: it is not valid JSON (at byte %1)"), e.byte),
                     e.byte > 0 ? std::optional<std::size_t>(e.byte - 1) : std::nullopt};
    } catch (const json::exception&) {
        // A number past a double's range (1e400) is reported while parsing, as out_of_range rather than a
        // parse error; uncaught, it would end the program.
        return Error{Message(LEAKYLAB_MESSAGE("core", "this is not a lesson file: it holds a number too large to read"))};
    }

    try {
        Fields top(doc, "");
        const json& format = top.take("format");
        if (format != kLessonFormat)
            invalid(LEAKYLAB_MESSAGE("core", "this is not a LeakyLab lesson (\"format\" is %1)"), format.dump());
        const json& version = top.take("version");
        if (!version.is_number_integer() || version.get<std::int64_t>() < 1)
            invalid(LEAKYLAB_MESSAGE("core", "\"version\" must be a whole number of 1 or more, not %1"), version.dump());
        if (version.get<std::int64_t>() > kLessonVersion)
            invalid(LEAKYLAB_MESSAGE("core", "this lesson was made by a newer LeakyLab (file version %1); this one reads version %2"),
                    version.dump(), kLessonVersion);

        Lesson l;
        l.title = top.text("title", limits.maxTextBytes);
        l.notes = top.text("notes", limits.maxTextBytes);
        l.negativeSlope = top.number("negative_slope", -1e6, 1e6);
        l.activation = top.choice("activation", activationFromName, "leaky_relu, relu");

        const json& range = top.take("x_range");
        if (!range.is_array() || range.size() != 2 || !range[0].is_number() || !range[1].is_number())
            invalid(LEAKYLAB_MESSAGE("core", "\"x_range\" must be a list of two numbers, like [-5, 5]"));
        l.xRange = {range[0].get<double>(), range[1].get<double>()};
        if (!std::isfinite(l.xRange[0]) || !std::isfinite(l.xRange[1]) || std::abs(l.xRange[0]) > 1e6 ||
            std::abs(l.xRange[1]) > 1e6 || !(l.xRange[1] - l.xRange[0] >= 1e-3))
            invalid(LEAKYLAB_MESSAGE("core", "\"x_range\" must go from a smaller to a larger number, both within ±1e6 and at least "
                                        "0.001 apart"));

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
        return Error{e.message};
    } catch (const json::exception& e) {
        return Error{Message::format(LEAKYLAB_MESSAGE("core", "the lesson could not be read: %1"), std::string(e.what()))};
    }
}

} // namespace leakylab
