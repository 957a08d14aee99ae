// Transaction → repeat-buying summary. Small cases are the hand-checkable fixtures of lifetimes
// tests/test_utils.py (REFERENCE.md §7); the CDNOW case checks the published summary files
// (REFERENCE.md / shared/data/README.md: "exactly reproducible from CDNOW_sample.txt").

#include "analysis/clv/customersummary.h"
#include "cdnowdata.h"

#include <QTest>

#include <cmath>

using namespace Crm::Core::Analysis::Clv;

namespace {

qint64 day(const char *iso)
{
    return QDate::fromString(QLatin1String(iso), Qt::ISODate).toJulianDay();
}

Transaction tx(int id, const char *iso, double value = 1)
{
    return {QString::number(id), day(iso), qRound64(value * 100)};
}

// lifetimes large_transaction_level_data_with_monetary_value (test_utils.py L71-88).
std::vector<Transaction> largeWithValues()
{
    return {tx(1, "2015-01-01", 1), tx(1, "2015-02-06", 2), tx(2, "2015-01-01", 2), tx(3, "2015-01-01", 3),
            tx(3, "2015-01-02", 1), tx(3, "2015-01-05", 5), tx(4, "2015-01-16", 6), tx(4, "2015-02-02", 3),
            tx(4, "2015-02-05", 3), tx(5, "2015-01-16", 3), tx(5, "2015-01-17", 1), tx(5, "2015-01-18", 8),
            tx(6, "2015-02-02", 5)};
}

}  // namespace

class TestClvSummary final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldSummariseDays();
    void shouldSummariseWithMonetaryValues_data();
    void shouldSummariseWithMonetaryValues();
    void shouldMergeSameDayPurchases();
    void shouldIgnoreOrderOfRows();
    void shouldSkipReturnsAndLaterPurchases();
    void shouldSplitCalibrationAndHoldout();
    void shouldRespectObservationEnd();
    void shouldReproduceCdnowSummaries();
    void shouldScaleTimeUnits();
};

void TestClvSummary::shouldSummariseDays()
{
    // test_utils.py L239-247: end 2015-02-07 → (1, 5, 6), (0, 0, 37), (2, 4, 37).
    const std::vector<Transaction> rows = {tx(1, "2015-02-01"), tx(1, "2015-02-06"), tx(2, "2015-01-01"),
                                           tx(3, "2015-01-01"), tx(3, "2015-01-02"), tx(3, "2015-01-05")};
    const auto s = summarizeTransactions(rows, day("2015-02-07"), TimeUnit::Day);
    QCOMPARE(s.size(), size_t(3));
    QCOMPARE(s[0].frequency, 1.0);
    QCOMPARE(s[0].recency, 5.0);
    QCOMPARE(s[0].age, 6.0);
    QCOMPARE(s[1].frequency, 0.0);
    QCOMPARE(s[1].recency, 0.0);
    QCOMPARE(s[1].age, 37.0);
    QCOMPARE(s[2].frequency, 2.0);
    QCOMPARE(s[2].recency, 4.0);
    QCOMPARE(s[2].age, 37.0);
}

void TestClvSummary::shouldSummariseWithMonetaryValues_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<double>("frequency");
    QTest::addColumn<double>("recency");
    QTest::addColumn<double>("age");
    QTest::addColumn<double>("monetary");
    // test_utils.py L311-331.
    QTest::newRow("id 1") << 0 << 1.0 << 36.0 << 37.0 << 2.0;
    QTest::newRow("id 2") << 1 << 0.0 << 0.0 << 37.0 << 0.0;
    QTest::newRow("id 3") << 2 << 2.0 << 4.0 << 37.0 << 3.0;
    QTest::newRow("id 4") << 3 << 2.0 << 20.0 << 22.0 << 3.0;
    QTest::newRow("id 5") << 4 << 2.0 << 2.0 << 22.0 << 4.5;
    QTest::newRow("id 6") << 5 << 0.0 << 0.0 << 5.0 << 0.0;
}

void TestClvSummary::shouldSummariseWithMonetaryValues()
{
    QFETCH(int, index);
    QFETCH(double, frequency);
    QFETCH(double, recency);
    QFETCH(double, age);
    QFETCH(double, monetary);
    const auto s = summarizeTransactions(largeWithValues(), day("2015-02-07"), TimeUnit::Day);
    QCOMPARE(s.size(), size_t(6));
    const CustomerSummary &c = s[size_t(index)];
    QCOMPARE(c.frequency, frequency);
    QCOMPARE(c.recency, recency);
    QCOMPARE(c.age, age);
    QCOMPARE(c.monetary, monetary);
}

void TestClvSummary::shouldMergeSameDayPurchases()
{
    // test_utils.py L472-475: two purchases on one day are one purchase (frequency 0); their
    // values add up.
    const auto s = summarizeTransactions(
        {tx(1, "2015-01-01", 5), tx(1, "2015-01-01", 7), tx(1, "2015-01-03", 2), tx(1, "2015-01-03", 4)},
        day("2015-01-10"), TimeUnit::Day);
    QCOMPARE(s.size(), size_t(1));
    QCOMPARE(s[0].frequency, 1.0);
    QCOMPARE(s[0].monetary, 6.0);  // the repeat day: 2 + 4; the first day (12) is excluded
}

void TestClvSummary::shouldIgnoreOrderOfRows()
{
    // test_utils.py L334-349: purchases 10, 20, 25 in any row order → monetary 22.5.
    const auto ordered = summarizeTransactions(
        {tx(2, "2014-03-14", 10), tx(2, "2014-04-09", 20), tx(2, "2014-05-21", 25)}, day("2014-05-21"), TimeUnit::Day);
    const auto shuffled = summarizeTransactions(
        {tx(2, "2014-04-09", 20), tx(2, "2014-03-14", 10), tx(2, "2014-05-21", 25)}, day("2014-05-21"), TimeUnit::Day);
    QCOMPARE(ordered[0].monetary, 22.5);
    QCOMPARE(shuffled[0].monetary, 22.5);
    QCOMPARE(shuffled[0].recency, ordered[0].recency);
}

void TestClvSummary::shouldSkipReturnsAndLaterPurchases()
{
    const auto s = summarizeTransactions({tx(1, "2015-01-01", 10), tx(1, "2015-01-05", -10), tx(1, "2015-03-01", 8)},
                                         day("2015-02-01"), TimeUnit::Day);
    QCOMPARE(s.size(), size_t(1));
    QCOMPARE(s[0].frequency, 0.0);
    QCOMPARE(s[0].age, 31.0);
}

void TestClvSummary::shouldSplitCalibrationAndHoldout()
{
    // test_utils.py L374-469: calibration end 2015-02-01, observation end 2015-02-07.
    const auto rows = calibrationAndHoldout(largeWithValues(), day("2015-02-01"), day("2015-02-07"), TimeUnit::Day);
    QCOMPARE(rows.size(), size_t(5));  // id 6 first bought in the holdout: not in the cohort
    const double frequencyHoldout[] = {1, 0, 0, 2, 0};
    const double monetaryCal[] = {0, 0, 3, 0, 4.5};
    const double monetaryHoldout[] = {2, 0, 0, 3, 0};
    for (size_t i = 0; i < rows.size(); ++i) {
        QCOMPARE(rows[i].calibration.customerId, QString::number(i + 1));
        QCOMPARE(rows[i].holdoutFrequency, frequencyHoldout[i]);
        QCOMPARE(rows[i].calibration.monetary, monetaryCal[i]);
        QCOMPARE(rows[i].holdoutMonetary, monetaryHoldout[i]);
        QCOMPARE(rows[i].holdoutDuration, 6.0);
    }
}

void TestClvSummary::shouldRespectObservationEnd()
{
    // test_utils.py L432-454: observation end 2015-02-04 excludes the 02-05 and 02-06 purchases.
    const auto rows = calibrationAndHoldout(largeWithValues(), day("2015-02-01"), day("2015-02-04"), TimeUnit::Day);
    QCOMPARE(rows[0].holdoutFrequency, 0.0);
    QCOMPARE(rows[3].holdoutFrequency, 1.0);
}

void TestClvSummary::shouldReproduceCdnowSummaries()
{
    const auto transactions = Crm::Test::readCdnowSample(Crm::Test::testDataPath(QStringLiteral("CDNOW_sample.txt")));
    const auto published = Crm::Test::readNumericCsv(
        Crm::Test::testDataPath(QStringLiteral("cdnow_customers_summary_with_transactions.csv")));
    QCOMPARE(transactions.size(), size_t(6919));
    auto summaries = summarizeTransactions(transactions, day("1997-09-30"), TimeUnit::Week);
    QCOMPARE(summaries.size(), size_t(2357));
    std::sort(summaries.begin(), summaries.end(), [](const CustomerSummary &l, const CustomerSummary &r) {
        return l.customerId.toInt() < r.customerId.toInt();
    });
    double frequencySum = 0;
    int repeaters = 0;
    for (size_t i = 0; i < summaries.size(); ++i) {
        const CustomerSummary &s = summaries[i];
        QCOMPARE(s.customerId.toInt(), int(published.column(QStringLiteral("ID"))[i]));
        QCOMPARE(s.frequency, published.column(QStringLiteral("x"))[i]);
        // The files round days/7 and dollars to 2 dp.
        QVERIFY(std::abs(s.recency - published.column(QStringLiteral("t_x"))[i]) < 0.005 + 1e-9);
        QVERIFY(std::abs(s.age - published.column(QStringLiteral("T"))[i]) < 0.005 + 1e-9);
        QVERIFY(std::abs(s.monetary - published.column(QStringLiteral("zbar"))[i]) < 0.005 + 1e-9);
        frequencySum += s.frequency;
        repeaters += s.frequency > 0 ? 1 : 0;
    }
    QCOMPARE(frequencySum, 2457.0);  // Σ frequency of the published summary
    QCOMPARE(repeaters, 946);
}

void TestClvSummary::shouldScaleTimeUnits()
{
    const std::vector<Transaction> rows = {tx(1, "2015-01-01"), tx(1, "2015-01-15")};
    const auto weeks = summarizeTransactions(rows, day("2015-03-02"), TimeUnit::Week);
    QCOMPARE(weeks[0].recency, 2.0);
    // Four years (1,461 days) are exactly 48 months of 365.25 / 12 days.
    const auto months = summarizeTransactions(rows, day("2019-01-01"), TimeUnit::Month);
    QVERIFY(std::abs(months[0].age - 48.0) < 1e-12);
    QCOMPARE(parseTimeUnit(QStringLiteral("week")), std::optional<TimeUnit>(TimeUnit::Week));
    QVERIFY(!parseTimeUnit(QStringLiteral("fortnight")));
}

QTEST_APPLESS_MAIN(TestClvSummary)
#include "tst_clvsummary.moc"
