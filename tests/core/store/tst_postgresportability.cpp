// The per-customer aggregation and every analysis query must run unchanged on PostgreSQL,
// where teams will point the workbench at a shared server (DESIGN.md, "Scale"). This test
// copies a demo workspace into a private PostgreSQL schema and runs each analysis against
// both engines: the results must be identical, number for number.
//
// It needs a server: `.ci/postgres.sh start` (run by `.ci/quickstart.sh test`) starts a
// throwaway one and exports CRM_TEST_PG_HOST/PORT/USER/DATABASE. Without them it skips.

#include "analysis/campaigns/campaigns.h"
#include "analysis/cohorts/cohorts.h"
#include "analysis/common/purchasehistory.h"
#include "analysis/funnel/funnel.h"
#include "analysis/lifecycle/lifecycle.h"
#include "analysis/rfm/rfm.h"
#include "analysis/tiers/tiers.h"
#include "report/campaignreview.h"
#include "report/targetlists.h"
#include "store/demogenerator.h"
#include "testworkspace.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace Crm::Core;

namespace {

const QString kPgConnection = QStringLiteral("crm-postgres-portability");
const QStringList kTables {QStringLiteral("imports"),   QStringLiteral("customers"),
                           QStringLiteral("orders"),    QStringLiteral("order_items"),
                           QStringLiteral("campaigns"), QStringLiteral("campaign_contacts"),
                           QStringLiteral("settings")};

QString optionalText(const std::optional<double> &value)
{
    return value ? QString::number(*value, 'g', 12) : QStringLiteral("-");
}

QString optionalText(const std::optional<qint64> &value)
{
    return value ? QString::number(*value) : QStringLiteral("-");
}

// One line per customer or cell: a difference between the engines shows as a line diff.
QStringList fingerprint(const Analysis::RfmResult &result)
{
    QStringList lines;
    for (const auto &c : result.customers) {
        lines << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9")
                     .arg(c.customerId, c.firstOrder.toString(Qt::ISODate), c.lastOrder.toString(Qt::ISODate))
                     .arg(c.recencyDays)
                     .arg(c.frequency)
                     .arg(c.monetary)
                     .arg(c.recencyScore)
                     .arg(c.frequencyScore)
                     .arg(c.monetaryScore)
                + QLatin1Char(' ') + c.segment;
    }
    return lines;
}

QStringList fingerprint(const Analysis::TierResult &result)
{
    QStringList lines;
    for (const auto &c : result.customers) {
        lines << QStringLiteral("%1 %2 %3 %4 %5")
                     .arg(c.customerId)
                     .arg(c.spend)
                     .arg(int(c.tier))
                     .arg(c.previousSpend)
                     .arg(int(c.previousTier));
    }
    return lines;
}

QStringList fingerprint(const Analysis::LifecycleResult &result)
{
    QStringList lines {QString::number(result.populationCycleDays, 'g', 12)};
    for (const auto &c : result.customers) {
        lines << QStringLiteral("%1 %2 %3 %4 %5 %6 %7")
                     .arg(c.customerId)
                     .arg(int(c.stage))
                     .arg(optionalText(c.cycleDays), optionalText(c.dormantAfterDays))
                     .arg(c.purchaseDays)
                     .arg(c.purchaseOrders)
                     .arg(c.valueBeforeQuiet);
    }
    for (qsizetype index : result.dormantRanking) {
        lines << QStringLiteral("dormant %1").arg(result.customers[size_t(index)].customerId);
    }
    return lines;
}

QStringList fingerprint(const Analysis::CohortResult &result)
{
    QStringList lines;
    for (const auto &cohort : result.cohorts) {
        for (const auto &cell : cohort.cells) {
            lines << QStringLiteral("%1 %2 %3 %4 %5")
                         .arg(cohort.label)
                         .arg(cell.period)
                         .arg(cell.activeCustomers)
                         .arg(cell.revenue)
                         .arg(cell.retention, 0, 'g', 12);
        }
    }
    return lines;
}

QStringList fingerprint(const Analysis::FunnelResult &result)
{
    QStringList lines;
    for (const auto &step : result.steps) {
        lines << QStringLiteral("%1 %2 %3").arg(step.name).arg(step.customers).arg(optionalText(step.pctOfPrevious));
    }
    return lines;
}

QStringList fingerprint(const Analysis::CampaignsResult &result)
{
    QStringList lines;
    for (const auto &c : result.campaigns) {
        lines << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8")
                     .arg(c.campaignId)
                     .arg(c.contacts)
                     .arg(c.responders)
                     .arg(c.revenue)
                     .arg(c.controlRevenue)
                     .arg(optionalText(c.incrementalRevenue), optionalText(c.pValue), optionalText(c.reactivationRate));
    }
    return lines;
}

QString rowText(const QVariantList &row)
{
    QStringList cells;
    for (const QVariant &cell : row) {
        cells << (cell.typeId() == QMetaType::Double ? QString::number(cell.toDouble(), 'g', 12) : cell.toString());
    }
    return cells.join(u'|');
}

// Every paragraph, KPI, table row and figure value of the review, in order.
QStringList fingerprint(const Report::ReportDocument &document)
{
    QStringList lines;
    for (const auto &section : document.sections) {
        lines << QStringLiteral("# ") + section.key;
        for (const auto &block : section.blocks) {
            if (const auto *paragraph = std::get_if<Report::ReportParagraph>(&block)) {
                lines << paragraph->text;
            } else if (const auto *kpis = std::get_if<Report::KpiBlock>(&block)) {
                for (const auto &kpi : kpis->rows) {
                    lines << rowText({kpi.key, kpi.value, kpi.previous});
                }
            } else if (const auto *table = std::get_if<Report::ReportTable>(&block)) {
                for (const auto &row : table->rows) {
                    lines << table->key + QLatin1Char(' ') + rowText(row);
                }
            } else if (const auto *figure = std::get_if<Report::ReportFigure>(&block)) {
                for (const auto &series : figure->series) {
                    QVariantList values;
                    for (double value : series.values) {
                        values << value;
                    }
                    lines << figure->key + QLatin1Char(' ') + series.name + QLatin1Char(' ') + rowText(values);
                }
            }
        }
    }
    return lines + document.omitted;
}

QStringList fingerprint(const Report::DataTable &table)
{
    QStringList lines;
    for (const auto &row : table.rows) {
        lines << rowText(row);
    }
    return lines;
}

QString postgresType(const QString &sqliteType)
{
    const QString type = sqliteType.toUpper();
    if (type.contains(QLatin1String("INT"))) {
        return QStringLiteral("BIGINT");
    }
    if (type.contains(QLatin1String("REAL"))) {
        return QStringLiteral("DOUBLE PRECISION");
    }
    return QStringLiteral("TEXT");
}

bool exec(QSqlQuery &query, const QString &sql)
{
    if (!query.exec(sql)) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        return false;
    }
    return true;
}

// Creates each table with the same columns (portable types) and copies its rows.
bool copyWorkspace(QSqlDatabase source, QSqlDatabase target)
{
    for (const QString &table : kTables) {
        QSqlQuery info(source);
        if (!exec(info, QStringLiteral("PRAGMA table_info(%1)").arg(table))) {
            return false;
        }
        QStringList columns;
        QStringList definitions;
        while (info.next()) {
            const QString column = QLatin1Char('"') + info.value(1).toString() + QLatin1Char('"');
            columns << column;
            definitions << column + QLatin1Char(' ') + postgresType(info.value(2).toString());
        }
        QSqlQuery create(target);
        if (!exec(create, QStringLiteral("CREATE TABLE %1 (%2)").arg(table, definitions.join(u',')))) {
            return false;
        }
        QSqlQuery rows(source);
        rows.setForwardOnly(true);
        if (!exec(rows, QStringLiteral("SELECT %1 FROM %2").arg(columns.join(u','), table))) {
            return false;
        }
        QSqlQuery insert(target);
        QStringList marks(columns.size(), QStringLiteral("?"));
        insert.prepare(
            QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)").arg(table, columns.join(u','), marks.join(u',')));
        target.transaction();
        while (rows.next()) {
            for (int i = 0; i < columns.size(); ++i) {
                insert.bindValue(i, rows.value(i));
            }
            if (!insert.exec()) {
                qWarning("insert into %s: %s", qPrintable(table), qPrintable(insert.lastError().text()));
                target.rollback();
                return false;
            }
        }
        target.commit();
    }
    // The same secondary index the scan relies on in SQLite, so the plans are comparable.
    QSqlQuery index(target);
    return exec(index, QStringLiteral("CREATE INDEX orders_by_customer ON orders(customer_id, ordered_at)"))
        && exec(index, QStringLiteral("ANALYZE"));
}

}  // namespace

class TestPostgresPortability final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void shouldScanTheSamePurchaseHistory();
    void shouldFindTheSameDefaultAsOfDate();
    void shouldScoreRfmIdentically();
    void shouldAssignTheSameTiers();
    void shouldClassifyTheSameLifecycleStages();
    void shouldBuildTheSameCohorts();
    void shouldCountTheSameFunnel();
    void shouldMeasureCampaignsIdentically();
    void shouldBuildTheSameCampaignReview();
    void shouldExportTheSameTargetLists();

private:
    QSqlDatabase sqlite() const { return m_connection->database(); }
    QSqlDatabase postgres() const { return QSqlDatabase::database(kPgConnection); }

    Crm::Test::TestWorkspace m_workspace;
    std::optional<Store::Connection> m_connection;
    QString m_schema;
    QDate m_asOf;
};

void TestPostgresPortability::initTestCase()
{
    const QByteArray host = qgetenv("CRM_TEST_PG_HOST");
    if (host.isEmpty()) {
        QSKIP("No PostgreSQL server: run `source .ci/postgres.sh start` (the quick start's test mode does) to "
              "check the analyses on PostgreSQL.");
    }
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        QFAIL("CRM_TEST_PG_HOST is set but Qt's PostgreSQL driver (libqt6sql6-psql) is missing.");
    }
    // Given a demo workspace in SQLite ...
    QVERIFY(m_workspace.isValid());
    Store::DemoOptions options;
    options.customers = 600;
    auto demo = Store::generateDemo(m_workspace.workspace(), options);
    QVERIFY2(demo.hasValue(), demo ? "" : qPrintable(demo.error().message));
    auto connection = m_workspace.workspace().connect();
    QVERIFY(connection.hasValue());
    m_connection.emplace(std::move(connection).value());

    // ... and the same rows in a fresh schema of the PostgreSQL server.
    QSqlDatabase pg = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), kPgConnection);
    pg.setHostName(QString::fromLocal8Bit(host));
    pg.setPort(qEnvironmentVariableIntValue("CRM_TEST_PG_PORT"));
    pg.setUserName(qEnvironmentVariable("CRM_TEST_PG_USER"));
    pg.setDatabaseName(qEnvironmentVariable("CRM_TEST_PG_DATABASE", QStringLiteral("postgres")));
    QVERIFY2(pg.open(), qPrintable(pg.lastError().text()));
    m_schema = QStringLiteral("crm_test_%1").arg(QCoreApplication::applicationPid());
    QSqlQuery setup(pg);
    QVERIFY(exec(setup, QStringLiteral("DROP SCHEMA IF EXISTS %1 CASCADE").arg(m_schema)));
    QVERIFY(exec(setup, QStringLiteral("CREATE SCHEMA %1").arg(m_schema)));
    QVERIFY(exec(setup, QStringLiteral("SET search_path TO %1").arg(m_schema)));
    QVERIFY(copyWorkspace(sqlite(), pg));

    QSqlQuery count(pg);
    QVERIFY(exec(count, QStringLiteral("SELECT COUNT(*) FROM orders")) && count.next());
    QCOMPARE(count.value(0).toLongLong(), demo->orders + demo->returns);
    auto asOf = Analysis::defaultAsOfDate(sqlite());
    QVERIFY(asOf && asOf->isValid());
    m_asOf = asOf.value();
}

void TestPostgresPortability::cleanupTestCase()
{
    if (QSqlDatabase::contains(kPgConnection)) {
        {
            QSqlDatabase pg = postgres();
            if (pg.isOpen() && !m_schema.isEmpty()) {
                QSqlQuery drop(pg);
                exec(drop, QStringLiteral("DROP SCHEMA %1 CASCADE").arg(m_schema));
            }
            pg.close();
        }
        QSqlDatabase::removeDatabase(kPgConnection);
    }
}

void TestPostgresPortability::shouldScanTheSamePurchaseHistory()
{
    Analysis::PurchaseHistoryRequest request;
    request.asOf = m_asOf;
    auto onSqlite = Analysis::loadPurchaseHistory(sqlite(), request);
    auto onPostgres = Analysis::loadPurchaseHistory(postgres(), request);
    QVERIFY2(onSqlite.hasValue(), onSqlite ? "" : qPrintable(onSqlite.error().message));
    QVERIFY2(onPostgres.hasValue(), onPostgres ? "" : qPrintable(onPostgres.error().message));
    QCOMPARE(onPostgres->size(), onSqlite->size());
    QVERIFY(onSqlite->size() >= 600);  // every customer, prospects included
    for (size_t i = 0; i < onSqlite->size(); ++i) {
        const auto &a = onSqlite.value()[i];
        const auto &b = onPostgres.value()[i];
        QCOMPARE(b.customerId, a.customerId);
        QCOMPARE(b.days.size(), a.days.size());
        for (size_t d = 0; d < a.days.size(); ++d) {
            QCOMPARE(b.days[d].julianDay, a.days[d].julianDay);
            QCOMPARE(b.days[d].orders, a.days[d].orders);
            QCOMPARE(b.days[d].purchases, a.days[d].purchases);
            QCOMPARE(b.days[d].returns, a.days[d].returns);
        }
    }
}

void TestPostgresPortability::shouldFindTheSameDefaultAsOfDate()
{
    auto onPostgres = Analysis::defaultAsOfDate(postgres());
    QVERIFY2(onPostgres.hasValue(), onPostgres ? "" : qPrintable(onPostgres.error().message));
    QCOMPARE(onPostgres.value(), m_asOf);
}

#define CRM_COMPARE_ON_BOTH(run, request)                                                                              \
    do {                                                                                                               \
        auto onSqlite = run(sqlite(), request);                                                                        \
        auto onPostgres = run(postgres(), request);                                                                    \
        QVERIFY2(onSqlite.hasValue(), onSqlite ? "" : qPrintable(onSqlite.error().message));                           \
        QVERIFY2(onPostgres.hasValue(), onPostgres ? "" : qPrintable(onPostgres.error().message));                     \
        const QStringList expected = fingerprint(onSqlite.value());                                                    \
        QVERIFY(expected.size() > 1);                                                                                  \
        QCOMPARE(fingerprint(onPostgres.value()), expected);                                                           \
    } while (false)

void TestPostgresPortability::shouldScoreRfmIdentically()
{
    Analysis::RfmRequest request;
    request.asOf = m_asOf;
    CRM_COMPARE_ON_BOTH(Analysis::runRfm, request);
}

void TestPostgresPortability::shouldAssignTheSameTiers()
{
    Analysis::TierRequest request;
    request.asOf = m_asOf;
    request.compareTo = m_asOf.addMonths(-6);
    CRM_COMPARE_ON_BOTH(Analysis::runTiers, request);
}

void TestPostgresPortability::shouldClassifyTheSameLifecycleStages()
{
    Analysis::LifecycleRequest request;
    request.asOf = m_asOf;
    CRM_COMPARE_ON_BOTH(Analysis::runLifecycle, request);
}

void TestPostgresPortability::shouldBuildTheSameCohorts()
{
    Analysis::CohortRequest request;
    request.asOf = m_asOf;
    CRM_COMPARE_ON_BOTH(Analysis::runCohorts, request);
}

void TestPostgresPortability::shouldCountTheSameFunnel()
{
    Analysis::FunnelRequest request;
    request.lifecycle.asOf = m_asOf;
    CRM_COMPARE_ON_BOTH(Analysis::runFunnel, request);
}

void TestPostgresPortability::shouldMeasureCampaignsIdentically()
{
    Analysis::CampaignsRequest request;
    request.asOf = m_asOf;
    CRM_COMPARE_ON_BOTH(Analysis::runCampaigns, request);
}

void TestPostgresPortability::shouldBuildTheSameCampaignReview()
{
    Report::CampaignReviewRequest request;
    request.asOf = m_asOf;
    request.workspaceName = QStringLiteral("demo");
    request.generatedAt = QDateTime(QDate(2026, 1, 2), QTime(9, 0), Qt::UTC);
    CRM_COMPARE_ON_BOTH(Report::buildCampaignReview, request);
}

void TestPostgresPortability::shouldExportTheSameTargetLists()
{
    Analysis::LifecycleRequest lifecycle;
    lifecycle.asOf = m_asOf;
    auto stages = Analysis::runLifecycle(sqlite(), lifecycle);
    QVERIFY(stages.hasValue());
    auto dormantList = [&](QSqlDatabase db, qsizetype limit) { return Report::dormantList(db, stages.value(), limit); };
    CRM_COMPARE_ON_BOTH(dormantList, 50);

    QSqlQuery campaign(sqlite());
    QVERIFY(exec(campaign, QStringLiteral("SELECT MIN(campaign_id) FROM campaigns")) && campaign.next());
    const QString campaignId = campaign.value(0).toString();
    auto targets = [&](QSqlDatabase db, bool includeControl) {
        return Report::campaignTargetList(db, campaignId, includeControl);
    };
    CRM_COMPARE_ON_BOTH(targets, true);
}

QTEST_GUILESS_MAIN(TestPostgresPortability)
#include "tst_postgresportability.moc"
