#pragma once

#include <QString>

#include <functional>
#include <vector>

namespace Crm::Core::Analysis::Clv {

// Objective for minimize(): returns f(x) and, when gradient is not null, writes ∇f(x).
// Return +inf (or NaN) where the function is undefined; the line search backs off.
using Objective = std::function<double(const std::vector<double> &x, std::vector<double> *gradient)>;

struct MinimizeOptions
{
    int maxIterations = 400;
    double gradientTolerance = 1e-9;  // on the projected gradient, infinity norm
    double lowerBound = -25;  // box on every coordinate (log-parameters: e^-25 … e^25)
    double upperBound = 25;
    bool analyticGradient = true;  // false: central differences
};

struct MinimizeResult
{
    std::vector<double> x;
    double value = 0;
    double gradientNorm = 0;  // projected, infinity norm, at x
    bool converged = false;
    int iterations = 0;
    QString method;  // "bfgs", or "bfgs+nelder-mead" when the fallback was needed
};

// Quasi-Newton (BFGS, inverse-Hessian form) with a backtracking Armijo line search, inside a
// box by projection. When BFGS stalls without meeting the tolerance, which happens on flat or
// boundary likelihoods, a Nelder–Mead search restarts from the best point and BFGS polishes
// its result. Eigen does the linear algebra; it stays out of this header.
MinimizeResult minimize(const Objective &objective, const std::vector<double> &start,
                        const MinimizeOptions &options = {});

// Central-difference gradient, for objectives without an analytic one.
std::vector<double> numericGradient(const Objective &objective, const std::vector<double> &x, double step = 1e-6);

}  // namespace Crm::Core::Analysis::Clv
