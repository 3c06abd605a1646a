// A LeakyLab lesson: everything a teacher set up, as a `.leakylab` JSON file, validated before use.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "core/code_gen.h"
#include "core/eval.h"
#include "core/result.h"
#include "core/simulation.h"

namespace leakylab {

inline constexpr std::string_view kLessonFormat = "leakylab-lesson";
inline constexpr int kLessonVersion = 1;

struct LessonLimits {
    std::size_t maxFileBytes = 32u << 20;   // a pasted million-element tensor fits
    int maxDepth = 8;                       // the format nests 3 deep; anything deeper is hostile
    std::size_t maxTextBytes = 64u << 10;   // title and notes
    std::size_t maxExpressionBytes = 24u << 20;
};

enum class Theme { Light, Dark, HighContrast };
std::string_view themeName(Theme theme); // "light", "dark", "high_contrast"

struct VisibleCurves {
    bool relu = true;
    bool leakyRelu = true;
    bool reluGrad = true;
    bool leakyReluGrad = true;
    bool operator==(const VisibleCurves&) const = default;
};

struct Lesson {
    std::string title;
    std::string notes;
    double negativeSlope = 0.01; // nn.LeakyReLU()'s default
    Activation activation = Activation::LeakyRelu;
    std::array<double, 2> xRange {-5.0, 5.0};
    VisibleCurves curves;
    std::string tensorExpression = "torch.randn(4)";
    std::uint64_t seed = 0;
    CodeForm codeForm = CodeForm::Module;
    Theme theme = Theme::Light;
    SimulationConfig simulation; // its activation and slope are not saved: both networks train, on the lesson's slope

    bool operator==(const Lesson& other) const;
};

// The lesson as the file holds it (pretty-printed JSON with "format" and "version").
std::string lessonToJson(const Lesson& lesson);

// Reads and checks a whole file before anything is used: wrong types, missing or unknown fields,
// out-of-range values, a newer version, truncated or hostile input. The error names the field.
Result<Lesson> lessonFromJson(std::string_view text, const LessonLimits& limits = {});

} // namespace leakylab
