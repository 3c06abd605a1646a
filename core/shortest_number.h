// Numbers as CSV files write them: the shortest decimal that reads back as the very same float or double.
#pragma once

#include <string>

namespace leakylab {

// "0.1" for 0.1f (not 0.10000000149011612), "-0" for -0.0f, "nan", "inf" and "-inf" as Python's float() reads.
std::string shortestText(float value);
std::string shortestText(double value);

} // namespace leakylab
