// Loading the PyTorch reference fixtures in tests/data (float32 values stored as hex bit patterns).
#pragma once

#include <bit>
#include <cstdint>
#include <fstream>
#include <stdexcept>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace leakylab::testing {

inline nlohmann::json loadFixture(const std::string& name)
{
    const std::string path = std::string(LEAKYLAB_TEST_DATA_DIR) + "/" + name;
    std::ifstream in(path);
    if (!in)
        throw std::runtime_error("cannot open fixture " + path);
    return nlohmann::json::parse(in);
}

inline float floatFromBits(const std::string& hex)
{
    return std::bit_cast<float>(static_cast<std::uint32_t>(std::stoul(hex, nullptr, 16)));
}

inline std::uint32_t bitsOf(float v) { return std::bit_cast<std::uint32_t>(v); }

inline std::vector<float> floatsFromBits(const nlohmann::json& array)
{
    std::vector<float> out;
    out.reserve(array.size());
    for (const auto& h : array)
        out.push_back(floatFromBits(h.get<std::string>()));
    return out;
}

} // namespace leakylab::testing
