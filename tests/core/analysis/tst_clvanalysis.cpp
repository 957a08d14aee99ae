// CLV scoring: the discounting against lifetimes' published Quickstart numbers (REFERENCE.md
// §5 "CLV pitfall"), lifetimes' synthetic example (§6), the data minimums, and a workspace run.

#include "analysis/clv/bgnbdmodel.h"
#include "analysis/clv/clvanalysis.h"
#include "cdnowdata.h"
#include "store/connection.h"
#include "store/demogenerator.h"
#include "testworkspace.h"

#include <QTest>

#include <cmath>

using namespace Crm::Core::Analysis::Clv;

namespace {

std::vector<CustomerSummary> cdnowWeekly()
{
    const auto data = Crm::Test::readNumericCsv(
        Crm::Test::testDataPath(QStringLiteral("cdnow_customers_summary_with_transactions.csv")));
    std::vector<CustomerSummary> summaries;
    for (size_t i = 0; i < data.column(QStringLiteral("ID")).size(); ++i) {
        CustomerSummary s;
        s.customerId = QString::number(int(data.column(QStringLiteral("ID"))[i]));
        s.frequency = data.column(QStringLiteral("x"))[i];
        s.recency = data.column(QStringLiteral("t_x"))[i];
        s.age = data.column(QStringLiteral("T"))[i];
        s.monetary = data.column(QStringLiteral("zbar"))[i];
        s.firstPurchaseDay = QDate(1997, 9, 30).toJulianDay() - qint64(std::round(s.age * 7));
        s.lastPurchaseDay = s.firstPurchaseDay + qint64(std::round(s.recency * 7));
        summaries.push_back(s);
    }
    return summaries;
}

ClvRequest cdnowRequest()
{
    ClvRequest request;
    request.calibrationEnd = QDate(1997, 9, 30);
    request.timeUnit = TimeUnit::Week;
    return request;
}

}  // namespace

class TestClvAnalysis final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldReproduceLifetimesThirtyUnitMonths();
    void shouldDiscountCalendarMonths();
    void shouldScoreEveryCustomerConsistently();
    void shouldReproduceExampleTransactions();
    void shouldExplainTooLittleData();
    void shouldRunOnAWorkspace();
};

void TestClvAnalysis::shouldReproduceLifetimesThirtyUnitMonths()
{
    // lifetimes Quickstart L308-336 ran customer_lifetime_value(time=12, discount 0.01,
    // freq="D") on the weekly CDNOW data: 30 weeks per "month". Same computation here.
    ClvRequest request = cdnowRequest();
    request.unitsPerMonth = 30;
    auto result = analyzeClv(cdnowWeekly(), request);
    QVERIFY2(result, qPrintable(result ? QString() : result.error().message));
    const std::vector<std::pair<int, double>> expected
        = {{1, 140.096211}, {2, 18.943467}, {3, 38.180574}, {6, 1003.868107}, {7, 28.109683}, {9, 167.418216}};
    for (const auto &[id, clv] : expected) {
        const ClvCustomer &c = result->customers[size_t(id - 1)];
        QCOMPARE(c.summary.customerId, QString::number(id));
        QVERIFY2(std::abs(c.clv - clv) / clv < 2e-5, qPrintable(QString::number(c.clv, 'f', 6)));
    }
}

void TestClvAnalysis::shouldDiscountCalendarMonths()
{
    // REFERENCE.md §5 (computed there): with 4.345 weeks per month customer 1's 12-month CLV
    // is 36.28.
    ClvRequest request = cdnowRequest();
    request.unitsPerMonth = 4.345;
    auto result = analyzeClv(cdnowWeekly(), request);
    QVERIFY(result);
    QVERIFY(std::abs(result->customers[0].clv - 36.28) < 0.005);
    // Without discounting, CLV = E[X(horizon)] × E[Z]: the monthly sum telescopes.
    request.monthlyDiscountRate = 0;
    request.unitsPerMonth = 0;  // 365.25 / 12 / 7 weeks
    auto undiscounted = analyzeClv(cdnowWeekly(), request);
    QVERIFY(undiscounted);
    const ClvCustomer &c = undiscounted->customers[0];
    QVERIFY(std::abs(c.clv - c.expectedPurchasesHorizon * c.expectedOrderValue) < 1e-9);
    const BgNbdModel model({undiscounted->parameters[0], undiscounted->parameters[1], undiscounted->parameters[2],
                            undiscounted->parameters[3]});
    QVERIFY(std::abs(c.expectedPurchasesHorizon - model.expectedPurchases(365.25 / 7, 2, 30.43, 38.86)) < 1e-9);
}

void TestClvAnalysis::shouldScoreEveryCustomerConsistently()
{
    auto result = analyzeClv(cdnowWeekly(), cdnowRequest());
    QVERIFY(result);
    QCOMPARE(result->customers.size(), size_t(2357));
    QCOMPARE(result->spendFit.customers, qint64(946));
    for (const ClvCustomer &c : result->customers) {
        QVERIFY(c.probabilityAlive >= 0 && c.probabilityAlive <= 1);
        QVERIFY(std::isfinite(c.clv) && c.clv >= 0);
        QVERIFY(std::abs(c.valueAtRisk - (1 - c.probabilityAlive) * c.clv) < 1e-9);
        QVERIFY(c.expectedPurchases90d <= c.expectedPurchasesHorizon);
        QVERIFY(c.expectedNextOrder > QDate(1997, 9, 30));
    }
    // Customer 1: 90 days = 12.857 weeks; P(alive) 0.7266 (REFERENCE.md §2, computed there).
    QVERIFY(std::abs(result->customers[0].probabilityAlive - 0.7266) < 1e-4);
}

void TestClvAnalysis::shouldReproduceExampleTransactions()
{
    const QString path = qEnvironmentVariable("CRM_SOURCE_DIR")
        + QStringLiteral("/../shared/data/example_transactions/example_transactions.csv");
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        QSKIP("../shared/data/example_transactions is not available");
    }
    std::vector<Transaction> transactions;
    file.readLine();
    qint64 last = 0;
    while (!file.atEnd()) {
        const QString line = QString::fromLatin1(file.readLine()).trimmed();
        const qint64 day = QDate::fromString(line.left(10), Qt::ISODate).toJulianDay();
        transactions.push_back({line.section(QLatin1Char(','), 1), day, 100});
        last = std::max(last, day);
    }
    auto summaries = summarizeTransactions(transactions, last, TimeUnit::Day);
    std::sort(summaries.begin(), summaries.end(), [](const CustomerSummary &l, const CustomerSummary &r) {
        return l.customerId.toInt() < r.customerId.toInt();
    });
    // lifetimes Quickstart L140-151: ids 0-4.
    const double expected[5][3] = {{0, 0, 298}, {0, 0, 224}, {6, 142, 292}, {0, 0, 147}, {2, 9, 183}};
    std::vector<double> x, tx, T;
    for (const CustomerSummary &s : summaries) {
        x.push_back(s.frequency);
        tx.push_back(s.recency);
        T.push_back(s.age);
    }
    for (size_t i = 0; i < 5; ++i) {
        QCOMPARE(x[i], expected[i][0]);
        QCOMPARE(tx[i], expected[i][1]);
        QCOMPARE(T[i], expected[i][2]);
    }
    FitInfo info;
    auto model = BgNbdModel::fit(x, tx, T, &info);
    QVERIFY(model);
    const BgNbdParameters &p = model->bgNbdParameters();
    qInfo("example_transactions BG/NBD: r %.6f alpha %.6f a %.6f b %.6f LL %.2f", p.r, p.alpha, p.a, p.b,
          info.logLikelihood);
    // PyMC tests/clv/conftest.py L122-130: 0.16385072, 1.86428187, 1.85034151, 3.18105431.
    QVERIFY(std::abs(p.r - 0.16385072) / 0.16385072 < 1e-3);
    QVERIFY(std::abs(p.alpha - 1.86428187) / 1.86428187 < 1e-3);
    QVERIFY(std::abs(p.a - 1.85034151) / 1.85034151 < 1e-3);
    QVERIFY(std::abs(p.b - 3.18105431) / 3.18105431 < 1e-3);
    // lifetimes test_utils.py L527-592: E[X(30)] for ids 0-4.
    const double thirty[] = {0.016053, 0.021171, 0.030461, 0.031686, 0.001607};
    for (size_t i = 0; i < 5; ++i) {
        QVERIFY(std::abs(model->expectedPurchases(30, x[i], tx[i], T[i]) - thirty[i]) < 5e-6);
    }
}

void TestClvAnalysis::shouldExplainTooLittleData()
{
    ClvRequest request = cdnowRequest();
    std::vector<CustomerSummary> few = cdnowWeekly();
    few.resize(100);
    auto tooFew = analyzeClv(few, request);
    QVERIFY(!tooFew);
    QVERIFY(tooFew.error().message.contains(QStringLiteral("at least 500 customers")));
    QVERIFY(tooFew.error().message.contains(QStringLiteral("100")));
    request.minimumCustomers = 0;
    request.minimumHistoryDays = 400;  // CDNOW's calibration period holds 272 days
    auto shortHistory = analyzeClv(cdnowWeekly(), request);
    QVERIFY(!shortHistory);
    QVERIFY(shortHistory.error().message.contains(QStringLiteral("400 days")));
}

void TestClvAnalysis::shouldRunOnAWorkspace()
{
    Crm::Test::TestWorkspace workspace;
    QVERIFY(workspace.isValid());
    Crm::Core::Store::DemoOptions options;
    options.customers = 1500;
    QVERIFY(Crm::Core::Store::generateDemo(workspace.workspace(), options));
    auto connection = workspace.workspace().connect();
    QVERIFY(connection);
    const QDate asOf = options.lastDay.addDays(1);
    auto histories = Crm::Core::Analysis::loadPurchaseHistory(connection->database(), {asOf, QDate(), false});
    QVERIFY(histories);
    ClvRequest request;
    request.calibrationEnd = asOf;
    const auto summaries = summarizeHistories(histories.value(), asOf.toJulianDay(), TimeUnit::Day);
    auto result = analyzeClv(summaries, request);
    QVERIFY2(result, qPrintable(result ? QString() : result.error().message));
    QVERIFY(result->fit.converged);
    QCOMPARE(result->customers.size(), summaries.size());
    for (const ClvCustomer &c : result->customers) {
        QVERIFY(std::isfinite(c.clv));
        QVERIFY(std::isfinite(c.expectedOrderValue) && c.expectedOrderValue > 0);
    }
}

QTEST_APPLESS_MAIN(TestClvAnalysis)
#include "tst_clvanalysis.moc"
