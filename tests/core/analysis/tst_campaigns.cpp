#include "analysis/campaigns/campaigns.h"
#include "analysisfixtures_b.h"
#include "store/demogenerator.h"
#include "testworkspace.h"

#include <QTest>

#include <cmath>

using namespace Crm::Core::Analysis;
using Crm::Core::MoneyMinor;
using Crm::Test::FixtureContact;
using Crm::Test::FixtureOrder;

namespace {

const QDate kAsOf(2025, 7, 1);
const QDate kContact = kAsOf.addDays(-60);  // day c of every contact of CMP-A

QDate c(int days)
{
    return kContact.addDays(days);
}

// Hand-computed fixture of campaign CMP-A (cost 100.00), all contacted on day c:
//   T1  bought c-300, c-250, c-200 (dormant at c: cycle 50, recency 200 > 100) and 100.00 on c
//       (the contact day counts): responds, reactivated
//   T2  50.00 on c+30, the last day of the 30-day window: responds
//   T3  dormant like T1, buys on c+31, one day late: no response
//   T4  bought on c-1 only (new at c): no response
//   T5  200.00 + 80.00 on c+10 (two orders), returns 50.00 on c+15, buys again on c+50
//       (repeat buyer, outside the window): responds with 230.00 net
//   T6  never bought
//   K1 (control) 40.00 on c+5: responds;  K2 buys on c+40: no;  K3 never bought;
//   K4 (control) bought 20.00 on c-10 and returned it on c+3: no response, revenue -20.00
// Treatment: 6 contacts, 3 responders, revenue 100 + 50 + 230 = 380.00 in 4 orders.
// Control: 4, 1 responder, revenue 40 - 20 = 20.00.
QList<FixtureOrder> campaignOrders()
{
    const QString t1 = QStringLiteral("T1"), t3 = QStringLiteral("T3");
    return {{t1, c(-300), 10000},
            {t1, c(-250), 10000},
            {t1, c(-200), 10000},
            {t1, c(0), 10000},
            {QStringLiteral("T2"), c(30), 5000},
            {t3, c(-300), 10000},
            {t3, c(-250), 10000},
            {t3, c(-200), 10000},
            {t3, c(31), 10000},
            {QStringLiteral("T4"), c(-1), 10000},
            {QStringLiteral("T5"), c(10), 20000},
            {QStringLiteral("T5"), c(10), 8000},
            {QStringLiteral("T5"), c(15), -5000},
            {QStringLiteral("T5"), c(50), 10000},
            {QStringLiteral("K1"), c(5), 4000},
            {QStringLiteral("K2"), c(40), 10000},
            {QStringLiteral("K4"), c(-10), 2000},
            {QStringLiteral("K4"), c(3), -2000}};
}

QList<FixtureContact> campaignContacts()
{
    QList<FixtureContact> contacts;
    for (const char *id : {"T1", "T2", "T3", "T4", "T5", "T6"}) {
        contacts.append({QStringLiteral("CMP-A"), QString::fromLatin1(id), kContact, false});
    }
    for (const char *id : {"K1", "K2", "K3", "K4"}) {
        contacts.append({QStringLiteral("CMP-A"), QString::fromLatin1(id), kContact, true});
    }
    // CMP-B: no control group and no cost. CMP-C: contacted after D, nothing to measure yet.
    contacts.append({QStringLiteral("CMP-B"), QStringLiteral("T1"), kContact, false});
    contacts.append({QStringLiteral("CMP-C"), QStringLiteral("T1"), kAsOf.addDays(1), false});
    return contacts;
}

std::vector<CampaignInfo> campaignInfos()
{
    return {{QStringLiteral("CMP-A"), QStringLiteral("A"), kContact, c(30), 10000},
            {QStringLiteral("CMP-B"), QStringLiteral("B"), kContact, c(30), 0},
            {QStringLiteral("CMP-C"), QStringLiteral("C"), kAsOf.addDays(1), kAsOf.addDays(9), 5000}};
}

std::vector<CampaignContact> toContacts(const QList<FixtureContact> &fixtures)
{
    std::vector<CampaignContact> contacts;
    for (const FixtureContact &f : fixtures) {
        contacts.push_back({f.campaignId, f.customerId, f.day, f.control});
    }
    return contacts;
}

CampaignsResult analyzeFixture(const CampaignsRequest &request)
{
    return analyzeCampaigns(Crm::Test::fixtureHistories(campaignOrders()), campaignInfos(),
                            toContacts(campaignContacts()), request);
}

CampaignsRequest defaultRequest()
{
    CampaignsRequest request;
    request.asOf = kAsOf;
    return request;
}

const CampaignStats *find(const CampaignsResult &result, const QString &id)
{
    for (const CampaignStats &stats : result.campaigns) {
        if (stats.campaignId == id) {
            return &stats;
        }
    }
    return nullptr;
}
// The pointer points into the result: a temporary would be gone before it is read.
const CampaignStats *find(CampaignsResult &&result, const QString &id) = delete;

}  // namespace

class TestCampaigns final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldComputeTwoProportionPValue_data();
    void shouldComputeTwoProportionPValue();
    void shouldMeasureCampaignAgainstControl();
    void shouldCountContactDayAndLastWindowDay_data();
    void shouldCountContactDayAndLastWindowDay();
    void shouldApplyMarginToRoi_data();
    void shouldApplyMarginToRoi();
    void shouldFlagCampaignWithoutControlAsNotIncremental();
    void shouldIgnoreContactsOnOrAfterAsOf();
    void shouldLoadTheWorkspaceLikeThePureFunction();
    void shouldFindUpliftOfDemoCampaigns();
};

void TestCampaigns::shouldComputeTwoProportionPValue_data()
{
    QTest::addColumn<qint64>("x1");
    QTest::addColumn<qint64>("n1");
    QTest::addColumn<qint64>("x2");
    QTest::addColumn<qint64>("n2");
    QTest::addColumn<double>("expected");  // -1: none
    // Expected values from python3 (math only, no scipy), derived independently of std::erfc:
    //   pp = (x1+x2)/(n1+n2); z = (x1/n1 - x2/n2) / sqrt(pp*(1-pp)*(1/n1+1/n2))
    //   p = 2 * (1 - 0.5 * (1 + math.erf(abs(z) / math.sqrt(2))))
    // z for (3,6,1,4) by hand: pp = 0.4, var = 0.24 * (1/6 + 1/4) = 0.1, z = 0.25 / 0.3162 = 0.7906,
    // which a normal table puts at a two-sided 0.429.
    QTest::newRow("3/6 vs 1/4 (z 0.79)") << qint64(3) << qint64(6) << qint64(1) << qint64(4) << 0.42919530044034926;
    QTest::newRow("120/1000 vs 80/1000 (z 2.98)")
        << qint64(120) << qint64(1000) << qint64(80) << qint64(1000) << 0.002869112792076578;
    QTest::newRow("30/100 vs 10/100 (z 3.54)")
        << qint64(30) << qint64(100) << qint64(10) << qint64(100) << 0.00040695201744500586;
    QTest::newRow("45/200 vs 40/200 (z 0.61)")
        << qint64(45) << qint64(200) << qint64(40) << qint64(200) << 0.54111197718496395;
    QTest::newRow("5/50 vs 0/50 (z 2.29)")
        << qint64(5) << qint64(50) << qint64(0) << qint64(50) << 0.021781462791119477;
    QTest::newRow("lower treatment rate: two-sided")
        << qint64(10) << qint64(100) << qint64(30) << qint64(100) << 0.00040695201744500586;
    QTest::newRow("equal rates") << qint64(20) << qint64(100) << qint64(40) << qint64(200) << 1.0;
    QTest::newRow("nobody responded anywhere") << qint64(0) << qint64(10) << qint64(0) << qint64(10) << 1.0;
    QTest::newRow("everybody responded") << qint64(10) << qint64(10) << qint64(5) << qint64(5) << 1.0;
    QTest::newRow("empty control") << qint64(3) << qint64(10) << qint64(0) << qint64(0) << -1.0;
}

void TestCampaigns::shouldComputeTwoProportionPValue()
{
    QFETCH(qint64, x1);
    QFETCH(qint64, n1);
    QFETCH(qint64, x2);
    QFETCH(qint64, n2);
    QFETCH(double, expected);
    const std::optional<double> p = twoProportionPValue(x1, n1, x2, n2);
    QCOMPARE(p.has_value(), expected >= 0);
    if (p) {
        QVERIFY2(std::abs(*p - expected) <= 1e-12 + 1e-9 * expected,
                 qPrintable(QStringLiteral("%1 vs %2").arg(*p, 0, 'g', 17).arg(expected, 0, 'g', 17)));
    }
}

void TestCampaigns::shouldMeasureCampaignAgainstControl()
{
    const CampaignsResult result = analyzeFixture(defaultRequest());
    const CampaignStats *a = find(result, QStringLiteral("CMP-A"));
    QVERIFY(a);
    QCOMPARE(a->contacts, qint64(6));
    QCOMPARE(a->control, qint64(4));
    QCOMPARE(a->responders, qint64(3));
    QCOMPARE(a->controlResponders, qint64(1));
    QCOMPARE(a->responseRate.value_or(-1), 0.5);
    QCOMPARE(a->controlResponseRate.value_or(-1), 0.25);
    QCOMPARE(a->uplift.value_or(-1), 0.25);
    QCOMPARE(a->revenue, MoneyMinor(38000));
    QCOMPARE(a->controlRevenue, MoneyMinor(2000));
    QCOMPARE(a->orders, qint64(4));
    // (380.00 / 6 - 20.00 / 4) x 6 = 380.00 - 30.00
    QCOMPARE(a->incrementalRevenue.value_or(-1), MoneyMinor(35000));
    QCOMPARE(a->cost, MoneyMinor(10000));
    QCOMPARE(a->roas.value_or(-1), 3.8);
    QCOMPARE(a->roi.value_or(-1), 2.5);  // (350 x 1.0 - 100) / 100
    QVERIFY(std::abs(a->pValue.value_or(-1) - 0.42919530044034926) < 1e-12);
    QCOMPARE(a->dormantContacts, qint64(2));  // T1, T3
    QCOMPARE(a->reactivated, qint64(1));  // T1
    QCOMPARE(a->reactivationRate.value_or(-1), 0.5);
    QCOMPARE(a->averageOrderValue.value_or(-1), MoneyMinor(9500));  // 380.00 / 4 orders
    QCOMPARE(a->repeatBuyers, qint64(1));  // T5
    QCOMPARE(a->incremental, true);
    QCOMPARE(a->windowOpen, false);
}

void TestCampaigns::shouldCountContactDayAndLastWindowDay_data()
{
    QTest::addColumn<int>("windowDays");
    QTest::addColumn<qint64>("responders");
    QTest::addColumn<MoneyMinor>("revenue");
    // The window is c ... c + windowDays, both ends included.
    QTest::newRow("0: the contact day only") << 0 << qint64(1) << MoneyMinor(10000);  // T1
    QTest::newRow("29: T2 on c+30 falls out") << 29 << qint64(2) << MoneyMinor(10000 + 23000);
    QTest::newRow("30: T2 on the last day counts") << 30 << qint64(3) << MoneyMinor(38000);
    QTest::newRow("31: T3 on c+31 counts") << 31 << qint64(4) << MoneyMinor(48000);
}

void TestCampaigns::shouldCountContactDayAndLastWindowDay()
{
    QFETCH(int, windowDays);
    QFETCH(qint64, responders);
    QFETCH(MoneyMinor, revenue);
    CampaignsRequest request = defaultRequest();
    request.windowDays = windowDays;
    const CampaignsResult result = analyzeFixture(request);  // `a` points into it
    const CampaignStats *a = find(result, QStringLiteral("CMP-A"));
    QVERIFY(a);
    QCOMPARE(a->responders, responders);
    QCOMPARE(a->revenue, revenue);
}

void TestCampaigns::shouldApplyMarginToRoi_data()
{
    QTest::addColumn<double>("margin");
    QTest::addColumn<double>("roi");
    // (350.00 x margin - 100.00) / 100.00
    QTest::newRow("margin 1") << 1.0 << 2.5;
    QTest::newRow("margin 0.4") << 0.4 << 0.4;
    QTest::newRow("margin 0.2: a loss") << 0.2 << -0.3;
}

void TestCampaigns::shouldApplyMarginToRoi()
{
    QFETCH(double, margin);
    QFETCH(double, roi);
    CampaignsRequest request = defaultRequest();
    request.margin = margin;
    const CampaignsResult result = analyzeFixture(request);
    const CampaignStats *a = find(result, QStringLiteral("CMP-A"));
    QVERIFY(a);
    QVERIFY(std::abs(a->roi.value_or(-99) - roi) < 1e-12);
    QCOMPARE(a->roas.value_or(-1), 3.8);  // ROAS is revenue over cost, margin or not
}

void TestCampaigns::shouldFlagCampaignWithoutControlAsNotIncremental()
{
    const CampaignsResult result = analyzeFixture(defaultRequest());
    const CampaignStats *b = find(result, QStringLiteral("CMP-B"));
    QVERIFY(b);
    QCOMPARE(b->incremental, false);
    QCOMPARE(b->contacts, qint64(1));
    QCOMPARE(b->responders, qint64(1));
    QCOMPARE(b->responseRate.value_or(-1), 1.0);
    QCOMPARE(b->revenue, MoneyMinor(10000));  // attributed revenue is still reported
    QCOMPARE(b->controlResponseRate.has_value(), false);
    QCOMPARE(b->uplift.has_value(), false);
    QCOMPARE(b->incrementalRevenue.has_value(), false);
    QCOMPARE(b->pValue.has_value(), false);
    QCOMPARE(b->roi.has_value(), false);
    QCOMPARE(b->roas.has_value(), false);  // zero cost: no ratio
    QCOMPARE(b->reactivationRate.value_or(-1), 1.0);  // T1 was dormant and came back
}

void TestCampaigns::shouldIgnoreContactsOnOrAfterAsOf()
{
    const CampaignsResult result = analyzeFixture(defaultRequest());
    const CampaignStats *later = find(result, QStringLiteral("CMP-C"));
    QVERIFY(later);
    QCOMPARE(later->contacts, qint64(0));
    QCOMPARE(later->responseRate.has_value(), false);
    QCOMPARE(later->roas.value_or(-1), 0.0);  // cost 50.00, no revenue yet
    // A contact 10 days before D: its window is still open, and an order on D does not count
    const QList<FixtureOrder> orders {{QStringLiteral("Z"), kAsOf, 10000}};
    const std::vector<CampaignInfo> infos {{QStringLiteral("CMP-Z"), QString(), kAsOf.addDays(-10), kAsOf, 100}};
    const std::vector<CampaignContact> contacts {
        {QStringLiteral("CMP-Z"), QStringLiteral("Z"), kAsOf.addDays(-10), false},
        {QStringLiteral("CMP-X"), QStringLiteral("Z"), kAsOf.addDays(-10), false}};
    const CampaignsResult open
        = analyzeCampaigns(Crm::Test::fixtureHistories(orders), infos, contacts, defaultRequest());
    QCOMPARE(open.campaigns.front().windowOpen, true);
    QCOMPARE(open.campaigns.front().responders, qint64(0));
    QCOMPARE(open.unknownContacts, qint64(1));
}

void TestCampaigns::shouldLoadTheWorkspaceLikeThePureFunction()
{
    Crm::Test::TestWorkspace workspace;
    QVERIFY(workspace.isValid());
    QVERIFY(Crm::Test::insertFixtureOrders(workspace.path(), campaignOrders()));
    for (const CampaignInfo &info : campaignInfos()) {
        QVERIFY(Crm::Test::insertFixtureCampaign(workspace.path(), info.campaignId, info.start, info.end, info.cost));
    }
    QVERIFY(Crm::Test::insertFixtureContacts(workspace.path(), campaignContacts()));
    auto connection = workspace.workspace().connect();
    QVERIFY(connection);
    auto result = runCampaigns(connection->database(), defaultRequest());
    QVERIFY(result);
    QCOMPARE(result->campaigns.size(), size_t(3));
    const CampaignStats *a = find(result.value(), QStringLiteral("CMP-A"));
    QVERIFY(a);
    QCOMPARE(a->contacts, qint64(6));
    QCOMPARE(a->responders, qint64(3));
    QCOMPARE(a->revenue, MoneyMinor(38000));
    QCOMPARE(a->incrementalRevenue.value_or(-1), MoneyMinor(35000));
    QCOMPARE(a->dormantContacts, qint64(2));
    QCOMPARE(find(result.value(), QStringLiteral("CMP-B"))->incremental, false);
}

void TestCampaigns::shouldFindUpliftOfDemoCampaigns()
{
    // Given the demo shop: CMP-WINBACK has a real uplift (12 points on dormant customers),
    // CMP-618 none, CMP-VIP no control group
    Crm::Test::TestWorkspace workspace;
    QVERIFY(workspace.isValid());
    Crm::Core::Store::DemoOptions options;
    options.customers = 3000;
    QVERIFY(Crm::Core::Store::generateDemo(workspace.workspace(), options));
    auto connection = workspace.workspace().connect();
    QVERIFY(connection);
    auto asOf = defaultAsOfDate(connection->database());
    QVERIFY(asOf);
    CampaignsRequest request;
    request.asOf = asOf.value();
    // When
    auto result = runCampaigns(connection->database(), request);
    QVERIFY(result);
    // Then
    const CampaignStats *winback = find(result.value(), QStringLiteral("CMP-WINBACK"));
    QVERIFY(winback);
    qInfo("CMP-WINBACK: %lld/%lld vs %lld/%lld, uplift %.4f, p %.3g, reactivation %.4f", winback->responders,
          winback->contacts, winback->controlResponders, winback->control, winback->uplift.value_or(-1),
          winback->pValue.value_or(-1), winback->reactivationRate.value_or(-1));
    QVERIFY(winback->control > 0);
    QVERIFY(winback->uplift.value_or(-1) > 0);
    QVERIFY(winback->pValue.value_or(1) < 0.05);
    QVERIFY(winback->incrementalRevenue.value_or(-1) > 0);
    QVERIFY(winback->dormantContacts > 0);
    const CampaignStats *sms = find(result.value(), QStringLiteral("CMP-618"));
    QVERIFY(sms);
    qInfo("CMP-618: %lld/%lld vs %lld/%lld, uplift %.4f, p %.3g", sms->responders, sms->contacts,
          sms->controlResponders, sms->control, sms->uplift.value_or(-1), sms->pValue.value_or(-1));
    QVERIFY(sms->control > 0);
    QVERIFY(std::abs(sms->uplift.value_or(1)) < 0.05);
    QVERIFY(sms->pValue.value_or(0) > 0.05);
    const CampaignStats *vip = find(result.value(), QStringLiteral("CMP-VIP"));
    QVERIFY(vip);
    QCOMPARE(vip->incremental, false);
    QCOMPARE(vip->control, qint64(0));
    QVERIFY(vip->contacts > 0);
    QCOMPARE(vip->roi.has_value(), false);
    QCOMPARE(vip->incrementalRevenue.has_value(), false);
    QVERIFY(vip->roas.value_or(-1) > 0);
}

QTEST_GUILESS_MAIN(TestCampaigns)
#include "tst_campaigns.moc"
