#include "analysis/cohorts/cohorts.h"
#include "orderfixtures.h"
#include "testworkspace.h"

#include <QTest>

#include <cmath>

using namespace Crm::Core;
using namespace Crm::Core::Analysis;
using Crm::Test::CustomerFixture;
using Crm::Test::OrderFixture;

namespace {

Result<CohortResult> cohortsOf(const std::vector<OrderFixture> &orders, const CohortRequest &request,
                               const std::vector<CustomerFixture> &customers = {})
{
    Crm::Test::TestWorkspace workspace;
    if (!workspace.isValid() || !Crm::Test::insertOrders(workspace.path(), orders)
        || !Crm::Test::insertCustomers(workspace.path(), customers)) {
        return makeError(Error::Code::Internal, QStringLiteral("fixture"));
    }
    auto connection = workspace.workspace().connect();
    if (!connection) {
        return connection.error();
    }
    return runCohorts(connection->database(), request);
}

// A: Jan purchases, a Feb return only, a Mar purchase. B: Jan 31 and Feb 1. C: a return in
// December before its first purchase in February. P: a prospect.
std::vector<OrderFixture> handOrders()
{
    return {
        {QStringLiteral("A"), QStringLiteral("2024-01-05 09:00:00"), 10000},
        {QStringLiteral("A"), QStringLiteral("2024-01-20"), 5000},
        {QStringLiteral("A"), QStringLiteral("2024-02-10"), -2000},
        {QStringLiteral("A"), QStringLiteral("2024-03-02"), 3000},
        {QStringLiteral("B"), QStringLiteral("2024-01-31 23:59:59"), 1000},
        {QStringLiteral("B"), QStringLiteral("2024-02-01 00:00:00"), 1000},
        {QStringLiteral("C"), QStringLiteral("2023-12-15"), -500},
        {QStringLiteral("C"), QStringLiteral("2024-02-14"), 4000},
        {QStringLiteral("A"), QStringLiteral("2024-04-01"), 99900},  // on D: outside
    };
}

}  // namespace

class TestCohorts final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldBuildMonthlyCohortsByHand();
    void shouldBuildQuarterlyCohorts();
    void shouldBuildWeeklyCohortsFromMonday();
    void shouldHandleEmptyWorkspace();
    void shouldReproduceOnlineRetailCohorts();
};

void TestCohorts::shouldBuildMonthlyCohortsByHand()
{
    CohortRequest request;
    request.asOf = QDate(2024, 4, 1);
    const auto result = cohortsOf(handOrders(), request, {{QStringLiteral("P")}});
    QVERIFY(result);
    QCOMPARE(result->cohorts.size(), size_t(2));
    const Cohort &january = result->cohorts[0];
    QCOMPARE(january.label, QStringLiteral("2024-01"));
    QCOMPARE(january.start, QDate(2024, 1, 1));
    QCOMPARE(january.size, 2);
    QCOMPARE(january.cells.size(), size_t(3));  // Jan, Feb, Mar (D - 1 = 2024-03-31)
    const qint64 active[] = {2, 1, 1};
    const MoneyMinor revenue[] = {16000, -1000, 3000};
    const double cumulative[] = {8000.0, 7500.0, 9000.0};
    for (int k = 0; k < 3; ++k) {
        const CohortCell &cell = january.cells[size_t(k)];
        QCOMPARE(cell.period, k);
        QCOMPARE(cell.activeCustomers, active[k]);
        QCOMPARE(cell.retention, double(active[k]) / 2.0);
        QCOMPARE(cell.revenue, revenue[k]);
        QCOMPARE(cell.cumulativeRevenuePerCustomer, cumulative[k]);
    }
    const Cohort &february = result->cohorts[1];
    QCOMPARE(february.label, QStringLiteral("2024-02"));
    QCOMPARE(february.size, 1);
    QCOMPARE(february.cells.size(), size_t(2));
    QCOMPARE(february.cells[0].revenue, MoneyMinor(4000));  // C's earlier return is in no cohort
    QCOMPARE(february.cells[1].activeCustomers, 0);
    QCOMPARE(february.cells[1].retention, 0.0);
}

void TestCohorts::shouldBuildQuarterlyCohorts()
{
    CohortRequest request;
    request.asOf = QDate(2024, 4, 1);
    request.period = CohortPeriod::Quarter;
    const auto result = cohortsOf(handOrders(), request);
    QVERIFY(result);
    QCOMPARE(result->cohorts.size(), size_t(1));
    QCOMPARE(result->cohorts[0].label, QStringLiteral("2024-Q1"));
    QCOMPARE(result->cohorts[0].size, 3);
    QCOMPARE(result->cohorts[0].cells.size(), size_t(1));
    QCOMPARE(result->cohorts[0].cells[0].activeCustomers, 3);
    QCOMPARE(result->cohorts[0].cells[0].revenue, MoneyMinor(22000));
}

void TestCohorts::shouldBuildWeeklyCohortsFromMonday()
{
    CohortRequest request;
    request.asOf = QDate(2024, 4, 1);
    request.period = CohortPeriod::Week;
    const auto result = cohortsOf(handOrders(), request);
    QVERIFY(result);
    QCOMPARE(result->cohorts.size(), size_t(3));
    // A starts Friday 2024-01-05: the week of Monday 2024-01-01; the last week holds 2024-03-31.
    const Cohort &a = result->cohorts[0];
    QCOMPARE(a.label, QStringLiteral("2024-01-01"));
    QCOMPARE(a.cells.size(), size_t(13));
    QCOMPARE(a.cells[0].activeCustomers, 1);
    QCOMPARE(a.cells[1].activeCustomers, 0);
    QCOMPARE(a.cells[2].activeCustomers, 1);  // Sat 2024-01-20
    QCOMPARE(a.cells[5].activeCustomers, 0);  // the return of Sat 2024-02-10 ...
    QCOMPARE(a.cells[5].revenue, MoneyMinor(-2000));  // ... still counts as revenue
    QCOMPARE(a.cells[8].activeCustomers, 1);  // Sat 2024-03-02
    // B: Wednesday and Thursday of one week, counted once.
    const Cohort &b = result->cohorts[1];
    QCOMPARE(b.label, QStringLiteral("2024-01-29"));
    QCOMPARE(b.cells[0].activeCustomers, 1);
    QCOMPARE(b.cells[0].revenue, MoneyMinor(2000));
    QCOMPARE(result->cohorts[2].label, QStringLiteral("2024-02-12"));
}

void TestCohorts::shouldHandleEmptyWorkspace()
{
    CohortRequest request;
    request.asOf = QDate(2024, 4, 1);
    const auto result = cohortsOf({}, request, {{QStringLiteral("P")}});
    QVERIFY(result);
    QCOMPARE(result->cohorts.size(), size_t(0));
    QCOMPARE(analyzeCohorts({}, CohortRequest {}).hasValue(), false);  // no as-of date
}

void TestCohorts::shouldReproduceOnlineRetailCohorts()
{
    const QString path = Crm::Test::onlineRetailPath();
    if (path.isEmpty()) {
        QSKIP("../shared/data/online_retail/online_retail.csv.gz not found (set CRM_SOURCE_DIR)");
    }
    QString error;
    const auto orders = Crm::Test::readOnlineRetailOrders(path, &error);
    QVERIFY2(orders, qPrintable(error));
    CohortRequest request;
    request.asOf = QDate(2011, 12, 10);  // the day after the last invoice
    const auto result = cohortsOf(*orders, request);
    QVERIFY(result);
    // REFERENCE.md §12: cohort sizes 2010-12 .. 2011-12.
    const qint64 sizes[] = {885, 417, 380, 452, 300, 284, 242, 188, 169, 299, 358, 323, 41};
    QCOMPARE(result->cohorts.size(), size_t(13));
    qint64 customers = 0;
    MoneyMinor revenue = 0;
    for (size_t c = 0; c < result->cohorts.size(); ++c) {
        QCOMPARE(result->cohorts[c].size, sizes[c]);
        QCOMPARE(result->cohorts[c].cells.size(), 13 - c);
        customers += result->cohorts[c].size;
        for (const CohortCell &cell : result->cohorts[c].cells) {
            revenue += cell.revenue;
        }
    }
    QCOMPARE(result->cohorts[0].label, QStringLiteral("2010-12"));
    QCOMPARE(customers, 4338);
    QCOMPARE(revenue, MoneyMinor(891140790));  // £8,911,407.90
    // Retention in percent, one decimal, months 1-12 of 2010-12 and 1-11 of 2011-01.
    const QList<double> december {36.6, 32.3, 38.4, 36.3, 39.8, 36.3, 34.9, 35.4, 39.5, 37.4, 50.3, 26.6};
    const QList<double> january {22.1, 26.6, 23.0, 32.1, 28.8, 24.7, 24.2, 30.0, 32.6, 36.5, 11.8};
    for (int k = 1; k <= december.size(); ++k) {
        QCOMPARE(std::round(result->cohorts[0].cells[size_t(k)].retention * 1000.0) / 10.0, december.at(k - 1));
    }
    for (int k = 1; k <= january.size(); ++k) {
        QCOMPARE(std::round(result->cohorts[1].cells[size_t(k)].retention * 1000.0) / 10.0, january.at(k - 1));
    }
}

QTEST_GUILESS_MAIN(TestCohorts)
#include "tst_cohorts.moc"
