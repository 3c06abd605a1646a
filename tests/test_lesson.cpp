// Lesson files: round trip, and every kind of malformed or hostile file refused with a clear message.
#include <gtest/gtest.h>

#include <string>

#include <nlohmann/json.hpp>

#include "core/lesson.h"

namespace leakylab {
namespace {

using nlohmann::json;

Lesson sampleLesson()
{
    Lesson l;
    l.title = "Dying ReLU — 第三课";
    l.notes = "Drag the slope to 0 and watch the leak close.\nThen train.";
    l.negativeSlope = 0.2;
    l.activation = Activation::Relu;
    l.xRange = {-3.5, 7.25};
    l.curves = {true, false, true, false};
    l.tensorExpression = "torch.randn(2, 3)";
    l.seed = 18446744073709551615u;
    l.codeForm = CodeForm::Inplace;
    l.theme = Theme::Dark;
    l.simulation.dataset = DatasetKind::Spiral;
    l.simulation.samples = 300;
    l.simulation.noise = 0.25;
    l.simulation.hidden = 32;
    l.simulation.layers = 3;
    l.simulation.lr = 0.5;
    l.simulation.optimizer = OptimizerKind::Adam;
    l.simulation.momentum = 0.9;
    l.simulation.batchSize = 64;
    l.simulation.biasInit = -1.5;
    l.simulation.steps = 1200;
    l.simulation.seed = 42;
    l.simulation.negativeSlope = 0.2;
    return l;
}

TEST(Lesson, RoundTripGivesTheSameState)
{
    const Lesson original = sampleLesson();
    const auto back = lessonFromJson(lessonToJson(original));
    ASSERT_TRUE(back.ok()) << back.error().message;
    EXPECT_EQ(back.value(), original);
    EXPECT_EQ(lessonToJson(back.value()), lessonToJson(original));
}

TEST(Lesson, DefaultLessonRoundTripsWithoutBiasInit)
{
    const auto back = lessonFromJson(lessonToJson(Lesson{}));
    ASSERT_TRUE(back.ok()) << back.error().message;
    EXPECT_EQ(back.value(), Lesson{});
    EXPECT_FALSE(back.value().simulation.biasInit.has_value());
}

TEST(Lesson, FileHasFormatAndVersion)
{
    const json doc = json::parse(lessonToJson(Lesson{}));
    EXPECT_EQ(doc["format"], "leakylab-lesson");
    EXPECT_EQ(doc["version"], 1);
}

// One valid file, changed in one place per case; the message must name what is wrong.
struct Malformed {
    const char* name;
    void (*edit)(json&);
    const char* expectedInMessage;
};

const Malformed kMalformed[] = {
    {"wrong_type_slope", [](json& d) { d["negative_slope"] = "0.2"; }, "\"negative_slope\" must be a number"},
    {"wrong_type_curve", [](json& d) { d["curves"]["relu"] = 1; }, "\"curves.relu\" must be true or false"},
    {"wrong_type_title", [](json& d) { d["title"] = json::array(); }, "\"title\" must be text"},
    {"wrong_type_tensor", [](json& d) { d["tensor"] = "torch.randn(4)"; }, "\"tensor\" must be an object"},
    {"missing_top_field", [](json& d) { d.erase("x_range"); }, "missing field \"x_range\""},
    {"missing_nested_field", [](json& d) { d["simulation"].erase("lr"); }, "missing field \"simulation.lr\""},
    {"unknown_top_field", [](json& d) { d["colour"] = "red"; }, "unknown field \"colour\""},
    {"unknown_nested_field", [](json& d) { d["tensor"]["shape"] = json::array({4}); }, "unknown field \"tensor.shape\""},
    {"slope_out_of_range", [](json& d) { d["negative_slope"] = 1e300; }, "\"negative_slope\" is"},
    {"samples_out_of_range", [](json& d) { d["simulation"]["samples"] = 10000000; }, "\"simulation.samples\" is"},
    {"negative_count", [](json& d) { d["simulation"]["steps"] = -5; }, "\"simulation.steps\" must be a whole number"},
    {"fractional_count", [](json& d) { d["simulation"]["hidden"] = 2.5; }, "\"simulation.hidden\" must be a whole number"},
    {"x_range_reversed", [](json& d) { d["x_range"] = json::array({5, -5}); }, "\"x_range\" must go from a smaller"},
    {"x_range_wrong_shape", [](json& d) { d["x_range"] = json::array({1, 2, 3}); }, "\"x_range\" must be a list of two"},
    {"unknown_choice", [](json& d) { d["code_form"] = "lambda"; }, "\"code_form\" is \"lambda\"; it must be one of"},
    {"unknown_dataset", [](json& d) { d["simulation"]["dataset"] = "mnist"; }, "\"simulation.dataset\" is \"mnist\""},
    {"newer_version", [](json& d) { d["version"] = 2; }, "made by a newer LeakyLab"},
    {"not_a_lesson", [](json& d) { d["format"] = "something-else"; }, "not a LeakyLab lesson"},
    {"top_level_list", [](json& d) { d = json::array({1, 2}); }, "the lesson must be an object"},
    {"huge_title", [](json& d) { d["title"] = std::string(100000, 'x'); }, "\"title\" is too long"},
};

class MalformedLesson : public ::testing::TestWithParam<Malformed> {};

TEST_P(MalformedLesson, IsRefusedWithAMessageNamingTheProblem)
{
    json doc = json::parse(lessonToJson(sampleLesson()));
    GetParam().edit(doc);
    const auto result = lessonFromJson(doc.dump());
    ASSERT_FALSE(result.ok());
    EXPECT_NE(result.error().message.find(GetParam().expectedInMessage), std::string::npos)
        << result.error().message;
}

INSTANTIATE_TEST_SUITE_P(Lesson, MalformedLesson, ::testing::ValuesIn(kMalformed),
                         [](const auto& p) { return std::string(p.param.name); });

TEST(Lesson, TruncatedFileIsNotValidJson)
{
    const std::string text = lessonToJson(sampleLesson());
    for (std::size_t cut : {std::size_t{0}, std::size_t{1}, text.size() / 2, text.size() - 3}) {
        const auto result = lessonFromJson(text.substr(0, cut));
        ASSERT_FALSE(result.ok()) << cut;
        EXPECT_NE(result.error().message.find("not valid JSON"), std::string::npos) << result.error().message;
    }
}

TEST(Lesson, NumberPastADoublesRangeIsRefusedNotThrown)
{
    std::string text = lessonToJson(Lesson{});
    const std::string slope = "\"negative_slope\": 0.01";
    ASSERT_NE(text.find(slope), std::string::npos);
    for (const char* huge : {"1e400", "-18e4674407370955161"}) {
        std::string changed = text;
        changed.replace(changed.find(slope), slope.size(), std::string("\"negative_slope\": ") + huge);
        const auto result = lessonFromJson(changed);
        ASSERT_FALSE(result.ok()) << huge;
        EXPECT_NE(result.error().message.find("too large"), std::string::npos) << result.error().message;
    }
}

TEST(Lesson, DeepNestingIsRefusedWhileParsing)
{
    const std::string deep = std::string(200000, '[') + std::string(200000, ']');
    const auto result = lessonFromJson(deep);
    ASSERT_FALSE(result.ok());
    EXPECT_NE(result.error().message.find("nests deeper"), std::string::npos) << result.error().message;
}

TEST(Lesson, OversizedFileIsRefusedBeforeParsing)
{
    LessonLimits small;
    small.maxFileBytes = 100;
    const auto result = lessonFromJson(lessonToJson(Lesson{}), small);
    ASSERT_FALSE(result.ok());
    EXPECT_NE(result.error().message.find("too large"), std::string::npos);
}

TEST(Lesson, HugeArrayInAnUnknownFieldIsRefused)
{
    json doc = json::parse(lessonToJson(Lesson{}));
    doc["payload"] = json::array();
    for (int i = 0; i < 100000; ++i)
        doc["payload"].push_back(i);
    const auto result = lessonFromJson(doc.dump());
    ASSERT_FALSE(result.ok());
    EXPECT_NE(result.error().message.find("unknown field \"payload\""), std::string::npos);
}

TEST(Lesson, NullBiasInitMeansNoOverride)
{
    json doc = json::parse(lessonToJson(sampleLesson()));
    doc["simulation"]["bias_init"] = nullptr;
    const auto result = lessonFromJson(doc.dump());
    ASSERT_TRUE(result.ok()) << result.error().message;
    EXPECT_FALSE(result.value().simulation.biasInit.has_value());
}

} // namespace
} // namespace leakylab
