#include "programrun.h"
#include "testworkspace.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

using Run = Crm::Test::ProgramRun;

Run crmwb(const QStringList &arguments)
{
    return Crm::Test::runProgram(QStringLiteral(CRMWB_PATH), arguments);
}

}  // namespace

class TestCrmwb final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldListOnlyRealCommandsInHelp();
    void shouldPrintVersion();
    void shouldShowCommandHelp_data();
    void shouldShowCommandHelp();
    void shouldRejectBadUsage_data();
    void shouldRejectBadUsage();
    void shouldCreateDemoWorkspace();
    void shouldRefuseDemoIntoForeignFile();
    void shouldReuseMappingProfileForSameLayout();
    void shouldMapHeaderlessFileFromValues();
};

void TestCrmwb::shouldListOnlyRealCommandsInHelp()
{
    const Run run = crmwb({QStringLiteral("--help")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(QStringLiteral("Usage: crmwb <command>")));
    QVERIFY(run.out.contains(QStringLiteral("  demo ")));
    // Every command the help lists must answer its own --help.
    const QStringList lines = run.out.split(QLatin1Char('\n'));
    const qsizetype start = lines.indexOf(QStringLiteral("Commands:"));
    QVERIFY(start >= 0);
    for (qsizetype i = start + 1; i < lines.size() && lines.at(i).startsWith(QStringLiteral("  ")); ++i) {
        const QString name = lines.at(i).trimmed().section(QLatin1Char(' '), 0, 0);
        const Run help = crmwb({name, QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.out.contains(QStringLiteral("crmwb ") + name), qPrintable(help.out));
    }
}

void TestCrmwb::shouldPrintVersion()
{
    const Run run = crmwb({QStringLiteral("--version")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out.trimmed(), QStringLiteral("crmwb " CRM_VERSION));
}

void TestCrmwb::shouldShowCommandHelp_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("--help after command") << QStringList {QStringLiteral("demo"), QStringLiteral("--help")};
    QTest::newRow("help command") << QStringList {QStringLiteral("help"), QStringLiteral("demo")};
}

void TestCrmwb::shouldShowCommandHelp()
{
    QFETCH(QStringList, arguments);
    const Run run = crmwb(arguments);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QStringLiteral("Usage: crmwb demo [options]")), qPrintable(run.out));
    QVERIFY(run.out.contains(QStringLiteral("--db <FILE>")));
    QVERIFY(run.out.contains(QStringLiteral("--customers <N>")));
    QVERIFY(run.out.contains(QStringLiteral("--seed <S>")));
}

void TestCrmwb::shouldRejectBadUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no arguments") << QStringList {};
    QTest::newRow("unknown command") << QStringList {QStringLiteral("frobnicate")};
    QTest::newRow("not yet a command") << QStringList {QStringLiteral("todo")};
    QTest::newRow("unknown option") << QStringList {QStringLiteral("demo"), QStringLiteral("--colour")};
    QTest::newRow("missing --db") << QStringList {QStringLiteral("demo")};
    QTest::newRow("bad count") << QStringList {QStringLiteral("demo"), QStringLiteral("--db"),
                                               QStringLiteral("x.crmdb"), QStringLiteral("--customers"),
                                               QStringLiteral("many")};
    QTest::newRow("zero customers") << QStringList {QStringLiteral("demo"), QStringLiteral("--db"),
                                                    QStringLiteral("x.crmdb"), QStringLiteral("--customers"),
                                                    QStringLiteral("0")};
    QTest::newRow("help for unknown") << QStringList {QStringLiteral("help"), QStringLiteral("nope")};
}

void TestCrmwb::shouldRejectBadUsage()
{
    QFETCH(QStringList, arguments);
    const Run run = crmwb(arguments);
    QCOMPARE(run.exitCode, 1);
    QVERIFY(!run.err.isEmpty());
    QVERIFY(!QFile::exists(QStringLiteral("x.crmdb")));
}

void TestCrmwb::shouldCreateDemoWorkspace()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.crmdb"));
    const Run run = crmwb({QStringLiteral("demo"), QStringLiteral("--db"), path, QStringLiteral("--customers"),
                           QStringLiteral("150"), QStringLiteral("--seed"), QStringLiteral("3")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QStringLiteral("150 customers")), qPrintable(run.out));
    QVERIFY(Crm::Core::Store::Workspace::open(path));
    // A second run into the same, now non-empty, workspace is bad input and changes nothing.
    const Run again = crmwb({QStringLiteral("demo"), QStringLiteral("--db"), path});
    QCOMPARE(again.exitCode, 2);
    QVERIFY(again.err.contains(QStringLiteral("already holds data")));
}

void TestCrmwb::shouldRefuseDemoIntoForeignFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("orders.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("order_id,amount\n1,2\n");
    file.close();
    const Run run = crmwb({QStringLiteral("demo"), QStringLiteral("--db"), path});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QStringLiteral("orders.csv is not a CRM Workbench workspace")), qPrintable(run.err));
    QCOMPARE(Crm::Test::fileBytes(path), QByteArray("order_id,amount\n1,2\n"));
}

namespace {

QString writeText(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
        qWarning("cannot write %s", qPrintable(path));
    }
    return path;
}

}  // namespace

void TestCrmwb::shouldReuseMappingProfileForSameLayout()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("w.crmdb"));
    // Titles that name no field: the first file needs --map; the second, same layout, does not.
    const QString first = writeText(dir, QStringLiteral("a.csv"),
                                    "Beleg,Kunde,Datum,Betrag\nB-1,K1,2024-03-05,10.50\nB-2,K2,2024-03-06,20.00\n");
    const QString second
        = writeText(dir, QStringLiteral("b.csv"), "Beleg,Kunde,Datum,Betrag\nB-3,K1,2024-04-01,7.25\n");
    const QStringList map {QStringLiteral("--map"), QStringLiteral("order_id=Beleg"),
                           QStringLiteral("--map"), QStringLiteral("customer_id=2"),
                           QStringLiteral("--map"), QStringLiteral("ordered_at=Datum"),
                           QStringLiteral("--map"), QStringLiteral("amount=Betrag")};
    const Run a = crmwb(
        QStringList {QStringLiteral("import"), first, QStringLiteral("--db"), db, QStringLiteral("--json")} + map);
    QCOMPARE(a.exitCode, 0);
    const QJsonObject ja = QJsonDocument::fromJson(a.stdoutBytes).object();
    QCOMPARE(ja.value(QStringLiteral("mapping_source")).toString(), QStringLiteral("headers"));

    const Run b = crmwb({QStringLiteral("import"), second, QStringLiteral("--db"), db, QStringLiteral("--json")});
    QVERIFY2(b.exitCode == 0, qPrintable(b.err));
    const QJsonObject jb = QJsonDocument::fromJson(b.stdoutBytes).object();
    QCOMPARE(jb.value(QStringLiteral("mapping")).toObject(), ja.value(QStringLiteral("mapping")).toObject());
    QCOMPARE(jb.value(QStringLiteral("mapping")).toObject().value(QStringLiteral("customer_id")).toString(),
             QStringLiteral("Kunde"));
    QCOMPARE(jb.value(QStringLiteral("mapping_source")).toString(), QStringLiteral("profile"));
    QCOMPARE(jb.value(QStringLiteral("rows_imported")).toInt(), 1);
    const QJsonArray warnings = jb.value(QStringLiteral("warnings")).toArray();
    QVERIFY2(std::any_of(warnings.cbegin(), warnings.cend(),
                         [](const QJsonValue &w) {
                             return w.toString().contains(QLatin1String("mapping from saved profile for this layout"));
                         }),
             b.stdoutBytes.constData());
}

void TestCrmwb::shouldMapHeaderlessFileFromValues()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("w.crmdb"));
    const QString bare = writeText(dir, QStringLiteral("bare.csv"),
                                   "SO-1,C1,2024-03-05,128.00\nSO-2,C2,2024-03-06,59.90\nSO-3,C1,2024-03-07,8.80\n");
    const Run run = crmwb({QStringLiteral("import"), bare, QStringLiteral("--db"), db, QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonObject json = QJsonDocument::fromJson(run.stdoutBytes).object();
    QCOMPARE(json.value(QStringLiteral("mapping_source")).toString(), QStringLiteral("values"));
    QCOMPARE(json.value(QStringLiteral("rows_imported")).toInt(), 3);
    QCOMPARE(json.value(QStringLiteral("mapping")).toObject().value(QStringLiteral("amount")).toString(),
             QStringLiteral("Column 4"));
    // inspect shows the same fields.
    const Run inspect = crmwb({QStringLiteral("inspect"), bare, QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(inspect.exitCode, 0);
    const QJsonObject inspected = QJsonDocument::fromJson(inspect.stdoutBytes).object();
    QCOMPARE(inspected.value(QStringLiteral("kind")).toString(), QStringLiteral("orders"));
    QCOMPARE(
        inspected.value(QStringLiteral("columns")).toArray().at(2).toObject().value(QStringLiteral("field")).toString(),
        QStringLiteral("ordered_at"));
    // Two amount-like columns: no guess, exit 2 and a pointer to --map.
    const QString unclear = writeText(dir, QStringLiteral("unclear.csv"),
                                      "SO-1,C1,2024-03-05,128.00,130.00\nSO-2,C2,2024-03-06,59.90,61.00\n"
                                      "SO-3,C1,2024-03-07,8.80,9.00\n");
    const Run refused = crmwb({QStringLiteral("import"), unclear, QStringLiteral("--db"), db});
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains(QLatin1String("--map")), qPrintable(refused.err));
}

QTEST_GUILESS_MAIN(TestCrmwb)
#include "tst_crmwb.moc"
