// Maps the slope slider's integer positions to slopes: fine steps near 0, widening to follow the spin box.
#pragma once

namespace leakylab {

// Position p in [minimumPosition, kSteps] stands for sign(p) * reach * (p / kSteps)^2, to two significant
// digits: a quadratic scale, so the interesting slopes near 0 (0.01 sits at a tenth of the way) get most
// of the slider's travel.
class SlopeScale {
public:
    static constexpr int kSteps = 1000;

    double reach() const { return mReach; }
    bool coversNegative() const { return mCoversNegative; }
    int minimumPosition() const { return mCoversNegative ? -kSteps : 0; }
    int maximumPosition() const { return kSteps; }
    double minimumSlope() const { return mCoversNegative ? -mReach : 0.0; }
    double maximumSlope() const { return mReach; }

    double slopeAt(int position) const;
    int positionOf(double slope) const;

    // Grows the reach through 1, 2, 5, 10, ... and opens the negative half; never shrinks, so the
    // slider does not jump under the teacher's hand. Returns whether anything changed.
    bool widenToInclude(double slope);

private:
    double mReach = 1.0;
    bool mCoversNegative = false;
};

} // namespace leakylab
