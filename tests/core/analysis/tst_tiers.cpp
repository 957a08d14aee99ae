#include "analysis/tiers/tiers.h"
#include "orderfixtures.h"
#include "testworkspace.h"

#include <QTest>

using namespace Crm::Core;
using namespace Crm::Core::Analysis;
using Crm::Test::CustomerFixture;
using Crm::Test::OrderFixture;

namespace {

Result<TierResult> tiersOf(const std::vector<OrderFixture> &orders, const std::vector<CustomerFixture> &customers,
                           const TierRequest &request)
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
    return runTiers(connection->database(), request);
}

const TierCustomer *findCustomer(const TierResult &result, const QString &id)
{
    for (const TierCustomer &customer : result.customers) {
        if (customer.customerId == id) {
            return &customer;
        }
    }
    return nullptr;
}

// D = 2025-01-01: the spend window is [2024-01-01, 2025-01-01); compare date 2024-07-01.
std::vector<OrderFixture> boundaryOrders()
{
    return {
        {QStringLiteral("AT_SILVER"), QStringLiteral("2024-09-01"), 100000},
        {QStringLiteral("BELOW_SILVER"), QStringLiteral("2024-09-01"), 99999},
        {QStringLiteral("AT_GOLD"), QStringLiteral("2024-09-01 23:59:59"), 500000},
        {QStringLiteral("BELOW_DIAMOND"), QStringLiteral("2024-09-01"), 1999999},
        {QStringLiteral("AT_DIAMOND"), QStringLiteral("2024-12-31 23:59:00"), 2000000},
        {QStringLiteral("WINDOW_START"), QStringLiteral("2024-01-01 00:00:00"), 100000},
        {QStringLiteral("BEFORE_WINDOW"), QStringLiteral("2023-12-31 23:59:59"), 5000000},
        {QStringLiteral("RETURNS"), QStringLiteral("2024-03-01"), 600000},
        {QStringLiteral("RETURNS"), QStringLiteral("2024-04-01"), -150000},
        {QStringLiteral("ON_D"), QStringLiteral("2025-01-01"), 9000000},
    };
}

}  // namespace

class TestTiers final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldClassifyAtThresholds_data();
    void shouldClassifyAtThresholds();
    void shouldCountOnlyTheTwelveMonthsBeforeD();
    void shouldReportDistribution();
    void shouldUseCustomThresholds();
    void shouldBuildMigrationMatrix();
    void shouldRankByPointsBalance();
    void shouldRejectBadRequests();
    void shouldHandleEmptyWorkspace();
};

void TestTiers::shouldClassifyAtThresholds_data()
{
    QTest::addColumn<qint64>("spend");
    QTest::addColumn<int>("tier");
    QTest::newRow("zero") << qint64(0) << int(Tier::Regular);
    QTest::newRow("negative (returns)") << qint64(-500) << int(Tier::Regular);
    QTest::newRow("999.99") << qint64(99999) << int(Tier::Regular);
    QTest::newRow("1000.00") << qint64(100000) << int(Tier::Silver);
    QTest::newRow("4999.99") << qint64(499999) << int(Tier::Silver);
    QTest::newRow("5000.00") << qint64(500000) << int(Tier::Gold);
    QTest::newRow("19999.99") << qint64(1999999) << int(Tier::Gold);
    QTest::newRow("20000.00") << qint64(2000000) << int(Tier::Diamond);
}

void TestTiers::shouldClassifyAtThresholds()
{
    QFETCH(qint64, spend);
    QFETCH(int, tier);
    QCOMPARE(int(tierFor(spend, TierRequest().spendThresholds)), tier);
}

void TestTiers::shouldCountOnlyTheTwelveMonthsBeforeD()
{
    TierRequest request;
    request.asOf = QDate(2025, 1, 1);
    const auto result = tiersOf(boundaryOrders(), {{QStringLiteral("PROSPECT")}}, request);
    QVERIFY(result);
    QCOMPARE(findCustomer(result.value(), QStringLiteral("WINDOW_START"))->spend, MoneyMinor(100000));  // first day in
    QCOMPARE(findCustomer(result.value(), QStringLiteral("BEFORE_WINDOW"))->spend, MoneyMinor(0));  // a day too early
    QCOMPARE(findCustomer(result.value(), QStringLiteral("BEFORE_WINDOW"))->tier, Tier::Regular);
    QCOMPARE(findCustomer(result.value(), QStringLiteral("AT_DIAMOND"))->tier, Tier::Diamond);  // last day in
    QVERIFY(!findCustomer(result.value(), QStringLiteral("ON_D")));  // no customer yet at D
    QCOMPARE(findCustomer(result.value(), QStringLiteral("RETURNS"))->spend, MoneyMinor(450000));
    QCOMPARE(findCustomer(result.value(), QStringLiteral("RETURNS"))->tier, Tier::Silver);
    QCOMPARE(findCustomer(result.value(), QStringLiteral("PROSPECT"))->tier, Tier::Regular);
    QCOMPARE(findCustomer(result.value(), QStringLiteral("BELOW_DIAMOND"))->tier, Tier::Gold);
}

void TestTiers::shouldReportDistribution()
{
    TierRequest request;
    request.asOf = QDate(2025, 1, 1);
    const auto result = tiersOf(boundaryOrders(), {{QStringLiteral("PROSPECT")}}, request);
    QVERIFY(result);
    // By hand: Regular BELOW_SILVER, BEFORE_WINDOW, PROSPECT; Silver AT_SILVER, WINDOW_START,
    // RETURNS; Gold AT_GOLD, BELOW_DIAMOND; Diamond AT_DIAMOND.
    const qint64 customers[] = {3, 3, 2, 1};
    const MoneyMinor revenue[] = {99999, 650000, 2499999, 2000000};
    QCOMPARE(result->customers.size(), size_t(9));
    for (int t = 0; t < kTierCount; ++t) {
        const TierDistributionRow &row = result->distribution[size_t(t)];
        QCOMPARE(row.tier, Tier(t));
        QCOMPARE(row.customers, customers[t]);
        QCOMPARE(row.share, double(customers[t]) / 9.0);
        QCOMPARE(row.revenue, revenue[t]);
    }
    QCOMPARE(tierName(Tier::Diamond), QStringLiteral("Diamond"));
}

void TestTiers::shouldUseCustomThresholds()
{
    TierRequest request;
    request.asOf = QDate(2025, 1, 1);
    request.spendThresholds = {99999, 450000, 500001};
    const auto result = tiersOf(boundaryOrders(), {}, request);
    QVERIFY(result);
    QCOMPARE(findCustomer(result.value(), QStringLiteral("BELOW_SILVER"))->tier, Tier::Silver);
    QCOMPARE(findCustomer(result.value(), QStringLiteral("RETURNS"))->tier, Tier::Gold);
    QCOMPARE(findCustomer(result.value(), QStringLiteral("AT_GOLD"))->tier, Tier::Gold);
    QCOMPARE(findCustomer(result.value(), QStringLiteral("BELOW_DIAMOND"))->tier, Tier::Diamond);
    // A shorter window: six months before D starts 2024-07-01.
    request.spendThresholds = TierRequest().spendThresholds;
    request.windowMonths = 6;
    const auto shorter = tiersOf(boundaryOrders(), {}, request);
    QVERIFY(shorter);
    QCOMPARE(findCustomer(shorter.value(), QStringLiteral("RETURNS"))->spend, MoneyMinor(0));
    QCOMPARE(findCustomer(shorter.value(), QStringLiteral("AT_GOLD"))->tier, Tier::Gold);
}

void TestTiers::shouldBuildMigrationMatrix()
{
    TierRequest request;
    request.asOf = QDate(2025, 1, 1);
    request.compareTo = QDate(2024, 7, 1);  // window [2023-07-01, 2024-07-01)
    const auto result = tiersOf(boundaryOrders(), {{QStringLiteral("PROSPECT")}}, request);
    QVERIFY(result);
    // By hand: before, WINDOW_START and RETURNS (450.00 net) are Silver, BEFORE_WINDOW Diamond,
    // everyone else Regular.
    std::array<std::array<qint64, kTierCount>, kTierCount> expected {};
    expected[0][0] = 2;  // BELOW_SILVER, PROSPECT
    expected[0][1] = 1;  // AT_SILVER
    expected[0][2] = 2;  // AT_GOLD, BELOW_DIAMOND
    expected[0][3] = 1;  // AT_DIAMOND
    expected[1][1] = 2;  // WINDOW_START, RETURNS
    expected[3][0] = 1;  // BEFORE_WINDOW
    QCOMPARE(result->migration, expected);
    QCOMPARE(result->movedUp, 4);
    QCOMPARE(result->movedDown, 1);
    QCOMPARE(result->unchanged, 4);
    const TierCustomer *lapsed = findCustomer(result.value(), QStringLiteral("BEFORE_WINDOW"));
    QCOMPARE(lapsed->previousSpend, MoneyMinor(5000000));
    QCOMPARE(lapsed->previousTier, Tier::Diamond);
}

void TestTiers::shouldRankByPointsBalance()
{
    TierRequest request;
    request.asOf = QDate(2025, 1, 1);
    request.rule = TierRule::Points;
    const std::vector<CustomerFixture> customers {
        {QStringLiteral("P0"), std::nullopt}, {QStringLiteral("P1"), 999},   {QStringLiteral("P2"), 1000},
        {QStringLiteral("P3"), 5000},         {QStringLiteral("P4"), 20000},
    };
    const auto result = tiersOf({{QStringLiteral("P1"), QStringLiteral("2024-05-05"), 3000000}}, customers, request);
    QVERIFY(result);
    QCOMPARE(findCustomer(result.value(), QStringLiteral("P0"))->tier, Tier::Regular);
    QCOMPARE(findCustomer(result.value(), QStringLiteral("P1"))->tier, Tier::Regular);  // big spender, few points
    QCOMPARE(findCustomer(result.value(), QStringLiteral("P2"))->tier, Tier::Silver);
    QCOMPARE(findCustomer(result.value(), QStringLiteral("P3"))->tier, Tier::Gold);
    QCOMPARE(findCustomer(result.value(), QStringLiteral("P4"))->tier, Tier::Diamond);
    QCOMPARE(result->distribution[0].revenue, MoneyMinor(3000000));
}

void TestTiers::shouldRejectBadRequests()
{
    TierRequest request;
    QCOMPARE(analyzeTiers({}, request).hasValue(), false);  // no as-of date
    request.asOf = QDate(2025, 1, 1);
    request.spendThresholds = {5, 4, 3};
    QCOMPARE(analyzeTiers({}, request).hasValue(), false);
    request.spendThresholds = TierRequest().spendThresholds;
    request.rule = TierRule::Points;
    request.compareTo = QDate(2024, 1, 1);
    QCOMPARE(analyzeTiers({}, request).error().code, Error::Code::BadUsage);
}

void TestTiers::shouldHandleEmptyWorkspace()
{
    TierRequest request;
    request.asOf = QDate(2025, 1, 1);
    const auto result = tiersOf({}, {}, request);
    QVERIFY(result);
    QCOMPARE(result->customers.size(), size_t(0));
    QCOMPARE(result->distribution[0].share, 0.0);
}

QTEST_GUILESS_MAIN(TestTiers)
#include "tst_tiers.moc"
