// std::to_chars without a precision is exactly "shortest round trip": no locale, no printf rounding.
#include "core/shortest_number.h"

#include <charconv>

namespace leakylab {
namespace {

template <class T>
std::string shortest(T value)
{
    char text[40];
    const auto end = std::to_chars(text, text + sizeof text, value).ptr;
    return std::string(text, end);
}

} // namespace

std::string shortestText(float value) { return shortest(value); }
std::string shortestText(double value) { return shortest(value); }

} // namespace leakylab
