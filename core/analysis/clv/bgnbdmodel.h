#pragma once

#include "common/result.h"
#include "purchasemodel.h"

namespace Crm::Core::Analysis::Clv {

struct BgNbdParameters
{
    double r = 0;
    double alpha = 0;
    double a = 0;
    double b = 0;
};

// BG/NBD (Fader, Hardie & Lee 2005, "Counting your customers the easy way"): purchases
// follow Poisson(λ), λ ~ Gamma(r, α); after each purchase the customer drops out with
// probability p, p ~ Beta(a, b).
class BgNbdModel final : public PurchaseModel
{
public:
    explicit BgNbdModel(const BgNbdParameters &parameters);

    // Maximum likelihood over customers (x, t_x, T); identical rows are summed once with a
    // weight. Log-parameters, analytic gradient, BFGS with a Nelder–Mead fallback.
    static Result<BgNbdModel> fit(const std::vector<double> &x, const std::vector<double> &tx,
                                  const std::vector<double> &T, FitInfo *info = nullptr);

    const BgNbdParameters &bgNbdParameters() const { return m_parameters; }

    QString name() const override;
    std::vector<double> parameters() const override;
    QStringList parameterNames() const override;
    double logLikelihood(double x, double tx, double T) const override;
    double probabilityAlive(double x, double tx, double T) const override;
    double expectedPurchases(double t, double x, double tx, double T) const override;
    double expectedPurchasesNewCustomer(double t) const override;
    double probabilityOfPurchases(int n, double t) const override;
    double aliveRate(double x, double T) const override;

private:
    BgNbdParameters m_parameters;
};

}  // namespace Crm::Core::Analysis::Clv
