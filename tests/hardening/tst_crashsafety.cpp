// Crash safety (issue 9): an import killed with SIGKILL at any moment leaves a workspace
// that opens, passes PRAGMA integrity_check, and holds all or none of that import.
// The kill points are fractions of a measured full import, so they land before, inside
// and after the load whatever the machine's speed.

#include "store/connection.h"
#include "store/workspace.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Crm::Core;
using namespace Crm::Core::Store;

namespace {

constexpr int kOrders = 150000;
constexpr int kBaselineOrders = 100;

QString crmwb()
{
    return QStringLiteral(CRMWB_PATH);
}

// A deterministic orders file: ids are unique so every row is importable.
bool writeOrders(const QString &path, int first, int count)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        return false;
    }
    QByteArray text = "order_id,customer_id,order_date,amount,channel\n";
    for (int i = first; i < first + count; ++i) {
        const int day = 1 + i % 28;
        const int month = 1 + (i / 28) % 12;
        text += "SO" + QByteArray::number(i) + ",C" + QByteArray::number(i % 9973) + ",2025-"
            + QByteArray::number(month).rightJustified(2, '0') + '-' + QByteArray::number(day).rightJustified(2, '0')
            + " 10:00:00," + QByteArray::number(10 + i % 500) + '.' + QByteArray::number(i % 100).rightJustified(2, '0')
            + (i % 2 ? ",online\n" : ",store\n");
        if (text.size() > (1 << 20)) {
            file.write(text);
            text.clear();
        }
    }
    file.write(text);
    return file.error() == QFile::NoError;
}

struct Snapshot
{
    bool opened = false;
    QString integrity;
    qint64 orders = -1;
    qint64 completedImports = -1;
    qint64 ordersOfUnfinishedImports = -1;
};

Snapshot inspect(const QString &path)
{
    Snapshot snapshot;
    auto workspace = Workspace::open(path);
    if (!workspace) {
        snapshot.integrity = workspace.error().describe();
        return snapshot;
    }
    snapshot.opened = true;
    auto connection = workspace->connect();
    if (!connection) {
        snapshot.integrity = connection.error().describe();
        return snapshot;
    }
    QSqlQuery query(connection->database());
    auto scalar = [&query](const QString &sql) -> QVariant {
        return query.exec(sql) && query.next() ? query.value(0) : QVariant();
    };
    snapshot.integrity = scalar(QStringLiteral("PRAGMA integrity_check")).toString();
    snapshot.orders = scalar(QStringLiteral("SELECT COUNT(*) FROM orders")).toLongLong();
    snapshot.completedImports
        = scalar(QStringLiteral("SELECT COUNT(*) FROM imports WHERE finished_at IS NOT NULL")).toLongLong();
    snapshot.ordersOfUnfinishedImports
        = scalar(QStringLiteral("SELECT COUNT(*) FROM orders o JOIN imports i ON i.import_id = o.import_id "
                                "WHERE i.finished_at IS NULL"))
              .toLongLong();
    return snapshot;
}

bool copyWorkspace(const QString &from, const QString &to)
{
    // A closed workspace is checkpointed into its main file; copy that alone.
    QFile::remove(to);
    return QFile::copy(from, to);
}

int runImport(const QString &file, const QString &db, QString *output = nullptr)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(crmwb(),
                  {QStringLiteral("import"), file, QStringLiteral("--db"), db, QStringLiteral("--kind"),
                   QStringLiteral("orders")});
    process.waitForFinished(120000);
    if (output) {
        *output = QString::fromUtf8(process.readAll());
    }
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

}  // namespace

class TestCrashSafety final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void shouldHoldAllOrNoneAfterKill_data();
    void shouldHoldAllOrNoneAfterKill();
    void shouldImportAgainAfterKill();

private:
    QTemporaryDir m_dir;
    QString m_big;
    QString m_baseline;  // a workspace holding one small completed import
    qint64 m_fullImportMs = 0;
};

void TestCrashSafety::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QProcess help;
    help.start(crmwb(), {QStringLiteral("--help")});
    QVERIFY(help.waitForFinished(30000));
    if (!QString::fromUtf8(help.readAllStandardOutput()).contains(QLatin1String("\n  import "))) {
        QSKIP("this crmwb has no import command yet");
    }
    m_big = m_dir.filePath(QStringLiteral("orders-big.csv"));
    QVERIFY(writeOrders(m_big, 1000000, kOrders));
    const QString small = m_dir.filePath(QStringLiteral("orders-small.csv"));
    QVERIFY(writeOrders(small, 1, kBaselineOrders));

    m_baseline = m_dir.filePath(QStringLiteral("baseline.crmdb"));
    QVERIFY(Workspace::create(m_baseline));
    QString output;
    QCOMPARE(runImport(small, m_baseline, &output), 0);
    const Snapshot baseline = inspect(m_baseline);
    QCOMPARE(baseline.orders, qint64(kBaselineOrders));

    // How long a full import takes here decides where the kills land.
    const QString timing = m_dir.filePath(QStringLiteral("timing.crmdb"));
    QVERIFY(copyWorkspace(m_baseline, timing));
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(runImport(m_big, timing, &output), 0);
    m_fullImportMs = timer.elapsed();
    QCOMPARE(inspect(timing).orders, qint64(kBaselineOrders + kOrders));
    qInfo("full import of %d orders: %lld ms", kOrders, m_fullImportMs);
}

void TestCrashSafety::shouldHoldAllOrNoneAfterKill_data()
{
    QTest::addColumn<double>("fraction");
    QTest::newRow("at start") << 0.0;
    QTest::newRow("5%") << 0.05;
    QTest::newRow("25%") << 0.25;
    QTest::newRow("50%") << 0.5;
    QTest::newRow("75%") << 0.75;
    QTest::newRow("95%") << 0.95;
    QTest::newRow("99%") << 0.99;
}

void TestCrashSafety::shouldHoldAllOrNoneAfterKill()
{
    QFETCH(double, fraction);
    const QString db = m_dir.filePath(QStringLiteral("killed-%1.crmdb").arg(qRound(fraction * 100)));
    QVERIFY(copyWorkspace(m_baseline, db));
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(crmwb(),
                  {QStringLiteral("import"), m_big, QStringLiteral("--db"), db, QStringLiteral("--kind"),
                   QStringLiteral("orders")});
    QVERIFY(process.waitForStarted());
    const int delay = int(double(m_fullImportMs) * fraction);
    if (delay > 0) {
        process.waitForFinished(delay);
    }
    const bool finishedFirst = process.state() == QProcess::NotRunning;
    process.kill();  // SIGKILL on Unix: no handler runs, no destructor, no rollback
    process.waitForFinished(10000);

    const Snapshot after = inspect(db);
    QVERIFY2(after.opened, qPrintable(after.integrity));
    QCOMPARE(after.integrity, QStringLiteral("ok"));
    const bool none = after.orders == kBaselineOrders && after.completedImports == 1;
    const bool all = after.orders == kBaselineOrders + kOrders && after.completedImports == 2;
    QVERIFY2(none || all,
             qPrintable(QStringLiteral("killed after %1 ms (finished first: %2): %3 orders, %4 completed imports")
                            .arg(delay)
                            .arg(finishedFirst)
                            .arg(after.orders)
                            .arg(after.completedImports)));
    QCOMPARE(after.ordersOfUnfinishedImports, qint64(0));
    qInfo("killed after %d ms: %s", delay, all ? "all of the import" : "none of the import");
}

void TestCrashSafety::shouldImportAgainAfterKill()
{
    // The killed import must not block a retry (a stale lock, a half-recorded file hash).
    const QString db = m_dir.filePath(QStringLiteral("killed-50.crmdb"));
    QVERIFY(QFile::exists(db));
    const Snapshot before = inspect(db);
    QString output;
    const int status = runImport(m_big, db, &output);
    const Snapshot after = inspect(db);
    QCOMPARE(after.integrity, QStringLiteral("ok"));
    QCOMPARE(after.orders, qint64(kBaselineOrders + kOrders));
    if (before.orders == kBaselineOrders + kOrders) {
        // The kill came after the commit: the retry is a re-import the hash check refuses
        // or skips, without duplicating anything.
        QVERIFY2(status == 0 || status == 2, qPrintable(output));
        return;
    }
    QVERIFY2(status == 0, qPrintable(output));
}

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
