#include "orderfixtures.h"

#include "store/connection.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <zlib.h>

namespace Crm::Test {

namespace {

// Reads a whole .gz file; empty on failure.
QByteArray gunzip(const QString &path)
{
    gzFile file = gzopen(QFile::encodeName(path).constData(), "rb");
    if (!file) {
        return {};
    }
    QByteArray data;
    QByteArray chunk(1 << 20, Qt::Uninitialized);
    int read = 0;
    while ((read = gzread(file, chunk.data(), unsigned(chunk.size()))) > 0) {
        data.append(chunk.constData(), read);
    }
    gzclose(file);
    return read < 0 ? QByteArray() : data;
}

// Splits one RFC 4180 record that holds no line break inside quotes (true for this file).
QList<QByteArray> csvFields(QByteArrayView line)
{
    QList<QByteArray> fields;
    QByteArray field;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const char c = line.at(i);
        if (quoted) {
            if (c == '"' && i + 1 < line.size() && line.at(i + 1) == '"') {
                field += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            fields.append(field);
            field.clear();
        } else {
            field += c;
        }
    }
    fields.append(field);
    return fields;
}

// "2.55" -> 2550, "0.001" -> 1: prices in thousandths, exact for this file (<= 3 decimals).
std::optional<qint64> parseMilli(const QByteArray &text)
{
    const qsizetype dot = text.indexOf('.');
    const QByteArray whole = dot < 0 ? text : text.left(dot);
    QByteArray fraction = dot < 0 ? QByteArray() : text.mid(dot + 1);
    if (fraction.size() > 3) {
        return std::nullopt;
    }
    fraction = fraction.leftJustified(3, '0');
    bool okWhole = false;
    bool okFraction = false;
    const qint64 major = whole.toLongLong(&okWhole);
    const qint64 milli = fraction.toLongLong(&okFraction);
    if (!okWhole || !okFraction) {
        return std::nullopt;
    }
    return text.startsWith('-') ? major * 1000 - milli : major * 1000 + milli;
}

}  // namespace

bool insertOrders(const QString &workspacePath, const std::vector<OrderFixture> &orders)
{
    auto connection = Core::Store::Connection::openSqlite(workspacePath);
    if (!connection) {
        return false;
    }
    QSqlDatabase db = connection->database();
    if (!db.transaction()) {
        return false;
    }
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO orders (order_id, customer_id, ordered_at, amount_minor, status) "
                                  "VALUES (?, ?, ?, ?, ?)"));
    qint64 number = 0;
    for (const OrderFixture &order : orders) {
        ++number;
        insert.bindValue(0, order.orderId.isEmpty() ? QStringLiteral("T%1").arg(number) : order.orderId);
        insert.bindValue(1, order.customerId);
        insert.bindValue(2, order.orderedAt);
        insert.bindValue(3, order.amount);
        insert.bindValue(4, order.amount < 0 ? QStringLiteral("return") : QStringLiteral("purchase"));
        if (!insert.exec()) {
            qWarning("insertOrders: %s", qPrintable(insert.lastError().text()));
            db.rollback();
            return false;
        }
    }
    return db.commit();
}

bool insertCustomers(const QString &workspacePath, const std::vector<CustomerFixture> &customers)
{
    auto connection = Core::Store::Connection::openSqlite(workspacePath);
    if (!connection) {
        return false;
    }
    QSqlDatabase db = connection->database();
    if (!db.transaction()) {
        return false;
    }
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO customers (customer_id, points_balance) VALUES (?, ?)"));
    for (const CustomerFixture &customer : customers) {
        insert.bindValue(0, customer.customerId);
        insert.bindValue(1, customer.pointsBalance ? QVariant(*customer.pointsBalance) : QVariant());
        if (!insert.exec()) {
            qWarning("insertCustomers: %s", qPrintable(insert.lastError().text()));
            db.rollback();
            return false;
        }
    }
    return db.commit();
}

QString onlineRetailPath()
{
    const QString source = qEnvironmentVariable("CRM_SOURCE_DIR");
    if (source.isEmpty()) {
        return {};
    }
    const QString path = QDir(source).filePath(QStringLiteral("../shared/data/online_retail/online_retail.csv.gz"));
    return QFile::exists(path) ? QDir::cleanPath(path) : QString();
}

std::optional<std::vector<OrderFixture>> readOnlineRetailOrders(const QString &gzPath, QString *error)
{
    const auto failWith = [error](const QString &message) {
        if (error) {
            *error = message;
        }
        return std::nullopt;
    };
    const QByteArray data = gunzip(gzPath);
    if (data.isEmpty()) {
        return failWith(QStringLiteral("cannot read %1").arg(gzPath));
    }
    std::vector<OrderFixture> orders;
    std::vector<qint64> milli;
    QHash<QByteArray, size_t> byInvoice;
    qsizetype start = data.indexOf('\n') + 1;  // skip the header
    while (start > 0 && start < data.size()) {
        qsizetype end = data.indexOf('\n', start);
        end = end < 0 ? data.size() : end;
        const QList<QByteArray> f = csvFields(QByteArrayView(data).sliced(start, end - start));
        start = end + 1;
        if (f.size() != 8) {
            return failWith(QStringLiteral("a line with %1 fields").arg(f.size()));
        }
        // InvoiceNo, StockCode, Description, Quantity, InvoiceDate, UnitPrice, CustomerID, Country
        if (std::any_of(f.begin(), f.end(), [](const QByteArray &v) { return v.isEmpty(); }) || f[0].contains('C')) {
            continue;
        }
        bool ok = false;
        const qint64 quantity = f[3].toLongLong(&ok);
        const std::optional<qint64> price = parseMilli(f[5]);
        if (!ok || !price) {
            return failWith(QStringLiteral("bad number in invoice %1").arg(QString::fromLatin1(f[0])));
        }
        if (quantity <= 0 || *price <= 0) {
            continue;
        }
        const QByteArray key = f[0] + '|' + f[6];
        auto it = byInvoice.constFind(key);
        if (it == byInvoice.constEnd()) {
            it = byInvoice.insert(key, orders.size());
            orders.push_back({QString::fromLatin1(f[6]), QString::fromLatin1(f[4]), 0,
                              QString::fromLatin1(f[0]) + QLatin1Char('/') + QString::fromLatin1(f[6])});
            milli.push_back(0);
        }
        milli[*it] += quantity * *price;
    }
    for (size_t i = 0; i < orders.size(); ++i) {
        orders[i].amount = (milli[i] + 5) / 10;
    }
    return orders;
}

}  // namespace Crm::Test
