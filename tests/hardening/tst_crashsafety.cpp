// Crash safety (issue 9): an import killed with SIGKILL at any moment leaves a workspace
// that opens, passes PRAGMA integrity_check and foreign_key_check, keeps its indexes, and
// holds all or none of that import.
// The file is large enough for the importer to drop the orders indexes and build them again
// before commit, so the load, the index rebuild and the commit are all kill targets. Kill
// points come from a measured full import: fractions of the time until its first write to
// the write-ahead log (the load and the index rebuild, which stay in SQLite's page cache),
// and points inside the commit itself, found by watching the WAL grow.

#include "import/loader/importer.h"
#include "store/connection.h"
#include "store/workspace.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Crm::Core;
using namespace Crm::Core::Store;

namespace {

constexpr int kOrders = 100000;
constexpr int kBaselineOrders = 100;
// Above this the index-rebuild path is not exercised (it would make the test too slow).
constexpr qint64 kMaxBigFileBytes = qint64(128) << 20;

QString crmwb()
{
    return QStringLiteral(CRMWB_PATH);
}

// A deterministic orders file: ids are unique so every row is importable. `padding` bytes
// of an unmapped column per row make the file large without adding work for the loader.
bool writeOrders(const QString &path, int first, int count, int padding = 0)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        return false;
    }
    const QByteArray pad = padding > 0 ? ',' + QByteArray(padding, 'p') : QByteArray();
    QByteArray text = padding > 0 ? "order_id,customer_id,order_date,amount,channel,zz_padding\n"
                                  : "order_id,customer_id,order_date,amount,channel\n";
    for (int i = first; i < first + count; ++i) {
        const int day = 1 + i % 28;
        const int month = 1 + (i / 28) % 12;
        text += "SO" + QByteArray::number(i) + ",C" + QByteArray::number(i % 9973) + ",2025-"
            + QByteArray::number(month).rightJustified(2, '0') + '-' + QByteArray::number(day).rightJustified(2, '0')
            + " 10:00:00," + QByteArray::number(10 + i % 500) + '.' + QByteArray::number(i % 100).rightJustified(2, '0')
            + (i % 2 ? ",online" : ",store") + pad + '\n';
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
    qint64 foreignKeyViolations = -1;
    QStringList indexes;  // of every table, sorted
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
    snapshot.foreignKeyViolations = 0;
    if (query.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
        while (query.next()) {
            ++snapshot.foreignKeyViolations;
        }
    }
    if (query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index' ORDER BY name"))) {
        while (query.next()) {
            snapshot.indexes.append(query.value(0).toString());
        }
    }
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
    for (const char *suffix : {"", "-wal", "-shm"}) {
        QFile::remove(to + QLatin1String(suffix));
    }
    return QFile::copy(from, to);
}

void startImport(QProcess &process, const QString &file, const QString &db)
{
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(crmwb(),
                  {QStringLiteral("import"), file, QStringLiteral("--db"), db, QStringLiteral("--kind"),
                   QStringLiteral("orders")});
}

int runImport(const QString &file, const QString &db, QString *output = nullptr)
{
    QProcess process;
    startImport(process, file, db);
    process.waitForFinished(300000);
    if (output) {
        *output = QString::fromUtf8(process.readAll());
    }
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

qint64 walBytes(const QString &db)
{
    return QFileInfo(db + QStringLiteral("-wal")).size();
}

// Where a kill lands: after a time, or once the write-ahead log holds some bytes.
enum class KillAt { Elapsed, WalBytes };

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
    Snapshot m_baselineSnapshot;
    qint64 m_fullImportMs = 0;
    qint64 m_firstWalWriteMs = -1;  // the load and index rebuild end about here
    qint64 m_largestWalBytes = 0;
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
    // Big enough that the importer drops and rebuilds the orders indexes.
    const qint64 rebuildFrom = Crm::Core::Import::ImportRequest().rebuildIndexesFromBytes;
    const int padding = int(qBound(qint64(0), (rebuildFrom + (rebuildFrom >> 3)) / kOrders - 60, qint64(4000)));
    m_big = m_dir.filePath(QStringLiteral("orders-big.csv"));
    QVERIFY(writeOrders(m_big, 1000000, kOrders, rebuildFrom <= kMaxBigFileBytes ? padding : 0));
    if (QFileInfo(m_big).size() < rebuildFrom) {
        qWarning("the index rebuild (files from %lld bytes) is not exercised", rebuildFrom);
    }
    const QString small = m_dir.filePath(QStringLiteral("orders-small.csv"));
    QVERIFY(writeOrders(small, 1, kBaselineOrders));

    m_baseline = m_dir.filePath(QStringLiteral("baseline.crmdb"));
    QVERIFY(Workspace::create(m_baseline));
    QString output;
    QCOMPARE(runImport(small, m_baseline, &output), 0);
    m_baselineSnapshot = inspect(m_baseline);
    QCOMPARE(m_baselineSnapshot.orders, qint64(kBaselineOrders));
    QVERIFY(!m_baselineSnapshot.indexes.isEmpty());

    // How long a full import takes here, and when it starts writing the WAL, decide where
    // the kills land.
    const QString timing = m_dir.filePath(QStringLiteral("timing.crmdb"));
    QVERIFY(copyWorkspace(m_baseline, timing));
    QElapsedTimer timer;
    timer.start();
    QProcess process;
    startImport(process, m_big, timing);
    QVERIFY(process.waitForStarted());
    while (!process.waitForFinished(1) && timer.elapsed() < 300000) {
        const qint64 wal = walBytes(timing);
        if (wal > 0 && m_firstWalWriteMs < 0) {
            m_firstWalWriteMs = timer.elapsed();
        }
        m_largestWalBytes = qMax(m_largestWalBytes, wal);
    }
    m_fullImportMs = timer.elapsed();
    output = QString::fromUtf8(process.readAll());
    QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0, qPrintable(output));
    const Snapshot imported = inspect(timing);
    QCOMPARE(imported.orders, qint64(kBaselineOrders + kOrders));
    QCOMPARE(imported.indexes, m_baselineSnapshot.indexes);
    if (m_firstWalWriteMs < 0) {
        m_firstWalWriteMs = m_fullImportMs;
    }
    qInfo("full import of %d orders (%lld MB): %lld ms, first WAL write at %lld ms, WAL up to %lld KiB", kOrders,
          QFileInfo(m_big).size() >> 20, m_fullImportMs, m_firstWalWriteMs, m_largestWalBytes >> 10);
}

void TestCrashSafety::shouldHoldAllOrNoneAfterKill_data()
{
    // Elapsed: a fraction of the time to the first WAL write; WalBytes: a fraction of the
    // largest WAL the full import wrote.
    QTest::addColumn<int>("atValue");
    QTest::addColumn<double>("fraction");
    QTest::newRow("at start") << int(KillAt::Elapsed) << 0.0;
    QTest::newRow("load 5%") << int(KillAt::Elapsed) << 0.05;
    QTest::newRow("load 30%") << int(KillAt::Elapsed) << 0.3;
    QTest::newRow("load 60%") << int(KillAt::Elapsed) << 0.6;
    QTest::newRow("load end or index rebuild 90%") << int(KillAt::Elapsed) << 0.9;
    QTest::newRow("index rebuild 97%") << int(KillAt::Elapsed) << 0.97;
    QTest::newRow("commit, first WAL frame") << int(KillAt::WalBytes) << 0.0;
    QTest::newRow("commit, WAL half written") << int(KillAt::WalBytes) << 0.5;
    QTest::newRow("commit, WAL 95% written") << int(KillAt::WalBytes) << 0.95;
    QTest::newRow("after commit, WAL complete") << int(KillAt::WalBytes) << 1.0;
}

void TestCrashSafety::shouldHoldAllOrNoneAfterKill()
{
    QFETCH(int, atValue);
    const auto at = KillAt(atValue);
    QFETCH(double, fraction);
    const QString db = m_dir.filePath(QStringLiteral("killed-%1-%2.crmdb").arg(int(at)).arg(qRound(fraction * 100)));
    QVERIFY(copyWorkspace(m_baseline, db));
    QProcess process;
    QElapsedTimer timer;
    timer.start();
    startImport(process, m_big, db);
    QVERIFY(process.waitForStarted());
    if (at == KillAt::Elapsed) {
        const int delay = int(double(m_firstWalWriteMs) * fraction);
        if (delay > 0) {
            process.waitForFinished(delay);
        }
    } else {
        const qint64 threshold = qMax<qint64>(1, qint64(double(m_largestWalBytes) * fraction));
        while (walBytes(db) < threshold && !process.waitForFinished(1) && timer.elapsed() < 300000) { }
    }
    const qint64 killedAfterMs = timer.elapsed();
    const qint64 walAtKill = walBytes(db);
    const bool finishedFirst = process.state() == QProcess::NotRunning;
    process.kill();  // SIGKILL on Unix: no handler runs, no destructor, no rollback
    process.waitForFinished(10000);

    const Snapshot after = inspect(db);
    QVERIFY2(after.opened, qPrintable(after.integrity));
    QCOMPARE(after.integrity, QStringLiteral("ok"));
    QCOMPARE(after.foreignKeyViolations, qint64(0));
    // A rolled-back import leaves the indexes it dropped; a committed one rebuilt them.
    QCOMPARE(after.indexes, m_baselineSnapshot.indexes);
    const bool none = after.orders == kBaselineOrders && after.completedImports == 1;
    const bool all = after.orders == kBaselineOrders + kOrders && after.completedImports == 2;
    QVERIFY2(none || all,
             qPrintable(QStringLiteral("killed after %1 ms (finished first: %2): %3 orders, %4 completed imports")
                            .arg(killedAfterMs)
                            .arg(finishedFirst)
                            .arg(after.orders)
                            .arg(after.completedImports)));
    QCOMPARE(after.ordersOfUnfinishedImports, qint64(0));
    qInfo("killed after %lld ms, WAL %lld bytes%s: %s", killedAfterMs, walAtKill,
          finishedFirst ? " (had already finished)" : "", all ? "all of the import" : "none of the import");
}

void TestCrashSafety::shouldImportAgainAfterKill()
{
    // The killed import must not block a retry (a stale lock, a half-recorded file hash).
    const QString db = m_dir.filePath(QStringLiteral("killed-%1-50.crmdb").arg(int(KillAt::WalBytes)));
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
