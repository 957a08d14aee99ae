#include "programrun.h"
#include "testworkspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

using Run = Crm::Test::ProgramRun;

Run crmwb(const QStringList &arguments)
{
    return Crm::Test::runProgram(QStringLiteral(CRMWB_PATH), arguments);
}

QStringList csvLines(const QByteArray &out)
{
    return QString::fromUtf8(out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

}  // namespace

class TestAnalyzeCliB final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void shouldPrintCampaignsAsJson();
    void shouldPrintLifecycleTables_data();
    void shouldPrintLifecycleTables();
    void shouldPrintFunnelStepsAndTransitions();
    void shouldClassifyByPAliveFile();
    void shouldRejectBadOptions_data();
    void shouldRejectBadOptions();
    void shouldExplainAnEmptyWorkspace();

private:
    QTemporaryDir m_dir;
    QString m_db;
};

void TestAnalyzeCliB::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(QStringLiteral("demo.crmdb"));
    const Run run = crmwb(
        {QStringLiteral("demo"), QStringLiteral("--db"), m_db, QStringLiteral("--customers"), QStringLiteral("3000")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
}

void TestAnalyzeCliB::shouldPrintCampaignsAsJson()
{
    // When
    const Run run = crmwb({QStringLiteral("analyze"), QStringLiteral("campaigns"), QStringLiteral("--db"), m_db,
                           QStringLiteral("--format"), QStringLiteral("json")});
    // Then
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(run.stdoutBytes, &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    const QJsonArray rows = document.array();
    QCOMPARE(rows.size(), 4);
    const QStringList contract {QStringLiteral("campaign_id"),
                                QStringLiteral("name"),
                                QStringLiteral("contacts"),
                                QStringLiteral("control"),
                                QStringLiteral("responders"),
                                QStringLiteral("response_rate"),
                                QStringLiteral("control_responders"),
                                QStringLiteral("control_response_rate"),
                                QStringLiteral("uplift"),
                                QStringLiteral("revenue"),
                                QStringLiteral("incremental_revenue"),
                                QStringLiteral("cost"),
                                QStringLiteral("roas"),
                                QStringLiteral("roi"),
                                QStringLiteral("p_value"),
                                QStringLiteral("reactivation_rate"),
                                QStringLiteral("average_order_value")};
    QHash<QString, QJsonObject> byId;
    for (const QJsonValue &value : rows) {
        const QJsonObject row = value.toObject();
        for (const QString &key : contract) {
            QVERIFY2(row.contains(key), qPrintable(key));
        }
        byId.insert(row.value(QStringLiteral("campaign_id")).toString(), row);
    }
    const QJsonObject winback = byId.value(QStringLiteral("CMP-WINBACK"));
    QVERIFY(winback.value(QStringLiteral("uplift")).toDouble() > 0);
    QVERIFY(winback.value(QStringLiteral("p_value")).isDouble());
    QVERIFY(winback.value(QStringLiteral("p_value")).toDouble() < 0.05);
    // Rates are fractions: responders / contacts
    QCOMPARE(winback.value(QStringLiteral("response_rate")).toDouble(),
             winback.value(QStringLiteral("responders")).toDouble()
                 / winback.value(QStringLiteral("contacts")).toDouble());
    const QJsonObject vip = byId.value(QStringLiteral("CMP-VIP"));
    QCOMPARE(vip.value(QStringLiteral("incremental")).toString(), QStringLiteral("false"));
    QVERIFY(vip.value(QStringLiteral("roi")).isNull());
    QVERIFY(vip.value(QStringLiteral("incremental_revenue")).isNull());
    QVERIFY(vip.value(QStringLiteral("p_value")).isNull());
    QCOMPARE(vip.value(QStringLiteral("control")).toInt(), 0);
    QVERIFY(vip.value(QStringLiteral("revenue")).toDouble() > 0);
    // A wider window can only find more responders
    const Run wider = crmwb({QStringLiteral("analyze"), QStringLiteral("campaigns"), QStringLiteral("--db"), m_db,
                             QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--window-days"),
                             QStringLiteral("60"), QStringLiteral("--margin"), QStringLiteral("0.5")});
    QCOMPARE(wider.exitCode, 0);
    for (const QJsonValue &value : QJsonDocument::fromJson(wider.stdoutBytes).array()) {
        const QJsonObject row = value.toObject();
        const QJsonObject narrow = byId.value(row.value(QStringLiteral("campaign_id")).toString());
        QVERIFY(row.value(QStringLiteral("responders")).toInt() >= narrow.value(QStringLiteral("responders")).toInt());
    }
}

void TestAnalyzeCliB::shouldPrintLifecycleTables_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("header");
    QTest::newRow("per customer") << QStringList {}
                                  << "customer_id,stage,recency_days,cycle_days,dormant_after_days,churned_after_days,"
                                     "cycle_source";
    QTest::newRow("summary") << QStringList {QStringLiteral("--summary")} << "stage,customers";
    QTest::newRow("dormant only") << QStringList {QStringLiteral("--dormant-only")}
                                  << "rank,customer_id,last_order,recency_days,cycle_days,cycle_source,"
                                     "dormant_after_days,purchase_days,frequency,spend_12m_before_quiet";
}

void TestAnalyzeCliB::shouldPrintLifecycleTables()
{
    QFETCH(QStringList, options);
    QFETCH(QString, header);
    const Run run = crmwb(
        QStringList {QStringLiteral("analyze"), QStringLiteral("lifecycle"), QStringLiteral("--db"), m_db} + options);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QStringList lines = csvLines(run.stdoutBytes);
    QVERIFY(lines.size() > 1);
    QCOMPARE(lines.first(), header);
    if (options.contains(QStringLiteral("--summary"))) {
        qint64 total = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            total += lines.at(i).section(QLatin1Char(','), 1, 1).toLongLong();
        }
        QCOMPARE(total, qint64(3000));  // every demo customer has exactly one stage
    }
}

void TestAnalyzeCliB::shouldPrintFunnelStepsAndTransitions()
{
    const Run steps = crmwb({QStringLiteral("analyze"), QStringLiteral("funnel"), QStringLiteral("--db"), m_db});
    QVERIFY2(steps.exitCode == 0, qPrintable(steps.err));
    const QStringList lines = csvLines(steps.stdoutBytes);
    QCOMPARE(lines.size(), 5);
    QCOMPARE(lines.first(), QStringLiteral("step,customers,pct_of_previous,pct_of_first"));
    QVERIFY(lines.at(1).startsWith(QStringLiteral("acquired,")));
    const Run matrix = crmwb({QStringLiteral("analyze"), QStringLiteral("funnel"), QStringLiteral("--db"), m_db,
                              QStringLiteral("--transitions")});
    QVERIFY2(matrix.exitCode == 0, qPrintable(matrix.err));
    const QStringList rows = csvLines(matrix.stdoutBytes);
    QCOMPARE(rows.first(), QStringLiteral("from_stage,prospect,new,active,dormant,churned"));
    qint64 total = 0;
    for (qsizetype i = 1; i < rows.size(); ++i) {
        const QStringList cells = rows.at(i).split(QLatin1Char(','));
        for (qsizetype j = 1; j < cells.size(); ++j) {
            total += cells.at(j).toLongLong();
        }
    }
    QCOMPARE(total, qint64(3000));
}

void TestAnalyzeCliB::shouldClassifyByPAliveFile()
{
    // Given two customers the cycle rule finds dormant and active
    const QStringList arguments {QStringLiteral("analyze"), QStringLiteral("lifecycle"), QStringLiteral("--db"), m_db};
    const Run cycle = crmwb(arguments);
    QCOMPARE(cycle.exitCode, 0);
    QString dormant;
    QString active;
    for (const QString &line : csvLines(cycle.stdoutBytes)) {
        const QString id = line.section(QLatin1Char(','), 0, 0);
        const QString stage = line.section(QLatin1Char(','), 1, 1);
        if (dormant.isEmpty() && stage == QLatin1String("dormant")) {
            dormant = id;
        } else if (active.isEmpty() && stage == QLatin1String("active")) {
            active = id;
        }
    }
    QVERIFY(!dormant.isEmpty() && !active.isEmpty());
    // When P(alive) says the dormant one is alive and the active one gone
    const QString path = m_dir.filePath(QStringLiteral("palive.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral("customer_id,p_alive\n%1,0.93\n%2,0.04\n").arg(dormant, active).toUtf8());
    file.close();
    const Run byPAlive = crmwb(arguments + QStringList {QStringLiteral("--p-alive"), path});
    QVERIFY2(byPAlive.exitCode == 0, qPrintable(byPAlive.err));
    // Then
    const QStringList lines = csvLines(byPAlive.stdoutBytes);
    QVERIFY2(lines.indexOf(QRegularExpression(QStringLiteral("%1,active,.*").arg(dormant))) >= 0,
             qPrintable(dormant + QLatin1Char(' ') + lines.filter(dormant).join(QLatin1Char('|'))));
    QVERIFY(lines.indexOf(QRegularExpression(QStringLiteral("%1,churned,.*").arg(active))) >= 0);
}

void TestAnalyzeCliB::shouldRejectBadOptions_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("negative window") << QStringList {QStringLiteral("campaigns"), QStringLiteral("--window-days"),
                                                     QStringLiteral("-1")};
    QTest::newRow("margin not a number") << QStringList {QStringLiteral("campaigns"), QStringLiteral("--margin"),
                                                         QStringLiteral("lots")};
    QTest::newRow("funnel option on campaigns")
        << QStringList {QStringLiteral("campaigns"), QStringLiteral("--transitions")};
    QTest::newRow("summary and dormant-only")
        << QStringList {QStringLiteral("lifecycle"), QStringLiteral("--summary"), QStringLiteral("--dormant-only")};
    QTest::newRow("bad dormant factor") << QStringList {QStringLiteral("lifecycle"), QStringLiteral("--dormant-cycles"),
                                                        QStringLiteral("x")};
}

void TestAnalyzeCliB::shouldRejectBadOptions()
{
    QFETCH(QStringList, arguments);
    const Run run
        = crmwb(QStringList {QStringLiteral("analyze")} + arguments + QStringList {QStringLiteral("--db"), m_db});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.isEmpty());
    QVERIFY(!run.err.isEmpty());
}

void TestAnalyzeCliB::shouldExplainAnEmptyWorkspace()
{
    Crm::Test::TestWorkspace empty;
    QVERIFY(empty.isValid());
    for (const QString &name : {QStringLiteral("lifecycle"), QStringLiteral("funnel"), QStringLiteral("campaigns")}) {
        const Run run = crmwb({QStringLiteral("analyze"), name, QStringLiteral("--db"), empty.path()});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("no orders")), qPrintable(run.err));
        // With a date there is simply nothing to count
        const Run dated = crmwb({QStringLiteral("analyze"), name, QStringLiteral("--db"), empty.path(),
                                 QStringLiteral("--as-of"), QStringLiteral("2025-01-01")});
        QVERIFY2(dated.exitCode == 0, qPrintable(dated.err));
    }
}

QTEST_GUILESS_MAIN(TestAnalyzeCliB)
#include "tst_analyzecli_b.moc"
