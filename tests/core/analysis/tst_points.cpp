#include "analysis/points/points.h"
#include "orderfixtures.h"
#include "programrun.h"
#include "testworkspace.h"

#include <QTest>

using namespace Crm::Core;
using namespace Crm::Core::Analysis;

namespace {

const QDate kAsOf(2025, 1, 1);

// D = 2025-01-01, spend window [2024-01-01, D). By hand:
//   G  Gold: 6,000.00 + 100.00 in the window; earned 6000 + 100, redeemed 2000; balance
//      4100 = its ledger
//   S  Silver: 1,500.00 less a 500.00 return = 1,000.00; earned 1500 - 500 (the return takes
//      points back); balance 1200, 200 more than its ledger
//   R  Regular: 200.00 in the window (500.00 in 2022 lies before it); earned 500 + 200,
//      redeemed 500; no balance
//   N  Regular prospect holding an opening balance of 300 that no order explains
//   Z  Regular: an order without points
//   F  an order after D only, and no customers row: not counted at all
QStringList fixtureSql()
{
    const QString order = QStringLiteral(
        "INSERT INTO orders (order_id, customer_id, ordered_at, amount_minor, points_earned, points_redeemed, status) "
        "VALUES ('%1', '%2', '%3', %4, %5, %6, '%7')");
    return {
        QStringLiteral("INSERT INTO customers (customer_id, points_balance) VALUES ('G', 4100), ('S', 1200), "
                       "('R', NULL), ('N', 300), ('Z', NULL)"),
        order.arg(QStringLiteral("1"), QStringLiteral("G"), QStringLiteral("2024-03-01T10:00:00"))
            .arg(600000)
            .arg(6000)
            .arg(0)
            .arg(QStringLiteral("purchase")),
        order.arg(QStringLiteral("2"), QStringLiteral("G"), QStringLiteral("2024-10-01T10:00:00"))
            .arg(10000)
            .arg(100)
            .arg(2000)
            .arg(QStringLiteral("purchase")),
        order.arg(QStringLiteral("3"), QStringLiteral("S"), QStringLiteral("2024-05-01T10:00:00"))
            .arg(150000)
            .arg(1500)
            .arg(0)
            .arg(QStringLiteral("purchase")),
        order.arg(QStringLiteral("4"), QStringLiteral("S"), QStringLiteral("2024-05-10T10:00:00"))
            .arg(-50000)
            .arg(-500)
            .arg(0)
            .arg(QStringLiteral("return")),
        order.arg(QStringLiteral("5"), QStringLiteral("R"), QStringLiteral("2022-01-01T10:00:00"))
            .arg(50000)
            .arg(500)
            .arg(0)
            .arg(QStringLiteral("purchase")),
        order.arg(QStringLiteral("6"), QStringLiteral("R"), QStringLiteral("2024-12-31T23:59:59"))
            .arg(20000)
            .arg(200)
            .arg(500)
            .arg(QStringLiteral("purchase")),
        QStringLiteral("INSERT INTO orders (order_id, customer_id, ordered_at, amount_minor, status) "
                       "VALUES ('7', 'Z', '2024-06-01T10:00:00', 30000, 'purchase')"),
        order.arg(QStringLiteral("8"), QStringLiteral("F"), QStringLiteral("2025-01-05T10:00:00"))
            .arg(99900)
            .arg(999)
            .arg(0)
            .arg(QStringLiteral("purchase")),
    };
}

}  // namespace

class TestPoints final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void shouldSumTheLedgerByTier();
    void shouldCountEarnedAndRedeemedFromAStartDay();
    void shouldSayWhenNothingRecordsPoints();
    void shouldPrintTheCsvContract();
    void shouldRefuseAWorkspaceWithoutPointsOnTheCommandLine();

private:
    Crm::Test::TestWorkspace m_workspace;
};

void TestPoints::initTestCase()
{
    QVERIFY(m_workspace.isValid());
    QVERIFY(Crm::Test::execRaw(m_workspace.path(), fixtureSql()));
}

void TestPoints::shouldSumTheLedgerByTier()
{
    auto connection = m_workspace.workspace().connect();
    QVERIFY(connection);
    PointsRequest request;
    request.asOf = kAsOf;
    auto result = runPoints(connection->database(), request);
    QVERIFY(result);
    QVERIFY(result->recordsPoints);
    const PointsRow &regular = result->tiers[size_t(Tier::Regular)];
    const PointsRow &silver = result->tiers[size_t(Tier::Silver)];
    const PointsRow &gold = result->tiers[size_t(Tier::Gold)];
    const PointsRow &diamond = result->tiers[size_t(Tier::Diamond)];
    QCOMPARE(regular.customers, qint64(3));
    QCOMPARE(regular.earned, qint64(700));
    QCOMPARE(regular.redeemed, qint64(500));
    QCOMPARE(regular.outstanding, qint64(200));
    QCOMPARE(*regular.redemptionRate, 500.0 / 700.0);
    QCOMPARE(regular.balance, qint64(300));
    QCOMPARE(silver.customers, qint64(1));
    QCOMPARE(silver.earned, qint64(1000));
    QCOMPARE(silver.redeemed, qint64(0));
    QCOMPARE(silver.outstanding, qint64(1000));
    QCOMPARE(*silver.redemptionRate, 0.0);
    QCOMPARE(silver.balance, qint64(1200));
    QCOMPARE(gold.customers, qint64(1));
    QCOMPARE(gold.earned, qint64(6100));
    QCOMPARE(gold.redeemed, qint64(2000));
    QCOMPARE(gold.outstanding, qint64(4100));
    QCOMPARE(*gold.redemptionRate, 2000.0 / 6100.0);
    QCOMPARE(diamond.customers, qint64(0));
    QVERIFY(!diamond.redemptionRate);
    QCOMPARE(result->total.customers, qint64(5));
    QCOMPARE(result->total.earned, qint64(7800));
    QCOMPARE(result->total.redeemed, qint64(2500));
    QCOMPARE(result->total.outstanding, qint64(5300));
    QCOMPARE(*result->total.redemptionRate, 2500.0 / 7800.0);
    QCOMPARE(result->total.balance, qint64(5600));
    QCOMPARE(result->total.balanceHolders, qint64(3));
    QCOMPARE(result->total.positiveBalance, qint64(5600));
    // S (+200) and N (+300) hold more than their ledger says; G matches; R has no balance.
    QCOMPARE(result->unreconciledCustomers, qint64(2));
    QCOMPARE(result->unreconciledPoints, qint64(500));
}

void TestPoints::shouldCountEarnedAndRedeemedFromAStartDay()
{
    auto connection = m_workspace.workspace().connect();
    QVERIFY(connection);
    PointsRequest request;
    request.asOf = kAsOf;
    request.from = QDate(2024, 6, 1);
    auto result = runPoints(connection->database(), request);
    QVERIFY(result);
    const PointsRow &gold = result->tiers[size_t(Tier::Gold)];
    QCOMPARE(gold.earned, qint64(100));
    QCOMPARE(gold.redeemed, qint64(2000));
    QCOMPARE(*gold.redemptionRate, 20.0);
    QCOMPARE(gold.outstanding, qint64(4100));  // the balance still counts the whole ledger
    QVERIFY(!result->tiers[size_t(Tier::Silver)].redemptionRate);  // nothing earned since June
    QCOMPARE(result->total.earned, qint64(300));
    QCOMPARE(result->total.redeemed, qint64(2500));
    QCOMPARE(result->total.outstanding, qint64(5300));

    request.from = kAsOf;
    auto empty = runPoints(connection->database(), request);
    QVERIFY(!empty);
    QCOMPARE(empty.error().code, Error::Code::BadUsage);
}

void TestPoints::shouldSayWhenNothingRecordsPoints()
{
    Crm::Test::TestWorkspace workspace;
    QVERIFY(workspace.isValid());
    auto connection = workspace.workspace().connect();
    QVERIFY(connection);
    PointsRequest request;
    request.asOf = kAsOf;
    auto nothing = runPoints(connection->database(), request);
    QVERIFY(nothing);
    QVERIFY(!nothing->recordsPoints);
    QCOMPARE(nothing->total.customers, qint64(0));
    QCOMPARE(nothing->total.outstanding, qint64(0));
    QVERIFY(!nothing->total.redemptionRate);

    QVERIFY(Crm::Test::insertOrders(workspace.path(), {{QStringLiteral("A"), QStringLiteral("2024-01-01"), 1000}}));
    auto noPoints = runPoints(connection->database(), request);
    QVERIFY(noPoints);
    QVERIFY(!noPoints->recordsPoints);
    QCOMPARE(noPoints->total.customers, qint64(1));
}

void TestPoints::shouldPrintTheCsvContract()
{
    const auto run
        = Crm::Test::runProgram(QStringLiteral(CRMWB_PATH),
                                {QStringLiteral("analyze"), QStringLiteral("points"), QStringLiteral("--db"),
                                 m_workspace.path(), QStringLiteral("--as-of"), QStringLiteral("2025-01-01")});
    QCOMPARE(run.exitCode, 0);
    const QStringList lines = run.out.trimmed().split(QLatin1Char('\n'));
    const QStringList expected {
        QStringLiteral(
            "tier,customers,points_earned,points_redeemed,points_outstanding,redemption_rate,points_balance"),
        QStringLiteral("Regular,3,700,500,200,0.714285714286,300"),
        QStringLiteral("Silver,1,1000,0,1000,0,1200"),
        QStringLiteral("Gold,1,6100,2000,4100,0.327868852459,4100"),
        QStringLiteral("Diamond,0,0,0,0,,0"),
        QStringLiteral("All,5,7800,2500,5300,0.320512820513,5600"),
    };
    QCOMPARE(lines, expected);
}

void TestPoints::shouldRefuseAWorkspaceWithoutPointsOnTheCommandLine()
{
    Crm::Test::TestWorkspace workspace;
    QVERIFY(workspace.isValid());
    QVERIFY(Crm::Test::insertOrders(workspace.path(), {{QStringLiteral("A"), QStringLiteral("2024-01-01"), 1000}}));
    const auto run = Crm::Test::runProgram(
        QStringLiteral(CRMWB_PATH),
        {QStringLiteral("analyze"), QStringLiteral("points"), QStringLiteral("--db"), workspace.path()});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QStringLiteral("records no points")), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
}

QTEST_GUILESS_MAIN(TestPoints)
#include "tst_points.moc"
