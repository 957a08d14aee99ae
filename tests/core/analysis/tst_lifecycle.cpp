#include "analysis/lifecycle/lifecycle.h"
#include "analysisfixtures_b.h"
#include "store/connection.h"
#include "testworkspace.h"

#include <QTest>

using namespace Crm::Core::Analysis;
using Crm::Test::FixtureOrder;

namespace {

const QDate kAsOf(2025, 7, 1);

QDate daysBefore(int days)
{
    return kAsOf.addDays(-days);
}

// One customer "C" with purchases (and returns) the given numbers of days before D; a
// number given twice is two orders on one day. Purchases are 100.00, returns -10.00.
QList<FixtureOrder> ordersOf(const QString &id, const QList<int> &purchases, const QList<int> &returns = {},
                             Crm::Core::MoneyMinor amount = 10000)
{
    QList<FixtureOrder> orders;
    for (const int days : purchases) {
        orders.append({id, daysBefore(days), amount});
    }
    for (const int days : returns) {
        orders.append({id, daysBefore(days), -1000});
    }
    return orders;
}

LifecycleRequest defaultRequest()
{
    LifecycleRequest request;
    request.asOf = kAsOf;
    return request;
}

const CustomerLifecycle *find(const LifecycleResult &result, const QString &id)
{
    for (const CustomerLifecycle &customer : result.customers) {
        if (customer.customerId == id) {
            return &customer;
        }
    }
    return nullptr;
}

}  // namespace

class TestLifecycle final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldClassifyOneCustomer_data();
    void shouldClassifyOneCustomer();
    void shouldFallBackToMedianCycleOfCustomersWithThreePurchaseDays();
    void shouldRankDormantCustomersByTheirLastYearsSpend();
    void shouldClassifyByPAliveWhenGiven_data();
    void shouldClassifyByPAliveWhenGiven();
    void shouldHonourEditedThresholds();
    void shouldLoadTheWorkspaceLikeThePureFunction();
    void shouldAnswerAnEmptyWorkspace();
};

void TestLifecycle::shouldClassifyOneCustomer_data()
{
    QTest::addColumn<QList<int>>("purchases");  // days before D
    QTest::addColumn<QList<int>>("returns");
    QTest::addColumn<QString>("stage");
    QTest::addColumn<int>("recency");  // -1: none
    QTest::addColumn<double>("cycle");  // -1: none
    QTest::addColumn<QString>("source");
    QTest::addColumn<double>("dormantAfter");
    QTest::addColumn<double>("churnedAfter");

    // A lone customer with fewer than 3 purchase days gets the default population cycle of 90
    // days (nobody has 3): dormant after max(60, 180) = 180, churned after max(365, 360) = 365.
    QTest::newRow("no order: prospect") << QList<int> {} << QList<int> {} << "prospect" << -1 << -1.0 << "" << -1.0
                                        << -1.0;
    QTest::newRow("only a return: prospect")
        << QList<int> {} << QList<int> {30} << "prospect" << -1 << -1.0 << "" << -1.0 << -1.0;
    QTest::newRow("first order exactly 90 days before D: new")
        << QList<int> {90} << QList<int> {} << "new" << 90 << -1.0 << "" << -1.0 << -1.0;
    QTest::newRow("first order 91 days before D: population cycle")
        << QList<int> {91} << QList<int> {} << "active" << 91 << 90.0 << "population" << 180.0 << 365.0;
    QTest::newRow("2 purchase days: population cycle")
        << QList<int> {200, 150} << QList<int> {} << "active" << 150 << 90.0 << "population" << 180.0 << 365.0;
    // Gaps 20, 40: median 30; dormant after max(60, 60) = 60.
    QTest::newRow("3 purchase days: personal cycle")
        << QList<int> {200, 180, 140} << QList<int> {} << "dormant" << 140 << 30.0 << "personal" << 60.0 << 365.0;
    QTest::newRow("same-day orders are one purchase day")
        << QList<int> {300, 300, 250} << QList<int> {} << "dormant" << 250 << 90.0 << "population" << 180.0 << 365.0;
    // Gaps 10, 20, 40, 100: median (20 + 40) / 2 = 30.
    QTest::newRow("even number of gaps") << QList<int> {300, 290, 270, 230, 130} << QList<int> {} << "dormant" << 130
                                         << 30.0 << "personal" << 60.0 << 365.0;
    // Gaps 50, 41, 50, 49: median (49 + 50) / 2 = 49.5; dormant after 99.
    QTest::newRow("half-day median") << QList<int> {300, 250, 209, 159, 110} << QList<int> {} << "dormant" << 110
                                     << 49.5 << "personal" << 99.0 << 365.0;
    // Cycle 50: dormant after max(60, 100) = 100, churned after max(365, 200) = 365.
    QTest::newRow("recency exactly at the dormant threshold: active")
        << QList<int> {200, 150, 100} << QList<int> {} << "active" << 100 << 50.0 << "personal" << 100.0 << 365.0;
    QTest::newRow("one day past the dormant threshold")
        << QList<int> {201, 151, 101} << QList<int> {} << "dormant" << 101 << 50.0 << "personal" << 100.0 << 365.0;
    QTest::newRow("recency exactly at the churn floor: dormant")
        << QList<int> {465, 415, 365} << QList<int> {} << "dormant" << 365 << 50.0 << "personal" << 100.0 << 365.0;
    QTest::newRow("one day past the churn floor")
        << QList<int> {466, 416, 366} << QList<int> {} << "churned" << 366 << 50.0 << "personal" << 100.0 << 365.0;
    // Cycle 100: dormant after 200, churned after max(365, 400) = 400.
    QTest::newRow("exactly 4 cycles: dormant")
        << QList<int> {600, 500, 400} << QList<int> {} << "dormant" << 400 << 100.0 << "personal" << 200.0 << 400.0;
    QTest::newRow("past 4 cycles: churned")
        << QList<int> {601, 501, 401} << QList<int> {} << "churned" << 401 << 100.0 << "personal" << 200.0 << 400.0;
    QTest::newRow("a later return is no purchase")
        << QList<int> {300, 200, 100} << QList<int> {10} << "active" << 100 << 100.0 << "personal" << 200.0 << 400.0;
}

void TestLifecycle::shouldClassifyOneCustomer()
{
    QFETCH(QList<int>, purchases);
    QFETCH(QList<int>, returns);
    QFETCH(QString, stage);
    QFETCH(int, recency);
    QFETCH(double, cycle);
    QFETCH(QString, source);
    QFETCH(double, dormantAfter);
    QFETCH(double, churnedAfter);
    // Given one customer (as a prospect when there are no orders at all)
    const auto histories
        = Crm::Test::fixtureHistories(ordersOf(QStringLiteral("C"), purchases, returns), {QStringLiteral("C")});
    // When
    const LifecycleResult result = analyzeLifecycle(histories, defaultRequest());
    // Then
    QCOMPARE(result.customers.size(), size_t(1));
    const CustomerLifecycle &c = result.customers.front();
    QCOMPARE(lifecycleStageName(c.stage), stage);
    QCOMPARE(c.recencyDays.value_or(-1), qint64(recency));
    QCOMPARE(c.cycleDays.value_or(-1), cycle);
    QCOMPARE(cycleSourceName(c.cycleSource), source);
    QCOMPARE(c.dormantAfterDays.value_or(-1), dormantAfter);
    QCOMPARE(c.churnedAfterDays.value_or(-1), churnedAfter);
    QCOMPARE(result.stageCounts[size_t(c.stage)], qint64(1));
}

void TestLifecycle::shouldFallBackToMedianCycleOfCustomersWithThreePurchaseDays()
{
    // Given personal cycles 10, 30, 50, 20 (median 25), a new customer with 4 purchase days
    // (cycle 5, counted too: "all customers with 3 or more"), and X with 2 purchase days
    QList<FixtureOrder> orders;
    orders << ordersOf(QStringLiteral("A"), {100, 90, 80}) << ordersOf(QStringLiteral("B"), {300, 270, 240})
           << ordersOf(QStringLiteral("C"), {500, 450, 400}) << ordersOf(QStringLiteral("D"), {160, 140, 120})
           << ordersOf(QStringLiteral("N"), {20, 15, 10, 5}) << ordersOf(QStringLiteral("X"), {400, 300});
    // When
    const LifecycleResult result = analyzeLifecycle(Crm::Test::fixtureHistories(orders), defaultRequest());
    // Then the population cycle is the median of 5, 10, 20, 30, 50 = 20; X is dormant after
    // max(60, 40) = 60 and churned after max(365, 80) = 365: recency 300 is dormant
    QCOMPARE(result.populationCycleDays, 20.0);
    QCOMPARE(result.populationCycleIsDefault, false);
    QCOMPARE(result.customersWithPersonalCycle, qint64(4));  // N is new: its cycle is not "used"
    const CustomerLifecycle *x = find(result, QStringLiteral("X"));
    QVERIFY(x);
    QCOMPARE(x->cycleSource, CycleSource::Population);
    QCOMPARE(x->cycleDays.value_or(-1), 20.0);
    QCOMPARE(x->dormantAfterDays.value_or(-1), 60.0);
    QCOMPARE(x->stage, LifecycleStage::Dormant);
    QCOMPARE(find(result, QStringLiteral("N"))->stage, LifecycleStage::New);
    // And without customers of 3 purchase days the default of 90 days applies
    const LifecycleResult lone
        = analyzeLifecycle(Crm::Test::fixtureHistories(ordersOf(QStringLiteral("X"), {400, 300})), defaultRequest());
    QCOMPARE(lone.populationCycleDays, 90.0);
    QCOMPARE(lone.populationCycleIsDefault, true);
}

void TestLifecycle::shouldRankDormantCustomersByTheirLastYearsSpend()
{
    // Given V1 whose last purchase L is 400 days before D, with purchases on L - 365 (outside
    // the 365 days ending with L), L - 364 (inside) and L, and a refund 5 days after L.
    // Gaps 1 and 364: cycle 182.5, dormant after 365, churned after 730: dormant.
    QList<FixtureOrder> orders {{QStringLiteral("V1"), daysBefore(765), 100000},
                                {QStringLiteral("V1"), daysBefore(764), 20000},
                                {QStringLiteral("V1"), daysBefore(400), 30000},
                                {QStringLiteral("V1"), daysBefore(395), -5000}};
    // V2 and V3 spent 300.00 each; V3 went quiet more recently. A is active and rich.
    orders << ordersOf(QStringLiteral("V2"), {300, 250, 200}) << ordersOf(QStringLiteral("V3"), {290, 240, 190})
           << ordersOf(QStringLiteral("A"), {30, 20, 10}, {}, 9000000);
    // When
    const LifecycleResult result = analyzeLifecycle(Crm::Test::fixtureHistories(orders), defaultRequest());
    // Then V1 is worth 200.00 + 300.00 - 50.00 = 450.00, then V3 (tie broken by the later
    // last purchase), then V2
    QCOMPARE(result.dormantRanking.size(), size_t(3));
    QStringList ranked;
    for (const qsizetype index : result.dormantRanking) {
        ranked << result.customers[size_t(index)].customerId;
    }
    QCOMPARE(ranked, (QStringList {QStringLiteral("V1"), QStringLiteral("V3"), QStringLiteral("V2")}));
    const CustomerLifecycle *v1 = find(result, QStringLiteral("V1"));
    QCOMPARE(v1->cycleDays.value_or(-1), 182.5);
    QCOMPARE(v1->valueBeforeQuiet, Crm::Core::MoneyMinor(45000));
    QCOMPARE(find(result, QStringLiteral("V2"))->valueBeforeQuiet, Crm::Core::MoneyMinor(30000));
    QCOMPARE(result.stageCounts[size_t(LifecycleStage::Dormant)], qint64(3));
}

void TestLifecycle::shouldClassifyByPAliveWhenGiven_data()
{
    QTest::addColumn<QString>("customer");
    QTest::addColumn<double>("pAlive");  // -1: not in the map
    QTest::addColumn<QString>("stage");
    QTest::addColumn<bool>("byPAlive");

    // R bought on 300, 200 and 100 days before D: by the cycle rule (cycle 100) active.
    QTest::newRow("0.05: churned") << "R" << 0.05 << "churned" << true;
    QTest::newRow("exactly 0.1: dormant") << "R" << 0.1 << "dormant" << true;
    QTest::newRow("0.3: dormant") << "R" << 0.3 << "dormant" << true;
    QTest::newRow("exactly 0.5: active") << "R" << 0.5 << "active" << true;
    QTest::newRow("not in the map: cycle rule") << "R" << -1.0 << "active" << false;
    QTest::newRow("new stays new") << "N" << 0.01 << "new" << false;
    QTest::newRow("prospect stays prospect") << "P" << 0.01 << "prospect" << false;
}

void TestLifecycle::shouldClassifyByPAliveWhenGiven()
{
    QFETCH(QString, customer);
    QFETCH(double, pAlive);
    QFETCH(QString, stage);
    QFETCH(bool, byPAlive);
    QList<FixtureOrder> orders = ordersOf(QStringLiteral("R"), {300, 200, 100});
    orders << ordersOf(QStringLiteral("N"), {10});
    const auto histories = Crm::Test::fixtureHistories(orders, {QStringLiteral("P")});
    LifecycleRequest request = defaultRequest();
    request.pAlive = PAliveRule {};
    if (pAlive >= 0) {
        request.pAlive->probabilities.insert(customer, pAlive);
    }
    const LifecycleResult result = analyzeLifecycle(histories, request);
    const CustomerLifecycle *c = find(result, customer);
    QVERIFY(c);
    QCOMPARE(lifecycleStageName(c->stage), stage);
    QCOMPARE(c->rule == StageRule::PAlive, byPAlive);
    QCOMPARE(c->pAlive.has_value(), byPAlive);
}

void TestLifecycle::shouldHonourEditedThresholds()
{
    // Given cycle 100, recency 150: active by default (dormant after 200)
    const auto histories = Crm::Test::fixtureHistories(ordersOf(QStringLiteral("C"), {350, 250, 150}));
    LifecycleRequest request = defaultRequest();
    QCOMPARE(analyzeLifecycle(histories, request).customers.front().stage, LifecycleStage::Active);
    // When the dormant factor is 1.4: dormant after max(60, 140) = 140
    request.dormantCycles = 1.4;
    QCOMPARE(analyzeLifecycle(histories, request).customers.front().stage, LifecycleStage::Dormant);
    // When the churn floor is 120 and the factor 1.0: churned after max(120, 100) = 120
    request.churnedMinDays = 120;
    request.churnedCycles = 1.0;
    const LifecycleResult churned = analyzeLifecycle(histories, request);
    QCOMPARE(churned.customers.front().stage, LifecycleStage::Churned);
    QCOMPARE(churned.customers.front().churnedAfterDays.value_or(-1), 120.0);
    // When "new" means a first purchase within 400 days
    request.newWithinDays = 400;
    QCOMPARE(analyzeLifecycle(histories, request).customers.front().stage, LifecycleStage::New);
    // When a personal cycle needs 4 purchase days: the population default (90) applies
    request = defaultRequest();
    request.minPurchaseDaysForCycle = 4;
    request.defaultCycleDays = 70;
    const LifecycleResult fallback = analyzeLifecycle(histories, request);
    QCOMPARE(fallback.customers.front().cycleSource, CycleSource::Population);
    QCOMPARE(fallback.customers.front().cycleDays.value_or(-1), 70.0);
    QCOMPARE(fallback.customers.front().stage, LifecycleStage::Dormant);  // 150 > max(60, 140)
}

void TestLifecycle::shouldLoadTheWorkspaceLikeThePureFunction()
{
    // Given a workspace with: a prospect, a customer with only a return, same-day orders, a
    // return, and orders on and after D that must not count
    Crm::Test::TestWorkspace workspace;
    QVERIFY(workspace.isValid());
    QList<FixtureOrder> orders = ordersOf(QStringLiteral("A"), {200, 180, 140});  // dormant (cycle 30)
    orders << ordersOf(QStringLiteral("B"), {300, 300, 250}, {249});  // population cycle
    orders << ordersOf(QStringLiteral("R"), {}, {30});  // only a return: prospect
    orders << FixtureOrder {QStringLiteral("A"), kAsOf, 50000}
           << FixtureOrder {QStringLiteral("F"), kAsOf.addDays(3), 100};
    QVERIFY(Crm::Test::insertFixtureOrders(workspace.path(), orders));
    QVERIFY(Crm::Test::insertFixtureCustomers(workspace.path(), {QStringLiteral("A"), QStringLiteral("P")}));
    auto connection = workspace.workspace().connect();
    QVERIFY(connection);
    // When
    auto result = runLifecycle(connection->database(), defaultRequest());
    // Then
    QVERIFY(result);
    QStringList stages;
    for (const CustomerLifecycle &c : result->customers) {
        stages << c.customerId + QLatin1Char('=') + lifecycleStageName(c.stage);
    }
    // Population cycle: only A has 3 purchase days (30). B: dormant after max(60, 60), recency 250.
    QCOMPARE(stages,
             (QStringList {QStringLiteral("A=dormant"), QStringLiteral("B=dormant"), QStringLiteral("P=prospect"),
                           QStringLiteral("R=prospect")}));
    QCOMPARE(result->populationCycleDays, 30.0);
    const CustomerLifecycle *a = find(result.value(), QStringLiteral("A"));
    QCOMPARE(a->recencyDays.value_or(-1), qint64(140));
    QCOMPARE(a->purchaseOrders, 3);
    const CustomerLifecycle *b = find(result.value(), QStringLiteral("B"));
    QCOMPARE(b->purchaseDays, 2);
    QCOMPARE(b->purchaseOrders, 3);
    QCOMPARE(b->valueBeforeQuiet, Crm::Core::MoneyMinor(3 * 10000 - 1000));
}

void TestLifecycle::shouldAnswerAnEmptyWorkspace()
{
    Crm::Test::TestWorkspace workspace;
    auto connection = workspace.workspace().connect();
    QVERIFY(connection);
    auto result = runLifecycle(connection->database(), defaultRequest());
    QVERIFY(result);
    QCOMPARE(result->customers.size(), size_t(0));
    QCOMPARE(result->populationCycleIsDefault, true);
    LifecycleRequest noDate;
    auto refused = runLifecycle(connection->database(), noDate);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, Crm::Core::Error::Code::BadUsage);
}

QTEST_GUILESS_MAIN(TestLifecycle)
#include "tst_lifecycle.moc"
