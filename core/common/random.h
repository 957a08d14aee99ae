#pragma once

#include <QtGlobal>

#include <cmath>

namespace Crm::Core {

// xoshiro256** seeded by splitmix64, with our own distributions. The standard library's
// distributions differ between implementations, and demo data must be byte-identical for
// a seed on every platform.
class Random
{
public:
    explicit Random(quint64 seed);

    quint64 next();
    double uniform();  // [0, 1)
    double uniform(double low, double high);  // [low, high)
    int uniformInt(int low, int high);  // [low, high], inclusive
    bool chance(double probability);
    double normal();  // standard normal
    double exponential(double rate);
    double gamma(double shape, double scale);
    double beta(double a, double b);

    // Index into a table of non-negative weights.
    template<typename Weights>
    int weightedIndex(const Weights &weights)
    {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double pick = uniform() * total;
        int index = 0;
        for (double w : weights) {
            if (pick < w) {
                return index;
            }
            pick -= w;
            ++index;
        }
        return index - 1;
    }

private:
    quint64 m_state[4];
};

}  // namespace Crm::Core
