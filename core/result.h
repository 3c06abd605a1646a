// A value or an error fit to show a student: what core functions return instead of throwing.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <utility>
#include <variant>

#include "core/message.h"

namespace leakylab {

struct Error {
    // English text that is not translated (made elsewhere, or already in the student's language).
    explicit Error(std::string english, std::optional<std::size_t> at = std::nullopt)
        : message(std::move(english)), position(at), localizable(Message::verbatim(message))
    {
    }
    explicit Error(Message text, std::optional<std::size_t> at = std::nullopt)
        : message(text.english()), position(at), localizable(std::move(text))
    {
    }

    std::string message;                 // in English: one line, no trailing newline
    std::optional<std::size_t> position; // 0-based offset into the input, when there is one
    Message localizable;                 // what `message` was made from, for the window to translate
};

template <class T>
class Result {
public:
    Result(T value) : state_(std::move(value)) {}      // NOLINT: implicit by design
    Result(Error error) : state_(std::move(error)) {}  // NOLINT: implicit by design

    bool ok() const { return std::holds_alternative<T>(state_); }
    explicit operator bool() const { return ok(); }
    const T& value() const& { return std::get<T>(state_); }
    T& value() & { return std::get<T>(state_); }
    T&& value() && { return std::get<T>(std::move(state_)); }
    const Error& error() const { return std::get<Error>(state_); }

private:
    std::variant<T, Error> state_;
};

} // namespace leakylab
