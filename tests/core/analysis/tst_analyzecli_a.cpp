#include "programrun.h"
#include "store/connection.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

using Run = Crm::Test::ProgramRun;

Run crmwb(const QStringList &arguments)
{
    return Crm::Test::runProgram(QStringLiteral(CRMWB_PATH), arguments);
}

QStringList lines(const QString &text)
{
    return text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

// Counts with plain SQL, independently of the analyses.
qint64 count(const QString &dbPath, const QString &sql)
{
    auto connection = Crm::Core::Store::Connection::openSqlite(dbPath);
    if (!connection) {
        return -1;
    }
    QSqlQuery query(connection->database());
    return query.exec(sql) && query.next() ? query.value(0).toLongLong() : -1;
}

}  // namespace

class TestAnalyzeCliA final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void shouldPrintRfmPerCustomer();
    void shouldPrintRfmSummary();
    void shouldReadSegmentRulesFile();
    void shouldUseTheWorkspaceSegmentRules();
    void shouldPrintTiers();
    void shouldPrintTierMigration();
    void shouldPrintCohorts();
    void shouldRejectBadOptionValues_data();
    void shouldRejectBadOptionValues();

private:
    QTemporaryDir m_dir;
    QString m_db;
};

void TestAnalyzeCliA::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = QDir(m_dir.path()).filePath(QStringLiteral("demo.crmdb"));
    const Run demo = crmwb(
        {QStringLiteral("demo"), QStringLiteral("--db"), m_db, QStringLiteral("--customers"), QStringLiteral("400")});
    QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
}

void TestAnalyzeCliA::shouldPrintRfmPerCustomer()
{
    const Run run = crmwb({QStringLiteral("analyze"), QStringLiteral("rfm"), QStringLiteral("--db"), m_db,
                           QStringLiteral("--format"), QStringLiteral("csv")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QStringList rows = lines(run.out);
    QVERIFY(!rows.isEmpty());
    QCOMPARE(rows.first(),
             QStringLiteral("customer_id,first_order,last_order,recency_days,frequency,monetary,"
                            "r_score,f_score,m_score,segment"));
    // One row per customer with a purchase (D is after the last order, so all of them).
    const qint64 buyers
        = count(m_db, QStringLiteral("SELECT COUNT(DISTINCT customer_id) FROM orders WHERE status = 'purchase'"));
    QVERIFY(buyers > 0);
    QCOMPARE(rows.size() - 1, buyers);
}

void TestAnalyzeCliA::shouldPrintRfmSummary()
{
    const Run run = crmwb({QStringLiteral("analyze"), QStringLiteral("rfm"), QStringLiteral("--db"), m_db,
                           QStringLiteral("--summary"), QStringLiteral("--scoring"), QStringLiteral("pandas")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QStringList rows = lines(run.out);
    QCOMPARE(rows.first(), QStringLiteral("segment,customers,orders,revenue,average_order_value,revenue_share"));
    QCOMPARE(rows.size() - 1, 10);  // the ten segments of the default grid
    qint64 customers = 0;
    for (qsizetype i = 1; i < rows.size(); ++i) {
        customers += rows.at(i).section(QLatin1Char(','), 1, 1).toLongLong();
    }
    // pandas keeps customers with a positive net spend only.
    const qint64 positive = count(m_db,
                                  QStringLiteral("SELECT COUNT(*) FROM (SELECT customer_id FROM orders GROUP "
                                                 "BY customer_id HAVING SUM(CASE WHEN status = 'purchase' THEN "
                                                 "1 ELSE 0 END) > 0 AND SUM(amount_minor) > 0)"));
    QCOMPARE(customers, positive);
}

void TestAnalyzeCliA::shouldReadSegmentRulesFile()
{
    const QString path = QDir(m_dir.path()).filePath(QStringLiteral("rules.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("segment,r_low,r_high,f_low,f_high\nRecent,4,5,1,5\nEveryone else,1,5,1,5\n");
    file.close();
    const Run run = crmwb({QStringLiteral("analyze"), QStringLiteral("rfm"), QStringLiteral("--db"), m_db,
                           QStringLiteral("--summary"), QStringLiteral("--segment-rules"), path});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QStringList rows = lines(run.out);
    QCOMPARE(rows.size(), 3);
    QVERIFY(rows.at(1).startsWith(QStringLiteral("Recent,")));
    QVERIFY(rows.at(2).startsWith(QStringLiteral("Everyone else,")));
    const Run missing = crmwb({QStringLiteral("analyze"), QStringLiteral("rfm"), QStringLiteral("--db"), m_db,
                               QStringLiteral("--segment-rules"), path + QStringLiteral(".missing")});
    QCOMPARE(missing.exitCode, 2);
}

void TestAnalyzeCliA::shouldUseTheWorkspaceSegmentRules()
{
    // A copy of the demo with rules stored as the GUI's rule editor stores them.
    const QString db = QDir(m_dir.path()).filePath(QStringLiteral("rules.crmdb"));
    QVERIFY(QFile::copy(m_db, db));
    const auto store = [&db](const QString &rules, const QString &unmatched) {
        auto connection = Crm::Core::Store::Connection::openSqlite(db);
        QSqlQuery query(connection->database());
        query.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES ('rfm.segment_rules', :rules), "
                                     "('rfm.unmatched_segment', :unmatched) ON CONFLICT (key) DO UPDATE SET "
                                     "value = excluded.value"));
        query.bindValue(QStringLiteral(":rules"), rules);
        query.bindValue(QStringLiteral(":unmatched"), unmatched);
        return query.exec();
    };
    QVERIFY(store(QStringLiteral("segment,r_low,r_high,f_low,f_high,m_low,m_high\n\"Recent, any\",4,5,1,5,1,5\n"),
                  QStringLiteral("The rest")));
    const QStringList summary {QStringLiteral("analyze"), QStringLiteral("rfm"), QStringLiteral("--db"), db,
                               QStringLiteral("--summary")};
    const Run run = crmwb(summary);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.err, QString());
    QStringList rows = lines(run.out);
    QCOMPARE(rows.size(), 3);
    QVERIFY2(rows.at(1).startsWith(QStringLiteral("\"Recent, any\",")), qPrintable(rows.at(1)));
    QVERIFY(rows.at(2).startsWith(QStringLiteral("The rest,")));
    // R 4-5 is two fifths of the customers by recency quintile, give or take ties.
    const qint64 recent = rows.at(1).section(QLatin1String("\","), 1).section(QLatin1Char(','), 0, 0).toLongLong();
    const qint64 rest = rows.at(2).section(QLatin1Char(','), 1, 1).toLongLong();
    QVERIFY(recent > 0 && rest > 0);
    QCOMPARE(recent + rest,
             count(db, QStringLiteral("SELECT COUNT(DISTINCT customer_id) FROM orders WHERE status = 'purchase'")));

    // --segment-rules still wins
    const Run grid = crmwb(summary + QStringList {QStringLiteral("--segment-rules"), QStringLiteral("default")});
    QVERIFY2(grid.exitCode == 0, qPrintable(grid.err));
    QCOMPARE(lines(grid.out).size() - 1, 10);

    // export segment finds the stored segment by its name
    const QString out = QDir(m_dir.path()).filePath(QStringLiteral("recent.csv"));
    const Run exported = crmwb({QStringLiteral("export"), QStringLiteral("segment"), QStringLiteral("Recent, any"),
                                QStringLiteral("--db"), db, QStringLiteral("--out"), out});
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(lines(QString::fromUtf8(file.readAll())).size() - 1, recent);

    // Unreadable stored rules: the default grid, with a warning, and the output still written
    QVERIFY(store(QStringLiteral("Broken,9,1,1,5"), QStringLiteral("Others")));
    const Run broken = crmwb(summary);
    QCOMPARE(broken.exitCode, 0);
    QVERIFY2(broken.err.contains(QStringLiteral("default rules are used")), qPrintable(broken.err));
    QCOMPARE(lines(broken.out).size() - 1, 10);
}

void TestAnalyzeCliA::shouldPrintTiers()
{
    const Run run = crmwb({QStringLiteral("analyze"), QStringLiteral("tiers"), QStringLiteral("--db"), m_db,
                           QStringLiteral("--tier-thresholds"), QStringLiteral("100,500,2000")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QStringList rows = lines(run.out);
    QCOMPARE(rows.first(), QStringLiteral("tier,customers,share,revenue"));
    QCOMPARE(rows.size(), 5);
    QVERIFY(rows.at(1).startsWith(QStringLiteral("Regular,")));
    QVERIFY(rows.at(4).startsWith(QStringLiteral("Diamond,")));
    qint64 customers = 0;
    for (qsizetype i = 1; i < rows.size(); ++i) {
        customers += rows.at(i).section(QLatin1Char(','), 1, 1).toLongLong();
    }
    const qint64 everyone = count(m_db,
                                  QStringLiteral("SELECT COUNT(*) FROM (SELECT customer_id FROM customers "
                                                 "UNION SELECT customer_id FROM orders)"));
    QCOMPARE(customers, everyone);
    const Run perCustomer = crmwb({QStringLiteral("analyze"), QStringLiteral("tiers"), QStringLiteral("--db"), m_db,
                                   QStringLiteral("--per-customer")});
    QCOMPARE(perCustomer.exitCode, 0);
    QCOMPARE(lines(perCustomer.out).first(), QStringLiteral("customer_id,spend_12m,tier"));
    QCOMPARE(lines(perCustomer.out).size() - 1, everyone);
}

void TestAnalyzeCliA::shouldPrintTierMigration()
{
    const Run run = crmwb({QStringLiteral("analyze"), QStringLiteral("tiers"), QStringLiteral("--db"), m_db,
                           QStringLiteral("--compare-to"), QStringLiteral("2025-06-30")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QStringList rows = lines(run.out);
    QCOMPARE(rows.first(), QStringLiteral("from_tier,Regular,Silver,Gold,Diamond"));
    QCOMPARE(rows.size(), 5);
}

void TestAnalyzeCliA::shouldPrintCohorts()
{
    for (const char *period : {"month", "week", "quarter"}) {
        const Run run = crmwb({QStringLiteral("analyze"), QStringLiteral("cohorts"), QStringLiteral("--db"), m_db,
                               QStringLiteral("--period"), QString::fromLatin1(period)});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QStringList rows = lines(run.out);
        QCOMPARE(rows.first(), QStringLiteral("cohort,period,cohort_size,active_customers,retention,revenue"));
        QVERIFY(rows.size() > 1);
        // Period 0 of every cohort: everybody was active.
        const QStringList first = rows.at(1).split(QLatin1Char(','));
        QCOMPARE(first.at(1), QStringLiteral("0"));
        QCOMPARE(first.at(3), first.at(2));
    }
}

void TestAnalyzeCliA::shouldRejectBadOptionValues_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("scoring") << QStringList {QStringLiteral("rfm"), QStringLiteral("--scoring"), QStringLiteral("x")};
    QTest::newRow("fixed without thresholds")
        << QStringList {QStringLiteral("rfm"), QStringLiteral("--scoring"), QStringLiteral("fixed")};
    QTest::newRow("descending thresholds")
        << QStringList {QStringLiteral("rfm"),         QStringLiteral("--scoring"),
                        QStringLiteral("fixed"),       QStringLiteral("--recency-thresholds"),
                        QStringLiteral("90,60,30,10"), QStringLiteral("--frequency-thresholds"),
                        QStringLiteral("1,2,3,4"),     QStringLiteral("--monetary-thresholds"),
                        QStringLiteral("1,2,3,4")};
    QTest::newRow("tier thresholds") << QStringList {QStringLiteral("tiers"), QStringLiteral("--tier-thresholds"),
                                                     QStringLiteral("5000,1000")};
    QTest::newRow("tier rule") << QStringList {QStringLiteral("tiers"), QStringLiteral("--tier-rule"),
                                               QStringLiteral("age")};
    QTest::newRow("compare-to") << QStringList {QStringLiteral("tiers"), QStringLiteral("--compare-to"),
                                                QStringLiteral("2025-13-01")};
    QTest::newRow("period") << QStringList {QStringLiteral("cohorts"), QStringLiteral("--period"),
                                            QStringLiteral("year")};
    QTest::newRow("option of another analysis")
        << QStringList {QStringLiteral("cohorts"), QStringLiteral("--scoring"), QStringLiteral("pandas")};
}

void TestAnalyzeCliA::shouldRejectBadOptionValues()
{
    QFETCH(QStringList, arguments);
    const Run run
        = crmwb(QStringList {QStringLiteral("analyze")} + arguments + QStringList {QStringLiteral("--db"), m_db});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.isEmpty());
    QVERIFY(!run.err.isEmpty());
}

QTEST_GUILESS_MAIN(TestAnalyzeCliA)
#include "tst_analyzecli_a.moc"
