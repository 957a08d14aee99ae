#include "store/demogenerator.h"
#include "store/workspace.h"
#include "tables/customercolumns.h"
#include "tables/customertablemodel.h"
#include "tables/roles.h"
#include "testworkspace.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using Crm::Ui::CustomerColumns;
using Crm::Ui::CustomerTableModel;

class TestCustomerTableModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldPassTheModelTesterThroughSortAndSearch();
    void shouldSortLikeAReferenceSort_data();
    void shouldSortLikeAReferenceSort();
    void shouldFindCustomersByIdNameOrPhone();
    void shouldKeepTheSelectionWhenSorting();
    void shouldLoadEveryCustomerOfAWorkspace();
    void shouldArrangeAMillionRowsOffTheGuiThread();
    void measureABigWorkspace();
};

namespace {

// Customers with deliberate ties and empty values; ids in ascending order like the loader.
std::shared_ptr<CustomerColumns> makeColumns(int count, quint32 seed)
{
    QRandomGenerator random(seed);
    auto columns = std::make_shared<CustomerColumns>();
    const QStringList cities {QStringLiteral("上海"), QStringLiteral("Beijing"), QString(), QStringLiteral("香港")};
    const QStringList tiers {QStringLiteral("Regular"), QStringLiteral("Silver"), QStringLiteral("Gold")};
    for (int i = 0; i < count; ++i) {
        columns->ids.append(QStringLiteral("C%1").arg(i, 7, 10, QLatin1Char('0')));
        columns->names.append(QStringLiteral("Name %1").arg(random.bounded(count / 3 + 1)));
        columns->phones.append(QStringLiteral("138%1").arg(random.bounded(100000000), 8, 10, QLatin1Char('0')));
        columns->cities.append(cities.at(int(random.bounded(cities.size()))));
        columns->tiers.append(tiers.at(int(random.bounded(tiers.size()))));
        columns->orders.push_back(int(random.bounded(6)));
        columns->netValue.push_back(qint64(random.bounded(100000)) - 1000);
        const qint64 first = 2460000 + random.bounded(1000);
        columns->firstPurchase.push_back(columns->orders.back() == 0 ? 0 : first);
        columns->lastPurchase.push_back(columns->orders.back() == 0 ? 0 : first + random.bounded(300));
    }
    return columns;
}

// The reference order: text case-insensitively, dates by day (none first), numbers by value.
int compareRaw(const QVariant &a, const QVariant &b)
{
    if (a.typeId() == QMetaType::QString) {
        return QString::compare(a.toString(), b.toString(), Qt::CaseInsensitive);
    }
    const qint64 x
        = a.typeId() == QMetaType::QDate ? (a.toDate().isValid() ? a.toDate().toJulianDay() : 0) : a.toLongLong();
    const qint64 y
        = b.typeId() == QMetaType::QDate ? (b.toDate().isValid() ? b.toDate().toJulianDay() : 0) : b.toLongLong();
    return x < y ? -1 : (x > y ? 1 : 0);
}

void waitForArrangement(CustomerTableModel &model)
{
    QSignalSpy done(&model, &CustomerTableModel::arrangementFinished);
    if (model.isArranging()) {
        QVERIFY(done.wait(30000));
    }
}

}  // namespace

void TestCustomerTableModel::shouldPassTheModelTesterThroughSortAndSearch()
{
    CustomerTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setColumns(makeColumns(300, 7));
    for (int column = 0; column < CustomerTableModel::ColumnCount; ++column) {
        model.sort(column, column % 2 ? Qt::DescendingOrder : Qt::AscendingOrder);
        waitForArrangement(model);
    }
    model.setSearchText(QStringLiteral("name 1"));
    waitForArrangement(model);
    QVERIFY(model.rowCount() > 0);
    model.setSearchText({});
    waitForArrangement(model);
    QCOMPARE(model.rowCount(), 300);
    model.setColumns(nullptr);
    QCOMPARE(model.rowCount(), 0);
}

void TestCustomerTableModel::shouldSortLikeAReferenceSort_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    for (int column = 0; column < CustomerTableModel::ColumnCount; ++column) {
        QTest::addRow("column %d ascending", column) << column << Qt::AscendingOrder;
        QTest::addRow("column %d descending", column) << column << Qt::DescendingOrder;
    }
}

void TestCustomerTableModel::shouldSortLikeAReferenceSort()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    // Given customers with ties
    CustomerTableModel model;
    model.setColumns(makeColumns(500, 11));
    // When sorted by one column
    model.sort(column, order);
    waitForArrangement(model);
    // Then each row's raw value is in order, and ties keep customer-id order (stable sort)
    QCOMPARE(model.rowCount(), 500);
    for (int row = 1; row < model.rowCount(); ++row) {
        const QVariant a = model.index(row - 1, column).data(Crm::Ui::RawValueRole);
        const QVariant b = model.index(row, column).data(Crm::Ui::RawValueRole);
        const int cmp = compareRaw(a, b);
        QVERIFY2(order == Qt::AscendingOrder ? cmp <= 0 : cmp >= 0,
                 qPrintable(QStringLiteral("row %1: %2 then %3").arg(row).arg(a.toString(), b.toString())));
        if (cmp == 0 && column != CustomerTableModel::Id) {
            const QString idA = model.index(row - 1, 0).data().toString();
            const QString idB = model.index(row, 0).data().toString();
            QVERIFY2(idA < idB, "ties keep id order");
        }
    }
}

void TestCustomerTableModel::shouldFindCustomersByIdNameOrPhone()
{
    auto columns = makeColumns(400, 3);
    CustomerTableModel model;
    model.setColumns(columns);
    const QString phone = columns->phones.at(123).mid(2, 6);
    model.setSearchText(phone);
    waitForArrangement(model);
    // Reference: a plain scan over the columns
    int expected = 0;
    for (int i = 0; i < columns->size(); ++i) {
        expected += columns->ids.at(i).contains(phone) || columns->names.at(i).contains(phone)
                || columns->phones.at(i).contains(phone)
            ? 1
            : 0;
    }
    QCOMPARE(model.rowCount(), expected);
    model.setSearchText(QStringLiteral("c0000042"));
    waitForArrangement(model);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, 0).data(Crm::Ui::CustomerIdRole).toString(), QStringLiteral("C0000042"));
}

void TestCustomerTableModel::shouldKeepTheSelectionWhenSorting()
{
    CustomerTableModel model;
    model.setColumns(makeColumns(200, 5));
    const QPersistentModelIndex selected = model.index(17, CustomerTableModel::Name);
    const QString id = selected.data(Crm::Ui::CustomerIdRole).toString();
    model.sort(CustomerTableModel::NetValue, Qt::DescendingOrder);
    waitForArrangement(model);
    QVERIFY(selected.isValid());
    QCOMPARE(selected.data(Crm::Ui::CustomerIdRole).toString(), id);
    QCOMPARE(selected.column(), int(CustomerTableModel::Name));
}

void TestCustomerTableModel::shouldLoadEveryCustomerOfAWorkspace()
{
    // Given a demo workspace
    Crm::Test::TestWorkspace test;
    Crm::Core::Store::DemoOptions options;
    options.customers = 300;
    QVERIFY(Crm::Core::Store::generateDemo(test.workspace(), options));
    auto connection = test.workspace().connect();
    QVERIFY(connection);
    // When the customer list is loaded
    auto columns = Crm::Ui::loadCustomerColumns(connection->database(), {});
    QVERIFY(columns);
    // Then it has one row per customer, and the order totals agree with plain SQL
    QSqlQuery sql(connection->database());
    QVERIFY(sql.exec(QStringLiteral("SELECT COUNT(*), (SELECT SUM(amount_minor) FROM orders), "
                                    "(SELECT COUNT(*) FROM orders WHERE status = 'purchase') FROM customers")));
    QVERIFY(sql.next());
    QCOMPARE(columns->size(), sql.value(0).toLongLong());
    QCOMPARE(std::accumulate(columns->netValue.cbegin(), columns->netValue.cend(), qint64(0)),
             sql.value(1).toLongLong());
    QCOMPARE(std::accumulate(columns->orders.cbegin(), columns->orders.cend(), qint64(0)), sql.value(2).toLongLong());
}

void TestCustomerTableModel::shouldArrangeAMillionRowsOffTheGuiThread()
{
    // Given a million customers
    CustomerTableModel model;
    model.setColumns(makeColumns(1'000'000, 1));
    QSignalSpy done(&model, &CustomerTableModel::arrangementFinished);
    // When sorted by net value and then searched
    QElapsedTimer gui;
    gui.start();
    model.sort(CustomerTableModel::NetValue, Qt::DescendingOrder);
    const qint64 sortCall = gui.elapsed();
    QVERIFY(done.wait(30000));
    gui.restart();
    model.setSearchText(QStringLiteral("Name 42"));
    const qint64 searchCall = gui.elapsed();
    QVERIFY(done.wait(30000));
    // Then the GUI thread only started the work (the arranging happened on a worker)
    qInfo("1M rows: sort %lld ms, search %lld ms on the worker; GUI calls %lld / %lld ms",
          done.at(0).at(0).toLongLong(), done.at(1).at(0).toLongLong(), sortCall, searchCall);
    QVERIFY(sortCall < 100);
    QVERIFY(searchCall < 100);
    QVERIFY(model.rowCount() > 0);
    QVERIFY(model.rowCount() < 1'000'000);
}

void TestCustomerTableModel::measureABigWorkspace()
{
    // CRM_BIG_WORKSPACE=file.crmdb (e.g. `crmwb demo --customers 1000000`) measures the real
    // customer list: loading on the worker, then sorting and searching it.
    const QString path = qEnvironmentVariable("CRM_BIG_WORKSPACE");
    if (path.isEmpty()) {
        QSKIP("Set CRM_BIG_WORKSPACE to a large workspace to measure it");
    }
    auto workspace = Crm::Core::Store::Workspace::open(path);
    QVERIFY(workspace);
    auto connection = workspace->connect();
    QVERIFY(connection);
    QElapsedTimer timer;
    timer.start();
    auto columns = Crm::Ui::loadCustomerColumns(connection->database(), {});
    QVERIFY(columns);
    const qint64 loading = timer.elapsed();
    CustomerTableModel model;
    timer.restart();
    model.setColumns(std::make_shared<const CustomerColumns>(std::move(columns).value()));
    const qint64 showing = timer.elapsed();
    QSignalSpy done(&model, &CustomerTableModel::arrangementFinished);
    const std::pair<int, const char *> sorts[] = {{CustomerTableModel::NetValue, "net value"},
                                                  {CustomerTableModel::Name, "name"},
                                                  {CustomerTableModel::LastPurchase, "last purchase"}};
    for (const auto &[column, name] : sorts) {
        model.sort(column, Qt::DescendingOrder);
        QVERIFY(done.wait(60000));
        qInfo("%lld customers: sort by %s %lld ms", qint64(model.rowCount()), name, done.last().at(0).toLongLong());
    }
    for (const char *search : {"138", "C0999", "王"}) {
        model.setSearchText(QString::fromUtf8(search));
        QVERIFY(done.wait(60000));
        qInfo("search \"%s\": %d rows in %lld ms", search, model.rowCount(), done.last().at(0).toLongLong());
    }
    qInfo("load on worker %lld ms; setColumns on the GUI thread %lld ms", loading, showing);
}

QTEST_MAIN(TestCustomerTableModel)
#include "tst_customertablemodel.moc"
