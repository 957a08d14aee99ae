#pragma once

#include "common/result.h"
#include "purchasemodel.h"

#include <vector>

namespace Crm::Core::Analysis::Clv {

struct GammaGammaParameters
{
    double p = 0;
    double q = 0;
    double v = 0;  // γ in Fader & Hardie's note 025; lifetimes calls it v
};

// Gamma-Gamma spend model (Fader, Hardie & Lee 2005 JMR; Hardie note 025): a customer's
// transaction values are Gamma(p, ν), ν ~ Gamma(q, γ). Fitted on repeat buyers only
// (x > 0, mean repeat value z̄ > 0), assuming spend is independent of frequency.
class GammaGammaModel
{
public:
    explicit GammaGammaModel(const GammaGammaParameters &parameters);

    // Maximum likelihood over customers (x, z̄); customers with x = 0 or z̄ <= 0 are skipped.
    // info->customers says how many took part.
    static Result<GammaGammaModel> fit(const std::vector<double> &x, const std::vector<double> &meanValue,
                                       FitInfo *info = nullptr);

    const GammaGammaParameters &parameters() const { return m_parameters; }

    double logLikelihood(double x, double meanValue) const;
    // E[Z | x, z̄] = (p(γ + x z̄)) / (px + q − 1); the population mean pγ/(q − 1) when x = 0.
    // NaN when q <= 1 (the mean does not exist).
    double expectedOrderValue(double x, double meanValue) const;
    double populationMean() const;

private:
    GammaGammaParameters m_parameters;
};

}  // namespace Crm::Core::Analysis::Clv
