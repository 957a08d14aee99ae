// Model validation series on CDNOW: the tracking chart (REFERENCE.md §8, BTYD walkthrough
// cum.tracking; lifetimes test_utils.py L601-645) and the repeat-purchase histogram.

#include "analysis/clv/bgnbdmodel.h"
#include "analysis/clv/clvvalidation.h"
#include "analysis/clv/paretonbdmodel.h"
#include "cdnowdata.h"

#include <QTest>

#include <cmath>

using namespace Crm::Core::Analysis::Clv;

class TestClvValidation final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void shouldTrackCumulativeRepeatPurchases();
    void shouldBuildRepeatHistogram();

private:
    std::vector<Transaction> m_transactions;
    std::vector<CustomerSummary> m_calibration;
};

void TestClvValidation::initTestCase()
{
    m_transactions = Crm::Test::readCdnowSample(Crm::Test::testDataPath(QStringLiteral("CDNOW_sample.txt")));
    QCOMPARE(m_transactions.size(), size_t(6919));
    m_calibration = summarizeTransactions(m_transactions, QDate(1997, 9, 30).toJulianDay(), TimeUnit::Week);
}

void TestClvValidation::shouldTrackCumulativeRepeatPurchases()
{
    std::vector<double> x, tx, T;
    for (const CustomerSummary &s : m_calibration) {
        x.push_back(s.frequency);
        tx.push_back(s.recency);
        T.push_back(s.age);
    }
    auto model = ParetoNbdModel::fit(x, tx, T);
    QVERIFY(model);
    const auto series
        = trackingSeries(model.value(), m_transactions, QDate(1997, 1, 1).toJulianDay(), 78, 7, TimeUnit::Week);
    QCOMPARE(series.actualCumulative.size(), size_t(78));
    // BTYD walkthrough cum.tracking[, 20:25]: actual 1359 1414 1484 1517 1573 1672,
    // model 1309 1385 1460 1533 1604 1674.
    const double actual[] = {1359, 1414, 1484, 1517, 1573, 1672};
    const double model20[] = {1309, 1385, 1460, 1533, 1604, 1674};
    for (size_t i = 0; i < 6; ++i) {
        QCOMPARE(series.actualCumulative[19 + i], actual[i]);
        QVERIFY2(std::abs(series.expectedCumulative[19 + i] - model20[i]) / model20[i] < 0.01,
                 qPrintable(QString::number(series.expectedCumulative[19 + i])));
    }
    // Weeks 1-39 and 40-78 hold 2,457 and 1,882 repeat purchase days (REFERENCE.md §2).
    QCOMPARE(series.actualCumulative[38], 2457.0);
    QCOMPARE(series.actualCumulative[77] - series.actualCumulative[38], 1882.0);
    QCOMPARE(series.actualIncrement(19), 1359.0 - series.actualCumulative[18]);
}

void TestClvValidation::shouldBuildRepeatHistogram()
{
    std::vector<double> x, tx, T;
    for (const CustomerSummary &s : m_calibration) {
        x.push_back(s.frequency);
        tx.push_back(s.recency);
        T.push_back(s.age);
    }
    auto model = BgNbdModel::fit(x, tx, T);
    QVERIFY(model);
    const RepeatHistogram histogram = repeatPurchaseHistogram(model.value(), m_calibration, 7);
    QCOMPARE(histogram.actual.size(), size_t(8));
    QCOMPARE(histogram.actual[0], 1411.0);  // shared/data/README.md: 1,411 with frequency 0
    double actualTotal = 0, expectedTotal = 0;
    for (size_t k = 0; k < 8; ++k) {
        actualTotal += histogram.actual[k];
        expectedTotal += histogram.expected[k];
    }
    QCOMPARE(actualTotal, 2357.0);
    QVERIFY(std::abs(expectedTotal - 2357) < 1e-6);
    // FHL05 Figure 3: the BG/NBD fits the calibration histogram closely.
    for (size_t k = 0; k < 8; ++k) {
        QVERIFY2(std::abs(histogram.expected[k] - histogram.actual[k]) < 0.1 * histogram.actual[k] + 20,
                 qPrintable(QStringLiteral("%1: %2 vs %3").arg(k).arg(histogram.expected[k]).arg(histogram.actual[k])));
    }
    // Pareto/NBD has no P(X(t) = n) here: the expected series stays empty.
    QVERIFY(repeatPurchaseHistogram(ParetoNbdModel({0.55, 10.58, 0.61, 11.67}), m_calibration).expected.empty());
}

QTEST_APPLESS_MAIN(TestClvValidation)
#include "tst_clvvalidation.moc"
