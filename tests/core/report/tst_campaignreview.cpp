#include "analysis/campaigns/campaigns.h"
#include "analysis/clv/clvanalysis.h"
#include "analysis/common/purchasehistory.h"
#include "analysis/funnel/funnel.h"
#include "analysis/lifecycle/lifecycle.h"
#include "analysis/tiers/tiers.h"
#include "report/campaignreview.h"
#include "store/demogenerator.h"
#include "testworkspace.h"

#include <QSet>
#include <QSqlQuery>
#include <QTest>

using namespace Crm::Core;
using namespace Crm::Core::Report;

namespace {

const ReportTable *findTable(const ReportSection &section, const QString &key)
{
    for (const ReportBlock &block : section.blocks) {
        if (const auto *table = std::get_if<ReportTable>(&block); table && table->key == key) {
            return table;
        }
    }
    return nullptr;
}

const KpiRow *findKpi(const ReportSection &section, const QString &key)
{
    for (const ReportBlock &block : section.blocks) {
        if (const auto *kpis = std::get_if<KpiBlock>(&block)) {
            for (const KpiRow &row : kpis->rows) {
                if (row.key == key) {
                    return &row;
                }
            }
        }
    }
    return nullptr;
}

QStringList paragraphs(const ReportSection &section)
{
    QStringList texts;
    for (const ReportBlock &block : section.blocks) {
        if (const auto *paragraph = std::get_if<ReportParagraph>(&block)) {
            texts << paragraph->text;
        }
    }
    return texts;
}

qint64 scalar(QSqlDatabase db, const QString &sql, const QStringList &binds)
{
    QSqlQuery query(db);
    query.prepare(sql);
    for (const QString &bind : binds) {
        query.addBindValue(bind);
    }
    if (!query.exec() || !query.next()) {
        return -1;
    }
    return query.value(0).toLongLong();
}

}  // namespace

class TestCampaignReview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void shouldCoverThePeriodBeforeTheAsOfDate();
    void shouldMatchPlainSqlForThePeriodKpis();
    void shouldMatchTheLifecycleAnalysis();
    void shouldMatchTheTierAnalysis();
    void shouldMatchTheFunnelAnalysis();
    void shouldMatchTheCampaignAnalysis();
    void shouldGenerateSummarySentences();
    void shouldShortenNamesAndMaskPhonesOfDormantCustomers();
    void shouldListEveryParameterInTheAppendix();
    void shouldStopWhenCancelled();
    void shouldNeverPrintATinyNumberAsZero();
    void shouldUseTheRequestedSegmentRules();

private:
    Crm::Test::TestWorkspace m_workspace;
    std::optional<Store::Connection> m_connection;
    ReportDocument m_document;
    QDate m_asOf;
};

void TestCampaignReview::initTestCase()
{
    QVERIFY(m_workspace.isValid());
    Store::DemoOptions options;
    options.customers = 1500;
    QVERIFY(Store::generateDemo(m_workspace.workspace(), options).hasValue());
    auto connection = m_workspace.workspace().connect();
    QVERIFY(connection.hasValue());
    m_connection.emplace(std::move(connection).value());
    CampaignReviewRequest request;
    request.workspaceName = QStringLiteral("demo");
    auto document = buildCampaignReview(m_connection->database(), request);
    QVERIFY2(document.hasValue(), qPrintable(document.hasValue() ? QString() : document.error().describe()));
    m_document = std::move(document).value();
    // The demo's last order day is fixed; D is the day after it.
    m_asOf = options.lastDay.addDays(1);
}

void TestCampaignReview::shouldCoverThePeriodBeforeTheAsOfDate()
{
    QCOMPARE(m_document.asOf, m_asOf);
    QCOMPARE(m_document.periodEnd, m_asOf.addDays(-1));
    QCOMPARE(m_document.periodStart, m_asOf.addDays(-90));
    QStringList keys;
    for (const ReportSection &section : m_document.sections) {
        keys << section.key;
    }
    QCOMPARE(keys,
             (QStringList {QStringLiteral("summary"), QStringLiteral("segments"), QStringLiteral("tiers"),
                           QStringLiteral("funnel"), QStringLiteral("cohorts"), QStringLiteral("campaigns"),
                           QStringLiteral("dormant"), QStringLiteral("clv"), QStringLiteral("points"),
                           QStringLiteral("methodology")}));
}

void TestCampaignReview::shouldMatchPlainSqlForThePeriodKpis()
{
    // Independent reference: plain SQL over the orders table, not the purchase-history scan.
    QSqlDatabase db = m_connection->database();
    const ReportSection *summary = m_document.section(QStringLiteral("summary"));
    QVERIFY(summary);
    const QString start = m_asOf.addDays(-90).toString(Qt::ISODate);
    const QString previousStart = m_asOf.addDays(-180).toString(Qt::ISODate);
    const QString end = m_asOf.toString(Qt::ISODate);
    const QString revenueSql = QStringLiteral("SELECT SUM(amount_minor) FROM orders WHERE ordered_at >= ? AND "
                                              "ordered_at < ?");
    const QString ordersSql = QStringLiteral("SELECT COUNT(*) FROM orders WHERE status = 'purchase' AND "
                                             "ordered_at >= ? AND ordered_at < ?");
    const QString buyersSql = QStringLiteral("SELECT COUNT(DISTINCT customer_id) FROM orders WHERE status = "
                                             "'purchase' AND ordered_at >= ? AND ordered_at < ?");
    const QString newSql = QStringLiteral("SELECT COUNT(*) FROM (SELECT customer_id, MIN(ordered_at) AS first FROM "
                                          "orders WHERE status = 'purchase' GROUP BY customer_id) f "
                                          "WHERE first >= ? AND first < ?");
    const KpiRow *revenue = findKpi(*summary, QStringLiteral("revenue"));
    QVERIFY(revenue);
    QCOMPARE(revenue->value.toLongLong(), scalar(db, revenueSql, {start, end}));
    QCOMPARE(revenue->previous.toLongLong(), scalar(db, revenueSql, {previousStart, start}));
    QCOMPARE(findKpi(*summary, QStringLiteral("orders"))->value.toLongLong(), scalar(db, ordersSql, {start, end}));
    QCOMPARE(findKpi(*summary, QStringLiteral("buyers"))->value.toLongLong(), scalar(db, buyersSql, {start, end}));
    QCOMPARE(findKpi(*summary, QStringLiteral("buyers"))->previous.toLongLong(),
             scalar(db, buyersSql, {previousStart, start}));
    QCOMPARE(findKpi(*summary, QStringLiteral("new_customers"))->value.toLongLong(), scalar(db, newSql, {start, end}));
    QVERIFY(revenue->value.toLongLong() > 0);
}

void TestCampaignReview::shouldMatchTheLifecycleAnalysis()
{
    Analysis::LifecycleRequest request;
    request.asOf = m_asOf;
    auto lifecycle = Analysis::runLifecycle(m_connection->database(), request);
    QVERIFY(lifecycle.hasValue());
    const ReportSection *summary = m_document.section(QStringLiteral("summary"));
    const qint64 dormant = lifecycle->stageCounts.at(size_t(Analysis::LifecycleStage::Dormant));
    QCOMPARE(findKpi(*summary, QStringLiteral("dormant"))->value.toLongLong(), dormant);
    QCOMPARE(findKpi(*summary, QStringLiteral("active"))->value.toLongLong(),
             lifecycle->stageCounts.at(size_t(Analysis::LifecycleStage::New))
                 + lifecycle->stageCounts.at(size_t(Analysis::LifecycleStage::Active)));
    const ReportTable *table = findTable(*m_document.section(QStringLiteral("dormant")), QStringLiteral("dormant"));
    QVERIFY(table);
    QCOMPARE(table->rows.size(), qsizetype(std::min<qint64>(15, dormant)));
    // The first row is the dormant customer with the largest value at risk of the CLV model,
    // run here on its own.
    auto histories = Analysis::loadPurchaseHistory(m_connection->database(), {m_asOf, {}, true});
    QVERIFY(histories.hasValue());
    Analysis::Clv::ClvRequest clvRequest;
    clvRequest.calibrationEnd = m_asOf.addDays(-1);
    auto clv = Analysis::Clv::analyzeClv(Analysis::Clv::summarizeHistories(histories.value(),
                                                                           clvRequest.calibrationEnd.toJulianDay(),
                                                                           clvRequest.timeUnit),
                                         clvRequest);
    QVERIFY(clv.hasValue());
    QSet<QString> dormantIds;
    for (const qsizetype index : lifecycle->dormantRanking) {
        dormantIds.insert(lifecycle->customers.at(size_t(index)).customerId);
    }
    double top = 0;
    for (const auto &customer : clv->customers) {
        if (dormantIds.contains(customer.summary.customerId)) {
            top = std::max(top, customer.valueAtRisk);
        }
    }
    const qsizetype valueColumn = table->columns.size() - 1;
    QCOMPARE(table->rows.front().at(valueColumn).toLongLong(), qRound64(top * 100));
    for (qsizetype i = 1; i < table->rows.size(); ++i) {
        QVERIFY(table->rows.at(i - 1).at(valueColumn).toLongLong() >= table->rows.at(i).at(valueColumn).toLongLong());
    }
}

void TestCampaignReview::shouldMatchTheTierAnalysis()
{
    Analysis::TierRequest request;
    request.asOf = m_asOf;
    auto tiers = Analysis::runTiers(m_connection->database(), request);
    QVERIFY(tiers.hasValue());
    const ReportTable *table = findTable(*m_document.section(QStringLiteral("tiers")), QStringLiteral("tiers"));
    QVERIFY(table);
    QCOMPARE(table->rows.size(), qsizetype(Analysis::kTierCount));
    for (int i = 0; i < Analysis::kTierCount; ++i) {
        QCOMPARE(table->rows.at(i).at(1).toLongLong(), tiers->distribution.at(size_t(i)).customers);
        QCOMPARE(table->rows.at(i).at(3).toLongLong(), tiers->distribution.at(size_t(i)).revenue);
    }
}

void TestCampaignReview::shouldMatchTheFunnelAnalysis()
{
    Analysis::FunnelRequest request;
    request.lifecycle.asOf = m_asOf;
    auto funnel = Analysis::runFunnel(m_connection->database(), request);
    QVERIFY(funnel.hasValue());
    const ReportTable *table = findTable(*m_document.section(QStringLiteral("funnel")), QStringLiteral("funnel"));
    QVERIFY(table);
    QCOMPARE(table->rows.size(), qsizetype(funnel->steps.size()));
    for (size_t i = 0; i < funnel->steps.size(); ++i) {
        QCOMPARE(table->rows.at(qsizetype(i)).at(1).toLongLong(), funnel->steps.at(i).customers);
    }
}

void TestCampaignReview::shouldMatchTheCampaignAnalysis()
{
    Analysis::CampaignsRequest request;
    request.asOf = m_asOf;
    auto campaigns = Analysis::runCampaigns(m_connection->database(), request);
    QVERIFY(campaigns.hasValue());
    const ReportTable *table = findTable(*m_document.section(QStringLiteral("campaigns")), QStringLiteral("campaigns"));
    QVERIFY(table);
    QCOMPARE(table->rows.size(), qsizetype(campaigns->campaigns.size()));
    bool flagged = false;
    for (size_t i = 0; i < campaigns->campaigns.size(); ++i) {
        const Analysis::CampaignStats &stats = campaigns->campaigns.at(i);
        const QVariantList &row = table->rows.at(qsizetype(i));
        QCOMPARE(row.at(1).toLongLong(), stats.contacts);
        QCOMPARE(row.at(2).toLongLong(), stats.control);
        QCOMPARE(row.at(3).toDouble(), stats.responseRate.value_or(0));
        QCOMPARE(row.at(7).isNull(), !stats.incrementalRevenue.has_value());
        if (!stats.incremental) {
            flagged = true;
            QVERIFY(!row.at(9).toString().isEmpty());
        }
    }
    // The demo has one campaign without a control group (DemoOptions documentation).
    QVERIFY(flagged);
}

void TestCampaignReview::shouldGenerateSummarySentences()
{
    const QStringList texts = paragraphs(*m_document.section(QStringLiteral("summary")));
    QVERIFY(texts.size() >= 4);
    QVERIFY(texts.front().contains(QStringLiteral("Net revenue in the last 90 days")));
    const qint64 orders
        = findKpi(*m_document.section(QStringLiteral("summary")), QStringLiteral("orders"))->value.toLongLong();
    QVERIFY(texts.front().contains(QLocale().toString(orders)));
    QVERIFY(texts.join(QLatin1Char(' ')).contains(QStringLiteral("without a control group")));
}

void TestCampaignReview::shouldShortenNamesAndMaskPhonesOfDormantCustomers()
{
    const ReportTable *table = findTable(*m_document.section(QStringLiteral("dormant")), QStringLiteral("dormant"));
    QVERIFY(table && !table->rows.isEmpty());
    for (const QVariantList &row : table->rows) {
        const QString name = row.at(1).toString();
        QVERIFY2(name.contains(QLatin1Char('*')) || name.contains(QStringLiteral(". ")), qPrintable(name));
        QVERIFY2(row.at(2).toString().contains(QStringLiteral("****")) || row.at(2).toString().contains(u'*'),
                 qPrintable(row.at(2).toString()));
    }
}

void TestCampaignReview::shouldListEveryParameterInTheAppendix()
{
    const ReportTable *table
        = findTable(*m_document.section(QStringLiteral("methodology")), QStringLiteral("methodology"));
    QVERIFY(table);
    QString all;
    for (const QVariantList &row : table->rows) {
        for (const QVariant &cell : row) {
            all += cell.toString() + QLatin1Char(' ');
        }
    }
    for (const QString &needle : {QStringLiteral("1,000.00"), QStringLiteral("5,000.00"), QStringLiteral("20,000.00"),
                                  QStringLiteral("within 30 days"), QStringLiteral("max(60"), QStringLiteral("max(365"),
                                  m_asOf.toString(Qt::ISODate)}) {
        QVERIFY2(all.contains(needle), qPrintable(needle));
    }
}

void TestCampaignReview::shouldUseTheRequestedSegmentRules()
{
    // Two rules split by recency; nobody is left for the unmatched segment.
    CampaignReviewRequest request;
    request.rfm.rules = {{QStringLiteral("Recent buyers"), 4, 5}, {QStringLiteral("Earlier buyers"), 1, 3}};
    request.rfm.unmatchedSegment = QStringLiteral("Nobody");
    auto document = buildCampaignReview(m_connection->database(), request);
    QVERIFY(document.hasValue());
    const ReportTable *segments = findTable(*document->section(QStringLiteral("segments")), QStringLiteral("segments"));
    QVERIFY(segments);
    QCOMPARE(segments->rows.size(), 2);
    QCOMPARE(segments->rows.at(0).at(0).toString(), QStringLiteral("Recent buyers"));
    QCOMPARE(segments->rows.at(1).at(0).toString(), QStringLiteral("Earlier buyers"));
    const ReportTable *methodology
        = findTable(*document->section(QStringLiteral("methodology")), QStringLiteral("methodology"));
    QVERIFY(methodology);
    QString all;
    for (const QVariantList &row : methodology->rows) {
        for (const QVariant &cell : row) {
            all += cell.toString() + QLatin1Char(' ');
        }
    }
    QVERIFY2(all.contains(QStringLiteral("Recent buyers: R 4-5, F 1-5, M 1-5; Earlier buyers: R 1-3, F 1-5, M 1-5")),
             qPrintable(all));
    QVERIFY(all.contains(QStringLiteral("customers no rule catches: Nobody")));
    QVERIFY(!all.contains(QStringLiteral("R × F grid")));
}

void TestCampaignReview::shouldStopWhenCancelled()
{
    auto document = buildCampaignReview(m_connection->database(), {}, [](qint64 done, qint64) { return done < 3; });
    QVERIFY(!document.hasValue());
    QCOMPARE(document.error().code, Error::Code::Cancelled);
}

void TestCampaignReview::shouldNeverPrintATinyNumberAsZero()
{
    const QLocale c(QLocale::C);
    using Type = DataColumn::Type;
    QCOMPARE(displayText(1e-12, Type::Real, c), QStringLiteral("< 0.001"));
    QCOMPARE(displayText(-2e-5, Type::Real, c), QStringLiteral("> -0.001"));
    QCOMPARE(displayText(0.0, Type::Real, c), QStringLiteral("0.000"));
    QCOMPARE(displayText(0.0005, Type::Real, c), QStringLiteral("0.001"));
    QCOMPARE(displayText(0.0421, Type::Real, c), QStringLiteral("0.042"));
    QCOMPARE(displayText(2.5, Type::Real, c), QStringLiteral("2.50"));
    QCOMPARE(displayText(1234.4, Type::Real, c), QStringLiteral("1234"));  // C: no group separator
}

QTEST_GUILESS_MAIN(TestCampaignReview)
#include "tst_campaignreview.moc"
