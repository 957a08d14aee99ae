#include "analysis/refresh/refresh.h"
#include "orderfixtures.h"
#include "programrun.h"
#include "testworkspace.h"

#include <QTest>

using namespace Crm::Core;
using namespace Crm::Core::Analysis;
using Crm::Test::CustomerFixture;
using Crm::Test::OrderFixture;

namespace {

const QDate kAsOf(2025, 1, 1);

// Every edge of the scan and the five analyses, computed by hand in the tests below:
//   A  three purchase days, two orders on 2024-06-01 (one of them at 23:59), a return
//   B  one purchase on D (does not count) and one in 2023: churned
//   C  returns only (no purchase): no cohort, not scored, but not a prospect either
//   D  a customer with orders who is missing from the customers table
//   P  a prospect (customers table only); Q has orders only after D, also a prospect
std::vector<OrderFixture> fixtureOrders()
{
    return {
        {QStringLiteral("A"), QStringLiteral("2024-06-01 09:00:00"), 10000},
        {QStringLiteral("A"), QStringLiteral("2024-06-01 23:59:00"), 5000},
        {QStringLiteral("A"), QStringLiteral("2024-09-01"), 20000},
        {QStringLiteral("A"), QStringLiteral("2024-09-05"), -5000},
        {QStringLiteral("A"), QStringLiteral("2024-12-01"), 30000},
        {QStringLiteral("B"), QStringLiteral("2023-03-10"), 200000},
        {QStringLiteral("B"), QStringLiteral("2025-01-01"), 999999},
        {QStringLiteral("C"), QStringLiteral("2024-11-20"), -4000},
        {QStringLiteral("D"), QStringLiteral("2024-12-20"), 150000},
        {QStringLiteral("Q"), QStringLiteral("2025-02-01"), 7000},
    };
}

std::vector<CustomerFixture> fixtureCustomers()
{
    return {{QStringLiteral("A")},
            {QStringLiteral("B")},
            {QStringLiteral("C")},
            {QStringLiteral("P")},
            {QStringLiteral("Q")}};
}

bool sameHistories(const std::vector<CustomerHistory> &a, const std::vector<CustomerHistory> &b)
{
    if (a.size() != b.size()) {
        qWarning() << "customers" << a.size() << b.size();
        return false;
    }
    for (size_t i = 0; i < a.size(); ++i) {
        if (a[i].customerId != b[i].customerId || a[i].days.size() != b[i].days.size()) {
            qWarning() << "customer" << i << a[i].customerId << b[i].customerId;
            return false;
        }
        for (size_t d = 0; d < a[i].days.size(); ++d) {
            const PurchaseDay &x = a[i].days[d];
            const PurchaseDay &y = b[i].days[d];
            if (x.julianDay != y.julianDay || x.orders != y.orders || x.purchases != y.purchases
                || x.returns != y.returns) {
                qWarning() << "day" << a[i].customerId << d;
                return false;
            }
        }
    }
    return true;
}

// Field by field: the refresh must give what each analysis gives on its own.
void compareRfm(const RfmResult &a, const RfmResult &b)
{
    QCOMPARE(a.asOf, b.asOf);
    QCOMPARE(a.unscoredCustomers, b.unscoredCustomers);
    QCOMPARE(a.cutPoints.recency, b.cutPoints.recency);
    QCOMPARE(a.cutPoints.frequency, b.cutPoints.frequency);
    QCOMPARE(a.cutPoints.monetary, b.cutPoints.monetary);
    QCOMPARE(a.customers.size(), b.customers.size());
    for (size_t i = 0; i < a.customers.size(); ++i) {
        const RfmCustomer &x = a.customers[i];
        const RfmCustomer &y = b.customers[i];
        QCOMPARE(x.customerId, y.customerId);
        QCOMPARE(x.firstOrder, y.firstOrder);
        QCOMPARE(x.lastOrder, y.lastOrder);
        QCOMPARE(x.recencyDays, y.recencyDays);
        QCOMPARE(x.frequency, y.frequency);
        QCOMPARE(x.monetary, y.monetary);
        QCOMPARE(x.recencyScore, y.recencyScore);
        QCOMPARE(x.frequencyScore, y.frequencyScore);
        QCOMPARE(x.monetaryScore, y.monetaryScore);
        QCOMPARE(x.segment, y.segment);
    }
    QCOMPARE(a.segments.size(), b.segments.size());
    for (size_t i = 0; i < a.segments.size(); ++i) {
        QCOMPARE(a.segments[i].segment, b.segments[i].segment);
        QCOMPARE(a.segments[i].customers, b.segments[i].customers);
        QCOMPARE(a.segments[i].orders, b.segments[i].orders);
        QCOMPARE(a.segments[i].revenue, b.segments[i].revenue);
        QCOMPARE(a.segments[i].averageOrderValue, b.segments[i].averageOrderValue);
        QCOMPARE(a.segments[i].revenueShare, b.segments[i].revenueShare);
    }
}

void compareTiers(const TierResult &a, const TierResult &b)
{
    QCOMPARE(a.customers.size(), b.customers.size());
    for (size_t i = 0; i < a.customers.size(); ++i) {
        QCOMPARE(a.customers[i].customerId, b.customers[i].customerId);
        QCOMPARE(a.customers[i].spend, b.customers[i].spend);
        QCOMPARE(int(a.customers[i].tier), int(b.customers[i].tier));
        QCOMPARE(a.customers[i].previousSpend, b.customers[i].previousSpend);
        QCOMPARE(int(a.customers[i].previousTier), int(b.customers[i].previousTier));
    }
    for (int t = 0; t < kTierCount; ++t) {
        QCOMPARE(a.distribution[size_t(t)].customers, b.distribution[size_t(t)].customers);
        QCOMPARE(a.distribution[size_t(t)].share, b.distribution[size_t(t)].share);
        QCOMPARE(a.distribution[size_t(t)].revenue, b.distribution[size_t(t)].revenue);
    }
    QCOMPARE(a.migration, b.migration);
    QCOMPARE(a.movedUp, b.movedUp);
    QCOMPARE(a.movedDown, b.movedDown);
    QCOMPARE(a.unchanged, b.unchanged);
}

void compareLifecycle(const LifecycleResult &a, const LifecycleResult &b)
{
    QCOMPARE(a.populationCycleDays, b.populationCycleDays);
    QCOMPARE(a.populationCycleIsDefault, b.populationCycleIsDefault);
    QCOMPARE(a.customersWithPersonalCycle, b.customersWithPersonalCycle);
    QCOMPARE(a.stageCounts, b.stageCounts);
    QCOMPARE(a.dormantRanking, b.dormantRanking);
    QCOMPARE(a.customers.size(), b.customers.size());
    for (size_t i = 0; i < a.customers.size(); ++i) {
        const CustomerLifecycle &x = a.customers[i];
        const CustomerLifecycle &y = b.customers[i];
        QCOMPARE(x.customerId, y.customerId);
        QCOMPARE(int(x.stage), int(y.stage));
        QCOMPARE(x.recencyDays, y.recencyDays);
        QCOMPARE(x.cycleDays, y.cycleDays);
        QCOMPARE(int(x.cycleSource), int(y.cycleSource));
        QCOMPARE(x.dormantAfterDays, y.dormantAfterDays);
        QCOMPARE(x.churnedAfterDays, y.churnedAfterDays);
        QCOMPARE(x.firstPurchase, y.firstPurchase);
        QCOMPARE(x.lastPurchase, y.lastPurchase);
        QCOMPARE(x.purchaseDays, y.purchaseDays);
        QCOMPARE(x.purchaseOrders, y.purchaseOrders);
        QCOMPARE(x.valueBeforeQuiet, y.valueBeforeQuiet);
    }
}

void compareCohorts(const CohortResult &a, const CohortResult &b)
{
    QCOMPARE(a.cohorts.size(), b.cohorts.size());
    for (size_t c = 0; c < a.cohorts.size(); ++c) {
        QCOMPARE(a.cohorts[c].label, b.cohorts[c].label);
        QCOMPARE(a.cohorts[c].size, b.cohorts[c].size);
        QCOMPARE(a.cohorts[c].cells.size(), b.cohorts[c].cells.size());
        for (size_t k = 0; k < a.cohorts[c].cells.size(); ++k) {
            QCOMPARE(a.cohorts[c].cells[k].activeCustomers, b.cohorts[c].cells[k].activeCustomers);
            QCOMPARE(a.cohorts[c].cells[k].revenue, b.cohorts[c].cells[k].revenue);
            QCOMPARE(a.cohorts[c].cells[k].retention, b.cohorts[c].cells[k].retention);
            QCOMPARE(a.cohorts[c].cells[k].cumulativeRevenuePerCustomer,
                     b.cohorts[c].cells[k].cumulativeRevenuePerCustomer);
        }
    }
}

void compareFunnel(const FunnelResult &a, const FunnelResult &b)
{
    QCOMPARE(a.transitionFrom, b.transitionFrom);
    QCOMPARE(a.transitions, b.transitions);
    QCOMPARE(a.steps.size(), b.steps.size());
    for (size_t i = 0; i < a.steps.size(); ++i) {
        QCOMPARE(a.steps[i].name, b.steps[i].name);
        QCOMPARE(a.steps[i].customers, b.steps[i].customers);
        QCOMPARE(a.steps[i].pctOfPrevious, b.steps[i].pctOfPrevious);
        QCOMPARE(a.steps[i].pctOfFirst, b.steps[i].pctOfFirst);
    }
}

// Many customers with a deterministic spread of days, returns and same-day orders: enough
// for the scan to split into several customer ranges read by several connections.
std::vector<OrderFixture> manyOrders(int customers)
{
    std::vector<OrderFixture> orders;
    quint32 state = 12345;
    const auto next = [&state] {
        state = state * 1664525u + 1013904223u;
        return state >> 8;
    };
    const QDate first(2022, 1, 1);
    for (int c = 0; c < customers; ++c) {
        const QString id = QStringLiteral("K%1").arg(c, 6, 10, QLatin1Char('0'));
        const int count = int(next() % 7);  // 0: only in the customers table
        for (int o = 0; o < count; ++o) {
            const QDate day = first.addDays(qint64(next() % 1100));
            const bool isReturn = next() % 10 == 0;
            const qint64 amount = qint64(next() % 50000) + 100;
            orders.push_back({id, day.toString(Qt::ISODate) + QStringLiteral(" 1%1:00:00").arg(o % 10),
                              isReturn ? -amount / 2 : amount});
        }
    }
    return orders;
}

}  // namespace

class TestRefresh final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldFoldOrdersIntoCustomerDays();
    void shouldGiveWhatEachAnalysisGivesOnItsOwn();
    void shouldScanTheSameInParallelAndThroughQtSql();
    void shouldRefuseAnEmptyWorkspace();
    void shouldRejectALaterTierComparison();
    void shouldPrintOneLinePerPartOnTheCommandLine();
};

void TestRefresh::shouldFoldOrdersIntoCustomerDays()
{
    Crm::Test::TestWorkspace workspace;
    QVERIFY(workspace.isValid());
    QVERIFY(Crm::Test::insertOrders(workspace.path(), fixtureOrders()));
    QVERIFY(Crm::Test::insertCustomers(workspace.path(), fixtureCustomers()));
    auto connection = workspace.workspace().connect();
    QVERIFY(connection);
    PurchaseHistoryRequest request;
    request.asOf = kAsOf;
    auto histories = loadPurchaseHistory(connection->database(), request);
    QVERIFY(histories);
    const std::vector<CustomerHistory> &h = histories.value();
    // A B C D P Q: D has orders but no customers row; P and Q are prospects at D.
    QCOMPARE(h.size(), size_t(6));
    const CustomerHistory &a = h[0];
    QCOMPARE(a.customerId, QStringLiteral("A"));
    QCOMPARE(a.days.size(), size_t(4));
    QCOMPARE(a.days[0].julianDay, QDate(2024, 6, 1).toJulianDay());
    QCOMPARE(a.days[0].orders, 2);
    QCOMPARE(a.days[0].purchases, MoneyMinor(15000));
    QCOMPARE(a.days[2].orders, 0);  // the return day
    QCOMPARE(a.days[2].returns, MoneyMinor(-5000));
    QCOMPARE(h[1].days.size(), size_t(1));  // B's order on D does not count
    QCOMPARE(h[2].purchaseOrders(), 0);  // C: returns only
    QCOMPARE(h[3].customerId, QStringLiteral("D"));
    QVERIFY(h[4].days.empty());
    QCOMPARE(h[5].customerId, QStringLiteral("Q"));
    QVERIFY(h[5].days.empty());
}

void TestRefresh::shouldGiveWhatEachAnalysisGivesOnItsOwn()
{
    Crm::Test::TestWorkspace workspace;
    QVERIFY(workspace.isValid());
    QVERIFY(Crm::Test::insertOrders(workspace.path(), fixtureOrders()));
    QVERIFY(Crm::Test::insertCustomers(workspace.path(), fixtureCustomers()));
    auto connection = workspace.workspace().connect();
    QVERIFY(connection);
    QSqlDatabase db = connection->database();
    RefreshRequest request;
    request.asOf = kAsOf;
    request.tiers.compareTo = QDate(2024, 7, 1);
    for (int threads : {1, 2}) {
        request.threads = threads;
        auto refreshed = runRefresh(db, request);
        QVERIFY(refreshed);
        QCOMPARE(refreshed->customers, qint64(6));
        QCOMPARE(refreshed->customerDays, qint64(4 + 1 + 1 + 1));

        RfmRequest rfm = request.rfm;
        rfm.asOf = kAsOf;
        auto alone = runRfm(db, rfm);
        QVERIFY(alone);
        compareRfm(refreshed->rfm, alone.value());
        // Scored: A, B, D. Unscored: C (returns only); prospects are not counted by runRfm.
        QCOMPARE(refreshed->rfm.customers.size(), size_t(3));
        QCOMPARE(refreshed->rfm.unscoredCustomers, qint64(1));

        TierRequest tiers = request.tiers;
        tiers.asOf = kAsOf;
        auto tiersAlone = runTiers(db, tiers);
        QVERIFY(tiersAlone);
        compareTiers(refreshed->tiers, tiersAlone.value());
        // D: 1,500.00 in the window -> Silver; B's 2,000.00 lies before the window.
        QCOMPARE(refreshed->tiers.distribution[size_t(Tier::Silver)].customers, qint64(1));
        QCOMPARE(refreshed->tiers.distribution[size_t(Tier::Regular)].customers, qint64(5));

        LifecycleRequest lifecycle = request.lifecycle;
        lifecycle.asOf = kAsOf;
        auto lifecycleAlone = runLifecycle(db, lifecycle);
        QVERIFY(lifecycleAlone);
        compareLifecycle(refreshed->lifecycle, lifecycleAlone.value());
        // prospect: C, P, Q; new: D (first order 12 days before D); active: A (first
        // purchase 214 days before D, 31 days since the last); churned: B (662 days).
        const std::array<qint64, kLifecycleStageCount> stages {3, 1, 1, 0, 1};
        QCOMPARE(refreshed->lifecycle.stageCounts, stages);

        CohortRequest cohorts = request.cohorts;
        cohorts.asOf = kAsOf;
        auto cohortsAlone = runCohorts(db, cohorts);
        QVERIFY(cohortsAlone);
        compareCohorts(refreshed->cohorts, cohortsAlone.value());
        // Cohorts 2023-03 (B), 2024-06 (A), 2024-12 (D).
        QCOMPARE(refreshed->cohorts.cohorts.size(), size_t(3));

        FunnelRequest funnel = request.funnel;
        funnel.lifecycle.asOf = kAsOf;
        auto funnelAlone = runFunnel(db, funnel);
        QVERIFY(funnelAlone);
        compareFunnel(refreshed->funnel, funnelAlone.value());
        // acquired A B D; repeat (>= 2 orders before D): A only; not churned and active: A.
        QCOMPARE(refreshed->funnel.steps[0].customers, qint64(3));
        QCOMPARE(refreshed->funnel.steps[1].customers, qint64(1));
        QCOMPARE(refreshed->funnel.steps[3].customers, qint64(1));
    }
}

void TestRefresh::shouldScanTheSameInParallelAndThroughQtSql()
{
    Crm::Test::TestWorkspace workspace;
    QVERIFY(workspace.isValid());
    const int customers = 9000;  // above the 256 customers per range that make a split worth it
    QVERIFY(Crm::Test::insertOrders(workspace.path(), manyOrders(customers)));
    std::vector<CustomerFixture> table;
    for (int c = 0; c < customers; c += 2) {  // every other one, so some have orders only
        table.push_back({QStringLiteral("K%1").arg(c, 6, 10, QLatin1Char('0'))});
    }
    table.push_back({QStringLiteral("Z-prospect")});
    QVERIFY(Crm::Test::insertCustomers(workspace.path(), table));
    auto connection = workspace.workspace().connect();
    QVERIFY(connection);
    PurchaseHistoryRequest request;
    request.asOf = QDate(2024, 6, 1);
    request.threads = 1;
    auto one = loadPurchaseHistory(connection->database(), request);
    QVERIFY(one);
    request.threads = 3;
    auto three = loadPurchaseHistory(connection->database(), request);
    QVERIFY(three);
    QVERIFY(sameHistories(one.value(), three.value()));
    request.viaQtSql = true;
    auto qt = loadPurchaseHistory(connection->database(), request);
    QVERIFY(qt);
    QVERIFY(sameHistories(one.value(), qt.value()));
    QCOMPARE(one->back().customerId, QStringLiteral("Z-prospect"));
    // The lower date bound keeps the old prospect rule.
    request.viaQtSql = false;
    request.from = QDate(2023, 1, 1);
    auto from = loadPurchaseHistory(connection->database(), request);
    QVERIFY(from);
    for (const CustomerHistory &history : from.value()) {
        for (const PurchaseDay &day : history.days) {
            QVERIFY(day.julianDay >= QDate(2023, 1, 1).toJulianDay());
        }
    }

    RefreshRequest refresh;
    refresh.asOf = request.asOf;
    refresh.threads = 2;
    auto refreshed = runRefresh(connection->database(), refresh);
    QVERIFY(refreshed);
    QCOMPARE(refreshed->threads, 2);
    auto lifecycle = analyzeLifecycle(one.value(), [&] {
        LifecycleRequest r;
        r.asOf = request.asOf;
        return r;
    }());
    compareLifecycle(refreshed->lifecycle, lifecycle);
    RfmRequest rfm;
    rfm.asOf = request.asOf;
    auto rfmAlone = runRfm(connection->database(), rfm);
    QVERIFY(rfmAlone);
    compareRfm(refreshed->rfm, rfmAlone.value());
}

void TestRefresh::shouldRefuseAnEmptyWorkspace()
{
    Crm::Test::TestWorkspace workspace;
    QVERIFY(workspace.isValid());
    auto connection = workspace.workspace().connect();
    QVERIFY(connection);
    RefreshRequest request;
    request.asOf = kAsOf;
    auto refreshed = runRefresh(connection->database(), request);
    QVERIFY(!refreshed);
    QCOMPARE(refreshed.error().code, Error::Code::BadInput);
    QVERIFY(refreshed.error().message.contains(QStringLiteral("import orders first")));
    request.asOf = QDate();
    auto noDate = runRefresh(connection->database(), request);
    QVERIFY(!noDate);
    QCOMPARE(noDate.error().code, Error::Code::BadUsage);
}

void TestRefresh::shouldRejectALaterTierComparison()
{
    RefreshRequest request;
    request.asOf = kAsOf;
    request.tiers.compareTo = kAsOf.addDays(1);
    auto refreshed = analyzeRefresh({}, request);
    QVERIFY(!refreshed);
    QCOMPARE(refreshed.error().code, Error::Code::BadUsage);
}

void TestRefresh::shouldPrintOneLinePerPartOnTheCommandLine()
{
    Crm::Test::TestWorkspace workspace;
    QVERIFY(workspace.isValid());
    const QStringList arguments {QStringLiteral("analyze"), QStringLiteral("refresh"),   QStringLiteral("--db"),
                                 workspace.path(),          QStringLiteral("--threads"), QStringLiteral("2")};
    const auto empty = Crm::Test::runProgram(QStringLiteral(CRMWB_PATH), arguments);
    QCOMPARE(empty.exitCode, 2);
    QVERIFY2(empty.err.contains(QStringLiteral("import orders first")), qPrintable(empty.err));
    QVERIFY(empty.out.isEmpty());

    QVERIFY(Crm::Test::insertOrders(workspace.path(), fixtureOrders()));
    QVERIFY(Crm::Test::insertCustomers(workspace.path(), fixtureCustomers()));
    const auto run = Crm::Test::runProgram(
        QStringLiteral(CRMWB_PATH), arguments + QStringList {QStringLiteral("--as-of"), QStringLiteral("2025-01-01")});
    QCOMPARE(run.exitCode, 0);
    QStringList lines = run.out.trimmed().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 9);
    QCOMPARE(lines.takeFirst(), QStringLiteral("part,seconds,customers,summary"));
    // Seconds vary from run to run: compare the other columns.
    QStringList rest;
    for (const QString &line : lines) {
        QStringList fields = line.split(QLatin1Char(','));
        fields.removeAt(1);
        rest << fields.join(QLatin1Char(','));
    }
    const QStringList expected {
        QStringLiteral("scan,6,customer_days=7;threads=2"),
        QStringLiteral("tiers,6,Regular=5;Silver=1;Gold=0;Diamond=0"),
        QStringLiteral("lifecycle,6,prospect=3;new=1;active=1;dormant=0;churned=1"),
        QStringLiteral("cohorts,3,cohorts=3"),
        QStringLiteral("funnel,3,acquired=3;repeat=1;not_churned=1;active=1"),
        QStringLiteral("analyses,6,"),
        QStringLiteral("total,6,"),
    };
    // The rfm line names every segment of the default grid with the three scored customers
    // (A, B, D) among them, and C as unscored.
    const QString rfm = rest.takeAt(1);
    QVERIFY2(rfm.startsWith(QStringLiteral("rfm,3,Hibernating=")) && rfm.endsWith(QStringLiteral(";unscored=1")),
             qPrintable(rfm));
    qint64 scored = 0;
    const QStringList segments = rfm.section(QLatin1Char(','), 2).split(QLatin1Char(';'));
    QCOMPARE(segments.size(), 11);
    for (const QString &segment : segments.mid(0, 10)) {
        scored += segment.section(QLatin1Char('='), 1).toLongLong();
    }
    QCOMPARE(scored, qint64(3));
    QCOMPARE(rest, expected);
}

QTEST_GUILESS_MAIN(TestRefresh)
#include "tst_refresh.moc"
