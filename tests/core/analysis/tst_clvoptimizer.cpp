// The optimiser behind the CLV fits: BFGS on a smooth valley, a boundary optimum, and the
// Nelder-Mead fallback where the gradient is useless.

#include "analysis/clv/optimizer.h"
#include "analysis/clv/specialfunctions.h"

#include <QTest>

#include <cmath>

using namespace Crm::Core::Analysis::Clv;

class TestClvOptimizer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldMinimiseRosenbrock();
    void shouldStopAtTheBox();
    void shouldFallBackWhenTheGradientMisleads();
    void shouldComputeSpecialFunctions();
};

void TestClvOptimizer::shouldMinimiseRosenbrock()
{
    // Minimum 0 at (1, 1).
    const Objective rosenbrock = [](const std::vector<double> &v, std::vector<double> *g) {
        const double x = v[0], y = v[1];
        if (g) {
            (*g)[0] = -2 * (1 - x) - 400 * x * (y - x * x);
            (*g)[1] = 200 * (y - x * x);
        }
        return (1 - x) * (1 - x) + 100 * (y - x * x) * (y - x * x);
    };
    const MinimizeResult result = minimize(rosenbrock, {-1.2, 1.0});
    QVERIFY(result.converged);
    QVERIFY(std::abs(result.x[0] - 1) < 1e-6 && std::abs(result.x[1] - 1) < 1e-6);
    QCOMPARE(result.method, QStringLiteral("bfgs"));
}

void TestClvOptimizer::shouldStopAtTheBox()
{
    // e^x + (y − 2)²: no interior minimum in x; the box's lower bound is the answer.
    const Objective f = [](const std::vector<double> &v, std::vector<double> *g) {
        if (g) {
            (*g)[0] = std::exp(v[0]);
            (*g)[1] = 2 * (v[1] - 2);
        }
        return std::exp(v[0]) + (v[1] - 2) * (v[1] - 2);
    };
    MinimizeOptions options;
    options.lowerBound = -10;
    const MinimizeResult result = minimize(f, {0, 0}, options);
    QVERIFY(result.converged);
    QCOMPARE(result.x[0], -10.0);
    QVERIFY(std::abs(result.x[1] - 2) < 1e-6);
}

void TestClvOptimizer::shouldFallBackWhenTheGradientMisleads()
{
    // |x − 3| + |y + 1| with a gradient that points the wrong way: BFGS cannot descend, the
    // derivative-free fallback must still find (3, −1).
    const Objective f = [](const std::vector<double> &v, std::vector<double> *g) {
        if (g) {
            (*g)[0] = -1;
            (*g)[1] = -1;
        }
        return std::abs(v[0] - 3) + std::abs(v[1] + 1);
    };
    const MinimizeResult result = minimize(f, {0, 0});
    QCOMPARE(result.method, QStringLiteral("bfgs+nelder-mead"));
    QVERIFY(std::abs(result.x[0] - 3) < 1e-6 && std::abs(result.x[1] + 1) < 1e-6);
}

void TestClvOptimizer::shouldComputeSpecialFunctions()
{
    // ψ(1) = −γ (Euler–Mascheroni); ψ(0.5) = −γ − 2 ln 2.
    const double eulerGamma = 0.57721566490153286;
    QVERIFY(std::abs(digamma(1) + eulerGamma) < 1e-12);
    QVERIFY(std::abs(digamma(0.5) + eulerGamma + 2 * std::log(2.0)) < 1e-12);
    // ₂F₁(1, 1; 2; z) = −ln(1 − z) / z.
    QVERIFY(std::abs(hypergeometric2F1(1, 1, 2, 0.9) - -std::log(0.1) / 0.9) < 1e-12);
    QVERIFY(std::isnan(hypergeometric2F1(1, 1, 2, 1.0)));
    QVERIFY(std::abs(logBeta(2, 3) - std::log(1.0 / 12)) < 1e-14);
    QCOMPARE(logSumExp(1000, 1000), 1000 + std::log(2.0));
}

QTEST_APPLESS_MAIN(TestClvOptimizer)
#include "tst_clvoptimizer.moc"
