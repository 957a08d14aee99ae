#include "analysis/funnel/funnel.h"
#include "analysisfixtures_b.h"
#include "testworkspace.h"

#include <QTest>

using namespace Crm::Core::Analysis;
using Crm::Test::FixtureOrder;

namespace {

const QDate kAsOf(2025, 7, 1);

QList<FixtureOrder> ordersOf(const QString &id, const QList<int> &daysBefore)
{
    QList<FixtureOrder> orders;
    for (const int days : daysBefore) {
        orders.append({id, kAsOf.addDays(-days), 10000});
    }
    return orders;
}

// Hand-classified at D and at D - 90 (purchase days given as days before D):
//   P  no order                    prospect -> prospect
//   A  30                          prospect -> new
//   B  20, 20 (two orders a day)   prospect -> new       (2 orders: repeat)
//   C  500, 400, 300               dormant  -> dormant   (cycle 100; recency 210 / 300 > 200)
//   E  1000, 990, 980              churned  -> churned   (cycle 10; recency > 365)
//   F  200, 150, 100, 40           active   -> active    (cycle 50; recency 10 / 40)
//   G  500                         churned  -> churned   (population cycle 50; recency 410 / 500 > 365)
//   H  300, 250, 200, 60           dormant  -> active    (cycle 50; recency 110 > 100, then 60)
//   I  120, 100, 80                new      -> dormant   (at D - 90 only 120 and 100 are seen: first
//                                                         order 30 days earlier; at D cycle 20, recency 80 > 60)
// Population cycles: at D median(100, 10, 50, 50, 20) = 50; at D - 90 median(100, 10, 50, 50) = 50.
QList<FixtureOrder> funnelOrders()
{
    QList<FixtureOrder> orders;
    orders << ordersOf(QStringLiteral("A"), {30}) << ordersOf(QStringLiteral("B"), {20, 20})
           << ordersOf(QStringLiteral("C"), {500, 400, 300}) << ordersOf(QStringLiteral("E"), {1000, 990, 980})
           << ordersOf(QStringLiteral("F"), {200, 150, 100, 40}) << ordersOf(QStringLiteral("G"), {500})
           << ordersOf(QStringLiteral("H"), {300, 250, 200, 60}) << ordersOf(QStringLiteral("I"), {120, 100, 80});
    return orders;
}

FunnelRequest defaultRequest()
{
    FunnelRequest request;
    request.lifecycle.asOf = kAsOf;
    return request;
}

qint64 cell(const FunnelResult &result, LifecycleStage from, LifecycleStage to)
{
    return result.transitions[size_t(from)][size_t(to)];
}

}  // namespace

class TestFunnel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldCountNestedSteps_data();
    void shouldCountNestedSteps();
    void shouldBuildTransitionMatrixFromDataBeforeEachDate();
    void shouldLoadTheWorkspaceLikeThePureFunction();
    void shouldNotCountReturnsAsRepeatOrders();
    void shouldLeaveRatesEmptyWithoutCustomers();
};

void TestFunnel::shouldCountNestedSteps_data()
{
    QTest::addColumn<int>("step");
    QTest::addColumn<QString>("name");
    QTest::addColumn<qint64>("customers");
    QTest::addColumn<double>("pctOfPrevious");
    QTest::addColumn<double>("pctOfFirst");
    // acquired: A B C E F G H I = 8; repeat: B C E F H I = 6; not churned: B C F H I = 5;
    // active (new or active): B F H = 3.
    QTest::newRow("acquired") << 0 << "acquired" << qint64(8) << 1.0 << 1.0;
    QTest::newRow("repeat") << 1 << "repeat" << qint64(6) << 6.0 / 8.0 << 6.0 / 8.0;
    QTest::newRow("not churned") << 2 << "not_churned" << qint64(5) << 5.0 / 6.0 << 5.0 / 8.0;
    QTest::newRow("active") << 3 << "active" << qint64(3) << 3.0 / 5.0 << 3.0 / 8.0;
}

void TestFunnel::shouldCountNestedSteps()
{
    QFETCH(int, step);
    QFETCH(QString, name);
    QFETCH(qint64, customers);
    QFETCH(double, pctOfPrevious);
    QFETCH(double, pctOfFirst);
    const FunnelResult result
        = analyzeFunnel(Crm::Test::fixtureHistories(funnelOrders(), {QStringLiteral("P")}), defaultRequest());
    QCOMPARE(result.steps.size(), size_t(4));
    const FunnelStep &s = result.steps[size_t(step)];
    QCOMPARE(s.name, name);
    QCOMPARE(s.customers, customers);
    QCOMPARE(s.pctOfPrevious.value_or(-1), pctOfPrevious);
    QCOMPARE(s.pctOfFirst.value_or(-1), pctOfFirst);
}

void TestFunnel::shouldBuildTransitionMatrixFromDataBeforeEachDate()
{
    using S = LifecycleStage;
    const FunnelResult result
        = analyzeFunnel(Crm::Test::fixtureHistories(funnelOrders(), {QStringLiteral("P")}), defaultRequest());
    QCOMPARE(result.transitionFrom, kAsOf.addDays(-90));
    QCOMPARE(cell(result, S::Prospect, S::Prospect), qint64(1));
    QCOMPARE(cell(result, S::Prospect, S::New), qint64(2));
    QCOMPARE(cell(result, S::New, S::Dormant), qint64(1));
    QCOMPARE(cell(result, S::Active, S::Active), qint64(1));
    QCOMPARE(cell(result, S::Dormant, S::Dormant), qint64(1));
    QCOMPARE(cell(result, S::Dormant, S::Active), qint64(1));
    QCOMPARE(cell(result, S::Churned, S::Churned), qint64(2));
    qint64 total = 0;
    for (const auto &row : result.transitions) {
        for (const qint64 count : row) {
            total += count;
        }
    }
    QCOMPARE(total, qint64(9));  // nobody else anywhere
}

void TestFunnel::shouldLoadTheWorkspaceLikeThePureFunction()
{
    Crm::Test::TestWorkspace workspace;
    QVERIFY(workspace.isValid());
    QVERIFY(Crm::Test::insertFixtureOrders(workspace.path(), funnelOrders()));
    QVERIFY(Crm::Test::insertFixtureCustomers(workspace.path(), {QStringLiteral("P"), QStringLiteral("A")}));
    auto connection = workspace.workspace().connect();
    QVERIFY(connection);
    auto result = runFunnel(connection->database(), defaultRequest());
    QVERIFY(result);
    const FunnelResult expected
        = analyzeFunnel(Crm::Test::fixtureHistories(funnelOrders(), {QStringLiteral("P")}), defaultRequest());
    for (size_t i = 0; i < expected.steps.size(); ++i) {
        QCOMPARE(result->steps[i].customers, expected.steps[i].customers);
    }
    QCOMPARE(result->transitions, expected.transitions);
}

void TestFunnel::shouldNotCountReturnsAsRepeatOrders()
{
    // One purchase and its return: acquired, but not a repeat customer
    const QList<FixtureOrder> orders {{QStringLiteral("R"), kAsOf.addDays(-40), 10000},
                                      {QStringLiteral("R"), kAsOf.addDays(-35), -10000}};
    const FunnelResult result = analyzeFunnel(Crm::Test::fixtureHistories(orders), defaultRequest());
    QCOMPARE(result.steps[0].customers, qint64(1));
    QCOMPARE(result.steps[1].customers, qint64(0));
    QCOMPARE(result.steps[2].pctOfPrevious.has_value(), false);
}

void TestFunnel::shouldLeaveRatesEmptyWithoutCustomers()
{
    const FunnelResult result = analyzeFunnel({}, defaultRequest());
    QCOMPARE(result.steps.size(), size_t(4));
    for (const FunnelStep &step : result.steps) {
        QCOMPARE(step.customers, qint64(0));
        QCOMPARE(step.pctOfFirst.has_value(), false);
    }
}

QTEST_GUILESS_MAIN(TestFunnel)
#include "tst_funnel.moc"
