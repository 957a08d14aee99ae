#pragma once

namespace Crm::Core::Analysis::Clv {

// Special functions the buy-till-you-die likelihoods need and the standard library lacks.
// std::lgamma covers log Γ; these add ψ, log B and a guarded Gauss hypergeometric series.

// ψ(x) = d/dx log Γ(x) for x > 0; absolute error below 1e-12.
double digamma(double x);

// log B(a, b) = log Γ(a) + log Γ(b) − log Γ(a + b).
double logBeta(double a, double b);

// ₂F₁(a, b; c; z) by its power series, for |z| < 1. Returns NaN when the series does not
// settle within the term budget (z too close to 1 for the parameters).
double hypergeometric2F1(double a, double b, double c, double z);

// log(exp(u) + exp(v)) without overflow.
double logSumExp(double u, double v);

}  // namespace Crm::Core::Analysis::Clv
