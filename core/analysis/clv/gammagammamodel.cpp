#include "gammagammamodel.h"

#include "optimizer.h"
#include "specialfunctions.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <limits>
#include <tuple>

namespace Crm::Core::Analysis::Clv {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Crm::Clv)
};

struct SpendRow
{
    double x = 0;
    double z = 0;
    double weight = 0;
};

// log f(z̄ | p, q, γ, x) = log Γ(px+q) − log Γ(px) − log Γ(q) + q log γ + (px−1) log z̄
//                         + px log x − (px+q) log(γ + x z̄)            (note 025, eq. 5)
double sumLogLikelihood(const std::vector<SpendRow> &rows, const GammaGammaParameters &g, double *gradient)
{
    const double lgq = std::lgamma(g.q);
    const double psq = gradient ? digamma(g.q) : 0;
    const double logV = std::log(g.v);
    double ll = 0, dp = 0, dq = 0, dv = 0;
    for (const SpendRow &row : rows) {
        const double px = g.p * row.x;
        const double logZ = std::log(row.z);
        const double logX = std::log(row.x);
        const double logVxz = std::log(g.v + row.x * row.z);
        ll += row.weight
            * (std::lgamma(px + g.q) - std::lgamma(px) - lgq + g.q * logV + (px - 1) * logZ + px * logX
               - (px + g.q) * logVxz);
        if (gradient) {
            const double psPxq = digamma(px + g.q);
            dp += row.weight * row.x * (psPxq - digamma(px) + logZ + logX - logVxz);
            dq += row.weight * (psPxq - psq + logV - logVxz);
            dv += row.weight * (g.q / g.v - (px + g.q) / (g.v + row.x * row.z));
        }
    }
    if (gradient) {
        gradient[0] = dp;
        gradient[1] = dq;
        gradient[2] = dv;
    }
    return ll;
}

}  // namespace

GammaGammaModel::GammaGammaModel(const GammaGammaParameters &parameters)
    : m_parameters(parameters)
{ }

Result<GammaGammaModel> GammaGammaModel::fit(const std::vector<double> &x, const std::vector<double> &meanValue,
                                             FitInfo *info)
{
    if (x.size() != meanValue.size()) {
        return makeError(Error::Code::BadUsage, Text::tr("Frequency and spend must have one value per customer."));
    }
    std::vector<SpendRow> all;
    for (size_t i = 0; i < x.size(); ++i) {
        if (x[i] > 0 && meanValue[i] > 0 && std::isfinite(meanValue[i])) {
            all.push_back({std::round(x[i]), meanValue[i], 1.0});
        }
    }
    const auto customers = qint64(all.size());
    if (customers < 2) {
        return makeError(
            Error::Code::BadInput,
            Text::tr("The spend model needs at least two customers with a repeat purchase; found %1.").arg(customers));
    }
    std::sort(all.begin(), all.end(),
              [](const SpendRow &l, const SpendRow &r) { return std::tie(l.x, l.z) < std::tie(r.x, r.z); });
    std::vector<SpendRow> rows;
    for (const SpendRow &row : all) {
        if (!rows.empty() && rows.back().x == row.x && rows.back().z == row.z) {
            rows.back().weight += 1;
        } else {
            rows.push_back(row);
        }
    }
    const double n = double(customers);
    const Objective objective = [&](const std::vector<double> &theta, std::vector<double> *gradient) {
        const GammaGammaParameters g {std::exp(theta[0]), std::exp(theta[1]), std::exp(theta[2])};
        double grad[3];
        const double ll = sumLogLikelihood(rows, g, gradient ? grad : nullptr);
        if (gradient) {
            const double values[3] = {g.p, g.q, g.v};
            for (int i = 0; i < 3; ++i) {
                (*gradient)[size_t(i)] = -grad[i] * values[i] / n;
            }
        }
        return -ll / n;
    };
    // Start: p = q = 2 and γ so that the population mean pγ/(q−1) equals the mean spend.
    double meanSpend = 0;
    for (const SpendRow &row : all) {
        meanSpend += row.z / n;
    }
    const MinimizeResult result = minimize(objective, {std::log(2.0), std::log(2.0), std::log(meanSpend / 2)});
    if (!std::isfinite(result.value)) {
        return makeError(Error::Code::BadInput, Text::tr("The spend model's likelihood could not be evaluated."));
    }
    if (info) {
        info->logLikelihood = -result.value * n;
        info->converged = result.converged;
        info->customers = customers;
        info->distinctRows = qint64(rows.size());
        info->iterations = result.iterations;
        info->method = result.method;
    }
    return GammaGammaModel({std::exp(result.x[0]), std::exp(result.x[1]), std::exp(result.x[2])});
}

double GammaGammaModel::logLikelihood(double x, double meanValue) const
{
    return sumLogLikelihood({{x, meanValue, 1.0}}, m_parameters, nullptr);
}

double GammaGammaModel::populationMean() const
{
    const GammaGammaParameters &g = m_parameters;
    return g.q > 1 ? g.p * g.v / (g.q - 1) : std::numeric_limits<double>::quiet_NaN();
}

double GammaGammaModel::expectedOrderValue(double x, double meanValue) const
{
    const GammaGammaParameters &g = m_parameters;
    if (x <= 0 || !(meanValue > 0)) {
        return populationMean();
    }
    const double denominator = g.p * x + g.q - 1;
    return denominator > 0 ? g.p * (g.v + x * meanValue) / denominator : std::numeric_limits<double>::quiet_NaN();
}

}  // namespace Crm::Core::Analysis::Clv
