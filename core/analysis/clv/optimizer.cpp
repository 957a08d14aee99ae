#include "optimizer.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

#include <Eigen/Dense>

namespace Crm::Core::Analysis::Clv {

namespace {

using Vector = Eigen::VectorXd;
using Matrix = Eigen::MatrixXd;

constexpr double kInf = std::numeric_limits<double>::infinity();

std::vector<double> toStd(const Vector &v)
{
    return std::vector<double>(v.data(), v.data() + v.size());
}

Vector fromStd(const std::vector<double> &v)
{
    return Eigen::Map<const Vector>(v.data(), Eigen::Index(v.size()));
}

class Problem
{
public:
    Problem(const Objective &objective, const MinimizeOptions &options)
        : m_objective(objective)
        , m_options(options)
    { }

    double value(const Vector &x) const
    {
        const double f = m_objective(toStd(x), nullptr);
        return std::isfinite(f) ? f : kInf;
    }

    double valueAndGradient(const Vector &x, Vector &gradient) const
    {
        std::vector<double> g(size_t(x.size()), 0.0);
        double f = 0;
        if (m_options.analyticGradient) {
            f = m_objective(toStd(x), &g);
        } else {
            f = m_objective(toStd(x), nullptr);
            g = numericGradient(m_objective, toStd(x));
        }
        gradient = fromStd(g);
        if (!std::isfinite(f) || !gradient.allFinite()) {
            return kInf;
        }
        return f;
    }

    Vector project(const Vector &x) const { return x.cwiseMax(m_options.lowerBound).cwiseMin(m_options.upperBound); }

    // Zeroes gradient components that point out of the box at an active bound.
    Vector projectedGradient(const Vector &x, const Vector &gradient) const
    {
        Vector g = gradient;
        for (Eigen::Index i = 0; i < x.size(); ++i) {
            if ((x[i] <= m_options.lowerBound && g[i] > 0) || (x[i] >= m_options.upperBound && g[i] < 0)) {
                g[i] = 0;
            }
        }
        return g;
    }

private:
    const Objective &m_objective;
    const MinimizeOptions &m_options;
};

struct Point
{
    Vector x;
    double f = kInf;
    Vector gradient;
};

// BFGS from `start`; returns the best point and whether the tolerance was met.
bool runBfgs(const Problem &problem, const MinimizeOptions &options, Point &point, int &iterations)
{
    const Eigen::Index n = point.x.size();
    point.f = problem.valueAndGradient(point.x, point.gradient);
    if (!std::isfinite(point.f)) {
        return false;
    }
    Matrix inverseHessian = Matrix::Identity(n, n);
    bool scaled = false;
    for (int iter = 0; iter < options.maxIterations; ++iter, ++iterations) {
        const Vector projected = problem.projectedGradient(point.x, point.gradient);
        if (projected.lpNorm<Eigen::Infinity>() < options.gradientTolerance) {
            return true;
        }
        Vector direction = -inverseHessian * projected;
        if (direction.dot(projected) >= 0) {
            inverseHessian.setIdentity();
            direction = -projected;
        }
        // Long steps in log-parameter space overflow the likelihood; cap them.
        const double length = direction.norm();
        if (length > 5) {
            direction *= 5 / length;
        }
        double step = 1;
        Point trial;
        bool accepted = false;
        for (int backtrack = 0; backtrack < 60; ++backtrack, step *= 0.5) {
            trial.x = problem.project(point.x + step * direction);
            trial.f = problem.valueAndGradient(trial.x, trial.gradient);
            const double decrease = projected.dot(trial.x - point.x);
            if (std::isfinite(trial.f) && trial.f <= point.f + 1e-4 * decrease) {
                accepted = true;
                break;
            }
        }
        if (!accepted) {
            return false;  // no descent possible along the quasi-Newton direction: stalled
        }
        const Vector s = trial.x - point.x;
        const Vector y = trial.gradient - point.gradient;
        const double sy = s.dot(y);
        if (sy > 1e-12 * s.norm() * y.norm()) {
            if (!scaled) {
                inverseHessian *= sy / y.dot(y);
                scaled = true;
            }
            const double rho = 1 / sy;
            const Matrix identity = Matrix::Identity(n, n);
            inverseHessian
                = (identity - rho * s * y.transpose()) * inverseHessian * (identity - rho * y * s.transpose())
                + rho * s * s.transpose();
        }
        const double change = point.f - trial.f;
        point = trial;
        if (change >= 0 && change <= 1e-15 * std::max(1.0, std::abs(point.f))
            && problem.projectedGradient(point.x, point.gradient).lpNorm<Eigen::Infinity>()
                < std::sqrt(options.gradientTolerance)) {
            return true;  // converged to machine precision of f
        }
    }
    return false;
}

// Nelder–Mead with the standard coefficients; robust on flat valleys where BFGS stalls.
Vector runNelderMead(const Problem &problem, const Vector &start, int maxEvaluations)
{
    const Eigen::Index n = start.size();
    std::vector<Vector> simplex(size_t(n + 1), start);
    std::vector<double> values(size_t(n + 1));
    for (Eigen::Index i = 0; i < n; ++i) {
        simplex[size_t(i + 1)][i] += 0.5;
    }
    for (size_t i = 0; i < simplex.size(); ++i) {
        simplex[i] = problem.project(simplex[i]);
        values[i] = problem.value(simplex[i]);
    }
    std::vector<size_t> order(simplex.size());
    for (int evaluation = 0; evaluation < maxEvaluations; ++evaluation) {
        std::iota(order.begin(), order.end(), size_t(0));
        std::sort(order.begin(), order.end(), [&](size_t l, size_t r) { return values[l] < values[r]; });
        const size_t best = order.front();
        const size_t worst = order.back();
        const size_t second = order[order.size() - 2];
        if (std::abs(values[worst] - values[best]) <= 1e-14 * std::max(1.0, std::abs(values[best]))) {
            double spread = 0;
            for (const Vector &v : simplex) {
                spread = std::max(spread, (v - simplex[best]).lpNorm<Eigen::Infinity>());
            }
            if (spread < 1e-9) {
                break;
            }
        }
        Vector centroid = Vector::Zero(n);
        for (size_t i = 0; i < simplex.size(); ++i) {
            if (i != worst) {
                centroid += simplex[i];
            }
        }
        centroid /= double(n);
        const Vector reflected = problem.project(centroid + (centroid - simplex[worst]));
        const double fr = problem.value(reflected);
        if (fr < values[best]) {
            const Vector expanded = problem.project(centroid + 2 * (centroid - simplex[worst]));
            const double fe = problem.value(expanded);
            simplex[worst] = fe < fr ? expanded : reflected;
            values[worst] = std::min(fe, fr);
        } else if (fr < values[second]) {
            simplex[worst] = reflected;
            values[worst] = fr;
        } else {
            const bool outside = fr < values[worst];
            const Vector contracted = outside ? Vector(centroid + 0.5 * (reflected - centroid))
                                              : Vector(centroid + 0.5 * (simplex[worst] - centroid));
            const double fc = problem.value(contracted);
            if (fc < std::min(fr, values[worst])) {
                simplex[worst] = contracted;
                values[worst] = fc;
            } else {
                for (size_t i = 0; i < simplex.size(); ++i) {
                    if (i != best) {
                        simplex[i] = simplex[best] + 0.5 * (simplex[i] - simplex[best]);
                        values[i] = problem.value(simplex[i]);
                    }
                }
            }
        }
    }
    const auto best = std::min_element(values.begin(), values.end());
    return simplex[size_t(best - values.begin())];
}

}  // namespace

std::vector<double> numericGradient(const Objective &objective, const std::vector<double> &x, double step)
{
    std::vector<double> gradient(x.size());
    std::vector<double> probe = x;
    for (size_t i = 0; i < x.size(); ++i) {
        const double h = step * std::max(1.0, std::abs(x[i]));
        probe[i] = x[i] + h;
        const double up = objective(probe, nullptr);
        probe[i] = x[i] - h;
        const double down = objective(probe, nullptr);
        probe[i] = x[i];
        gradient[i] = (up - down) / (2 * h);
    }
    return gradient;
}

MinimizeResult minimize(const Objective &objective, const std::vector<double> &start, const MinimizeOptions &options)
{
    const Problem problem(objective, options);
    MinimizeResult result;
    result.method = QStringLiteral("bfgs");
    Point point;
    point.x = problem.project(fromStd(start));
    bool converged = runBfgs(problem, options, point, result.iterations);
    if (!converged) {
        // Flat or boundary likelihood: let the derivative-free search find the valley floor,
        // then polish with BFGS. Keep whichever point is better.
        result.method = QStringLiteral("bfgs+nelder-mead");
        const Vector from = std::isfinite(point.f) ? point.x : problem.project(fromStd(start));
        Point polished;
        polished.x = runNelderMead(problem, from, 4000);
        converged = runBfgs(problem, options, polished, result.iterations);
        if (std::isfinite(polished.f) && (polished.f <= point.f || !std::isfinite(point.f))) {
            point = polished;
        }
    }
    if (!std::isfinite(point.f)) {
        point.f = problem.valueAndGradient(point.x, point.gradient);
    }
    result.x = toStd(point.x);
    result.value = point.f;
    result.gradientNorm
        = std::isfinite(point.f) ? problem.projectedGradient(point.x, point.gradient).lpNorm<Eigen::Infinity>() : kInf;
    // A stalled line search with a tiny gradient is the precision limit of f, not a failure.
    result.converged = std::isfinite(point.f) && (converged || result.gradientNorm < 1e-6);
    return result;
}

}  // namespace Crm::Core::Analysis::Clv
