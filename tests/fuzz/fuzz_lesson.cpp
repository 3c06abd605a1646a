// Fuzzes lesson files: any bytes are either refused with a message, or a lesson that is written and read
// back as the very same lesson (what Save after Open does).
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "core/lesson.h"
#include "fuzz_check.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    leakylab::LessonLimits limits;
    limits.maxFileBytes = 1u << 20; // every limit check runs the same at any value
    const auto lesson = leakylab::lessonFromJson(text, limits);
    if (!lesson) {
        LEAKYLAB_FUZZ_CHECK(!lesson.error().message.empty());
        LEAKYLAB_FUZZ_CHECK(!lesson.error().position || *lesson.error().position <= size);
        return 0;
    }
    const std::string written = leakylab::lessonToJson(lesson.value());
    const auto reread = leakylab::lessonFromJson(written);
    LEAKYLAB_FUZZ_CHECK(reread.ok());
    LEAKYLAB_FUZZ_CHECK(reread.value() == lesson.value());
    LEAKYLAB_FUZZ_CHECK(leakylab::lessonToJson(reread.value()) == written);
    return 0;
}
