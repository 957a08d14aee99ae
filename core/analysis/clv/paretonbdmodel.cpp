#include "paretonbdmodel.h"

#include "optimizer.h"
#include "repeatdata.h"
#include "specialfunctions.h"

#include <QCoreApplication>

#include <cmath>
#include <limits>

namespace Crm::Core::Analysis::Clv {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Crm::Clv)
};

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// log of D(y) = ₂F₁(...; z(y)) / (max(α, β) + y)^(r+s+x), the pieces of A₀ in Fader & Hardie's
// note 008 (eq. 22). Euler's transformation turns both cases into positive series:
//   α >= β: D(y) = ₂F₁(1, r+x; r+s+x+1; z) (α+y)^−(r+x) (β+y)^−s,      z = (α−β)/(α+y)
//   α <  β: D(y) = ₂F₁(1, s+1; r+s+x+1; z) (α+y)^(1−r−x) (β+y)^−(s+1), z = (β−α)/(β+y)
double logD(const ParetoNbdParameters &p, double x, double y)
{
    const double c = p.r + p.s + x + 1;
    if (p.alpha >= p.beta) {
        const double z = (p.alpha - p.beta) / (p.alpha + y);
        return std::log(hypergeometric2F1(1, p.r + x, c, z)) - (p.r + x) * std::log(p.alpha + y)
            - p.s * std::log(p.beta + y);
    }
    const double z = (p.beta - p.alpha) / (p.beta + y);
    return std::log(hypergeometric2F1(1, p.s + 1, c, z)) + (1 - p.r - x) * std::log(p.alpha + y)
        - (p.s + 1) * std::log(p.beta + y);
}

// log A₀ = log(D(t_x) − D(T)); D decreases in y, so the difference is positive.
double logA0(const ParetoNbdParameters &p, double x, double tx, double T)
{
    const double high = logD(p, x, tx);
    const double low = logD(p, x, T);
    const double ratio = std::exp(low - high);
    return ratio >= 1 ? -std::numeric_limits<double>::infinity() : high + std::log1p(-ratio);
}

// log L = log Γ(r+x) − log Γ(r) + r log α + s log β
//         + log[ (α+T)^−(r+x) (β+T)^−s + s/(r+s+x) A₀ ]
double logLikelihoodOf(const ParetoNbdParameters &p, double x, double tx, double T, double lgr)
{
    const double first = -(p.r + x) * std::log(p.alpha + T) - p.s * std::log(p.beta + T);
    const double second = std::log(p.s / (p.r + p.s + x)) + logA0(p, x, tx, T);
    return std::lgamma(p.r + x) - lgr + p.r * std::log(p.alpha) + p.s * std::log(p.beta) + logSumExp(first, second);
}

ParetoNbdParameters fromLog(const std::vector<double> &theta)
{
    return {std::exp(theta[0]), std::exp(theta[1]), std::exp(theta[2]), std::exp(theta[3])};
}

}  // namespace

ParetoNbdModel::ParetoNbdModel(const ParetoNbdParameters &parameters)
    : m_parameters(parameters)
{ }

Result<ParetoNbdModel> ParetoNbdModel::fit(const std::vector<double> &x, const std::vector<double> &tx,
                                           const std::vector<double> &T, FitInfo *info)
{
    auto grouped = RepeatData::group(x, tx, T);
    if (!grouped) {
        return grouped.error();
    }
    const RepeatData &data = grouped.value();
    if (data.repeaters < 1 || data.totalWeight < 2) {
        return makeError(Error::Code::BadInput,
                         Text::tr("The Pareto/NBD model needs at least two customers and at least one repeat "
                                  "purchase; found %1 customers, %2 with a repeat purchase.")
                             .arg(data.totalWeight)
                             .arg(data.repeaters));
    }
    const Objective objective = [&](const std::vector<double> &theta, std::vector<double> *) {
        const ParetoNbdParameters p = fromLog(theta);
        const double lgr = std::lgamma(p.r);
        double ll = 0;
        for (const RepeatData::Row &row : data.rows) {
            ll += row.weight * logLikelihoodOf(p, row.x, row.tx, row.T, lgr);
        }
        return std::isfinite(ll) ? -ll / data.totalWeight : std::numeric_limits<double>::infinity();
    };
    double sumX = 0, sumT = 0;
    for (const RepeatData::Row &row : data.rows) {
        sumX += row.weight * row.x;
        sumT += row.weight * row.T;
    }
    const double rate = std::max(sumX, 1.0) / std::max(sumT, 1e-9);
    MinimizeOptions options;
    options.analyticGradient = false;
    options.gradientTolerance = 1e-7;  // central differences are good to about 1e-9 here
    const MinimizeResult result = minimize(objective, {0.0, std::log(1 / rate), 0.0, std::log(1 / rate)}, options);
    if (!std::isfinite(result.value)) {
        return makeError(Error::Code::BadInput,
                         Text::tr("The Pareto/NBD likelihood could not be evaluated for this data."));
    }
    if (info) {
        info->logLikelihood = -result.value * data.totalWeight;
        info->converged = result.converged;
        info->customers = qint64(data.totalWeight);
        info->distinctRows = qint64(data.rows.size());
        info->iterations = result.iterations;
        info->method = result.method;
    }
    return ParetoNbdModel(fromLog(result.x));
}

QString ParetoNbdModel::name() const
{
    return QStringLiteral("paretonbd");
}

std::vector<double> ParetoNbdModel::parameters() const
{
    return {m_parameters.r, m_parameters.alpha, m_parameters.s, m_parameters.beta};
}

QStringList ParetoNbdModel::parameterNames() const
{
    return {QStringLiteral("r"), QStringLiteral("alpha"), QStringLiteral("s"), QStringLiteral("beta")};
}

double ParetoNbdModel::logLikelihood(double x, double tx, double T) const
{
    return logLikelihoodOf(m_parameters, x, tx, T, std::lgamma(m_parameters.r));
}

double ParetoNbdModel::probabilityAlive(double x, double tx, double T) const
{
    // P(alive) = 1 / (1 + s/(r+s+x) (α+T)^(r+x) (β+T)^s A₀)
    const ParetoNbdParameters &p = m_parameters;
    const double logOdds = std::log(p.s / (p.r + p.s + x)) + (p.r + x) * std::log(p.alpha + T)
        + p.s * std::log(p.beta + T) + logA0(p, x, tx, T);
    if (std::isnan(logOdds)) {
        return kNaN;
    }
    return logOdds > 700 ? 0.0 : 1 / (1 + std::exp(logOdds));
}

double ParetoNbdModel::expectedPurchases(double t, double x, double tx, double T) const
{
    // E[X(t) | x, t_x, T] = (r+x)(β+T) / ((α+T)(s−1)) [1 − ((β+T)/(β+T+t))^(s−1)] P(alive)
    const ParetoNbdParameters &p = m_parameters;
    if (t <= 0) {
        return 0;
    }
    const double ratio = std::log((p.beta + T) / (p.beta + T + t));
    const double bracket = std::abs(p.s - 1) < 1e-9 ? -ratio : -std::expm1((p.s - 1) * ratio) / (p.s - 1);
    return (p.r + x) * (p.beta + T) / (p.alpha + T) * bracket * probabilityAlive(x, tx, T);
}

double ParetoNbdModel::expectedPurchasesNewCustomer(double t) const
{
    // E[X(t)] = rβ / (α(s−1)) [1 − (β/(β+t))^(s−1)]
    const ParetoNbdParameters &p = m_parameters;
    if (t <= 0) {
        return 0;
    }
    const double ratio = std::log(p.beta / (p.beta + t));
    const double bracket = std::abs(p.s - 1) < 1e-9 ? -ratio : -std::expm1((p.s - 1) * ratio) / (p.s - 1);
    return p.r * p.beta / p.alpha * bracket;
}

double ParetoNbdModel::probabilityOfPurchases(int, double) const
{
    return kNaN;
}

double ParetoNbdModel::aliveRate(double x, double T) const
{
    return (m_parameters.r + x) / (m_parameters.alpha + T);
}

}  // namespace Crm::Core::Analysis::Clv
