#pragma once

#include "common/result.h"
#include "purchasemodel.h"

namespace Crm::Core::Analysis::Clv {

struct ParetoNbdParameters
{
    double r = 0;
    double alpha = 0;
    double s = 0;
    double beta = 0;
};

// Pareto/NBD (Schmittlein, Morrison & Colombo 1987): purchases Poisson(λ), λ ~ Gamma(r, α);
// lifetime exponential(μ), μ ~ Gamma(s, β). The alternative to BG/NBD. Its likelihood
// holds ₂F₁ terms, evaluated here after an Euler transformation so that every series has
// positive terms shrinking at least as fast as zⁿ. The gradient is by central differences
// (s and β are weakly identified on CDNOW: compare fits on the log-likelihood).
class ParetoNbdModel final : public PurchaseModel
{
public:
    explicit ParetoNbdModel(const ParetoNbdParameters &parameters);

    static Result<ParetoNbdModel> fit(const std::vector<double> &x, const std::vector<double> &tx,
                                      const std::vector<double> &T, FitInfo *info = nullptr);

    const ParetoNbdParameters &paretoNbdParameters() const { return m_parameters; }

    QString name() const override;
    std::vector<double> parameters() const override;
    QStringList parameterNames() const override;
    double logLikelihood(double x, double tx, double T) const override;
    double probabilityAlive(double x, double tx, double T) const override;
    double expectedPurchases(double t, double x, double tx, double T) const override;
    double expectedPurchasesNewCustomer(double t) const override;
    double probabilityOfPurchases(int n, double t) const override;  // not provided: NaN
    double aliveRate(double x, double T) const override;

private:
    ParetoNbdParameters m_parameters;
};

}  // namespace Crm::Core::Analysis::Clv
