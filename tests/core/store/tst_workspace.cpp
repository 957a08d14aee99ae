#include "store/connection.h"
#include "store/migrations.h"
#include "store/workspace.h"
#include "store/workspacestats.h"
#include "testworkspace.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Crm::Core;
using namespace Crm::Core::Store;

namespace {

// The schema as SQLite records it, to compare an upgraded workspace with a fresh one.
QStringList schemaOf(const QString &path)
{
    auto connection = Connection::openSqlite(path);
    QStringList schema;
    if (!connection) {
        return schema;
    }
    QSqlQuery query(connection->database());
    query.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_master ORDER BY type, name"));
    while (query.next()) {
        schema << query.value(0).toString() + QLatin1Char(' ') + query.value(1).toString() + QLatin1Char(' ')
                + query.value(2).toString();
    }
    return schema;
}

int pragmaInt(const QString &path, const QString &pragma)
{
    auto connection = Connection::openSqlite(path);
    QSqlQuery query(connection->database());
    query.exec(QStringLiteral("PRAGMA ") + pragma);
    return query.next() ? query.value(0).toInt() : -1;
}

}  // namespace

class TestWorkspace final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldCreateLatestSchemaFromNothing();
    void shouldCreateFromEmptyFile();
    void shouldCreateOwnerOnlyFile();
    void shouldUseWalAndForeignKeys();
    void shouldUpgradeFromEveryOlderVersion_data();
    void shouldUpgradeFromEveryOlderVersion();
    void shouldRefuseForeignFiles_data();
    void shouldRefuseForeignFiles();
    void shouldRefuseNewerWorkspace();
    void shouldRefuseToOverwrite();
    void shouldCascadeUndoOfAnImport();
};

void TestWorkspace::shouldCreateLatestSchemaFromNothing()
{
    // Given a fresh workspace
    Crm::Test::TestWorkspace test;
    QVERIFY(test.isValid());
    // Then it is at the latest version, marked as ours, and has every table of DESIGN.md
    QCOMPARE(pragmaInt(test.path(), QStringLiteral("user_version")), latestSchemaVersion());
    QCOMPARE(pragmaInt(test.path(), QStringLiteral("application_id")), kApplicationId);
    auto connection = test.workspace().connect();
    QVERIFY(connection);
    auto counts = rowCounts(connection->database());
    QVERIFY2(counts, qPrintable(counts ? QString() : counts.error().describe()));
    QCOMPARE(counts->size(), workspaceTables().size());
    for (const auto &[table, count] : counts.value()) {
        QCOMPARE(count, 0);
    }
    // And opening it again changes nothing
    const QStringList before = schemaOf(test.path());
    QVERIFY(Workspace::open(test.path()));
    QCOMPARE(schemaOf(test.path()), before);
}

void TestWorkspace::shouldCreateFromEmptyFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.crmdb"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    QVERIFY(Workspace::create(path));
    QCOMPARE(pragmaInt(path, QStringLiteral("user_version")), latestSchemaVersion());
}

void TestWorkspace::shouldCreateOwnerOnlyFile()
{
#ifdef Q_OS_UNIX
    Crm::Test::TestWorkspace test;
    const QFileDevice::Permissions permissions = QFile(test.path()).permissions();
    QVERIFY(permissions & QFileDevice::ReadOwner);
    QVERIFY(permissions & QFileDevice::WriteOwner);
    QVERIFY(!(permissions & (QFileDevice::ReadGroup | QFileDevice::WriteGroup)));
    QVERIFY(!(permissions & (QFileDevice::ReadOther | QFileDevice::WriteOther)));
#else
    QSKIP("POSIX permissions only");
#endif
}

void TestWorkspace::shouldUseWalAndForeignKeys()
{
    Crm::Test::TestWorkspace test;
    auto connection = test.workspace().connect();
    QSqlQuery query(connection->database());
    QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("wal"));
    QVERIFY(query.exec(QStringLiteral("PRAGMA foreign_keys")) && query.next());
    QCOMPARE(query.value(0).toInt(), 1);
}

void TestWorkspace::shouldUpgradeFromEveryOlderVersion_data()
{
    QTest::addColumn<int>("version");
    for (int version = 1; version < latestSchemaVersion(); ++version) {
        QTest::addRow("from v%d", version) << version;
    }
    if (latestSchemaVersion() == 1) {
        QSKIP("only one schema version exists");
    }
}

void TestWorkspace::shouldUpgradeFromEveryOlderVersion()
{
    QFETCH(int, version);
    QTemporaryDir dir;
    const QString fresh = dir.filePath(QStringLiteral("fresh.crmdb"));
    QVERIFY(Workspace::create(fresh));

    // Given a workspace written by the version that had schema `version`, holding an order
    const QString old = dir.filePath(QStringLiteral("old.crmdb"));
    {
        auto connection = Connection::openSqlite(old);
        QVERIFY(connection);
        QVERIFY(migrate(connection->database(), 0, version));
        QVERIFY(exec(connection->database(),
                     QStringLiteral("INSERT INTO orders (order_id, customer_id, ordered_at, "
                                    "amount_minor) VALUES ('O1', 'C1', '2024-01-02', 1234)")));
    }
    QCOMPARE(pragmaInt(old, QStringLiteral("user_version")), version);

    // When this version opens it
    auto opened = Workspace::open(old);
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().describe()));

    // Then its schema equals a fresh one and the data is still there
    QCOMPARE(schemaOf(old), schemaOf(fresh));
    auto connection = opened->connect();
    QSqlQuery query(connection->database());
    QVERIFY(query.exec(QStringLiteral("SELECT amount_minor FROM orders WHERE order_id = 'O1'")) && query.next());
    QCOMPARE(query.value(0).toLongLong(), 1234);
}

void TestWorkspace::shouldRefuseForeignFiles_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("sqlSetup");
    QTest::addColumn<QString>("expectedWords");
    QTest::newRow("text file") << QByteArray("customer_id,name\n1,Li\n") << QString()
                               << QStringLiteral("not a database");
    QTest::newRow("sqlite magic, truncated")
        << QByteArray("SQLite format 3\0garbage", 23) << QString() << QStringLiteral("not a database");
    QTest::newRow("zero bytes") << QByteArray() << QString() << QStringLiteral("empty");
    QTest::newRow("other program's database")
        << QByteArray() << QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
        << QStringLiteral("another program");
}

void TestWorkspace::shouldRefuseForeignFiles()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, sqlSetup);
    QFETCH(QString, expectedWords);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("foreign.crmdb"));
    if (sqlSetup.isEmpty()) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    } else {
        QVERIFY(Crm::Test::execRaw(path, {sqlSetup}));
    }
    const QByteArray before = Crm::Test::fileBytes(path);

    auto opened = Workspace::open(path);

    QVERIFY(!opened);
    QCOMPARE(opened.error().code, Error::Code::BadInput);
    QVERIFY2(opened.error().message.contains(expectedWords), qPrintable(opened.error().message));
    QVERIFY(opened.error().message.contains(QStringLiteral("foreign.crmdb")));
    QCOMPARE(Crm::Test::fileBytes(path), before);
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
}

void TestWorkspace::shouldRefuseNewerWorkspace()
{
    // Given a workspace that a future version has upgraded
    Crm::Test::TestWorkspace test;
    const int future = latestSchemaVersion() + 1;
    QVERIFY(Crm::Test::execRaw(
        test.path(),
        {QStringLiteral("PRAGMA user_version = %1").arg(future), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")}));
    const QByteArray before = Crm::Test::fileBytes(test.path());

    auto opened = Workspace::open(test.path());

    QVERIFY(!opened);
    QCOMPARE(opened.error().code, Error::Code::BadInput);
    QVERIFY2(opened.error().message.contains(QStringLiteral("newer version")), qPrintable(opened.error().message));
    QCOMPARE(Crm::Test::fileBytes(test.path()), before);
    QCOMPARE(pragmaInt(test.path(), QStringLiteral("user_version")), future);
}

void TestWorkspace::shouldRefuseToOverwrite()
{
    Crm::Test::TestWorkspace test;
    auto again = Workspace::create(test.path());
    QVERIFY(!again);
    QCOMPARE(again.error().code, Error::Code::BadInput);
}

void TestWorkspace::shouldCascadeUndoOfAnImport()
{
    // Rows remember their import, so deleting the import removes exactly its rows.
    Crm::Test::TestWorkspace test;
    QVERIFY(Crm::Test::execRaw(
        test.path(),
        {QStringLiteral("INSERT INTO imports (import_id, file_name, kind, started_at, status) VALUES "
                        "(1, 'a.csv', 'orders', '2024-01-01', 'completed'), (2, 'b.csv', 'orders', '2024-01-02', "
                        "'completed')"),
         QStringLiteral("INSERT INTO orders (order_id, customer_id, ordered_at, amount_minor, import_id) VALUES "
                        "('A1', 'C1', '2024-01-01', 100, 1), ('B1', 'C1', '2024-01-02', 200, 2)"),
         QStringLiteral("DELETE FROM imports WHERE import_id = 1")}));
    auto connection = test.workspace().connect();
    QSqlQuery query(connection->database());
    QVERIFY(query.exec(QStringLiteral("SELECT group_concat(order_id) FROM orders")) && query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("B1"));
}

QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"
