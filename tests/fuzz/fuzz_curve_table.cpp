// Fuzzes the curve table: any range, step, slope and row limit is either refused with a message, or a table
// with the documented header, one row per grid point, whose numbers read back bit for bit as the core's values.
// The row limit comes from the input (at most 4,096): tables near the real million-row limit take seconds
// each under the sanitizers, and the limit's arithmetic is the same at any size (test_csv_tables covers the
// real one).
#include <bit>
#include <charconv>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include "core/activation.h"
#include "core/curve_table.h"
#include "fuzz_check.h"

namespace {

using namespace leakylab;

double take(const std::uint8_t*& data, std::size_t& size)
{
    double value = 0;
    if (size >= sizeof value) {
        std::memcpy(&value, data, sizeof value);
        data += sizeof value;
        size -= sizeof value;
    }
    return value;
}

float readFloat(std::string_view cell)
{
    float value = 0;
    const auto [end, ec] = std::from_chars(cell.data(), cell.data() + cell.size(), value);
    LEAKYLAB_FUZZ_CHECK(ec == std::errc() && end == cell.data() + cell.size());
    return value;
}

// Bit for bit, except that a NaN is any NaN: text keeps no payload, and the vector kernel and the scalar
// formula may differ in the sign of the NaN a NaN slope gives.
bool sameBits(float a, float b)
{
    return std::bit_cast<std::uint32_t>(a) == std::bit_cast<std::uint32_t>(b) || (std::isnan(a) && std::isnan(b));
}

// Twelve bits after the numbers give the row limit, 1 to 4,096; without them, 4,096.
std::size_t takeRowLimit(const std::uint8_t* data, std::size_t size)
{
    if (size < 2)
        return 4096;
    return 1 + (static_cast<std::size_t>(data[0]) | (static_cast<std::size_t>(data[1]) & 0x0f) << 8);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const CurveGrid grid {take(data, size), take(data, size), take(data, size)};
    const double slope = take(data, size);
    const std::size_t maxRows = takeRowLimit(data, size);
    const auto points = curveGridPoints(grid, maxRows);
    const auto table = curveTableCsv(grid, slope, maxRows);
    LEAKYLAB_FUZZ_CHECK(points.ok() == table.ok());
    if (!table) {
        LEAKYLAB_FUZZ_CHECK(!table.error().message.empty());
        return 0;
    }
    LEAKYLAB_FUZZ_CHECK(points.value().size() <= maxRows);
    std::string_view rest = table.value();
    const auto line = [&rest] {
        const std::size_t end = rest.find('\n');
        LEAKYLAB_FUZZ_CHECK(end != std::string_view::npos);
        const std::string_view row = rest.substr(0, end);
        rest.remove_prefix(end + 1);
        return row;
    };
    LEAKYLAB_FUZZ_CHECK(line() == kCurveTableHeader);
    const float s = slopeAsFloat(slope);
    for (const double point : points.value()) {
        std::string_view row = line();
        float cells[5];
        for (float& cell : cells) {
            const std::size_t comma = row.find(',');
            cell = readFloat(row.substr(0, comma));
            row = comma == std::string_view::npos ? std::string_view() : row.substr(comma + 1);
        }
        const float x = static_cast<float>(point);
        LEAKYLAB_FUZZ_CHECK(sameBits(cells[0], x));
        LEAKYLAB_FUZZ_CHECK(sameBits(cells[1], relu(x)));
        LEAKYLAB_FUZZ_CHECK(sameBits(cells[2], leakyRelu(x, s)));
        LEAKYLAB_FUZZ_CHECK(sameBits(cells[3], reluGrad(x)));
        LEAKYLAB_FUZZ_CHECK(sameBits(cells[4], leakyReluGrad(x, s)));
    }
    LEAKYLAB_FUZZ_CHECK(rest.empty());
    return 0;
}
