// Gamma-Gamma spend model against CDNOW (946 repeat buyers). Expected numbers: Fader, Hardie &
// Lee 2005 (JMR) / Hardie note 025 and lifetimes, as collected in
// ../shared/data/REFERENCE.md §5.

#include "analysis/clv/gammagammamodel.h"
#include "cdnowdata.h"

#include <QTest>

#include <cmath>

using namespace Crm::Core::Analysis::Clv;

class TestGammaGamma final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void shouldFitPublishedParameters();
    void shouldPredictSpendOfFirstTenCustomers();
    void shouldAverageOverAllCustomersLikeLifetimes();
    void shouldUsePopulationMeanForOneTimeBuyers();
    void shouldRefuseTooFewRepeatBuyers();

private:
    Crm::Test::NumericTable m_data;
    std::optional<GammaGammaModel> m_model;
    FitInfo m_info;
};

void TestGammaGamma::initTestCase()
{
    m_data = Crm::Test::readNumericCsv(
        Crm::Test::testDataPath(QStringLiteral("cdnow_customers_summary_with_transactions.csv")));
    QCOMPARE(m_data.column(QStringLiteral("ID")).size(), size_t(2357));
    auto model
        = GammaGammaModel::fit(m_data.column(QStringLiteral("x")), m_data.column(QStringLiteral("zbar")), &m_info);
    QVERIFY(model);
    m_model = model.value();
}

void TestGammaGamma::shouldFitPublishedParameters()
{
    const GammaGammaParameters &g = m_model->parameters();
    qInfo("Gamma-Gamma: p %.4f q %.4f v %.4f LL %.2f (%s)", g.p, g.q, g.v, m_info.logLikelihood,
          qPrintable(m_info.method));
    // FHL05b / note 025 / lifetimes test_estimation.py L169-179: p 6.25, q 3.74, gamma 15.44 (2 dp).
    QVERIFY(std::abs(g.p - 6.25) < 0.005);
    QVERIFY(std::abs(g.q - 3.74) < 0.005);
    QVERIFY(std::abs(g.v - 15.44) < 0.01);  // lifetimes prints 15.45; the MLE is 15.4478
    QCOMPARE(m_info.customers, qint64(946));  // lifetimes Quickstart: "946 subjects"
    QVERIFY(m_info.converged);
}

void TestGammaGamma::shouldPredictSpendOfFirstTenCustomers()
{
    // lifetimes Quickstart L276-294 (6 dp) for IDs 1-10; Hardie's spreadsheet to 2 dp.
    const double expected[] = {24.658619, 18.911489, 35.170981, 35.170981, 35.170981,
                               71.462843, 18.911489, 35.170981, 27.282408, 35.170981};
    const auto &x = m_data.column(QStringLiteral("x"));
    const auto &z = m_data.column(QStringLiteral("zbar"));
    for (size_t i = 0; i < 10; ++i) {
        const double actual = m_model->expectedOrderValue(x[i], z[i]);
        QVERIFY2(std::abs(actual - expected[i]) < 1e-3, qPrintable(QString::number(actual, 'f', 6)));
    }
}

void TestGammaGamma::shouldAverageOverAllCustomersLikeLifetimes()
{
    // lifetimes Quickstart L296-305: mean E[Z] over all 2,357 = 35.2529588.
    const auto &x = m_data.column(QStringLiteral("x"));
    const auto &z = m_data.column(QStringLiteral("zbar"));
    double sum = 0;
    for (size_t i = 0; i < x.size(); ++i) {
        sum += m_model->expectedOrderValue(x[i], z[i]);
    }
    QVERIFY(std::abs(sum / double(x.size()) - 35.2529588) < 1e-3);
}

void TestGammaGamma::shouldUsePopulationMeanForOneTimeBuyers()
{
    // E[Z | x = 0] = p·gamma / (q − 1): 35.22 with the published 6.25 / 3.74 / 15.44.
    const GammaGammaModel published({6.25, 3.74, 15.44});
    QVERIFY(std::abs(published.expectedOrderValue(0, 0) - 6.25 * 15.44 / 2.74) < 1e-12);
    QVERIFY(std::abs(published.populationMean() - 35.22) < 0.005);
    // w = (q−1)/(px+q−1) weights the population mean against the customer's own mean.
    const double w = 2.74 / (6.25 * 3 + 2.74);
    QVERIFY(std::abs(published.expectedOrderValue(3, 50) - (w * published.populationMean() + (1 - w) * 50)) < 1e-9);
}

void TestGammaGamma::shouldRefuseTooFewRepeatBuyers()
{
    auto fit = GammaGammaModel::fit({0, 0, 1}, {0, 0, 10});
    QVERIFY(!fit);
    QVERIFY(fit.error().message.contains(QStringLiteral("found 1")));
}

QTEST_APPLESS_MAIN(TestGammaGamma)
#include "tst_gammagamma.moc"
