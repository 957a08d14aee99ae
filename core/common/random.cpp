#include "random.h"

#include <numbers>

namespace Crm::Core {

namespace {

quint64 rotateLeft(quint64 x, int k)
{
    return (x << k) | (x >> (64 - k));
}

quint64 splitMix64(quint64 &state)
{
    quint64 z = (state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

}  // namespace

Random::Random(quint64 seed)
{
    for (quint64 &word : m_state) {
        word = splitMix64(seed);
    }
}

quint64 Random::next()
{
    const quint64 result = rotateLeft(m_state[1] * 5, 7) * 9;
    const quint64 t = m_state[1] << 17;
    m_state[2] ^= m_state[0];
    m_state[3] ^= m_state[1];
    m_state[1] ^= m_state[2];
    m_state[0] ^= m_state[3];
    m_state[2] ^= t;
    m_state[3] = rotateLeft(m_state[3], 45);
    return result;
}

double Random::uniform()
{
    return double(next() >> 11) * 0x1.0p-53;
}

double Random::uniform(double low, double high)
{
    return low + (high - low) * uniform();
}

int Random::uniformInt(int low, int high)
{
    const quint64 span = quint64(qint64(high) - qint64(low) + 1);
    return int(qint64(low) + qint64(next() % span));
}

bool Random::chance(double probability)
{
    return uniform() < probability;
}

double Random::normal()
{
    // Box-Muller; 1 - u keeps the logarithm finite.
    const double u = 1.0 - uniform();
    const double v = uniform();
    return std::sqrt(-2.0 * std::log(u)) * std::cos(2.0 * std::numbers::pi * v);
}

double Random::exponential(double rate)
{
    return -std::log(1.0 - uniform()) / rate;
}

double Random::gamma(double shape, double scale)
{
    if (shape < 1.0) {
        // Boost to shape + 1, then scale down (Marsaglia & Tsang 2000, note 8).
        const double u = 1.0 - uniform();
        return gamma(shape + 1.0, scale) * std::pow(u, 1.0 / shape);
    }
    const double d = shape - 1.0 / 3.0;
    const double c = 1.0 / std::sqrt(9.0 * d);
    for (;;) {
        double x = 0;
        double v = 0;
        do {
            x = normal();
            v = 1.0 + c * x;
        } while (v <= 0);
        v = v * v * v;
        const double u = 1.0 - uniform();
        if (std::log(u) < 0.5 * x * x + d - d * v + d * std::log(v)) {
            return d * v * scale;
        }
    }
}

double Random::beta(double a, double b)
{
    const double x = gamma(a, 1.0);
    const double y = gamma(b, 1.0);
    return x / (x + y);
}

}  // namespace Crm::Core
