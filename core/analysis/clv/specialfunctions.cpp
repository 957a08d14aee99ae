#include "specialfunctions.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace Crm::Core::Analysis::Clv {

double digamma(double x)
{
    if (!(x > 0)) {
        return std::numeric_limits<double>::quiet_NaN();
    }
    // Recurrence ψ(x) = ψ(x + 1) − 1/x up to x ≥ 10, then the asymptotic (Stirling) series,
    // whose first omitted term is below 1e-13 there.
    double result = 0;
    while (x < 10) {
        result -= 1 / x;
        x += 1;
    }
    const double f = 1 / (x * x);
    const double tail = f * (1.0 / 12 - f * (1.0 / 120 - f * (1.0 / 252 - f * (1.0 / 240 - f * (1.0 / 132)))));
    return result + std::log(x) - 0.5 / x - tail;
}

double logBeta(double a, double b)
{
    return std::lgamma(a) + std::lgamma(b) - std::lgamma(a + b);
}

double hypergeometric2F1(double a, double b, double c, double z)
{
    if (!(std::abs(z) < 1)) {
        return std::numeric_limits<double>::quiet_NaN();
    }
    double term = 1;
    double sum = 1;
    constexpr int maxTerms = 200000;
    for (int n = 0; n < maxTerms; ++n) {
        term *= (a + n) * (b + n) / ((c + n) * (n + 1)) * z;
        sum += term;
        if (term == 0 || std::abs(term) < 1e-16 * std::abs(sum)) {
            // The ratio of successive terms tends to z; once it is below 1 the tail is bounded.
            const double ratio = std::abs((a + n + 1) * (b + n + 1) / ((c + n + 1) * (n + 2)) * z);
            if (ratio < 1) {
                return sum;
            }
        }
        if (!std::isfinite(sum)) {
            break;
        }
    }
    return std::numeric_limits<double>::quiet_NaN();
}

double logSumExp(double u, double v)
{
    const double high = std::max(u, v);
    if (high == -std::numeric_limits<double>::infinity()) {
        return high;
    }
    return high + std::log(std::exp(u - high) + std::exp(v - high));
}

}  // namespace Crm::Core::Analysis::Clv
