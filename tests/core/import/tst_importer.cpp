#include "import/csv/csvreader.h"
#include "import/loader/importer.h"
#include "importtestdata.h"
#include "store/workspacestats.h"
#include "testworkspace.h"

#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Crm::Core;
using namespace Crm::Core::Import;
using Crm::Test::importDataPath;

namespace {

qint64 scalar(QSqlDatabase db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next()) {
        qWarning("query failed: %s", qPrintable(sql));
        return -1;
    }
    return query.value(0).toLongLong();
}

QString text(QSqlDatabase db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next()) {
        return QStringLiteral("<no row>");
    }
    return query.value(0).toString();
}

ImportRequest requestFor(const QString &file)
{
    ImportRequest request;
    request.path = importDataPath(file);
    return request;
}

QByteArray hashOf(QSqlDatabase db)
{
    const auto hash = Store::contentHash(db);
    return hash ? hash->toHex() : QByteArray("error");
}

}  // namespace

class TestImporter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_workspace = std::make_unique<Crm::Test::TestWorkspace>();
        QVERIFY(m_workspace->isValid());
        auto connection = m_workspace->workspace().connect();
        QVERIFY(connection.hasValue());
        m_connection = std::make_unique<Store::Connection>(std::move(connection).value());
    }

    void cleanup()
    {
        m_connection.reset();
        m_workspace.reset();
    }

    void shouldFoldProductLinesIntoOrders()
    {
        const auto summary = importFile(db(), requestFor(QStringLiteral("order_lines_gb18030.csv")));
        QVERIFY2(summary.hasValue(), summary ? "" : qPrintable(summary.error().describe()));
        QCOMPARE(summary->kind, QStringLiteral("orders"));
        QCOMPARE(summary->rowsRead, 7);
        QCOMPARE(summary->rowsImported, 4);
        QCOMPARE(summary->rowsRejected, 3);
        QCOMPARE(summary->ordersWritten, 3);
        QCOMPARE(summary->itemsWritten, 4);
        // By hand: 2 × 12.50 + 1 × 1,200.00; 3 × 12.5; 2 × 88.00.
        QCOMPARE(scalar(db(), QStringLiteral("SELECT amount_minor FROM orders WHERE order_id = 'A1001'")), 122500);
        QCOMPARE(scalar(db(), QStringLiteral("SELECT amount_minor FROM orders WHERE order_id = 'A1002'")), 3750);
        QCOMPARE(scalar(db(), QStringLiteral("SELECT amount_minor FROM orders WHERE order_id = 'A1005'")), 17600);
        QCOMPARE(text(db(), QStringLiteral("SELECT ordered_at FROM orders WHERE order_id = 'A1005'")),
                 QStringLiteral("2024-03-08T14:00:00"));
        QCOMPARE(text(db(), QStringLiteral("SELECT customer_id FROM orders WHERE order_id = 'A1001'")),
                 QStringLiteral("M01"));
        QCOMPARE(scalar(db(), QStringLiteral("SELECT COUNT(*) FROM order_items WHERE order_id = 'A1001'")), 2);
        QCOMPARE(scalar(db(),
                        QStringLiteral("SELECT unit_price_minor FROM order_items WHERE order_id = 'A1001' "
                                       "AND line = 2")),
                 120000);
        QCOMPARE(
            scalar(db(), QStringLiteral("SELECT COUNT(*) FROM orders WHERE import_id = %1").arg(summary->importId)), 3);
    }

    void shouldRejectRowsNamingRowAndColumn()
    {
        const auto summary = importFile(db(), requestFor(QStringLiteral("order_lines_gb18030.csv")));
        QVERIFY(summary.hasValue());
        // Lines counted by hand in the fixture: 5 has no member, 6 no date, 8 another member.
        QSqlQuery query(db());
        QVERIFY(query.exec(QStringLiteral("SELECT row_number, \"column\", reason, raw FROM import_rejects "
                                          "ORDER BY row_number")));
        QStringList found;
        while (query.next()) {
            found.append(QStringLiteral("%1:%2").arg(query.value(0).toLongLong()).arg(query.value(1).toString()));
            QVERIFY(!query.value(2).toString().isEmpty());
            QVERIFY(query.value(3).toString().contains(QStringLiteral("A100")));
        }
        QCOMPARE(
            found,
            (QStringList {QStringLiteral("5:会员编号"), QStringLiteral("6:下单时间"), QStringLiteral("8:会员编号")}));
        QCOMPARE(summary->firstRejects.size(), 3);
        QCOMPARE(summary->firstRejects[1].row, 6);
        QCOMPARE(summary->firstRejects[1].column, QStringLiteral("下单时间"));
    }

    void shouldReadDecimalCommaAndReturns()
    {
        const auto summary = importFile(db(), requestFor(QStringLiteral("orders_semicolon_decimal_comma.csv")));
        QVERIFY2(summary.hasValue(), summary ? "" : qPrintable(summary.error().describe()));
        QCOMPARE(summary->delimiter, QStringLiteral(";"));
        QCOMPARE(summary->rowsImported, 4);
        QCOMPARE(scalar(db(), QStringLiteral("SELECT amount_minor FROM orders WHERE order_id = '1'")), 123450);
        QCOMPARE(scalar(db(), QStringLiteral("SELECT amount_minor FROM orders WHERE order_id = '2'")), 9990);
        QCOMPARE(text(db(), QStringLiteral("SELECT status FROM orders WHERE order_id = '3'")),
                 QStringLiteral("return"));
        QCOMPARE(scalar(db(), QStringLiteral("SELECT amount_minor FROM orders WHERE order_id = '3'")), -1000);
        QCOMPARE(scalar(db(), QStringLiteral("SELECT amount_minor FROM orders WHERE order_id = '4'")), -2000);
        // 13.03.2024 proves day-first for the whole column.
        QCOMPARE(text(db(), QStringLiteral("SELECT ordered_at FROM orders WHERE order_id = '1'")),
                 QStringLiteral("2024-03-05T00:00:00"));
    }

    void shouldReadPreambleFileMonthFirst()
    {
        const auto summary = importFile(db(), requestFor(QStringLiteral("orders_preamble_mdy.csv")));
        QVERIFY2(summary.hasValue(), summary ? "" : qPrintable(summary.error().describe()));
        QCOMPARE(summary->headerRow, 4);
        QCOMPARE(summary->rowsImported, 3);
        QCOMPARE(summary->rowsRejected, 1);  // the "Total" line has no customer
        QCOMPARE(summary->firstRejects.constFirst().row, 8);
        QCOMPARE(text(db(), QStringLiteral("SELECT ordered_at FROM orders WHERE order_id = 'X1'")),
                 QStringLiteral("2024-03-04T00:00:00"));
        QCOMPARE(scalar(db(), QStringLiteral("SELECT amount_minor FROM orders WHERE order_id = 'X3'")), 100000);
        QCOMPARE(text(db(), QStringLiteral("SELECT channel FROM orders WHERE order_id = 'X2'")),
                 QStringLiteral("store"));
    }

    void shouldImportCustomers_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("customers");
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("expected");
        QTest::newRow("big5 traditional")
            << QStringLiteral("customers_big5.csv") << 3
            << QStringLiteral("SELECT name || '|' || signup_at || '|' || tier FROM customers "
                              "WHERE customer_id = 'C001'")
            << QStringLiteral("陳大文|2023-01-15T00:00:00|金卡");
        QTest::newRow("utf-16 text") << QStringLiteral("customers_utf16le_bom.txt") << 2
                                     << QStringLiteral(
                                            "SELECT name || '|' || city FROM customers WHERE customer_id = '1002'")
                                     << QStringLiteral("José García|Sevilla");
    }

    void shouldImportCustomers()
    {
        QFETCH(QString, file);
        QFETCH(int, customers);
        QFETCH(QString, sql);
        QFETCH(QString, expected);
        const auto summary = importFile(db(), requestFor(file));
        QVERIFY2(summary.hasValue(), summary ? "" : qPrintable(summary.error().describe()));
        QCOMPARE(summary->kind, QStringLiteral("customers"));
        QCOMPARE(scalar(db(), QStringLiteral("SELECT COUNT(*) FROM customers")), customers);
        QCOMPARE(text(db(), sql), expected);
    }

    void shouldLeaveDatabaseUnchangedWhenLoadFails()
    {
        QVERIFY(importFile(db(), requestFor(QStringLiteral("orders_preamble_mdy.csv"))).hasValue());
        const QByteArray before = hashOf(db());
        const qint64 importsBefore = scalar(db(), QStringLiteral("SELECT COUNT(*) FROM imports"));
        ImportRequest request = requestFor(QStringLiteral("order_lines_gb18030.csv"));
        request.failAfterRows = 3;  // fails after order_items rows were written
        request.rebuildIndexesFromBytes = 0;  // and after the orders indexes were dropped
        request.rebuildIndexesFromShare = 0;
        const qint64 indexes = scalar(db(), QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'index'"));
        const auto failed = importFile(db(), request);
        QVERIFY(!failed.hasValue());
        QCOMPARE(failed.error().code, Error::Code::Internal);
        QCOMPARE(hashOf(db()), before);
        QCOMPARE(scalar(db(), QStringLiteral("SELECT COUNT(*) FROM imports")), importsBefore);
        QCOMPARE(scalar(db(), QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'index'")), indexes);
        // The same file imports fine afterwards: nothing of the failed attempt remains.
        QVERIFY(importFile(db(), requestFor(QStringLiteral("order_lines_gb18030.csv"))).hasValue());
    }

    void shouldLeaveDatabaseUnchangedWhenCancelled()
    {
        const QByteArray before = hashOf(db());
        const auto cancelled
            = importFile(db(), requestFor(QStringLiteral("wechat_records.csv")), [](qint64, qint64) { return false; });
        QVERIFY(!cancelled.hasValue());
        QCOMPARE(cancelled.error().code, Error::Code::Cancelled);
        QCOMPARE(hashOf(db()), before);
    }

    void shouldRefuseReimportOfSameFile()
    {
        const auto first = importFile(db(), requestFor(QStringLiteral("wechat_records.csv")));
        QVERIFY(first.hasValue());
        const QByteArray after = hashOf(db());
        const auto again = importFile(db(), requestFor(QStringLiteral("wechat_records.csv")));
        QVERIFY(!again.hasValue());
        QCOMPARE(again.error().code, Error::Code::BadInput);
        QVERIFY(again.error().message.contains(QString::number(first->importId)));
        QCOMPARE(hashOf(db()), after);
    }

    void shouldUndoImportAsUnit()
    {
        QVERIFY(importFile(db(), requestFor(QStringLiteral("orders_semicolon_decimal_comma.csv"))).hasValue());
        const QByteArray afterFirst = hashOf(db());
        const qint64 importsAfterFirst = scalar(db(), QStringLiteral("SELECT COUNT(*) FROM imports"));
        const qint64 rejectsAfterFirst = scalar(db(), QStringLiteral("SELECT COUNT(*) FROM import_rejects"));
        const auto second = importFile(db(), requestFor(QStringLiteral("order_lines_gb18030.csv")));
        QVERIFY(second.hasValue());
        QVERIFY(scalar(db(), QStringLiteral("SELECT COUNT(*) FROM import_rejects")) > rejectsAfterFirst);
        QVERIFY(undoImport(db(), second->importId).hasValue());
        QCOMPARE(hashOf(db()), afterFirst);
        QCOMPARE(scalar(db(), QStringLiteral("SELECT COUNT(*) FROM imports")), importsAfterFirst);
        QCOMPARE(scalar(db(), QStringLiteral("SELECT COUNT(*) FROM order_items")), 0);
        QCOMPARE(scalar(db(), QStringLiteral("SELECT COUNT(*) FROM import_rejects")), rejectsAfterFirst);
        const auto missing = undoImport(db(), second->importId);
        QVERIFY(!missing.hasValue());
        QCOMPARE(missing.error().code, Error::Code::BadInput);
        // Once undone, the file can be imported again.
        QVERIFY(importFile(db(), requestFor(QStringLiteral("order_lines_gb18030.csv"))).hasValue());
    }

    void shouldRebuildIndexesAfterBulkLoad()
    {
        const qint64 indexes = scalar(db(), QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'index'"));
        ImportRequest request = requestFor(QStringLiteral("orders_preamble_mdy.csv"));
        request.rebuildIndexesFromBytes = 0;
        request.rebuildIndexesFromShare = 0;
        QVERIFY(importFile(db(), request).hasValue());
        QCOMPARE(scalar(db(), QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'index'")), indexes);
        QCOMPARE(text(db(), QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
    }

    void shouldRejectOrdersAlreadyInWorkspace()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("more.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("order_id,customer_id,order_date,amount\n1,K1,2024-05-01,5.00\n9,K9,2024-05-02,7.00\n");
        file.close();
        QVERIFY(importFile(db(), requestFor(QStringLiteral("orders_semicolon_decimal_comma.csv"))).hasValue());
        ImportRequest request;
        request.path = path;
        const auto summary = importFile(db(), request);
        QVERIFY(summary.hasValue());
        QCOMPARE(summary->rowsImported, 1);
        QCOMPARE(summary->rowsRejected, 1);
        QCOMPARE(summary->firstRejects.constFirst().row, 2);
        QCOMPARE(scalar(db(), QStringLiteral("SELECT amount_minor FROM orders WHERE order_id = '1'")), 123450);
    }

    void shouldRefuseFileWhereMostRowsFail()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("order_id,customer_id,order_date,amount\n1,K1,soon,5.00\n2,K2,later,x\n3,K3,2024-01-01,1\n");
        file.close();
        const QByteArray before = hashOf(db());
        ImportRequest request;
        request.path = path;
        const auto summary = importFile(db(), request);
        QVERIFY(!summary.hasValue());
        QCOMPARE(summary.error().code, Error::Code::BadInput);
        QCOMPARE(hashOf(db()), before);
    }

    // REFERENCE.md §12: 541,909 rows; CustomerID null in 135,080 rows; 4,372 customers.
    void shouldMatchOnlineRetailReference()
    {
        const QString gz = Crm::Test::sharedPath(QStringLiteral("data/online_retail/online_retail.csv.gz"));
        if (gz.isEmpty()) {
            QSKIP("../shared/data/online_retail is not there");
        }
        const QString gzip = QStandardPaths::findExecutable(QStringLiteral("gzip"));
        if (gzip.isEmpty()) {
            QSKIP("gzip is not installed");
        }
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("online_retail.csv"));
        QProcess process;
        process.setStandardOutputFile(csv);
        process.start(gzip, {QStringLiteral("-dc"), gz});
        QVERIFY(process.waitForFinished(120000));
        QCOMPARE(process.exitCode(), 0);
        ImportRequest request;
        request.path = csv;
        const auto summary = importFile(db(), request);
        QVERIFY2(summary.hasValue(), summary ? "" : qPrintable(summary.error().describe()));
        QCOMPARE(summary->rowsRead, 541909);
        QCOMPARE(summary->rowsRejected, 135080);
        QCOMPARE(summary->rowsImported, 406829);
        QCOMPARE(scalar(db(), QStringLiteral("SELECT COUNT(DISTINCT customer_id) FROM orders")), 4372);
        QVERIFY(scalar(db(), QStringLiteral("SELECT COUNT(*) FROM orders WHERE status = 'return'")) > 0);
        QCOMPARE(scalar(db(),
                        QStringLiteral("SELECT COUNT(*) FROM orders WHERE status = 'return' AND "
                                       "order_id NOT LIKE 'C%'")),
                 0);
    }

    // REFERENCE.md §12: the 2010-12 acquisition cohort has 885 customers.
    void shouldMatchOnlineRetailDecemberCohort()
    {
        const QString xlsx = Crm::Test::sharedPath(QStringLiteral("data/online_retail/online_retail_2010-12.xlsx"));
        if (xlsx.isEmpty()) {
            QSKIP("../shared/data/online_retail is not there");
        }
        ImportRequest request;
        request.path = xlsx;
        const auto summary = importFile(db(), request);
        QVERIFY2(summary.hasValue(), summary ? "" : qPrintable(summary.error().describe()));
        QCOMPARE(summary->rowsRead, 42481);  // ../shared/data/README.md
        QCOMPARE(scalar(db(),
                        QStringLiteral("SELECT COUNT(DISTINCT customer_id) FROM orders WHERE status = "
                                       "'purchase'")),
                 885);
    }

private:
    QSqlDatabase db() const { return m_connection->database(); }

    std::unique_ptr<Crm::Test::TestWorkspace> m_workspace;
    std::unique_ptr<Store::Connection> m_connection;
};

QTEST_GUILESS_MAIN(TestImporter)
#include "tst_importer.moc"
