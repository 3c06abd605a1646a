// The slope slider's quadratic scale and how it widens.
#include "ui/slope_scale.h"

#include <algorithm>
#include <cmath>

#include "ui/slope_value.h"

namespace leakylab {

namespace {

// Two significant digits: a drag lands on 0.2 and 0.0102, not on 0.1998 and 0.010201.
double roundToTwoDigits(double value)
{
    if (value == 0.0)
        return 0.0;
    const double unit = std::pow(10.0, std::floor(std::log10(std::abs(value))) - 1.0);
    return std::round(value / unit) * unit;
}

} // namespace

double SlopeScale::slopeAt(int position) const
{
    const int clamped = std::clamp(position, minimumPosition(), maximumPosition());
    const double t = static_cast<double>(clamped) / kSteps;
    return roundSlope(roundToTwoDigits(std::copysign(mReach * t * t, t)));
}

int SlopeScale::positionOf(double slope) const
{
    const double clamped = std::clamp(slope, minimumSlope(), maximumSlope());
    const double t = std::sqrt(std::abs(clamped) / mReach);
    return static_cast<int>(std::lround(std::copysign(t * kSteps, clamped)));
}

bool SlopeScale::widenToInclude(double slope)
{
    bool changed = false;
    if (slope < 0.0 && !mCoversNegative) {
        mCoversNegative = true;
        changed = true;
    }
    static constexpr double kReaches[] = {1, 2, 5, 10, 20, 50, 100};
    for (double reach : kReaches) {
        if (reach >= std::abs(slope) || reach == kMaxSlope) {
            if (reach > mReach) {
                mReach = reach;
                changed = true;
            }
            break;
        }
    }
    return changed;
}

} // namespace leakylab
