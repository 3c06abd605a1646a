// Parses the tensor expressions a student types (a small subset of Python) into a Tensor, evaluating nothing.
//
// Two passes over the text. The first checks the Python syntax and records, for every list or tuple, how many
// elements it has; the second builds the tensor. Knowing the lengths up front lets the second pass report
// ragged data the way PyTorch does (length checked before the contents), infer the dtype before converting,
// and allocate the values once. Syntax errors come first, as in Python.
#include "core/tensor_parser.h"

#include <array>
#include <cassert>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <system_error>
#include <utility>
#include <vector>

namespace leakylab {
namespace {

// Every error ends the parse, so it unwinds to parseTensor as an exception.
struct Failure {
    Error error;
};

[[noreturn]] void fail(std::size_t pos, Message message)
{
    throw Failure{Error{std::move(message), pos}};
}

template <class... Args>
[[noreturn]] void fail(std::size_t pos, MessageTemplate message, Args&&... args)
{
    fail(pos, Message::format(message, std::forward<Args>(args)...));
}

// ---------------------------------------------------------------------------------------------- tokens

enum class Tok { End, Newline, Int, Float, Name, String, LParen, RParen, LBracket, RBracket, Comma, Dot, Equals, Plus, Minus };

struct Token {
    Tok kind = Tok::End;
    std::size_t pos = 0;
    std::size_t end = 0;
};

bool isDigit(char c, int radix)
{
    if (radix == 16)
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    return c >= '0' && c < static_cast<char>('0' + radix);
}

bool isNameStart(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; }
bool isNameChar(char c) { return isNameStart(c) || isDigit(c, 10); }

std::string hexByte(unsigned char c)
{
    static constexpr char kHex[] = "0123456789ABCDEF";
    return std::string("0x") + kHex[c >> 4] + kHex[c & 15];
}

// Python's tokenizer, for the tokens this grammar uses. Line breaks are whitespace inside brackets only.
class Lexer {
public:
    explicit Lexer(std::string_view text) : s_(text) {}

    // Continues reading at `pos`, as if inside one pair of brackets.
    void seek(std::size_t pos)
    {
        i_ = pos;
        nesting_ = 1;
        started_ = true;
    }

    Token next()
    {
        const std::optional<std::size_t> lineBreak = skipSpace();
        if (i_ >= s_.size())
            return {Tok::End, s_.size(), s_.size()};
        if (lineBreak && nesting_ == 0 && started_)
            return {Tok::Newline, *lineBreak, *lineBreak + 1};
        started_ = true;
        const std::size_t start = i_;
        const char c = s_[i_];
        if (isDigit(c, 10) || (c == '.' && i_ + 1 < s_.size() && isDigit(s_[i_ + 1], 10)))
            return number();
        if (isNameStart(c)) {
            while (i_ < s_.size() && isNameChar(s_[i_]))
                ++i_;
            return {Tok::Name, start, i_};
        }
        if (c == '\'' || c == '"')
            return string();
        ++i_;
        switch (c) {
        case '(': ++nesting_; return {Tok::LParen, start, i_};
        case '[': ++nesting_; return {Tok::LBracket, start, i_};
        case ')': nesting_ -= nesting_ > 0; return {Tok::RParen, start, i_};
        case ']': nesting_ -= nesting_ > 0; return {Tok::RBracket, start, i_};
        case ',': return {Tok::Comma, start, i_};
        case '.': return {Tok::Dot, start, i_};
        case '=': return {Tok::Equals, start, i_};
        case '+': return {Tok::Plus, start, i_};
        case '-': return {Tok::Minus, start, i_};
        default: break;
        }
        unexpectedCharacter(start);
    }

private:
    static bool isLineBreak(char c) { return c == '\n' || c == '\r'; }

    // Skips spaces, comments and line continuations; returns where the first line break was, if any.
    std::optional<std::size_t> skipSpace()
    {
        std::optional<std::size_t> lineBreak;
        while (i_ < s_.size()) {
            const char c = s_[i_];
            if (c == ' ' || c == '\t' || c == '\f') {
                ++i_;
            } else if (isLineBreak(c)) {
                if (!lineBreak)
                    lineBreak = i_;
                ++i_;
            } else if (c == '#') {
                while (i_ < s_.size() && !isLineBreak(s_[i_]))
                    ++i_;
            } else if (c == '\\' && i_ + 1 < s_.size() && isLineBreak(s_[i_ + 1])) {
                i_ += (s_[i_ + 1] == '\r' && i_ + 2 < s_.size() && s_[i_ + 2] == '\n') ? 3 : 2;
            } else {
                break;
            }
        }
        return lineBreak;
    }

    [[noreturn]] void unexpectedCharacter(std::size_t pos) const
    {
        const auto c = static_cast<unsigned char>(s_[pos]);
        if (s_.substr(pos, 3) == "\xE2\x88\x92")
            fail(pos, LEAKYLAB_MESSAGE("core", "'\xE2\x88\x92' is not a minus sign in Python: type '-'"));
        if (c >= 0x80)
            fail(pos, LEAKYLAB_MESSAGE("core", "unexpected non-ASCII character (byte %1)"), hexByte(c));
        if (c < 0x20 || c == 0x7F)
            fail(pos, LEAKYLAB_MESSAGE("core", "unexpected control character (byte %1)"), hexByte(c));
        if (std::string_view("*/%@&|^~<>!").find(static_cast<char>(c)) != std::string_view::npos)
            fail(pos, LEAKYLAB_MESSAGE("core", "unexpected '%1': arithmetic is not understood, type the number itself"), static_cast<char>(c));
        fail(pos, LEAKYLAB_MESSAGE("core", "unexpected '%1'"), static_cast<char>(c));
    }

    // digit (["_"] digit)*, or (["_"] digit)+ after a 0x/0o/0b prefix; returns whether any digit was read.
    bool digits(int radix, bool underscoreFirst)
    {
        bool any = false;
        while (i_ < s_.size()) {
            if (s_[i_] == '_' && (any || underscoreFirst) && i_ + 1 < s_.size() && isDigit(s_[i_ + 1], radix))
                ++i_;
            else if (!isDigit(s_[i_], radix))
                break;
            ++i_;
            any = true;
        }
        return any;
    }

    Token number()
    {
        const std::size_t start = i_;
        const char prefix = i_ + 1 < s_.size() && s_[i_] == '0' ? static_cast<char>(s_[i_ + 1] | 0x20) : '\0';
        const int radix = prefix == 'x' ? 16 : prefix == 'o' ? 8 : prefix == 'b' ? 2 : 10;
        bool isFloat = false;
        if (radix != 10) {
            i_ += 2;
            if (!digits(radix, true))
                fail(start, LEAKYLAB_MESSAGE("core", "invalid number"));
        } else {
            digits(10, false);
            if (i_ < s_.size() && s_[i_] == '.') {
                ++i_;
                isFloat = true;
                digits(10, false);
            }
            if (i_ < s_.size() && (s_[i_] == 'e' || s_[i_] == 'E')) {
                ++i_;
                if (i_ < s_.size() && (s_[i_] == '+' || s_[i_] == '-'))
                    ++i_;
                if (!digits(10, false))
                    fail(i_, LEAKYLAB_MESSAGE("core", "invalid number: digits must follow the exponent"));
                isFloat = true;
            }
            if (!isFloat && s_[start] == '0' && s_.substr(start, i_ - start).find_first_not_of("0_") != std::string_view::npos)
                fail(start, LEAKYLAB_MESSAGE("core", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers"));
        }
        if (i_ < s_.size() && isNameChar(s_[i_])) {
            if (s_[i_] == 'j' || s_[i_] == 'J')
                fail(start, LEAKYLAB_MESSAGE("core", "complex numbers are not understood"));
            fail(i_, LEAKYLAB_MESSAGE("core", "invalid number"));
        }
        return {isFloat ? Tok::Float : Tok::Int, start, i_};
    }

    Token string()
    {
        const std::size_t start = i_;
        const char quote = s_[i_++];
        while (i_ < s_.size() && s_[i_] != quote) {
            if (isLineBreak(s_[i_]))
                break;
            if (s_[i_] == '\\')
                fail(i_, LEAKYLAB_MESSAGE("core", "backslashes in strings are not understood"));
            if (const auto c = static_cast<unsigned char>(s_[i_]); c < 0x20 || c >= 0x7F) // only ASCII is needed here
                unexpectedCharacter(i_);
            ++i_;
        }
        if (i_ >= s_.size() || s_[i_] != quote)
            fail(start, LEAKYLAB_MESSAGE("core", "unterminated string"));
        ++i_;
        return {Tok::String, start, i_};
    }

    std::string_view s_;
    std::size_t i_ = 0;
    int nesting_ = 0;      // open brackets, for where a line break is whitespace
    bool started_ = false; // line breaks before the first token are fine
};

// ---------------------------------------------------------------------------------------------- names

enum class Name { Unknown, Tensor, LegacyTensor, Randn, Zeros, Ones, Nan, Inf, FloatCall, Float32, Int64, OtherDtype, True, False };

bool isFunction(Name n) { return n == Name::Tensor || n == Name::LegacyTensor || n == Name::Randn || n == Name::Zeros || n == Name::Ones; }

// A dotted name like `torch.tensor` (whitespace around the dots is allowed, as in Python).
struct DottedName {
    std::array<std::string_view, 2> parts{};
    int count = 0;
    std::size_t pos = 0;
    std::size_t end = 0;
};

Name classify(const DottedName& n)
{
    const std::string_view last = n.parts[n.count == 2 ? 1 : 0];
    if (n.count == 1) {
        if (last == "float") return Name::FloatCall;
        if (last == "True") return Name::True;
        if (last == "False") return Name::False;
    }
    // The functions also answer without their module prefix, as after `from torch import *`.
    if (n.count == 1 || (n.count == 2 && n.parts[0] == "torch")) {
        if (last == "tensor") return Name::Tensor;
        if (last == "Tensor") return Name::LegacyTensor;
        if (last == "randn") return Name::Randn;
        if (last == "zeros") return Name::Zeros;
        if (last == "ones") return Name::Ones;
    }
    if (n.count == 1 || (n.count == 2 && (n.parts[0] == "torch" || n.parts[0] == "math"))) {
        if (last == "nan") return Name::Nan;
        if (last == "inf") return Name::Inf;
    }
    if (n.count == 2 && n.parts[0] == "torch") {
        if (last == "float32" || last == "float") return Name::Float32;
        if (last == "int64" || last == "long") return Name::Int64;
        for (std::string_view other : {"float64", "double", "float16", "half", "bfloat16", "int32", "int", "int16",
                                       "short", "int8", "uint8", "bool", "complex64", "cfloat", "complex128", "cdouble"})
            if (last == other)
                return Name::OtherDtype;
    }
    return Name::Unknown;
}

// ---------------------------------------------------------------------------------------------- numbers

constexpr double kTwo63 = 9223372036854775808.0;

int digitValue(char c) { return c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10; }

int radixOf(std::string_view lit)
{
    if (lit.size() < 2 || lit[0] != '0')
        return 10;
    switch (lit[1] | 0x20) {
    case 'x': return 16;
    case 'o': return 8;
    case 'b': return 2;
    default: return 10;
    }
}

// The digits of an integer literal, without its 0x/0o/0b prefix.
std::string_view digitsOf(std::string_view lit) { return radixOf(lit) == 10 ? lit : lit.substr(2); }

// The value of an integer literal, or nothing when it exceeds 64 bits.
std::optional<std::uint64_t> magnitude(std::string_view lit)
{
    const auto radix = static_cast<std::uint64_t>(radixOf(lit));
    std::uint64_t v = 0;
    for (char c : digitsOf(lit)) {
        if (c == '_')
            continue;
        const auto d = static_cast<std::uint64_t>(digitValue(c));
        if (v > (std::numeric_limits<std::uint64_t>::max() - d) / radix)
            return std::nullopt;
        v = v * radix + d;
    }
    return v;
}

// Python's int -> float for a 0x/0o/0b literal wider than 64 bits: rounded half to even; nothing when it
// reaches 2^1024 (Python's OverflowError).
std::optional<double> powerOfTwoRadixToDouble(std::string_view lit)
{
    const int bitsPerDigit = radixOf(lit) == 16 ? 4 : radixOf(lit) == 8 ? 3 : 1;
    std::uint64_t top = 0;     // the leading 64 significant bits
    int kept = 0;              // how many bits `top` holds
    std::int64_t dropped = 0;  // significant bits after those
    bool sticky = false;       // whether any dropped bit is set
    for (char c : digitsOf(lit)) {
        if (c == '_')
            continue;
        const int d = digitValue(c);
        for (int b = bitsPerDigit - 1; b >= 0; --b) {
            const auto bit = static_cast<std::uint64_t>((d >> b) & 1);
            if (kept < 64) {
                if (kept > 0 || bit) {
                    top = (top << 1) | bit;
                    ++kept;
                }
            } else {
                sticky = sticky || bit;
                if (++dropped > 1024)
                    return std::nullopt;
            }
        }
    }
    assert(kept == 64); // only called when the value does not fit 64 bits
    std::uint64_t mantissa = top >> 11;
    const std::uint64_t rest = top & 0x7FF;
    if (rest > 0x400 || (rest == 0x400 && (sticky || (mantissa & 1))))
        ++mantissa; // may reach 2^53, which is still exact
    const double value = std::ldexp(static_cast<double>(mantissa), static_cast<int>(dropped) + 11);
    if (std::isinf(value))
        return std::nullopt;
    return value;
}

// Python's int -> float (correctly rounded); nothing when the value is too large for a double.
std::optional<double> intToDouble(std::string_view lit, std::string& scratch)
{
    if (const auto m = magnitude(lit))
        return static_cast<double>(*m); // the conversion rounds to nearest even, as Python does
    if (radixOf(lit) != 10)
        return powerOfTwoRadixToDouble(lit);
    scratch.clear();
    for (char c : lit) {
        if (c == '_')
            continue;
        if (scratch.size() == 309) // 10^309 > DBL_MAX, so no need to read on
            return std::nullopt;
        scratch.push_back(c);
    }
    double value = 0;
    if (std::from_chars(scratch.data(), scratch.data() + scratch.size(), value).ec != std::errc())
        return std::nullopt;
    return value;
}

// Whether a decimal float literal is at least 1 (out of range, that tells overflow from underflow).
bool atLeastOne(std::string_view lit)
{
    std::int64_t scale = 0; // the value is 0.d1d2... * 10^scale, d1 being the first non-zero digit
    bool seenNonZero = false, afterPoint = false;
    std::size_t i = 0;
    for (; i < lit.size() && (lit[i] | 0x20) != 'e'; ++i) {
        const char c = lit[i];
        if (c == '.')
            afterPoint = true;
        else if (c == '_')
            continue;
        else if (!seenNonZero && c == '0')
            scale -= afterPoint;
        else {
            seenNonZero = true;
            scale += !afterPoint;
        }
    }
    if (!seenNonZero)
        return false;
    std::int64_t exponent = 0;
    const bool negative = i + 1 < lit.size() && lit[i + 1] == '-';
    for (++i; i < lit.size(); ++i)
        if (isDigit(lit[i], 10) && exponent < (std::int64_t{1} << 40))
            exponent = exponent * 10 + (lit[i] - '0');
    return scale + (negative ? -exponent : exponent) > 0;
}

// A float literal as Python reads it: the nearest double, inf beyond the range, 0 below it.
double floatToDouble(std::string_view lit, std::string& scratch)
{
    std::string_view text = lit;
    if (lit.find('_') != std::string_view::npos) {
        scratch.clear();
        for (char c : lit)
            if (c != '_')
                scratch.push_back(c);
        text = scratch;
    }
    double value = 0;
    if (std::from_chars(text.data(), text.data() + text.size(), value).ec == std::errc::result_out_of_range)
        return atLeastOne(text) ? std::numeric_limits<double>::infinity() : 0.0;
    return value;
}

// double -> float rounded to nearest, as PyTorch's cast does. Spelled out at the top of the range because
// a C++ cast of a value beyond FLT_MAX is undefined.
float toFloat32(double d)
{
    constexpr double kHalfwayToInfinity = 0x1.ffffffp+127; // FLT_MAX plus half its ulp rounds (to even) to inf
    const auto flMax = static_cast<double>(std::numeric_limits<float>::max());
    if (std::abs(d) >= kHalfwayToInfinity)
        return d > 0 ? std::numeric_limits<float>::infinity() : -std::numeric_limits<float>::infinity();
    if (std::abs(d) > flMax)
        return d > 0 ? std::numeric_limits<float>::max() : -std::numeric_limits<float>::max();
    return static_cast<float>(d);
}

// PyTorch's checked double -> int64: NaN and values outside [-2^63, 2^63] are an error. 2^63 itself passes
// that check and then converts (on x86) to -2^63, which is what PyTorch 1.13 returns.
std::int64_t toInt64(double d, std::size_t pos)
{
    if (std::isnan(d) || d < -kTwo63 || d > kTwo63)
        fail(pos, LEAKYLAB_MESSAGE("core", "value cannot be converted to type int64 without overflow"));
    if (d == kTwo63)
        return std::numeric_limits<std::int64_t>::min();
    return static_cast<std::int64_t>(d); // truncates toward zero
}

// The number of elements of `shape`, or nothing above `limit` (no overflow: stops as soon as it is exceeded).
std::optional<std::int64_t> numelWithin(const std::vector<std::int64_t>& shape, std::int64_t limit)
{
    for (std::int64_t d : shape)
        if (d == 0)
            return 0;
    std::int64_t n = 1;
    for (std::int64_t d : shape) {
        if (d > limit / n)
            return std::nullopt;
        n *= d;
    }
    return n;
}

Message tooManyElements(const ParserLimits& limits)
{
    return Message::format(LEAKYLAB_MESSAGE("core", "too many elements (at most %1)"), limits.maxElements);
}

// ---------------------------------------------------------------------------------------------- parsing

constexpr std::uint32_t kGrouping = std::numeric_limits<std::uint32_t>::max(); // `( x )`: not a tuple

// What the syntax pass learns for the building pass.
struct Facts {
    std::vector<std::uint32_t> sequences; // per '[' and non-call '(' in order: its length, or kGrouping
    bool sawInt = false;                  // an integer literal
    bool sawFloat = false;                // a float literal, nan, inf or float('...')
    bool sawEmpty = false;                // an empty list or tuple
    std::optional<std::size_t> dtypeAt;   // where the value of a `dtype=` keyword starts
};

// The token cursor both passes read with.
class TokenStream {
protected:
    explicit TokenStream(std::string_view text) : text_(text), lex_(text) {}

    void advance() { tok_ = lex_.next(); }
    Token peek() const
    {
        Lexer ahead = lex_;
        return ahead.next();
    }
    std::string_view textOf(const Token& t) const { return text_.substr(t.pos, t.end - t.pos); }
    bool atKeyword() const { return tok_.kind == Tok::Name && peek().kind == Tok::Equals; }

    Message describe(const Token& t) const
    {
        switch (t.kind) {
        case Tok::End: return LEAKYLAB_MESSAGE("core", "end of input");
        case Tok::Newline: return LEAKYLAB_MESSAGE("core", "line break (line breaks are only allowed inside brackets)");
        default: break;
        }
        // Built by appending: GCC 12 misreports "'" + string as overlapping (-Wrestrict).
        const std::string_view s = textOf(t);
        std::string quoted(1, '\'');
        quoted += s.substr(0, 24);
        quoted += s.size() > 24 ? "...'" : "'";
        return Message::verbatim(std::move(quoted));
    }

    [[noreturn]] void unexpected(const Token& t) const { fail(t.pos, LEAKYLAB_MESSAGE("core", "unexpected %1"), describe(t)); }
    [[noreturn]] void unexpected(const Token& t, MessageTemplate expected) const
    {
        fail(t.pos, LEAKYLAB_MESSAGE("core", "unexpected %1: expected %2"), describe(t), expected);
    }

    DottedName readName()
    {
        DottedName n;
        n.pos = tok_.pos;
        for (;;) {
            if (n.count < 2)
                n.parts[static_cast<std::size_t>(n.count)] = textOf(tok_);
            n.count = n.count < 3 ? n.count + 1 : 3; // three or more parts: never a known name
            n.end = tok_.end;
            advance();
            if (tok_.kind != Tok::Dot)
                return n;
            advance();
            if (tok_.kind != Tok::Name)
                unexpected(tok_, LEAKYLAB_MESSAGE("core", "a name after '.'"));
        }
    }

    // The name as one line, without the spaces, comments or line breaks Python allows around its dots.
    std::string spelling(const DottedName& n) const
    {
        Lexer lex(text_);
        lex.seek(n.pos);
        std::string out;
        for (Token t = lex.next();; t = lex.next()) {
            out += textOf(t).substr(0, 41);
            if (t.end >= n.end || out.size() > 40)
                break;
        }
        return out.size() > 40 ? out.substr(0, 40) + "..." : out;
    }

    std::string_view text_;
    Lexer lex_;
    Token tok_;
};

// Pass 1: Python's syntax for literals, names, calls with keyword arguments, lists and tuples.
class SyntaxPass : TokenStream {
public:
    SyntaxPass(std::string_view text, const ParserLimits& limits) : TokenStream(text), limits_(limits) {}

    Facts run()
    {
        advance();
        if (tok_.kind == Tok::End)
            fail(0, LEAKYLAB_MESSAGE("core", "nothing to read: type a tensor such as [1.0, -2.0] or torch.randn(3)"));
        expression(0);
        if (tok_.kind != Tok::End)
            unexpected(tok_);
        return std::move(facts_);
    }

private:
    void expression(int depth)
    {
        while (tok_.kind == Tok::Plus || tok_.kind == Tok::Minus)
            advance();
        switch (tok_.kind) {
        case Tok::Int: facts_.sawInt = true; advance(); return;
        case Tok::Float: facts_.sawFloat = true; advance(); return;
        case Tok::String: advance(); return;
        case Tok::Name: {
            const Name name = classify(readName());
            facts_.sawFloat = facts_.sawFloat || name == Name::Nan || name == Name::Inf || name == Name::FloatCall;
            if (tok_.kind == Tok::LParen)
                call(depth);
            return;
        }
        case Tok::LBracket:
        case Tok::LParen: sequence(depth); return;
        default: unexpected(tok_, LEAKYLAB_MESSAGE("core", "a number or '['"));
        }
    }

    Token open(int depth)
    {
        const Token t = tok_;
        if (depth >= limits_.maxDepth)
            fail(t.pos, LEAKYLAB_MESSAGE("core", "nested too deeply (at most %1 levels of brackets)"), limits_.maxDepth);
        advance();
        return t;
    }

    // After an element, or at an empty spot: the closing bracket, or an error if it is missing or wrong.
    void expectClose(const Token& opener, Tok close, MessageTemplate expected) const
    {
        if (tok_.kind == close)
            return;
        if (tok_.kind == Tok::End)
            fail(opener.pos, opener.kind == Tok::LBracket ? LEAKYLAB_MESSAGE("core", "unterminated list: this '[' is never closed")
                                                          : LEAKYLAB_MESSAGE("core", "unterminated parentheses: this '(' is never closed"));
        if (tok_.kind == Tok::RParen || tok_.kind == Tok::RBracket)
            fail(tok_.pos, LEAKYLAB_MESSAGE("core", "'%1' does not match '%2'"), text_[tok_.pos], text_[opener.pos]);
        unexpected(tok_, expected);
    }

    void sequence(int depth)
    {
        const std::size_t slot = facts_.sequences.size();
        facts_.sequences.push_back(0);
        const Token opener = open(depth);
        const Tok close = opener.kind == Tok::LBracket ? Tok::RBracket : Tok::RParen;
        const MessageTemplate expected = close == Tok::RBracket ? LEAKYLAB_MESSAGE("core", "',' or ']'") : LEAKYLAB_MESSAGE("core", "',' or ')'");
        std::uint32_t count = 0;
        bool comma = false;
        while (tok_.kind != close) {
            if (tok_.kind == Tok::End || tok_.kind == Tok::RParen || tok_.kind == Tok::RBracket)
                expectClose(opener, close, expected);
            expression(depth + 1);
            if (static_cast<std::int64_t>(++count) > limits_.maxElements || count == kGrouping)
                fail(opener.pos, tooManyElements(limits_));
            if (tok_.kind != Tok::Comma)
                break;
            comma = true;
            advance();
        }
        expectClose(opener, close, expected);
        advance();
        const bool grouping = close == Tok::RParen && count == 1 && !comma;
        facts_.sequences[slot] = grouping ? kGrouping : count;
        facts_.sawEmpty = facts_.sawEmpty || count == 0;
    }

    void call(int depth)
    {
        const Token opener = open(depth);
        bool keywords = false, dtype = false, requiresGrad = false;
        while (tok_.kind != Tok::RParen) {
            if (tok_.kind == Tok::End || tok_.kind == Tok::RBracket)
                expectClose(opener, Tok::RParen, LEAKYLAB_MESSAGE("core", "',' or ')'"));
            if (atKeyword()) {
                const std::string_view key = textOf(tok_);
                bool& seen = key == "dtype" ? dtype : requiresGrad;
                if ((key == "dtype" || key == "requires_grad") && std::exchange(seen, true))
                    fail(tok_.pos, LEAKYLAB_MESSAGE("core", "keyword argument repeated: %1"), key);
                advance();
                advance();
                if (key == "dtype")
                    facts_.dtypeAt = tok_.pos;
                keywords = true;
            } else if (keywords) {
                fail(tok_.pos, LEAKYLAB_MESSAGE("core", "positional argument follows keyword argument"));
            }
            expression(depth + 1);
            if (tok_.kind != Tok::Comma)
                break;
            advance();
        }
        expectClose(opener, Tok::RParen, LEAKYLAB_MESSAGE("core", "',' or ')'"));
        advance();
    }

    const ParserLimits& limits_;
    Facts facts_;
};

struct Options {
    std::optional<DType> dtype;
    std::size_t dtypePos = 0;
    bool requiresGrad = false;
    std::size_t requiresGradPos = 0;
};

// Pass 2: the tensor. The text is known to be well-formed; this pass checks what it means.
class BuildPass : TokenStream {
public:
    BuildPass(std::string_view text, const Facts& facts, TorchGenerator& gen, const ParserLimits& limits)
        : TokenStream(text), facts_(facts), gen_(gen), limits_(limits)
    {
    }

    Tensor run()
    {
        advance();
        Tensor t = top();
        assert(tok_.kind == Tok::End);
        return t;
    }

private:
    std::uint32_t takeSequence()
    {
        assert(next_ < facts_.sequences.size());
        return facts_.sequences[next_++];
    }
    bool atGrouping() const { return tok_.kind == Tok::LParen && facts_.sequences[next_] == kGrouping; }
    bool atSequence() const { return tok_.kind == Tok::LBracket || (tok_.kind == Tok::LParen && !atGrouping()); }

    // A whole expression: a call, or data (a bare list or number means float32, like torch.Tensor).
    Tensor top()
    {
        if (atGrouping()) {
            takeSequence();
            advance();
            Tensor t = top();
            advance(); // ')'
            return t;
        }
        if (tok_.kind == Tok::Name) {
            const Lexer lexAtName = lex_;
            const Token tokAtName = tok_;
            const DottedName name = readName();
            if (isFunction(classify(name)))
                return call(classify(name), name);
            lex_ = lexAtName;
            tok_ = tokAtName;
        }
        return data(DType::Float32);
    }

    [[noreturn]] void unknownName(const DottedName& n) const
    {
        fail(n.pos,
             LEAKYLAB_MESSAGE("core", "unknown name '%1': only torch.tensor, torch.Tensor, torch.randn, torch.zeros, torch.ones, nan and inf are understood"),
             spelling(n));
    }

    // A name that is a value must not be called: `nan(2)`.
    void notCalled(const DottedName& n) const
    {
        if (tok_.kind == Tok::LParen)
            fail(tok_.pos, LEAKYLAB_MESSAGE("core", "'%1' cannot be called"), spelling(n));
    }

    // ------------------------------------------------------------------------------------ calls

    Tensor call(Name fn, const DottedName& name)
    {
        const std::string fnName = spelling(name);
        if (tok_.kind != Tok::LParen)
            fail(name.pos, LEAKYLAB_MESSAGE("core", "%1 needs its arguments in parentheses, like %1(...)"), fnName);
        advance();
        if (fn == Name::Tensor)
            return tensorCall(fnName);
        if (fn == Name::LegacyTensor)
            return legacyTensorCall(fnName);
        return filledCall(fn, fnName);
    }

    // After the positional arguments: the keywords up to and including ')'.
    Options keywords(const std::string& fnName, bool allowed)
    {
        Options options;
        while (tok_.kind != Tok::RParen) {
            if (!atKeyword())
                unexpected(tok_);
            const Token key = tok_;
            const std::string_view keyName = textOf(key);
            if (!allowed)
                fail(key.pos, LEAKYLAB_MESSAGE("core", "%1() takes no keyword arguments: use torch.tensor([...], dtype=...) instead"), fnName);
            advance();
            advance();
            if (keyName == "dtype") {
                options.dtypePos = tok_.pos;
                options.dtype = dtypeValue();
            } else if (keyName == "requires_grad") {
                options.requiresGradPos = tok_.pos;
                options.requiresGrad = boolValue();
            } else {
                fail(key.pos, LEAKYLAB_MESSAGE("core", "unknown keyword argument '%1': only dtype= and requires_grad= are understood"), keyName);
            }
            if (tok_.kind != Tok::Comma && tok_.kind != Tok::RParen)
                unexpected(tok_, LEAKYLAB_MESSAGE("core", "',' or ')'"));
            if (tok_.kind == Tok::Comma)
                advance();
        }
        advance();
        return options;
    }

    DType dtypeValue()
    {
        const std::size_t pos = tok_.pos;
        if (tok_.kind != Tok::Name)
            fail(pos, LEAKYLAB_MESSAGE("core", "dtype must be torch.float32 or torch.int64"));
        const DottedName name = readName();
        notCalled(name);
        switch (classify(name)) {
        case Name::Float32: return DType::Float32;
        case Name::Int64: return DType::Int64;
        case Name::OtherDtype: fail(pos, LEAKYLAB_MESSAGE("core", "%1 is not supported here: use torch.float32 or torch.int64"), spelling(name));
        default: fail(pos, LEAKYLAB_MESSAGE("core", "dtype must be torch.float32 or torch.int64"));
        }
    }

    bool boolValue()
    {
        const std::size_t pos = tok_.pos;
        if (tok_.kind == Tok::Name) {
            const DottedName name = readName();
            notCalled(name);
            if (classify(name) == Name::True || classify(name) == Name::False)
                return classify(name) == Name::True;
        }
        fail(pos, LEAKYLAB_MESSAGE("core", "requires_grad must be True or False"));
    }

    // PyTorch refuses gradients for integer tensors.
    static void checkRequiresGrad(const Options& options, DType dtype)
    {
        if (options.requiresGrad && dtype == DType::Int64)
            fail(options.requiresGradPos, LEAKYLAB_MESSAGE("core", "only floating-point tensors can require gradients (this one is int64)"));
    }

    // torch.tensor(data, dtype=..., requires_grad=...): the dtype comes from the data unless given.
    Tensor tensorCall(const std::string& fnName)
    {
        if (tok_.kind == Tok::RParen || atKeyword())
            fail(tok_.pos, LEAKYLAB_MESSAGE("core", "%1() needs data, like %1([1.0, -2.0])"), fnName);
        DType dtype = facts_.sawInt && !facts_.sawFloat && !facts_.sawEmpty ? DType::Int64 : DType::Float32;
        if (facts_.dtypeAt) {
            // The keyword comes after the data but decides how the data converts: read it first.
            const Lexer lexHere = lex_;
            const Token tokHere = tok_;
            lex_.seek(*facts_.dtypeAt);
            advance();
            dtype = dtypeValue();
            lex_ = lexHere;
            tok_ = tokHere;
        }
        Tensor t = data(dtype);
        if (tok_.kind == Tok::Comma)
            advance();
        if (tok_.kind != Tok::RParen && !atKeyword())
            fail(tok_.pos, LEAKYLAB_MESSAGE("core", "%1() takes 1 positional argument"), fnName);
        checkRequiresGrad(keywords(fnName, true), dtype);
        return t;
    }

    // torch.Tensor(data): always float32. torch.Tensor(sizes) would be uninitialised memory.
    Tensor legacyTensorCall(const std::string& fnName)
    {
        if (tok_.kind == Tok::RParen) {
            advance();
            return Tensor::float32({0}, {});
        }
        // Look past signs and parentheses for what the first argument is.
        const Lexer lexHere = lex_;
        const Token tokHere = tok_;
        const std::size_t nextHere = next_;
        while (tok_.kind == Tok::Plus || tok_.kind == Tok::Minus || atGrouping()) {
            next_ += tok_.kind == Tok::LParen;
            advance();
        }
        const Tok first = atSequence() ? Tok::LBracket : tok_.kind;
        lex_ = lexHere;
        tok_ = tokHere;
        next_ = nextHere;
        if (first == Tok::Int)
            fail(tok_.pos, LEAKYLAB_MESSAGE("core", "%1(sizes) gives uninitialised memory: use torch.zeros(...) for zeros, or "
                                               "torch.tensor([...]) for these values"),
                 fnName);
        if (atKeyword())
            keywords(fnName, false); // refuses them
        if (first != Tok::LBracket)
            fail(tok_.pos, LEAKYLAB_MESSAGE("core", "%1() needs a list, like %1([1.5, -2.0]); for a single number use torch.tensor(...)"), fnName);
        Tensor t = data(DType::Float32);
        if (tok_.kind == Tok::Comma)
            advance();
        if (tok_.kind != Tok::RParen && !atKeyword())
            fail(tok_.pos, LEAKYLAB_MESSAGE("core", "%1() takes 1 list"), fnName);
        keywords(fnName, false);
        return t;
    }

    // torch.randn / zeros / ones(sizes, dtype=..., requires_grad=...).
    Tensor filledCall(Name fn, const std::string& fnName)
    {
        const std::size_t sizesPos = tok_.pos;
        std::vector<std::int64_t> shape;
        int positional = 0;
        bool fromSequence = false;
        while (tok_.kind != Tok::RParen && !atKeyword()) {
            if (fromSequence || (positional > 0 && atSequenceAfterGroupings()))
                fail(tok_.pos, LEAKYLAB_MESSAGE("core", "give the sizes either as separate numbers or as one tuple, not both"));
            if (atSequenceAfterGroupings()) {
                int groupings = 0;
                for (; atGrouping(); ++groupings) {
                    takeSequence();
                    advance();
                }
                const std::uint32_t count = takeSequence();
                advance();
                for (std::uint32_t k = 0; k < count; ++k) {
                    size(shape);
                    if (tok_.kind == Tok::Comma)
                        advance();
                }
                for (int k = 0; k <= groupings; ++k)
                    advance(); // the closing brackets
                fromSequence = true;
            } else {
                size(shape);
            }
            ++positional;
            if (tok_.kind != Tok::Comma && tok_.kind != Tok::RParen)
                unexpected(tok_, LEAKYLAB_MESSAGE("core", "',' or ')'"));
            if (tok_.kind == Tok::Comma)
                advance();
        }
        if (positional == 0)
            fail(tok_.pos, LEAKYLAB_MESSAGE("core", "%1() needs sizes, like %1(2, 3)"), fnName);
        const Options options = keywords(fnName, true);
        const DType dtype = options.dtype.value_or(DType::Float32);
        if (fn == Name::Randn && dtype == DType::Int64)
            fail(options.dtypePos, LEAKYLAB_MESSAGE("core", "torch.randn makes floating-point values: int64 is not supported (PyTorch: "
                                                   "\"normal_kernel_cpu\" not implemented for 'Long')"));
        checkRequiresGrad(options, dtype);
        const std::optional<std::int64_t> numel = numelWithin(shape, limits_.maxElements);
        if (!numel)
            fail(sizesPos, tooManyElements(limits_));
        const auto n = static_cast<std::size_t>(*numel);
        if (fn == Name::Randn) {
            std::vector<float> values = gen_.randn(*numel);
            assert(values.size() == n);
            return Tensor::float32(std::move(shape), std::move(values));
        }
        const int fill = fn == Name::Ones ? 1 : 0;
        if (dtype == DType::Int64)
            return Tensor::int64(std::move(shape), std::vector<std::int64_t>(n, fill));
        return Tensor::float32(std::move(shape), std::vector<float>(n, static_cast<float>(fill)));
    }

    // Whether the argument here is a tuple or list, perhaps inside extra parentheses: `((2, 3))`.
    bool atSequenceAfterGroupings() const
    {
        Lexer ahead = lex_;
        Token t = tok_;
        for (std::size_t k = next_; t.kind == Tok::LParen && facts_.sequences[k] == kGrouping; ++k)
            t = ahead.next();
        return t.kind == Tok::LBracket || t.kind == Tok::LParen;
    }

    // One size: a non-negative integer, with any signs and parentheses Python allows.
    void size(std::vector<std::int64_t>& shape, bool negative = false, std::optional<std::size_t> signPos = {})
    {
        for (; tok_.kind == Tok::Plus || tok_.kind == Tok::Minus; advance()) {
            signPos = signPos.value_or(tok_.pos);
            negative = negative != (tok_.kind == Tok::Minus);
        }
        if (atGrouping()) {
            takeSequence();
            advance();
            size(shape, negative, signPos);
            advance(); // ')'
            return;
        }
        const std::size_t pos = signPos.value_or(tok_.pos);
        if (tok_.kind == Tok::Name) {
            const DottedName name = readName();
            if (classify(name) == Name::Unknown)
                unknownName(name);
            fail(name.pos, LEAKYLAB_MESSAGE("core", "sizes must be whole numbers"));
        }
        if (tok_.kind != Tok::Int)
            fail(tok_.pos, LEAKYLAB_MESSAGE("core", "sizes must be whole numbers"));
        const std::optional<std::uint64_t> m = magnitude(textOf(tok_));
        advance();
        if (negative && m != 0u)
            fail(pos, LEAKYLAB_MESSAGE("core", "sizes cannot be negative"));
        if (!m || *m > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max()))
            fail(pos, tooManyElements(limits_));
        if (shape.size() == kMaxDims)
            fail(pos, LEAKYLAB_MESSAGE("core", "too many dimensions (at most %1)"), kMaxDims);
        shape.push_back(static_cast<std::int64_t>(*m));
    }

    // ------------------------------------------------------------------------------------ data

    // Nested lists/tuples of numbers (or one number), stored flat. As in PyTorch, the shape is that of the
    // first element at each depth; every other list must match it.
    Tensor data(DType dtype)
    {
        dtype_ = dtype;
        dataPos_ = tok_.pos;
        element(0, false, {});
        std::vector<std::int64_t> shape(shape_.begin(), shape_.begin() + dims_);
        if (dtype == DType::Int64)
            return Tensor::int64(std::move(shape), std::move(i64_));
        return Tensor::float32(std::move(shape), std::move(f32_));
    }

    void element(int depth, bool negative, std::optional<std::size_t> signPos)
    {
        for (; tok_.kind == Tok::Plus || tok_.kind == Tok::Minus; advance()) {
            signPos = signPos.value_or(tok_.pos);
            negative = negative != (tok_.kind == Tok::Minus);
        }
        if (tok_.kind != Tok::LBracket && tok_.kind != Tok::LParen) {
            scalar(depth, negative, signPos.value_or(tok_.pos));
            return;
        }
        const Token opener = tok_;
        const std::uint32_t count = takeSequence();
        advance();
        if (count == kGrouping) {
            element(depth, negative, signPos);
            advance(); // ')'
            return;
        }
        if (signPos)
            fail(*signPos, LEAKYLAB_MESSAGE("core", "'-' and '+' apply to numbers, not to a list"));
        sequence(depth, count, opener);
        for (std::uint32_t k = 0; k < count; ++k) {
            element(depth + 1, false, {});
            if (tok_.kind == Tok::Comma)
                advance();
        }
        advance(); // the closing bracket
    }

    void sequence(int depth, std::uint32_t count, const Token& opener)
    {
        if (!checking_)
            return;
        if (leafKnown_ && depth >= dims_)
            fail(opener.pos, LEAKYLAB_MESSAGE("core", "mixed numbers and lists: expected a number here, like the first element at this level"));
        if (depth >= kMaxDims)
            fail(opener.pos, LEAKYLAB_MESSAGE("core", "too many dimensions (at most %1)"), kMaxDims);
        const auto d = static_cast<std::size_t>(depth);
        if (depth < known_) {
            if (count != shape_[d])
                fail(opener.pos, LEAKYLAB_MESSAGE("core", "expected sequence of length %1 at dim %2 (got %3)"), shape_[d], depth, count);
            return;
        }
        shape_[d] = count; // the first list at this depth: it sets the size
        known_ = depth + 1;
        if (count == 0)
            fixDims(depth + 1);
    }

    // The depth of the numbers is known: the shape is complete.
    void fixDims(int dims)
    {
        leafKnown_ = true;
        dims_ = dims;
        const std::optional<std::int64_t> numel =
            numelWithin(std::vector<std::int64_t>(shape_.begin(), shape_.begin() + dims), limits_.maxElements);
        if (!numel)
            fail(dataPos_, tooManyElements(limits_));
        // With no elements PyTorch stores nothing and so checks nothing more; neither do we.
        checking_ = *numel > 0;
        if (dtype_ == DType::Int64)
            i64_.reserve(static_cast<std::size_t>(*numel));
        else
            f32_.reserve(static_cast<std::size_t>(*numel));
    }

    void scalar(int depth, bool negative, std::size_t pos)
    {
        if (checking_ && !leafKnown_)
            fixDims(depth);
        else if (checking_ && depth != dims_)
            fail(pos, LEAKYLAB_MESSAGE("core", "mixed numbers and lists: expected a list here, like the first element at this level"));
        const Token t = tok_;
        switch (t.kind) {
        case Tok::Int: advance(); return storeInt(textOf(t), negative, pos);
        case Tok::Float: advance(); return storeDouble(floatToDouble(textOf(t), scratch_), negative, pos);
        case Tok::String: fail(t.pos, LEAKYLAB_MESSAGE("core", "a string is not a number: type numbers without quotes"));
        case Tok::Name: break;
        default: unexpected(t);
        }
        const DottedName name = readName();
        switch (classify(name)) {
        case Name::Nan: notCalled(name); return storeDouble(std::numeric_limits<double>::quiet_NaN(), negative, pos);
        case Name::Inf: notCalled(name); return storeDouble(std::numeric_limits<double>::infinity(), negative, pos);
        case Name::FloatCall: return storeDouble(floatCall(name), negative, pos);
        case Name::True:
        case Name::False: fail(name.pos, LEAKYLAB_MESSAGE("core", "True and False are not understood here: use 1 and 0"));
        case Name::Float32:
        case Name::Int64:
        case Name::OtherDtype: fail(name.pos, LEAKYLAB_MESSAGE("core", "%1 is a dtype, not a number"), spelling(name));
        case Name::Unknown: unknownName(name);
        default: fail(name.pos, LEAKYLAB_MESSAGE("core", "%1 cannot be used inside a tensor's data: type the numbers"), spelling(name));
        }
    }

    // float('nan'), float("-inf"), float(' Infinity '): what Python's float() makes of those strings.
    double floatCall(const DottedName& name)
    {
        const MessageTemplate usage = LEAKYLAB_MESSAGE("core", "float() is understood only as float('nan'), float('inf') or float('-inf')");
        if (tok_.kind != Tok::LParen)
            fail(name.pos, usage);
        advance();
        const Token arg = tok_;
        if (arg.kind != Tok::String)
            fail(arg.pos, usage);
        advance();
        if (tok_.kind == Tok::Comma)
            advance();
        if (tok_.kind != Tok::RParen)
            fail(tok_.pos, usage);
        advance();
        std::string_view s = textOf(arg).substr(1, arg.end - arg.pos - 2);
        const auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; };
        while (!s.empty() && space(s.front()))
            s.remove_prefix(1);
        while (!s.empty() && space(s.back()))
            s.remove_suffix(1);
        const bool minus = !s.empty() && s.front() == '-';
        if (!s.empty() && (s.front() == '-' || s.front() == '+'))
            s.remove_prefix(1);
        std::string word(s.substr(0, 9));
        for (char& c : word)
            c = static_cast<char>(c | 0x20);
        double value = 0;
        if (s.size() <= 8 && word == "nan")
            value = std::numeric_limits<double>::quiet_NaN();
        else if (s.size() <= 8 && (word == "inf" || word == "infinity"))
            value = std::numeric_limits<double>::infinity();
        else
            fail(arg.pos, usage);
        return minus ? -value : value;
    }

    void storeInt(std::string_view lit, bool negative, std::size_t pos)
    {
        if (!checking_)
            return;
        if (dtype_ == DType::Int64) {
            const std::optional<std::uint64_t> m = magnitude(lit);
            const std::uint64_t limit = static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max()) + negative;
            if (!m || *m > limit)
                fail(pos, LEAKYLAB_MESSAGE("core", "integer does not fit in int64 (PyTorch: Overflow when unpacking long)"));
            i64_.push_back(static_cast<std::int64_t>(negative ? 0 - *m : *m));
            return;
        }
        const std::optional<double> d = intToDouble(lit, scratch_);
        if (!d)
            fail(pos, LEAKYLAB_MESSAGE("core", "integer too large to convert to float"));
        // An integer has no negative zero: -0 is 0.
        f32_.push_back(toFloat32(negative && *d != 0 ? -*d : *d));
    }

    void storeDouble(double d, bool negative, std::size_t pos)
    {
        if (!checking_)
            return;
        if (negative)
            d = -d;
        if (dtype_ == DType::Int64)
            i64_.push_back(toInt64(d, pos));
        else
            f32_.push_back(toFloat32(d));
    }

    const Facts& facts_;
    TorchGenerator& gen_;
    const ParserLimits& limits_;
    std::size_t next_ = 0; // the next entry of facts_.sequences

    // The data being read.
    DType dtype_ = DType::Float32;
    std::size_t dataPos_ = 0;
    std::array<std::int64_t, kMaxDims> shape_{};
    int known_ = 0;         // depths whose size is known
    bool leafKnown_ = false;
    int dims_ = 0;          // the depth of the numbers, once leafKnown_
    bool checking_ = true;  // false once the data is known to hold no elements
    std::vector<float> f32_;
    std::vector<std::int64_t> i64_;
    std::string scratch_;   // digits without underscores, reused
};

} // namespace

Result<Tensor> parseTensor(std::string_view text, TorchGenerator& gen, const ParserLimits& limits)
{
    if (text.size() > limits.maxInputBytes)
        return Error{Message::format(LEAKYLAB_MESSAGE("core", "input too long (at most %1 bytes)"), limits.maxInputBytes), limits.maxInputBytes};
    try {
        const Facts facts = SyntaxPass(text, limits).run();
        return BuildPass(text, facts, gen, limits).run();
    } catch (const Failure& failure) {
        return failure.error;
    }
}

} // namespace leakylab
