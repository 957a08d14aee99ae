#include "programrun.h"
#include "testworkspace.h"

#include <QDir>
#include <QFile>
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

QTEST_GUILESS_MAIN(TestCrmwb)
#include "tst_crmwb.moc"
