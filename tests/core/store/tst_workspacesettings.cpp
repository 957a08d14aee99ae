#include "analysis/common/analysisparameters.h"
#include "store/connection.h"
#include "store/workspace.h"
#include "store/workspacesettings.h"
#include "testworkspace.h"

#include <QSqlQuery>
#include <QTest>

using namespace Crm::Core;
using Store::AsOfDefault;
using Store::WorkspaceSettings;

// The per-workspace settings: defaults, round trip through the settings table, validation
// and what they change in the analyses' Requests.
class TestWorkspaceSettings final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldDefaultToTheDesignDefinitions();
    void shouldRoundTripEverySetting();
    void shouldKeepDefaultsForMissingOrBrokenKeys();
    void shouldRefuseInvalidSettings_data();
    void shouldRefuseInvalidSettings();
    void shouldChooseTheInitialAsOfDate();
    void shouldFillTheAnalysisRequests();
    void shouldStoreTheSegmentRules();
    void shouldFallBackToTheDefaultRulesWhenTheStoredOnesAreBroken();

private:
    static WorkspaceSettings edited();
};

WorkspaceSettings TestWorkspaceSettings::edited()
{
    WorkspaceSettings s;
    s.tiersByPoints = true;
    s.tierSpendThresholds = {50'000, 250'000, 1'000'050};
    s.tierPointsThresholds = {10, 20, 30};
    s.tierWindowMonths = 6;
    s.newWithinDays = 30;
    s.minPurchaseDaysForCycle = 4;
    s.defaultCycleDays = 45.5;
    s.dormantMinDays = 40;
    s.dormantCycles = 1.5;
    s.churnedMinDays = 200;
    s.churnedCycles = 3.25;
    s.attributionWindowDays = 14;
    s.margin = 0.35;
    s.currencySymbol = QStringLiteral("¥");
    s.currencyCode = QStringLiteral("CNY");
    s.rfmSegmentRules = QStringLiteral("segment,r_low,r_high,f_low,f_high,m_low,m_high\n\"Top, VIP\",5,5,4,5,4,5\n");
    s.rfmUnmatchedSegment = QStringLiteral("其他");
    s.asOfDefault = AsOfDefault::FixedDate;
    s.fixedAsOf = QDate(2024, 6, 30);
    return s;
}

void TestWorkspaceSettings::shouldDefaultToTheDesignDefinitions()
{
    // DESIGN.md "Definitions", and the analyses' own defaults, which must not drift apart.
    const WorkspaceSettings s;
    QCOMPARE(s.tierSpendThresholds, (std::array<qint64, 3> {100'000, 500'000, 2'000'000}));
    QCOMPARE(s.margin, 1.0);
    QCOMPARE(s.attributionWindowDays, 30);
    QVERIFY(s.isValid());
    const Analysis::TierRequest tiers;
    QCOMPARE(s.tierSpendThresholds, tiers.spendThresholds);
    QCOMPARE(s.tierPointsThresholds, tiers.pointsThresholds);
    QCOMPARE(s.tierWindowMonths, tiers.windowMonths);
    const Analysis::LifecycleRequest lifecycle;
    QCOMPARE(s.newWithinDays, lifecycle.newWithinDays);
    QCOMPARE(s.minPurchaseDaysForCycle, lifecycle.minPurchaseDaysForCycle);
    QCOMPARE(s.defaultCycleDays, lifecycle.defaultCycleDays);
    QCOMPARE(s.dormantMinDays, lifecycle.dormantMinDays);
    QCOMPARE(s.dormantCycles, lifecycle.dormantCycles);
    QCOMPARE(s.churnedMinDays, lifecycle.churnedMinDays);
    QCOMPARE(s.churnedCycles, lifecycle.churnedCycles);
    const Analysis::CampaignsRequest campaigns;
    QCOMPARE(s.attributionWindowDays, campaigns.windowDays);
    QCOMPARE(s.margin, campaigns.margin);
    const Analysis::RfmRequest rfm;
    QVERIFY(s.rfmSegmentRules.isEmpty());
    QCOMPARE(s.rfmUnmatchedSegment, rfm.unmatchedSegment);
    QString problem = QStringLiteral("stale");
    const Analysis::RfmRequest fromSettings = Analysis::rfmRequest(s, QDate(2025, 1, 1), &problem);
    QVERIFY(fromSettings.rules == rfm.rules);
    QCOMPARE(fromSettings.scoring, rfm.scoring);
    QCOMPARE(problem, QString());

    // A fresh workspace has no keys and reads as the defaults.
    Crm::Test::TestWorkspace test;
    auto connection = test.workspace().connect();
    QVERIFY(connection);
    auto loaded = WorkspaceSettings::load(connection->database());
    QVERIFY(loaded);
    QCOMPARE(loaded.value(), WorkspaceSettings());
}

void TestWorkspaceSettings::shouldRoundTripEverySetting()
{
    Crm::Test::TestWorkspace test;
    const WorkspaceSettings settings = edited();
    QVERIFY(settings.isValid());
    {
        auto connection = test.workspace().connect();
        QVERIFY(connection);
        QVERIFY(WorkspaceSettings::save(connection->database(), WorkspaceSettings()));
        // Saving again replaces the values (no duplicate keys).
        QVERIFY(WorkspaceSettings::save(connection->database(), settings));
    }
    // A new connection (as another thread would open) reads what was written.
    auto workspace = Store::Workspace::open(test.path());
    QVERIFY(workspace);
    auto connection = workspace->connect();
    QVERIFY(connection);
    auto loaded = WorkspaceSettings::load(connection->database());
    QVERIFY(loaded);
    QCOMPARE(loaded.value(), settings);
    QSqlQuery query(connection->database());
    QVERIFY(query.exec(QStringLiteral("SELECT value FROM settings WHERE key = 'tiers.spend.diamond'")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("1000050"));
    QVERIFY(query.exec(QStringLiteral("SELECT value FROM settings WHERE key = 'campaigns.margin'")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("0.34999999999999998"));
}

void TestWorkspaceSettings::shouldKeepDefaultsForMissingOrBrokenKeys()
{
    Crm::Test::TestWorkspace test;
    QVERIFY(Crm::Test::execRaw(test.path(),
                               {
                                   QStringLiteral("INSERT INTO settings VALUES ('tiers.spend.gold', 'lots')"),
                                   QStringLiteral("INSERT INTO settings VALUES ('campaigns.margin', 'nan')"),
                                   QStringLiteral("INSERT INTO settings VALUES ('lifecycle.dormant_min_days', '75')"),
                                   QStringLiteral("INSERT INTO settings VALUES ('unknown.key', 'x')"),
                               }));
    auto connection = test.workspace().connect();
    QVERIFY(connection);
    auto loaded = WorkspaceSettings::load(connection->database());
    QVERIFY(loaded);
    WorkspaceSettings expected;
    expected.dormantMinDays = 75;
    QCOMPARE(loaded.value(), expected);
}

void TestWorkspaceSettings::shouldRefuseInvalidSettings_data()
{
    QTest::addColumn<int>("change");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("gold below silver") << 0 << QStringLiteral("Silver < Gold < Diamond");
    QTest::newRow("zero points silver") << 1 << QStringLiteral("points thresholds");
    QTest::newRow("churned floor below dormant") << 2 << QStringLiteral("churned floor");
    QTest::newRow("churned cycles not above dormant") << 3 << QStringLiteral("more cycles");
    QTest::newRow("margin above 100%") << 4 << QStringLiteral("margin");
    QTest::newRow("lower-case currency code") << 5 << QStringLiteral("ISO 4217");
    QTest::newRow("fixed as-of without a date") << 6 << QStringLiteral("fixed as-of date");
    QTest::newRow("negative attribution window") << 7 << QStringLiteral("attribution window");
    QTest::newRow("blank unmatched segment") << 8 << QStringLiteral("no rule catches");
    QTest::newRow("two-line unmatched segment") << 9 << QStringLiteral("no rule catches");
}

void TestWorkspaceSettings::shouldRefuseInvalidSettings()
{
    QFETCH(int, change);
    QFETCH(QString, fragment);
    WorkspaceSettings s;
    switch (change) {
    case 0:
        s.tierSpendThresholds = {100'000, 90'000, 2'000'000};
        break;
    case 1:
        s.tierPointsThresholds = {0, 5, 10};
        break;
    case 2:
        s.churnedMinDays = 60;
        break;
    case 3:
        s.churnedCycles = 2;
        break;
    case 4:
        s.margin = 1.2;
        break;
    case 5:
        s.currencyCode = QStringLiteral("cny");
        break;
    case 6:
        s.asOfDefault = AsOfDefault::FixedDate;
        break;
    case 7:
        s.attributionWindowDays = -1;
        break;
    case 8:
        s.rfmUnmatchedSegment = QStringLiteral("  ");
        break;
    case 9:
        s.rfmUnmatchedSegment = QStringLiteral("Other\nPeople");
        break;
    }
    const QStringList problems = s.problems();
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.constFirst().contains(fragment), qPrintable(problems.constFirst()));

    // Nothing is written.
    Crm::Test::TestWorkspace test;
    auto connection = test.workspace().connect();
    QVERIFY(connection);
    const auto saved = WorkspaceSettings::save(connection->database(), s);
    QVERIFY(!saved);
    QCOMPARE(saved.error().code, Error::Code::BadInput);
    QSqlQuery query(connection->database());
    QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM settings")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 0);
}

void TestWorkspaceSettings::shouldChooseTheInitialAsOfDate()
{
    WorkspaceSettings s;
    const QDate dayAfter(2025, 3, 1);
    QCOMPARE(s.initialAsOf(dayAfter), dayAfter);
    s.fixedAsOf = QDate(2024, 12, 31);
    QCOMPARE(s.initialAsOf(dayAfter), dayAfter);  // the mode decides, not the stored date
    s.asOfDefault = AsOfDefault::FixedDate;
    QCOMPARE(s.initialAsOf(dayAfter), QDate(2024, 12, 31));
}

void TestWorkspaceSettings::shouldFillTheAnalysisRequests()
{
    const WorkspaceSettings s = edited();
    const QDate asOf(2025, 1, 1);
    const Analysis::TierRequest tiers = Analysis::tierRequest(s, asOf);
    QCOMPARE(tiers.asOf, asOf);
    QCOMPARE(tiers.rule, Analysis::TierRule::Points);
    QCOMPARE(tiers.spendThresholds, s.tierSpendThresholds);
    QCOMPARE(tiers.pointsThresholds, s.tierPointsThresholds);
    QCOMPARE(tiers.windowMonths, 6);
    const Analysis::CampaignsRequest campaigns = Analysis::campaignsRequest(s, asOf);
    QCOMPARE(campaigns.windowDays, 14);
    QCOMPARE(campaigns.margin, 0.35);
    QCOMPARE(campaigns.lifecycle.dormantMinDays, 40.0);
    QCOMPARE(campaigns.lifecycle.churnedCycles, 3.25);
    QCOMPARE(campaigns.lifecycle.newWithinDays, 30);
    QCOMPARE(campaigns.lifecycle.minPurchaseDaysForCycle, 4);
    QCOMPARE(campaigns.lifecycle.defaultCycleDays, 45.5);

    // The dormant floor moves a customer: last purchase 50 days before D, too few purchase
    // days for a personal cycle and nobody else, so the 90-day default cycle applies at
    // first (dormant after max(60, 180) days), then 30 days (max(40, 1.5 × 30) = 45 days).
    Analysis::CustomerHistory history;
    history.customerId = QStringLiteral("c1");
    Analysis::PurchaseDay day;
    day.julianDay = asOf.toJulianDay() - 200;
    day.orders = 1;
    day.purchases = 1'000;
    history.days.push_back(day);
    day.julianDay = asOf.toJulianDay() - 50;
    history.days.push_back(day);
    const std::vector<Analysis::CustomerHistory> histories {history};
    const auto before = Analysis::analyzeLifecycle(histories, Analysis::lifecycleRequest(WorkspaceSettings(), asOf));
    QCOMPARE(before.customers.at(0).stage, Analysis::LifecycleStage::Active);
    WorkspaceSettings shorter;
    shorter.defaultCycleDays = 30;
    shorter.dormantMinDays = 40;
    shorter.dormantCycles = 1.5;
    const auto after = Analysis::analyzeLifecycle(histories, Analysis::lifecycleRequest(shorter, asOf));
    QCOMPARE(after.customers.at(0).stage, Analysis::LifecycleStage::Dormant);
}

void TestWorkspaceSettings::shouldStoreTheSegmentRules()
{
    // Rules written by the editor come back as the same rules, first match first.
    const std::vector<Analysis::RfmSegmentRule> rules {{QStringLiteral("Best, by far"), 5, 5, 4, 5, 4, 5},
                                                       {QStringLiteral("Sleeping"), 1, 2, 1, 5, 1, 5},
                                                       {QStringLiteral("高价值"), 3, 5, 1, 5, 5, 5}};
    WorkspaceSettings s;
    Analysis::setRfmSegmentRules(s, rules);
    s.rfmUnmatchedSegment = QStringLiteral("Everyone else");
    Crm::Test::TestWorkspace test;
    {
        auto connection = test.workspace().connect();
        QVERIFY(connection);
        QVERIFY(WorkspaceSettings::save(connection->database(), s));
    }
    auto workspace = Store::Workspace::open(test.path());
    QVERIFY(workspace);
    auto connection = workspace->connect();
    QVERIFY(connection);
    auto loaded = WorkspaceSettings::load(connection->database());
    QVERIFY(loaded);
    QCOMPARE(loaded.value(), s);
    QString problem;
    const Analysis::RfmRequest request = Analysis::rfmRequest(loaded.value(), QDate(2025, 1, 1), &problem);
    QCOMPARE(problem, QString());
    QVERIFY(request.rules == rules);
    QCOMPARE(request.unmatchedSegment, QStringLiteral("Everyone else"));
    QCOMPARE(request.asOf, QDate(2025, 1, 1));

    // The default rules are stored as no text, so the workspace follows the default.
    Analysis::setRfmSegmentRules(s, Analysis::defaultRfmSegmentRules());
    QCOMPARE(s.rfmSegmentRules, QString());
}

void TestWorkspaceSettings::shouldFallBackToTheDefaultRulesWhenTheStoredOnesAreBroken()
{
    Crm::Test::TestWorkspace test;
    QVERIFY(Crm::Test::execRaw(test.path(),
                               {
                                   QStringLiteral("INSERT INTO settings VALUES ('rfm.segment_rules', 'Top,5,9,1,5')"),
                                   QStringLiteral("INSERT INTO settings VALUES ('rfm.unmatched_segment', '')"),
                               }));
    auto connection = test.workspace().connect();
    QVERIFY(connection);
    auto loaded = WorkspaceSettings::load(connection->database());
    QVERIFY(loaded);  // the workspace opens
    QCOMPARE(loaded->rfmUnmatchedSegment, QStringLiteral("Others"));
    QString problem;
    const Analysis::RfmRequest request = Analysis::rfmRequest(loaded.value(), QDate(2025, 1, 1), &problem);
    QVERIFY(request.rules == Analysis::defaultRfmSegmentRules());
    QVERIFY2(problem.contains(QStringLiteral("Line 1")), qPrintable(problem));
    QVERIFY(problem.contains(QStringLiteral("default rules are used")));
}

QTEST_GUILESS_MAIN(TestWorkspaceSettings)
#include "tst_workspacesettings.moc"
