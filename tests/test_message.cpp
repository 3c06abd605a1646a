// Core's messages: templates filled in order, and every kind of message exactly as the English it always was.
#include <cmath>
#include <limits>
#include <ostream>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "core/lesson.h"
#include "core/message.h"
#include "core/simulation.h"
#include "core/tensor_parser.h"
#include "core/torch_random.h"

namespace leakylab {
namespace {

using nlohmann::json;

TEST(MessageTemplate, fills_each_placeholder_with_its_argument_in_order)
{
    EXPECT_EQ(fillPlaceholders("%1 %2 %3 %4 %5 %6 %7 %8 %9", {"a", "b", "c", "d", "e", "f", "g", "h", "i"}),
              "a b c d e f g h i");
    EXPECT_EQ(fillPlaceholders("%2 before %1", {"one", "two"}), "two before one");
    EXPECT_EQ(fillPlaceholders("%1 and %1 again", {"x"}), "x and x again");
}

TEST(MessageTemplate, an_argument_is_never_read_for_placeholders)
{
    EXPECT_EQ(fillPlaceholders("%1 then %2", {"%2", "b"}), "%2 then b");
    EXPECT_EQ(fillPlaceholders("unknown field \"%1\"", {"%1%1"}), "unknown field \"%1%1\"");
}

TEST(MessageTemplate, what_is_no_placeholder_stays_as_written)
{
    EXPECT_EQ(fillPlaceholders("%1 of %2", {"one"}), "one of %2");
    EXPECT_EQ(fillPlaceholders("50% at %0 and %", {"x"}), "50% at %0 and %");
    EXPECT_EQ(fillPlaceholders("no arguments", {}), "no arguments");
}

TEST(MessageTemplate, a_message_keeps_its_template_and_arguments_and_fills_nested_ones)
{
    const Message expected = Message::format(LEAKYLAB_MESSAGE("core", "expected %1 or %2"),
                                             std::string("','"), LEAKYLAB_MESSAGE("core", "end of input"));
    const Message m = Message::format(LEAKYLAB_MESSAGE("core", "line %1, column %2: %3"), 3, std::size_t {14}, expected);
    EXPECT_EQ(m.english(), "line 3, column 14: expected ',' or end of input");
    EXPECT_STREQ(m.source(), "line %1, column %2: %3");
    ASSERT_EQ(m.arguments().size(), 3u);
    EXPECT_EQ(m.arguments()[0].source(), nullptr);
    EXPECT_EQ(m.arguments()[0].text(), "3");
    EXPECT_STREQ(m.arguments()[2].source(), "expected %1 or %2");
    EXPECT_STREQ(m.arguments()[2].arguments()[1].source(), "end of input");
}

TEST(MessageTemplate, an_error_from_plain_text_has_no_template)
{
    const Error e {std::string("RuntimeError text"), 4};
    EXPECT_EQ(e.message, "RuntimeError text");
    EXPECT_EQ(e.localizable.source(), nullptr);
    EXPECT_EQ(e.position, 4u);
}

// --------------------------------------------------------------------------------------- the parser

struct ParserCase {
    std::string text;
    std::string message;
    std::size_t position;
};

void PrintTo(const ParserCase& c, std::ostream* os) { *os << '"' << c.text << '"'; }

class ParserMessages : public ::testing::TestWithParam<ParserCase> {};

TEST_P(ParserMessages, read_exactly_as_before_and_come_from_a_template)
{
    TorchGenerator generator(0);
    const auto r = parseTensor(GetParam().text, generator);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().message, GetParam().message);
    EXPECT_EQ(r.error().position, GetParam().position);
    ASSERT_NE(r.error().localizable.source(), nullptr);
    EXPECT_EQ(r.error().localizable.english(), r.error().message);
}

// Built by appending: GCC 12 misreports "..." + string as overlapping (-Wrestrict).
std::string unknownName(const std::string& name)
{
    std::string message = "unknown name '";
    message += name;
    message += "': only torch.tensor, torch.Tensor, torch.randn, torch.zeros, torch.ones, nan and inf are understood";
    return message;
}

std::string bracketed(const std::string& inside)
{
    std::string text(1, '[');
    text += inside;
    text += ']';
    return text;
}

INSTANTIATE_TEST_SUITE_P(
    Every, ParserMessages,
    ::testing::Values(
        ParserCase {"", "nothing to read: type a tensor such as [1.0, -2.0] or torch.randn(3)", 0},
        ParserCase {"[1, 2", "unterminated list: this '[' is never closed", 0},
        ParserCase {"torch.tensor([1.0]", "unterminated parentheses: this '(' is never closed", 12},
        ParserCase {"[[1, 2], [3]]", "expected sequence of length 2 at dim 1 (got 1)", 9},
        ParserCase {"[1, 2,, 3]", "unexpected ',': expected a number or '['", 6},
        ParserCase {"[1 2]", "unexpected '2': expected ',' or ']'", 3},
        ParserCase {"torch.zeros(2 3)", "unexpected '3': expected ',' or ')'", 14},
        ParserCase {"[1, 2)", "')' does not match '['", 5},
        ParserCase {"[1, 2] 3", "unexpected '3'", 7},
        ParserCase {"[1]\n[2]", "unexpected line break (line breaks are only allowed inside brackets)", 3},
        ParserCase {"torch.", "unexpected end of input: expected a name after '.'", 6},
        ParserCase {"[1, 2 * 3]", "unexpected '*': arithmetic is not understood, type the number itself", 6},
        ParserCase {"[1, $]", "unexpected '$'", 4},
        ParserCase {"[1, \xE2\x88\x92" "2]", "'\xE2\x88\x92' is not a minus sign in Python: type '-'", 4},
        ParserCase {"[1, \xC3\xA9]", "unexpected non-ASCII character (byte 0xC3)", 4},
        ParserCase {"[1, \x01]", "unexpected control character (byte 0x01)", 4},
        ParserCase {"[0x]", "invalid number", 1},
        ParserCase {"[1e]", "invalid number: digits must follow the exponent", 3},
        ParserCase {"[012]", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal "
                             "integers", 1},
        ParserCase {"[1j]", "complex numbers are not understood", 1},
        ParserCase {"['a\\b']", "backslashes in strings are not understood", 3},
        ParserCase {"['abc]", "unterminated string", 1},
        ParserCase {"torch.rand(3)", unknownName("torch.rand"), 0},
        ParserCase {"[x]", unknownName("x"), 1},
        ParserCase {"nan(2)", "'nan' cannot be called", 3},
        ParserCase {"torch.tensor", "torch.tensor needs its arguments in parentheses, like torch.tensor(...)", 0},
        ParserCase {"torch.Tensor([1.0], dtype=torch.float32)",
                    "torch.Tensor() takes no keyword arguments: use torch.tensor([...], dtype=...) instead", 20},
        ParserCase {"torch.tensor([1.0], device='cpu')",
                    "unknown keyword argument 'device': only dtype= and requires_grad= are understood", 20},
        ParserCase {"torch.tensor([1.0], dtype=torch.float32, dtype=torch.float32)", "keyword argument repeated: dtype", 41},
        ParserCase {"torch.tensor(dtype=torch.float32, [1.0])", "positional argument follows keyword argument", 34},
        ParserCase {"torch.tensor([1.0], dtype=3)", "dtype must be torch.float32 or torch.int64", 26},
        ParserCase {"torch.zeros(2, dtype=torch.float64)",
                    "torch.float64 is not supported here: use torch.float32 or torch.int64", 21},
        ParserCase {"torch.tensor([1.0], requires_grad=1)", "requires_grad must be True or False", 34},
        ParserCase {"torch.tensor([1, 2], requires_grad=True)",
                    "only floating-point tensors can require gradients (this one is int64)", 35},
        ParserCase {"torch.tensor()", "torch.tensor() needs data, like torch.tensor([1.0, -2.0])", 13},
        ParserCase {"torch.tensor([1.0], [2.0])", "torch.tensor() takes 1 positional argument", 20},
        ParserCase {"torch.Tensor(3)", "torch.Tensor(sizes) gives uninitialised memory: use torch.zeros(...) for zeros, "
                                       "or torch.tensor([...]) for these values", 13},
        ParserCase {"torch.Tensor(nan)", "torch.Tensor() needs a list, like torch.Tensor([1.5, -2.0]); for a single "
                                         "number use torch.tensor(...)", 13},
        ParserCase {"torch.Tensor([1.0], [2.0])", "torch.Tensor() takes 1 list", 20},
        ParserCase {"torch.zeros((2, 3), 4)", "give the sizes either as separate numbers or as one tuple, not both", 20},
        ParserCase {"torch.ones()", "torch.ones() needs sizes, like torch.ones(2, 3)", 11},
        ParserCase {"torch.randn(2, dtype=torch.int64)",
                    "torch.randn makes floating-point values: int64 is not supported (PyTorch: \"normal_kernel_cpu\" "
                    "not implemented for 'Long')", 21},
        ParserCase {"torch.zeros(2.5)", "sizes must be whole numbers", 12},
        ParserCase {"torch.zeros(2, -3)", "sizes cannot be negative", 15},
        ParserCase {"torch.zeros(1, 1, 1, 1, 1)", "too many dimensions (at most 4)", 24},
        ParserCase {"[[[[[1]]]]]", "too many dimensions (at most 4)", 4},
        ParserCase {"torch.zeros(5000, 5000)", "too many elements (at most 16777216)", 12},
        ParserCase {"-[1]", "'-' and '+' apply to numbers, not to a list", 0},
        ParserCase {"[1, [2]]", "mixed numbers and lists: expected a number here, like the first element at this "
                                "level", 4},
        ParserCase {"[[1], 2]", "mixed numbers and lists: expected a list here, like the first element at this "
                                "level", 6},
        ParserCase {"['1']", "a string is not a number: type numbers without quotes", 1},
        ParserCase {"[True]", "True and False are not understood here: use 1 and 0", 1},
        ParserCase {"[torch.float32]", "torch.float32 is a dtype, not a number", 1},
        ParserCase {"[torch.tensor]", "torch.tensor cannot be used inside a tensor's data: type the numbers", 1},
        ParserCase {"[float('x')]", "float() is understood only as float('nan'), float('inf') or float('-inf')", 7},
        ParserCase {"torch.tensor([nan], dtype=torch.int64)", "value cannot be converted to type int64 without overflow", 14},
        ParserCase {"torch.tensor([9223372036854775808])",
                    "integer does not fit in int64 (PyTorch: Overflow when unpacking long)", 14},
        ParserCase {bracketed(std::string(400, '9')), "integer too large to convert to float", 1}));

TEST(ParserMessages, limits_read_exactly_as_before)
{
    TorchGenerator generator(0);
    ParserLimits depth;
    depth.maxDepth = 2;
    EXPECT_EQ(parseTensor("[[[1]]]", generator, depth).error().message, "nested too deeply (at most 2 levels of brackets)");
    ParserLimits bytes;
    bytes.maxInputBytes = 4;
    const auto tooLong = parseTensor("[1, 2]", generator, bytes);
    EXPECT_EQ(tooLong.error().message, "input too long (at most 4 bytes)");
    EXPECT_EQ(tooLong.error().position, 4u);
    EXPECT_STREQ(tooLong.error().localizable.source(), "input too long (at most %1 bytes)");
}

// --------------------------------------------------------------------------------------- lessons

json validLesson() { return json::parse(lessonToJson(Lesson {})); }

std::string lessonError(const json& doc)
{
    const auto r = lessonFromJson(doc.dump());
    if (r.ok())
        return "(accepted)";
    EXPECT_NE(r.error().localizable.source(), nullptr) << r.error().message;
    EXPECT_EQ(r.error().localizable.english(), r.error().message);
    return r.error().message;
}

TEST(LessonMessages, read_exactly_as_before_and_come_from_a_template)
{
    json doc = validLesson();
    EXPECT_EQ(lessonError(json::array({1, 2})), "the lesson must be an object, not a list");
    doc["format"] = "x";
    EXPECT_EQ(lessonError(doc), "this is not a LeakyLab lesson (\"format\" is \"x\")");
    doc = validLesson();
    doc["version"] = 0;
    EXPECT_EQ(lessonError(doc), "\"version\" must be a whole number of 1 or more, not 0");
    doc["version"] = 2;
    EXPECT_EQ(lessonError(doc), "this lesson was made by a newer LeakyLab (file version 2); this one reads version 1");
    doc = validLesson();
    doc.erase("title");
    EXPECT_EQ(lessonError(doc), "missing field \"title\"");
    doc = validLesson();
    doc["foo"] = 1;
    EXPECT_EQ(lessonError(doc), "unknown field \"foo\"");
    doc = validLesson();
    doc["title"] = 3;
    EXPECT_EQ(lessonError(doc), "\"title\" must be text, not a number");
    doc = validLesson();
    doc["activation"] = "tanh";
    EXPECT_EQ(lessonError(doc), "\"activation\" is \"tanh\"; it must be one of leaky_relu, relu");
    doc = validLesson();
    doc["negative_slope"] = "steep";
    EXPECT_EQ(lessonError(doc), "\"negative_slope\" must be a number, not text");
    doc["negative_slope"] = 1e7;
    EXPECT_EQ(lessonError(doc), "\"negative_slope\" is 10000000.0; it must lie between -1000000.0 and 1000000.0");
    doc = validLesson();
    doc["x_range"] = json::array({1});
    EXPECT_EQ(lessonError(doc), "\"x_range\" must be a list of two numbers, like [-5, 5]");
    doc["x_range"] = json::array({2, 1});
    EXPECT_EQ(lessonError(doc), "\"x_range\" must go from a smaller to a larger number, both within \xC2\xB1" "1e6 and "
                                "at least 0.001 apart");
    doc = validLesson();
    doc["curves"] = json::array();
    EXPECT_EQ(lessonError(doc), "\"curves\" must be an object, not a list");
    doc = validLesson();
    doc["curves"]["relu"] = nullptr;
    EXPECT_EQ(lessonError(doc), "\"curves.relu\" must be true or false, not null");
    doc = validLesson();
    doc["tensor"]["seed"] = -1;
    EXPECT_EQ(lessonError(doc), "\"tensor.seed\" must be a whole number of 0 or more, not -1");
    doc = validLesson();
    doc["simulation"]["samples"] = 0;
    EXPECT_EQ(lessonError(doc), "\"simulation.samples\" is 0; it must lie between 1 and 100000");
    doc = validLesson();
    doc["simulation"]["bias_init"] = true;
    EXPECT_EQ(lessonError(doc), "\"simulation.bias_init\" must be null or a number between -1e6 and 1e6, not true");
    doc = validLesson();
    doc["simulation"]["samples"] = 10;
    doc["simulation"]["batch_size"] = 20;
    EXPECT_EQ(lessonError(doc),
              "\"simulation\": the batch size must be at most the number of samples (0 for the full batch)");
    doc = validLesson();
    doc["title"] = std::string(70000, 'a');
    EXPECT_EQ(lessonError(doc), "\"title\" is too long (70000 bytes; at most 65536)");
}

TEST(LessonMessages, file_level_problems_read_exactly_as_before)
{
    LessonLimits small;
    small.maxFileBytes = 10;
    EXPECT_EQ(lessonFromJson(std::string(20, ' '), small).error().message,
              "the file is too large for a lesson (20 bytes; at most 10)");
    EXPECT_EQ(lessonFromJson("[[[[[[[[[[1]]]]]]]]]]").error().message,
              "the file nests deeper than a lesson ever does (8 levels)");
    EXPECT_EQ(lessonFromJson("1e400").error().message, "this is not a lesson file: it holds a number too large to read");
    const auto invalid = lessonFromJson("{]");
    EXPECT_EQ(invalid.error().message, "this is not a lesson file: it is not valid JSON (at byte 2)");
    EXPECT_STREQ(invalid.error().localizable.source(), "this is not a lesson file: it is not valid JSON (at byte %1)");
}

// --------------------------------------------------------------------------------------- training settings

std::string refusal(const SimulationConfig& c)
{
    const auto problem = validate(c);
    if (!problem)
        return "(accepted)";
    EXPECT_NE(problem->localizable.source(), nullptr) << problem->message;
    EXPECT_EQ(problem->localizable.english(), problem->message);
    return problem->message;
}

TEST(SimulationMessages, read_exactly_as_before_and_come_from_a_template)
{
    const SimulationConfig fine;
    ASSERT_EQ(refusal(fine), "(accepted)");
    SimulationConfig c = fine;
    c.negativeSlope = std::numeric_limits<double>::quiet_NaN();
    EXPECT_EQ(refusal(c), "the negative slope must be a finite number");
    c = fine;
    c.samples = 0;
    EXPECT_EQ(refusal(c), "samples must be from 1 to 100000");
    c = fine;
    c.noise = -1;
    EXPECT_EQ(refusal(c), "noise must be a finite number >= 0");
    c = fine;
    c.hidden = 2000;
    EXPECT_EQ(refusal(c), "hidden units must be from 1 to 1024");
    c = fine;
    c.layers = 9;
    EXPECT_EQ(refusal(c), "hidden layers must be from 1 to 8");
    c = fine;
    c.lr = -0.5;
    EXPECT_EQ(refusal(c), "the learning rate must be a finite number >= 0");
    c = fine;
    c.momentum = std::numeric_limits<double>::infinity();
    EXPECT_EQ(refusal(c), "momentum must be a finite number >= 0");
    c = fine;
    c.batchSize = c.samples + 1;
    EXPECT_EQ(refusal(c), "the batch size must be at most the number of samples (0 for the full batch)");
    c = fine;
    c.biasInit = std::numeric_limits<double>::infinity();
    EXPECT_EQ(refusal(c), "the bias init must be a finite number");
    c = fine;
    c.steps = 100001;
    EXPECT_EQ(refusal(c), "steps must be at most 100000");
    c = fine;
    c.samples = 100000;
    c.hidden = 1024;
    c.layers = 1;
    EXPECT_EQ(refusal(c), "samples x hidden units x layers must be at most 16777216 (the activations kept for training)");
    c = fine;
    c.samples = 2000;
    c.hidden = 64;
    c.layers = 8;
    c.steps = 100000;
    EXPECT_EQ(refusal(c), "this run is too long for one go (over 10^12 multiply-adds): lower the steps, samples, "
                          "hidden units or layers");
}

} // namespace
} // namespace leakylab
