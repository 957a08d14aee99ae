// The customer_days cache of schema 4 (store/customerdays.h): its packed form, when it is
// valid, and that a scan through it gives exactly what walking the orders gives, after
// direct writes, imports, undo and damage.

#include "analysis/common/purchasehistory.h"
#include "import/loader/importer.h"
#include "orderfixtures.h"
#include "store/customerdays.h"
#include "testworkspace.h"

#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Crm::Core;
using Store::CustomerDay;

namespace {

bool sameDays(const std::vector<CustomerDay> &a, const std::vector<CustomerDay> &b)
{
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](const CustomerDay &x, const CustomerDay &y) {
        return x.julianDay == y.julianDay && x.orders == y.orders && x.purchases == y.purchases
            && x.returns == y.returns;
    });
}

// Describes the first difference, or returns an empty string.
QString difference(const std::vector<Analysis::CustomerHistory> &a, const std::vector<Analysis::CustomerHistory> &b)
{
    if (a.size() != b.size()) {
        return QStringLiteral("%1 vs %2 customers").arg(a.size()).arg(b.size());
    }
    for (size_t i = 0; i < a.size(); ++i) {
        if (a[i].customerId != b[i].customerId || !sameDays(a[i].days, b[i].days)) {
            return QStringLiteral("customer %1 (%2 vs %3)").arg(i).arg(a[i].customerId, b[i].customerId);
        }
    }
    return {};
}

// Customers with several orders a day, returns, returns only, and some orders after D.
std::vector<Crm::Test::OrderFixture> randomOrders(int customers, quint32 seed)
{
    QRandomGenerator random(seed);
    std::vector<Crm::Test::OrderFixture> orders;
    const QDate start(2022, 1, 1);
    for (int c = 0; c < customers; ++c) {
        const QString id = QStringLiteral("C%1").arg(c, 5, 10, QLatin1Char('0'));
        const int count = 1 + int(random.bounded(12));
        for (int o = 0; o < count; ++o) {
            const QDate day = start.addDays(random.bounded(900));
            const qint64 amount
                = random.bounded(10) == 0 ? -qint64(random.bounded(5000)) : qint64(random.bounded(90000));
            orders.push_back({id, day.toString(Qt::ISODate) + QStringLiteral(" 1%1:00:00").arg(o % 10), amount});
        }
    }
    return orders;
}

bool execAll(QSqlDatabase db, const QStringList &statements)
{
    for (const QString &sql : statements) {
        QSqlQuery query(db);
        if (!query.exec(sql)) {
            qWarning("%s", qPrintable(sql));
            return false;
        }
    }
    return true;
}

qint64 count(QSqlDatabase db, const QString &sql)
{
    QSqlQuery query(db);
    return query.exec(sql) && query.next() ? query.value(0).toLongLong() : -1;
}

}  // namespace

class TestCustomerDays final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldRoundTripPackedDays();
    void shouldCutPackedDaysToTheBounds();
    void shouldRefuseDamagedBlobs();
    void shouldStartValidAndGoStaleOnDirectWrites();
    void shouldScanTheSameFromTheCacheAsFromTheOrders_data();
    void shouldScanTheSameFromTheCacheAsFromTheOrders();
    void shouldKeepTheCacheRightThroughImportAndUndo();
    void shouldStayStaleWhenADateDoesNotParse();
    void shouldWalkTheOrdersWhenABlobIsDamaged();
};

void TestCustomerDays::shouldRoundTripPackedDays()
{
    QRandomGenerator random(7);
    for (int round = 0; round < 200; ++round) {
        std::vector<CustomerDay> days;
        qint64 day = 2'400'000 + random.bounded(200'000);
        const int n = int(random.bounded(40));
        for (int i = 0; i < n; ++i) {
            day += 1 + random.bounded(round % 2 ? 3 : 4000);
            const qint64 big = round == 3 ? std::numeric_limits<qint64>::max() / 2 : 0;
            days.push_back({day, int(random.bounded(5)), qint64(random.bounded(1'000'000)) + big,
                            -qint64(random.bounded(1000)) - big});
        }
        const QByteArray blob = Store::encodeCustomerDays(days);
        std::vector<CustomerDay> back;
        QVERIFY(Store::decodeCustomerDays(blob, std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max(),
                                          back));
        QVERIFY(sameDays(days, back));
    }
}

void TestCustomerDays::shouldCutPackedDaysToTheBounds()
{
    const std::vector<CustomerDay> days {{100, 1, 500, 0}, {105, 0, 0, -20}, {110, 2, 900, -100}, {200, 1, 1, 0}};
    const QByteArray blob = Store::encodeCustomerDays(days);
    std::vector<CustomerDay> cut;
    QVERIFY(Store::decodeCustomerDays(blob, 105, 200, cut));  // [105, 200)
    QVERIFY(sameDays(cut, {days[1], days[2]}));
    cut.clear();
    QVERIFY(Store::decodeCustomerDays(blob, 0, 100, cut));
    QVERIFY(cut.empty());
    // Appends, as the scan collects a customer's days into one vector.
    cut = {{1, 1, 1, 0}};
    QVERIFY(Store::decodeCustomerDays(blob, 200, 201, cut));
    QCOMPARE(cut.size(), size_t(2));
    QCOMPARE(cut.back().julianDay, qint64(200));
}

void TestCustomerDays::shouldRefuseDamagedBlobs()
{
    std::vector<CustomerDay> out;
    QVERIFY(!Store::decodeCustomerDays(QByteArrayView(), 0, 1000, out));
    QVERIFY(!Store::decodeCustomerDays(QByteArrayView("\x02\x01", 2), 0, 1000, out));  // unknown version
    QByteArray blob = Store::encodeCustomerDays({{100, 1, 123456789, 0}});
    blob.chop(2);  // cut inside a varint
    QVERIFY(!Store::decodeCustomerDays(blob, 0, 1000, out));
    const QByteArray endless("\x01\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff", 12);
    QVERIFY(!Store::decodeCustomerDays(endless, 0, 1000, out));
}

void TestCustomerDays::shouldStartValidAndGoStaleOnDirectWrites()
{
    Crm::Test::TestWorkspace workspace;
    QVERIFY(workspace.isValid());
    {
        auto connection = workspace.workspace().connect();
        QVERIFY(connection);
        QVERIFY(Store::customerDayCacheIsValid(connection->database()));  // no orders: nothing to cache
    }
    QVERIFY(Crm::Test::insertOrders(workspace.path(), {{QStringLiteral("A"), QStringLiteral("2024-01-02"), 100}}));
    auto connection = workspace.workspace().connect();
    QVERIFY(connection);
    QSqlDatabase db = connection->database();
    QVERIFY(!Store::customerDayCacheIsValid(db));
    QVERIFY(db.transaction());
    QVERIFY(Store::rebuildCustomerDayCache(db));
    QVERIFY(db.commit());
    QVERIFY(Store::customerDayCacheIsValid(db));
    QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM customer_days")), qint64(1));
    // Any change to orders, however made, makes it stale.
    QVERIFY(execAll(db, {QStringLiteral("UPDATE orders SET amount_minor = 200")}));
    QVERIFY(!Store::customerDayCacheIsValid(db));
    QVERIFY(db.transaction());
    QVERIFY(Store::rebuildCustomerDayCache(db));
    QVERIFY(db.commit());
    QVERIFY(execAll(db, {QStringLiteral("DELETE FROM orders")}));
    QVERIFY(!Store::customerDayCacheIsValid(db));
}

void TestCustomerDays::shouldScanTheSameFromTheCacheAsFromTheOrders_data()
{
    QTest::addColumn<int>("threads");
    QTest::addColumn<bool>("viaQtSql");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("asOf");
    QTest::newRow("one connection") << 1 << false << QDate() << QDate(2024, 1, 1);
    QTest::newRow("three connections") << 3 << false << QDate() << QDate(2023, 6, 15);
    QTest::newRow("through QtSql") << 1 << true << QDate() << QDate(2024, 1, 1);
    QTest::newRow("lower bound") << 2 << false << QDate(2022, 9, 1) << QDate(2023, 11, 30);
    QTest::newRow("before everything") << 2 << false << QDate() << QDate(2021, 1, 1);
    QTest::newRow("after everything") << 2 << false << QDate() << QDate(2030, 1, 1);
}

void TestCustomerDays::shouldScanTheSameFromTheCacheAsFromTheOrders()
{
    QFETCH(int, threads);
    QFETCH(bool, viaQtSql);
    QFETCH(QDate, from);
    QFETCH(QDate, asOf);
    Crm::Test::TestWorkspace workspace;
    QVERIFY(workspace.isValid());
    const int customers = 3000;  // enough for several customer ranges
    QVERIFY(Crm::Test::insertOrders(workspace.path(), randomOrders(customers, 11)));
    std::vector<Crm::Test::CustomerFixture> table;
    for (int c = 0; c < customers; c += 3) {
        table.push_back({QStringLiteral("C%1").arg(c, 5, 10, QLatin1Char('0'))});
    }
    table.push_back({QStringLiteral("P-prospect")});
    QVERIFY(Crm::Test::insertCustomers(workspace.path(), table));
    auto connection = workspace.workspace().connect();
    QVERIFY(connection);
    QSqlDatabase db = connection->database();
    QVERIFY(db.transaction());
    QVERIFY(Store::rebuildCustomerDayCache(db));
    QVERIFY(db.commit());
    QVERIFY(Store::customerDayCacheIsValid(db));

    Analysis::PurchaseHistoryRequest request;
    request.asOf = asOf;
    request.from = from;
    request.threads = threads;
    request.viaQtSql = viaQtSql;
    auto cached = Analysis::loadPurchaseHistory(db, request);
    QVERIFY(cached);
    request.walkOrders = true;
    auto walked = Analysis::loadPurchaseHistory(db, request);
    QVERIFY(walked);
    QVERIFY2(difference(cached.value(), walked.value()).isEmpty(),
             qPrintable(difference(cached.value(), walked.value())));
    QVERIFY(!cached->empty());
}

void TestCustomerDays::shouldKeepTheCacheRightThroughImportAndUndo()
{
    Crm::Test::TestWorkspace workspace;
    QVERIFY(workspace.isValid());
    QTemporaryDir dir;
    const auto writeCsv = [&](const QString &name, const std::vector<Crm::Test::OrderFixture> &orders, int first) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly)) {
            return QString();
        }
        file.write("order_id,customer_id,order_date,amount\n");
        int n = first;
        for (const auto &order : orders) {
            file.write(QStringLiteral("%1-%2,%3,%4,%5.%6\n")
                           .arg(name.left(1))
                           .arg(n++)
                           .arg(order.customerId, order.orderedAt)
                           .arg(order.amount / 100)
                           .arg(qAbs(order.amount % 100), 2, 10, QLatin1Char('0'))
                           .toUtf8());
        }
        return file.fileName();
    };
    // Amounts >= 0 only: the importer books a negative amount as a return with its own rules.
    auto first = randomOrders(400, 21);
    auto second = randomOrders(600, 22);  // overlaps the first file's customers
    for (auto *orders : {&first, &second}) {
        for (auto &order : *orders) {
            order.amount = qAbs(order.amount);
        }
    }
    const QString firstFile = writeCsv(QStringLiteral("a.csv"), first, 1);
    const QString secondFile = writeCsv(QStringLiteral("b.csv"), second, 1);
    QVERIFY(!firstFile.isEmpty() && !secondFile.isEmpty());

    auto connection = workspace.workspace().connect();
    QVERIFY(connection);
    QSqlDatabase db = connection->database();
    const auto check = [&](const char *when) {
        QVERIFY2(Store::customerDayCacheIsValid(db), when);
        // The importer and undo drop the stale-marking triggers for their transaction only.
        QVERIFY2(count(db,
                       QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'trigger' AND tbl_name = "
                                      "'orders'"))
                     == 3,
                 when);
        Analysis::PurchaseHistoryRequest request;
        request.asOf = QDate(2030, 1, 1);
        auto cached = Analysis::loadPurchaseHistory(db, request);
        request.walkOrders = true;
        auto walked = Analysis::loadPurchaseHistory(db, request);
        QVERIFY2(cached && walked, when);
        QVERIFY2(
            difference(cached.value(), walked.value()).isEmpty(),
            qPrintable(QString::fromLatin1(when) + QStringLiteral(": ") + difference(cached.value(), walked.value())));
    };
    Import::ImportRequest request;
    request.path = firstFile;
    auto one = Import::importFile(db, request);
    QVERIFY2(one, one ? "" : qPrintable(one.error().message));
    QCOMPARE(one->rowsImported, qint64(first.size()));
    check("after the first import");
    request.path = secondFile;
    auto two = Import::importFile(db, request);
    QVERIFY2(two, two ? "" : qPrintable(two.error().message));
    check("after the second import (incremental)");
    // A failed import rolls back whole, the suspended triggers and the cache with it.
    Import::ImportRequest failing = request;
    failing.path = writeCsv(QStringLiteral("c.csv"), randomOrders(50, 23), 9000);
    failing.failAfterRows = 20;
    QVERIFY(!Import::importFile(db, failing));
    check("after a failed import");
    QVERIFY(Import::undoImport(db, one->importId));
    check("after undoing the first import");
    QVERIFY(Import::undoImport(db, two->importId));
    check("after undoing both");
    QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM customer_days")), qint64(0));

    // A stale cache (a write behind the store's back) is rebuilt whole by the next import.
    QVERIFY(Crm::Test::insertOrders(workspace.path(), {{QStringLiteral("Z1"), QStringLiteral("2023-05-05"), 700}}));
    QVERIFY(!Store::customerDayCacheIsValid(db));
    auto three = Import::importFile(db, request);
    QVERIFY2(three, three ? "" : qPrintable(three.error().message));
    check("after an import into a stale cache");
    QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM customer_days WHERE customer_id = 'Z1'")), qint64(1));
}

void TestCustomerDays::shouldStayStaleWhenADateDoesNotParse()
{
    Crm::Test::TestWorkspace workspace;
    QVERIFY(workspace.isValid());
    QVERIFY(Crm::Test::insertOrders(workspace.path(),
                                    {{QStringLiteral("A"), QStringLiteral("2024-01-02"), 100},
                                     {QStringLiteral("B"), QStringLiteral("02/01/2024"), 100}}));
    auto connection = workspace.workspace().connect();
    QVERIFY(connection);
    QSqlDatabase db = connection->database();
    QVERIFY(db.transaction());
    QVERIFY(Store::rebuildCustomerDayCache(db));
    QVERIFY(db.commit());
    QVERIFY(!Store::customerDayCacheIsValid(db));
    QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM customer_days")), qint64(0));
}

void TestCustomerDays::shouldWalkTheOrdersWhenABlobIsDamaged()
{
    Crm::Test::TestWorkspace workspace;
    QVERIFY(workspace.isValid());
    QVERIFY(Crm::Test::insertOrders(workspace.path(), randomOrders(50, 5)));
    auto connection = workspace.workspace().connect();
    QVERIFY(connection);
    QSqlDatabase db = connection->database();
    QVERIFY(db.transaction());
    QVERIFY(Store::rebuildCustomerDayCache(db));
    QVERIFY(db.commit());
    QVERIFY(execAll(db, {QStringLiteral("UPDATE customer_days SET days = x'0299' WHERE customer_id = 'C00007'")}));
    QVERIFY(Store::customerDayCacheIsValid(db));
    Analysis::PurchaseHistoryRequest request;
    request.asOf = QDate(2030, 1, 1);
    auto scanned = Analysis::loadPurchaseHistory(db, request);
    QVERIFY(scanned);
    request.walkOrders = true;
    auto walked = Analysis::loadPurchaseHistory(db, request);
    QVERIFY(walked);
    QVERIFY(difference(scanned.value(), walked.value()).isEmpty());
    QCOMPARE(scanned->size(), size_t(50));
}

QTEST_GUILESS_MAIN(TestCustomerDays)
#include "tst_customerdays.moc"
