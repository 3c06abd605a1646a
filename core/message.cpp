// Filling message templates: the English text of a Message.
#include "core/message.h"

namespace leakylab {

Message Message::verbatim(std::string text)
{
    Message m;
    m.text_ = std::move(text);
    return m;
}

std::string Message::english() const
{
    if (!source_)
        return text_;
    std::vector<std::string> args;
    args.reserve(args_.size());
    for (const Message& a : args_)
        args.push_back(a.english());
    return fillPlaceholders(source_, args);
}

std::string fillPlaceholders(std::string_view pattern, const std::vector<std::string>& args)
{
    std::string out;
    out.reserve(pattern.size());
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        const char c = pattern[i];
        if (c == '%' && i + 1 < pattern.size() && pattern[i + 1] >= '1' && pattern[i + 1] <= '9') {
            const auto n = static_cast<std::size_t>(pattern[i + 1] - '1');
            if (n < args.size()) {
                out += args[n];
                ++i;
                continue;
            }
        }
        out += c;
    }
    return out;
}

} // namespace leakylab
