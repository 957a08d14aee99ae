#include "import/xlsx/xlsxreader.h"
#include "tables/customertablemodel.h"
#include "tables/datatablemodel.h"
#include "tables/roles.h"
#include "tables/tableviewexport.h"

#include <QAction>
#include <QDate>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Crm::Ui;
using namespace Crm::Core;
using Report::DataColumn;
using Report::DataTable;
using Type = DataColumn::Type;

namespace {

// A customer list with what exports must get right: Chinese, formula-like text, a phone
// number, money in minor units, dates and a percentage.
DataTable customers()
{
    DataTable table;
    table.addColumn(QStringLiteral("customer_id"), Type::Text);
    table.addColumn(QStringLiteral("name"), Type::Text);
    table.addColumn(QStringLiteral("phone"), Type::Text);
    table.addColumn(QStringLiteral("orders"), Type::Integer);
    table.addColumn(QStringLiteral("net_value"), Type::Money);
    table.addColumn(QStringLiteral("last_purchase"), Type::Date);
    table.addColumn(QStringLiteral("share"), Type::Percent);
    table.rows = {
        {QStringLiteral("C001"), QStringLiteral("王小明"), QStringLiteral("13812345678"), 3, qint64(123456),
         QDate(2025, 11, 30), 0.125},
        {QStringLiteral("C002"), QStringLiteral("=HYPERLINK(\"http://x\")"), QStringLiteral("13900001111"), 1,
         qint64(-2550), QDate(2024, 2, 29), 0.5},
        {QStringLiteral("C003"), QStringLiteral("Ann, \"Jr\""), QStringLiteral("+8613511112222"), 7, qint64(99),
         QDate(2025, 1, 1), 0.375},
        {QStringLiteral("C004"), QStringLiteral("@SUM(A1)"), QStringLiteral("13700002222"), 2, qint64(500000),
         QDate(2023, 6, 15), 0.0},
    };
    return table;
}

const QHash<QString, QString> kTitles {
    {QStringLiteral("customer_id"), QStringLiteral("Customer ID")},
    {QStringLiteral("name"), QStringLiteral("姓名")},
    {QStringLiteral("phone"), QStringLiteral("Phone")},
    {QStringLiteral("orders"), QStringLiteral("Orders")},
    {QStringLiteral("net_value"), QStringLiteral("Net value")},
    {QStringLiteral("last_purchase"), QStringLiteral("Last purchase")},
    {QStringLiteral("share"), QStringLiteral("Share")},
};

QList<QVariantList> readXlsx(const QString &path)
{
    QList<QVariantList> rows;
    auto reader = Import::openXlsxReader(path);
    if (!reader) {
        qWarning("%s", qPrintable(reader.error().describe()));
        return rows;
    }
    auto ok = reader.value()->readRows([&](const Import::SourceRow &row) {
        rows << row.cells;
        return true;
    });
    if (!ok) {
        qWarning("%s", qPrintable(ok.error().describe()));
    }
    return rows;
}

}  // namespace

class TestTableExportUi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void shouldExportRowsAndColumnsAsShown();
    void shouldReadXlsxBackWithIdenticalValues();
    void shouldWriteCsvWithBomAndNeutralisedCells();
    void shouldExportOnWorkerThroughTheAction();
    void shouldTypeCustomerColumnsForExport();
    void shouldKeepTheEventLoopRunningOnLargeTables();

private:
    DataTableModel m_model;
    QSortFilterProxyModel m_proxy;
    QTableView m_view;
    QTemporaryDir m_dir;
};

void TestTableExportUi::initTestCase()
{
    // Given a view sorted by net value (descending), filtered to three rows, with the
    // orders column hidden and the phone column moved to the front
    m_model.setTable(customers(), kTitles);
    m_proxy.setSourceModel(&m_model);
    m_proxy.setSortRole(RawValueRole);
    m_proxy.setFilterKeyColumn(0);
    m_proxy.setFilterRegularExpression(QStringLiteral("^C00[124]$"));
    m_view.setModel(&m_proxy);
    m_view.setSortingEnabled(true);
    m_view.sortByColumn(4, Qt::DescendingOrder);
    m_view.horizontalHeader()->showSection(3);
    m_view.horizontalHeader()->moveSection(m_view.horizontalHeader()->visualIndex(2), 0);
    m_view.setColumnHidden(3, true);
}

void TestTableExportUi::shouldExportRowsAndColumnsAsShown()
{
    const ShownTable shown = shownTable(m_view);
    QCOMPARE(shown.headers,
             QStringList({QStringLiteral("Phone"), QStringLiteral("Customer ID"), QStringLiteral("姓名"),
                          QStringLiteral("Net value"), QStringLiteral("Last purchase"), QStringLiteral("Share")}));
    QCOMPARE(shown.table.columns.size(), 6);
    QCOMPARE(shown.table.columns.at(0).name, QStringLiteral("phone"));
    QCOMPARE(shown.table.columns.at(3).type, Type::Money);
    QCOMPARE(shown.table.columns.at(4).type, Type::Date);
    QCOMPARE(shown.table.rows.size(), 3);
    // 5,000.00 > 1,234.56 > -25.50
    QCOMPARE(shown.table.rows.at(0).at(1).toString(), QStringLiteral("C004"));
    QCOMPARE(shown.table.rows.at(1).at(1).toString(), QStringLiteral("C001"));
    QCOMPARE(shown.table.rows.at(2).at(1).toString(), QStringLiteral("C002"));
    QCOMPARE(shown.table.rows.at(1).at(3).toLongLong(), 123456);
    QCOMPARE(shown.table.rows.at(1).at(4).toDate(), QDate(2025, 11, 30));
}

void TestTableExportUi::shouldReadXlsxBackWithIdenticalValues()
{
    const QString path = m_dir.filePath(QStringLiteral("customers.xlsx"));
    const auto ok = exportTableView(m_view, path);
    QVERIFY2(ok, ok ? "" : qPrintable(ok.error().describe()));
    const QList<QVariantList> rows = readXlsx(path);
    QCOMPARE(rows.size(), 4);
    QCOMPARE(rows.at(0),
             QVariantList({QStringLiteral("Phone"), QStringLiteral("Customer ID"), QStringLiteral("姓名"),
                           QStringLiteral("Net value"), QStringLiteral("Last purchase"), QStringLiteral("Share")}));
    // Phones masked as core masks them; money in major units; dates as dates; the
    // percentage as its fraction; formula-like text kept as text (quotePrefix style).
    QCOMPARE(rows.at(1),
             QVariantList({QStringLiteral("137****2222"), QStringLiteral("C004"), QStringLiteral("@SUM(A1)"), 5000.0,
                           QDate(2023, 6, 15), 0.0}));
    QCOMPARE(rows.at(2),
             QVariantList({QStringLiteral("138****5678"), QStringLiteral("C001"), QStringLiteral("王小明"), 1234.56,
                           QDate(2025, 11, 30), 0.125}));
    QCOMPARE(rows.at(3),
             QVariantList({QStringLiteral("139****1111"), QStringLiteral("C002"),
                           QStringLiteral("=HYPERLINK(\"http://x\")"), -25.5, QDate(2024, 2, 29), 0.5}));
}

void TestTableExportUi::shouldWriteCsvWithBomAndNeutralisedCells()
{
    const QString path = m_dir.filePath(QStringLiteral("customers.csv"));
    QVERIFY(exportTableView(m_view, path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines.at(0), QStringLiteral("Phone,Customer ID,姓名,Net value,Last purchase,Share"));
    QCOMPARE(lines.at(1), QStringLiteral("137****2222,C004,'@SUM(A1),5000.00,2023-06-15,0"));
    QCOMPARE(lines.at(2), QStringLiteral("138****5678,C001,王小明,1234.56,2025-11-30,0.125"));
    // Neutralised with an apostrophe, then quoted for its quotes; the negative amount is a number.
    QCOMPARE(lines.at(3), QStringLiteral("139****1111,C002,\"'=HYPERLINK(\"\"http://x\"\")\",-25.50,2024-02-29,0.5"));
}

void TestTableExportUi::shouldExportOnWorkerThroughTheAction()
{
    // The installed action is in the view's context menu and exports asynchronously.
    installTableExport(&m_view, QStringLiteral("Customers"));
    QCOMPARE(m_view.contextMenuPolicy(), Qt::ActionsContextMenu);
    QCOMPARE(m_view.actions().size(), 1);
    const QString path = m_dir.filePath(QStringLiteral("async.xlsx"));
    bool finished = false;
    bool succeeded = false;
    startTableExport(&m_view, path, [&](const VoidResult &result) {
        finished = true;
        succeeded = result.hasValue();
    });
    QVERIFY(!finished);  // reading starts from the event loop
    QTRY_VERIFY_WITH_TIMEOUT(finished, 20000);
    QVERIFY(succeeded);
    QCOMPARE(readXlsx(path).size(), 4);
}

void TestTableExportUi::shouldTypeCustomerColumnsForExport()
{
    CustomerTableModel model;
    QCOMPARE(model.headerData(CustomerTableModel::Phone, Qt::Horizontal, RawValueRole).toString(),
             QStringLiteral("phone"));
    QCOMPARE(Type(model.headerData(CustomerTableModel::NetValue, Qt::Horizontal, ColumnTypeRole).toInt()), Type::Money);
    QCOMPARE(Type(model.headerData(CustomerTableModel::LastPurchase, Qt::Horizontal, ColumnTypeRole).toInt()),
             Type::Date);
    QCOMPARE(Type(model.headerData(CustomerTableModel::Orders, Qt::Horizontal, ColumnTypeRole).toInt()), Type::Integer);
}

void TestTableExportUi::shouldKeepTheEventLoopRunningOnLargeTables()
{
    // Given 300,000 rows of five columns
    DataTable table;
    table.addColumn(QStringLiteral("customer_id"), Type::Text);
    table.addColumn(QStringLiteral("phone"), Type::Text);
    table.addColumn(QStringLiteral("orders"), Type::Integer);
    table.addColumn(QStringLiteral("net_value"), Type::Money);
    table.addColumn(QStringLiteral("last_purchase"), Type::Date);
    constexpr int rows = 300000;
    table.rows.reserve(rows);
    for (int i = 0; i < rows; ++i) {
        table.rows.append({QStringLiteral("C%1").arg(i, 7, 10, QLatin1Char('0')), QStringLiteral("13800000000"), i % 17,
                           qint64(i) * 7, QDate(2025, 1, 1).addDays(i % 365)});
    }
    DataTableModel model;
    model.setTable(std::move(table));
    QTableView view;
    view.setModel(&model);
    // When it is exported while a 10 ms timer measures the gaps in the event loop
    QElapsedTimer clock;
    clock.start();
    qint64 last = 0;
    qint64 longestGap = 0;
    QTimer ticker;
    ticker.setInterval(10);
    connect(&ticker, &QTimer::timeout, this, [&] {
        longestGap = std::max(longestGap, clock.elapsed() - last);
        last = clock.elapsed();
    });
    ticker.start();
    const QString path = m_dir.filePath(QStringLiteral("large.csv"));
    bool finished = false;
    bool succeeded = false;
    startTableExport(&view, path, [&](const VoidResult &result) {
        finished = true;
        succeeded = result.hasValue();
    });
    QTRY_VERIFY_WITH_TIMEOUT(finished, 120000);
    ticker.stop();
    const qint64 total = clock.elapsed();
    qInfo("Exported %d rows in %lld ms; longest event-loop gap %lld ms", rows, total, longestGap);
    // Then the file has every row and the GUI thread never stopped for long: slices of
    // 10,000 rows, the writing on a worker (the bound leaves room for a loaded machine).
    QVERIFY(succeeded);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    qsizetype lines = 0;
    while (!file.atEnd()) {
        file.readLine();
        ++lines;
    }
    QCOMPARE(lines, rows + 1);
    QVERIFY2(longestGap < 300, qPrintable(QString::number(longestGap)));
}

QTEST_MAIN(TestTableExportUi)
#include "tst_tableexport_ui.moc"
