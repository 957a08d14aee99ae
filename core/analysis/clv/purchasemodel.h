#pragma once

#include <QString>

#include <vector>

namespace Crm::Core::Analysis::Clv {

// How a fit went; the same for every model.
struct FitInfo
{
    double logLikelihood = 0;
    bool converged = false;
    qint64 customers = 0;
    qint64 distinctRows = 0;  // distinct (x, t_x, T) rows the likelihood was summed over
    int iterations = 0;
    QString method;  // optimiser path, e.g. "bfgs" or "bfgs+nelder-mead"
};

// A fitted buy-till-you-die purchase model (BG/NBD or Pareto/NBD). Durations are in the
// time unit of the data it was fitted on; x = repeat purchases, tx = recency, T = age.
class PurchaseModel
{
public:
    virtual ~PurchaseModel() = default;

    virtual QString name() const = 0;  // "bgnbd", "paretonbd"
    virtual std::vector<double> parameters() const = 0;
    virtual QStringList parameterNames() const = 0;

    virtual double logLikelihood(double x, double tx, double T) const = 0;
    virtual double probabilityAlive(double x, double tx, double T) const = 0;
    // E[X(t) | x, t_x, T]: expected purchases in the next t time units.
    virtual double expectedPurchases(double t, double x, double tx, double T) const = 0;
    // E[X(t)] for a customer who made the first purchase t time units ago.
    virtual double expectedPurchasesNewCustomer(double t) const = 0;
    // P(X(t) = n) for a new customer; NaN where the model does not provide it.
    virtual double probabilityOfPurchases(int n, double t) const = 0;
    // E[λ | x, T]: posterior mean purchase rate of a customer who is still alive. Both models
    // share the gamma-Poisson purchase process, so this is (r + x) / (α + T) for both.
    virtual double aliveRate(double x, double T) const = 0;
};

}  // namespace Crm::Core::Analysis::Clv
