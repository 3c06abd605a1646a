// Messages for a student: the English text, kept with the template and arguments it was made from so that
// the window can show it in the student's language.
#pragma once

#include <concepts>
#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace leakylab {

// The translation context of every template marked with LEAKYLAB_MESSAGE.
inline constexpr std::string_view kMessageContext = "core";

// A message template: a string literal with %1 to %9 for its arguments. Only LEAKYLAB_MESSAGE makes one.
class MessageTemplate {
public:
    // Refuses, at compile time, any context but kMessageContext: the window translates in that one only.
    consteval MessageTemplate(std::string_view context, const char* source) : source_(source)
    {
        if (context != kMessageContext)
            throw "LEAKYLAB_MESSAGE: the context must be kMessageContext";
    }
    const char* source() const { return source_; }

private:
    const char* source_;
};

// Marks a template for lupdate (an alias of QT_TRANSLATE_NOOP, see ui/CMakeLists.txt). The context is
// spelled out because lupdate reads it from the call, not from a constant.
#define LEAKYLAB_MESSAGE(context, source) ::leakylab::MessageTemplate(context, source)

class Message {
public:
    Message() = default;
    Message(MessageTemplate t) : source_(t.source()) {} // NOLINT: implicit by design, a message without arguments

    // Text shown as it is in every language: what the student typed, a number, another library's words.
    static Message verbatim(std::string text);

    // The template filled with `args`, in order: %1 with the first. Each argument is a Message (translated
    // in turn), a MessageTemplate, text (verbatim) or an integer.
    template <class... Args>
    static Message format(MessageTemplate t, Args&&... args)
    {
        Message m(t);
        (m.args_.push_back(argument(std::forward<Args>(args))), ...);
        return m;
    }

    // The template, or null for verbatim text.
    const char* source() const { return source_; }
    const std::vector<Message>& arguments() const { return args_; }
    // The text itself when verbatim.
    const std::string& text() const { return text_; }
    // The message in English: the template with its arguments filled in.
    std::string english() const;

private:
    static Message argument(Message m) { return m; }
    static Message argument(MessageTemplate t) { return Message(t); }
    static Message argument(std::string s) { return verbatim(std::move(s)); }
    static Message argument(std::string_view s) { return verbatim(std::string(s)); }
    static Message argument(char c) { return verbatim(std::string(1, c)); }
    // A bare string literal is refused: mark it with LEAKYLAB_MESSAGE, or make it std::string to keep it as it is.
    static Message argument(const char*) = delete;
    template <std::integral I>
        requires(!std::same_as<I, char> && !std::same_as<I, bool>)
    static Message argument(I n)
    {
        return verbatim(std::to_string(n));
    }

    const char* source_ = nullptr;
    std::string text_;
    std::vector<Message> args_;
};

// Fills %1 to %9 in `pattern` with `args` in one pass, so that an argument holding "%2" stays as it is.
// A placeholder without an argument is kept. The window fills translated templates the same way.
std::string fillPlaceholders(std::string_view pattern, const std::vector<std::string>& args);

} // namespace leakylab
