#include "bgnbdmodel.h"

#include "optimizer.h"
#include "repeatdata.h"
#include "specialfunctions.h"

#include <QCoreApplication>

#include <cmath>
#include <limits>
#include <numeric>

namespace Crm::Core::Analysis::Clv {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Crm::Clv)
};

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// Σ weight · log L_i (FHL05 eq. 6, in the numerically stable form of Hardie's note 027:
// the two terms are combined with log-sum-exp) and its gradient in (r, α, a, b).
double sumLogLikelihood(const RepeatData &data, const BgNbdParameters &p, double *gradient)
{
    const auto &xs = data.distinctX;
    const size_t nx = xs.size();
    std::vector<double> lgRx(nx), lgBx(nx), lgABx(nx), logBx1(nx, 0.0);
    std::vector<double> psRx(nx), psBx(nx), psABx(nx);
    for (size_t k = 0; k < nx; ++k) {
        const double x = xs[k];
        lgRx[k] = std::lgamma(p.r + x);
        lgBx[k] = std::lgamma(p.b + x);
        lgABx[k] = std::lgamma(p.a + p.b + x);
        logBx1[k] = x > 0 ? std::log(p.b + x - 1) : 0.0;
        if (gradient) {
            psRx[k] = digamma(p.r + x);
            psBx[k] = digamma(p.b + x);
            psABx[k] = digamma(p.a + p.b + x);
        }
    }
    const double lgr = std::lgamma(p.r);
    const double lgab = std::lgamma(p.a + p.b);
    const double lgb = std::lgamma(p.b);
    const double logAlpha = std::log(p.alpha);
    const double logA = std::log(p.a);
    const double psr = gradient ? digamma(p.r) : 0;
    const double psab = gradient ? digamma(p.a + p.b) : 0;
    const double psb = gradient ? digamma(p.b) : 0;
    std::vector<double> logAlphaT(data.distinctT.size()), logAlphaTx(data.distinctTx.size());
    for (size_t i = 0; i < logAlphaT.size(); ++i) {
        logAlphaT[i] = std::log(p.alpha + data.distinctT[i]);
    }
    for (size_t i = 0; i < logAlphaTx.size(); ++i) {
        logAlphaTx[i] = std::log(p.alpha + data.distinctTx[i]);
    }
    double ll = 0;
    double dr = 0, dalpha = 0, da = 0, db = 0;
    for (const RepeatData::Row &row : data.rows) {
        const size_t k = size_t(row.xIndex);
        const double rx = p.r + row.x;
        const double logAT = logAlphaT[size_t(row.tIndex)];
        const double a3 = -rx * logAT;
        double m = a3;
        double w3 = 1;
        double w4 = 0;
        double logAtx = 0;
        if (row.x > 0) {
            logAtx = logAlphaTx[size_t(row.txIndex)];
            // log(e^a3 + e^a4) with one exp: the weights of the two terms are logistic in d.
            const double d = logA - logBx1[k] - rx * logAtx - a3;
            const double e = std::exp(-std::abs(d));
            m = a3 + std::max(d, 0.0) + std::log1p(e);
            w4 = d > 0 ? 1 / (1 + e) : e / (1 + e);
            w3 = 1 - w4;
        }
        ll += row.weight * (lgRx[k] - lgr + p.r * logAlpha + lgab + lgBx[k] - lgb - lgABx[k] + m);
        if (gradient) {
            dr += row.weight * (psRx[k] - psr + logAlpha - w3 * logAT - w4 * logAtx);
            dalpha += row.weight
                * (p.r / p.alpha - rx * (w3 / (p.alpha + row.T) + (row.x > 0 ? w4 / (p.alpha + row.tx) : 0.0)));
            da += row.weight * (psab - psABx[k] + w4 / p.a);
            db += row.weight * (psab + psBx[k] - psb - psABx[k] - (row.x > 0 ? w4 / (p.b + row.x - 1) : 0.0));
        }
    }
    if (gradient) {
        gradient[0] = dr;
        gradient[1] = dalpha;
        gradient[2] = da;
        gradient[3] = db;
    }
    return ll;
}

BgNbdParameters fromLog(const std::vector<double> &theta)
{
    return {std::exp(theta[0]), std::exp(theta[1]), std::exp(theta[2]), std::exp(theta[3])};
}

}  // namespace

BgNbdModel::BgNbdModel(const BgNbdParameters &parameters)
    : m_parameters(parameters)
{ }

Result<BgNbdModel> BgNbdModel::fit(const std::vector<double> &x, const std::vector<double> &tx,
                                   const std::vector<double> &T, FitInfo *info)
{
    auto grouped = RepeatData::group(x, tx, T);
    if (!grouped) {
        return grouped.error();
    }
    const RepeatData &data = grouped.value();
    if (data.repeaters < 1 || data.totalWeight < 2) {
        return makeError(Error::Code::BadInput,
                         Text::tr("The BG/NBD model needs at least two customers and at least one repeat purchase; "
                                  "found %1 customers, %2 with a repeat purchase.")
                             .arg(data.totalWeight)
                             .arg(data.repeaters));
    }
    // Mean per customer, so tolerances do not depend on the number of customers.
    const Objective objective = [&](const std::vector<double> &theta, std::vector<double> *gradient) {
        const BgNbdParameters p = fromLog(theta);
        double g[4];
        const double ll = sumLogLikelihood(data, p, gradient ? g : nullptr);
        if (gradient) {
            const double values[4] = {p.r, p.alpha, p.a, p.b};
            for (int i = 0; i < 4; ++i) {
                (*gradient)[size_t(i)] = -g[i] * values[i] / data.totalWeight;  // chain rule: d/d log θ
            }
        }
        return -ll / data.totalWeight;
    };
    // Start: r = 1 and α from the mean purchase rate; a, b at a moderate drop-out rate.
    double sumX = 0, sumT = 0;
    for (const RepeatData::Row &row : data.rows) {
        sumX += row.weight * row.x;
        sumT += row.weight * row.T;
    }
    const double rate = std::max(sumX, 1.0) / std::max(sumT, 1e-9);
    const std::vector<std::vector<double>> starts
        = {{0.0, std::log(1 / rate), 0.0, 0.0}, {std::log(0.5), std::log(0.5 / rate), std::log(0.5), std::log(3.0)}};
    MinimizeResult best;
    best.value = std::numeric_limits<double>::infinity();
    int iterations = 0;
    for (const std::vector<double> &start : starts) {
        MinimizeResult result = minimize(objective, start);
        iterations += result.iterations;
        if (result.value < best.value) {
            best = result;
        }
        if (best.converged) {
            break;
        }
    }
    if (!std::isfinite(best.value)) {
        return makeError(Error::Code::BadInput,
                         Text::tr("The BG/NBD likelihood could not be evaluated for this data."));
    }
    if (info) {
        info->logLikelihood = -best.value * data.totalWeight;
        info->converged = best.converged;
        info->customers = qint64(data.totalWeight);
        info->distinctRows = qint64(data.rows.size());
        info->iterations = iterations;
        info->method = best.method;
    }
    return BgNbdModel(fromLog(best.x));
}

QString BgNbdModel::name() const
{
    return QStringLiteral("bgnbd");
}

std::vector<double> BgNbdModel::parameters() const
{
    return {m_parameters.r, m_parameters.alpha, m_parameters.a, m_parameters.b};
}

QStringList BgNbdModel::parameterNames() const
{
    return {QStringLiteral("r"), QStringLiteral("alpha"), QStringLiteral("a"), QStringLiteral("b")};
}

double BgNbdModel::logLikelihood(double x, double tx, double T) const
{
    RepeatData data;
    data.distinctX = {x};
    data.rows = {{x, tx, T, 1.0, 0, 0, 0}};
    data.distinctTx = {tx};
    data.distinctT = {T};
    data.totalWeight = 1;
    return sumLogLikelihood(data, m_parameters, nullptr);
}

double BgNbdModel::probabilityAlive(double x, double tx, double T) const
{
    if (x <= 0) {
        return 1;  // FHL05: a customer without repeat purchases cannot have dropped out yet
    }
    const BgNbdParameters &p = m_parameters;
    const double logOdds
        = std::log(p.a) - std::log(p.b + x - 1) + (p.r + x) * (std::log(p.alpha + T) - std::log(p.alpha + tx));
    return logOdds > 700 ? 0.0 : 1 / (1 + std::exp(logOdds));
}

double BgNbdModel::expectedPurchases(double t, double x, double tx, double T) const
{
    if (t <= 0) {
        return 0;
    }
    BgNbdParameters p = m_parameters;
    if (std::abs(p.a - 1) < 1e-7) {
        p.a = 1 + 1e-7;  // removable singularity at a = 1
    }
    // (FHL05 eq. 10) With Euler's transformation ((α+T)/(α+T+t))^(r+x) ₂F₁(r+x, b+x; a+b+x−1; z)
    // = (1−z)^(a−1) ₂F₁(a+b−1−r, a−1; a+b+x−1; z), z = t/(α+T+t), whose series stays small for
    // large x instead of growing like (1−z)^−x.
    const double z = t / (p.alpha + T + t);
    const double hyper = hypergeometric2F1(p.a + p.b - 1 - p.r, p.a - 1, p.a + p.b + x - 1, z);
    const double term = std::exp((p.a - 1) * std::log1p(-z)) * hyper;
    const double numerator = (p.a + p.b + x - 1) / (p.a - 1) * (1 - term);
    return numerator * probabilityAlive(x, tx, T);
}

double BgNbdModel::expectedPurchasesNewCustomer(double t) const
{
    return expectedPurchases(t, 0, 0, 0);
}

double BgNbdModel::probabilityOfPurchases(int n, double t) const
{
    if (n < 0 || t < 0) {
        return kNaN;
    }
    const BgNbdParameters &p = m_parameters;
    const double logQ = std::log(p.alpha / (p.alpha + t));  // NBD "success" probability
    const double log1mQ = std::log(t / (p.alpha + t));
    const double logB = logBeta(p.a, p.b);
    // FHL05 eq. 8. First term: alive throughout, n purchases by the NBD.
    auto logNbd = [&](int j) {
        return std::lgamma(p.r + j) - std::lgamma(p.r) - std::lgamma(j + 1.0) + p.r * logQ + (j > 0 ? j * log1mQ : 0.0);
    };
    double probability = std::exp(logBeta(p.a, p.b + n) - logB + logNbd(n));
    if (n > 0 && t > 0) {
        // Second term: dropped out right after the n-th purchase, i.e. the NBD reached n;
        // P(NBD >= n) summed as an upper tail so small probabilities keep their precision.
        double tail = 0;
        for (int j = n; j < n + 1000000; ++j) {
            const double term = std::exp(logNbd(j));
            tail += term;
            if (j > n && (term < 1e-17 * tail || term == 0) && (p.r + j) / (j + 1.0) * std::exp(log1mQ) < 1) {
                break;
            }
        }
        probability += std::exp(logBeta(p.a + 1, p.b + n - 1) - logB) * std::min(tail, 1.0);
    }
    return probability;
}

double BgNbdModel::aliveRate(double x, double T) const
{
    return (m_parameters.r + x) / (m_parameters.alpha + T);
}

}  // namespace Crm::Core::Analysis::Clv
