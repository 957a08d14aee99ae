#include "customerdays.h"

#include "bulkinsert.h"
#include "connection.h"

#include <QDate>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

#include <array>
#include <optional>

#ifdef CRM_SQLITE_DIRECT
#include <sqlite3.h>
#endif

namespace Crm::Core::Store {

namespace {

constexpr char kBlobVersion = 1;

// Above this many changed customers, and a quarter of the cache, one ordered walk over all
// orders is cheaper than a lookup per customer.
constexpr qsizetype kIncrementalLimit = 50'000;

void appendVarint(QByteArray &out, quint64 value)
{
    while (value >= 0x80) {
        out.append(char(value | 0x80));
        value >>= 7;
    }
    out.append(char(value));
}

quint64 zigzag(qint64 value)
{
    return (quint64(value) << 1) ^ quint64(value >> 63);
}

qint64 unzigzag(quint64 value)
{
    return qint64(value >> 1) ^ -qint64(value & 1);
}

bool readVarint(const char *&at, const char *end, quint64 &value)
{
    value = 0;
    for (int shift = 0; shift < 64 && at < end; shift += 7) {
        const auto byte = quint8(*at++);
        value |= quint64(byte & 0x7f) << shift;
        if (byte < 0x80) {
            return true;
        }
    }
    return false;
}

bool isSqlite(const QSqlDatabase &db)
{
    return db.driverName() == QLatin1String("QSQLITE");
}

// Order rows of one query, through the SQLite C API when the connection allows it (QtSql's
// QVariant per value costs more than SQLite's own work), otherwise through QSqlQuery.
class OrderRows
{
public:
    OrderRows(QSqlDatabase db, const QString &sql)
        : m_query(db)
    {
#ifdef CRM_SQLITE_DIRECT
        m_handle = sqliteHandle(db);
        if (m_handle) {
            const QByteArray utf8 = sql.toUtf8();
            m_ok = sqlite3_prepare_v2(m_handle, utf8.constData(), int(utf8.size()), &m_statement, nullptr) == SQLITE_OK;
            return;
        }
#endif
        m_query.setForwardOnly(true);
        m_ok = m_query.prepare(sql);
    }
    ~OrderRows()
    {
#ifdef CRM_SQLITE_DIRECT
        sqlite3_finalize(m_statement);
#endif
    }
    OrderRows(const OrderRows &) = delete;
    OrderRows &operator=(const OrderRows &) = delete;

    void bind(const QString &value)
    {
#ifdef CRM_SQLITE_DIRECT
        if (m_statement) {
            sqlite3_reset(m_statement);
            const QByteArray utf8 = value.toUtf8();
            sqlite3_bind_text(m_statement, 1, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
            return;
        }
#endif
        m_query.bindValue(0, value);
        m_started = false;
    }

    // False at the end or on an error (then error() says which).
    bool next()
    {
        if (!m_ok) {
            return false;
        }
#ifdef CRM_SQLITE_DIRECT
        if (m_statement) {
            const int status = sqlite3_step(m_statement);
            m_ok = status == SQLITE_ROW || status == SQLITE_DONE;
            return status == SQLITE_ROW;
        }
#endif
        if (!m_started) {
            m_started = true;
            if (!m_query.exec()) {
                m_ok = false;
                return false;
            }
        }
        if (!m_query.next()) {
            m_ok = !m_query.lastError().isValid();
            return false;
        }
        for (int i = 0; i < int(m_values.size()) && i < m_query.record().count(); ++i) {
            m_values[size_t(i)] = m_query.value(i).toString().toUtf8();
        }
        m_amount = m_query.value(m_query.record().count() - 1).toLongLong();
        return true;
    }

    // Text columns first, the amount last: (customer,) ordered_at, status, amount_minor.
    QByteArrayView text(int column) const
    {
#ifdef CRM_SQLITE_DIRECT
        if (m_statement) {
            const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
            return {data, sqlite3_column_bytes(m_statement, column)};
        }
#endif
        return m_values[size_t(column)];
    }
    qint64 amount(int column) const
    {
#ifdef CRM_SQLITE_DIRECT
        if (m_statement) {
            return sqlite3_column_int64(m_statement, column);
        }
#endif
        return m_amount;
    }

    std::optional<Error> error(const QString &what) const
    {
        if (m_ok) {
            return std::nullopt;
        }
#ifdef CRM_SQLITE_DIRECT
        if (m_handle) {
            return databaseError(what, QString::fromUtf8(sqlite3_errmsg(m_handle)));
        }
#endif
        return databaseError(what, m_query.lastError().text());
    }

private:
#ifdef CRM_SQLITE_DIRECT
    sqlite3 *m_handle = nullptr;
    sqlite3_stmt *m_statement = nullptr;
#endif
    QSqlQuery m_query;
    bool m_ok = false;
    bool m_started = false;
    std::array<QByteArray, 3> m_values;
    qint64 m_amount = 0;
};

VoidResult markValid(QSqlDatabase db)
{
    return exec(db, QStringLiteral("UPDATE customer_days_state SET valid = 1"));
}

// Writes one customer's packed days (a customer without days gets no row).
class CacheWriter
{
public:
    VoidResult prepare(QSqlDatabase db)
    {
        return m_insert.prepare(db, QStringLiteral("INSERT INTO customer_days (customer_id, days) VALUES (?, ?)"));
    }

    VoidResult write(QByteArrayView customer, const std::vector<CustomerDay> &days)
    {
        if (days.empty()) {
            return {};
        }
        const QByteArray blob = encodeCustomerDays(days);
        m_insert.bindUtf8(0, customer.data(), customer.size());
        m_insert.bindBlob(1, blob);
        if (m_insert.exec() != BulkInsert::Outcome::Done) {
            return databaseError(QStringLiteral("INSERT INTO customer_days"), m_insert.lastError());
        }
        return {};
    }

private:
    BulkInsert m_insert;
};

// Recomputes the given customers' rows from their orders. False in the result when an order
// date does not parse: the cache must then stay stale.
Result<bool> recompute(QSqlDatabase db, const QStringList &customers)
{
    QSqlQuery remove(db);
    if (!remove.prepare(QStringLiteral("DELETE FROM customer_days WHERE customer_id = ?"))) {
        return databaseError(QStringLiteral("DELETE FROM customer_days"), remove.lastError().text());
    }
    OrderRows rows(db,
                   QStringLiteral("SELECT ordered_at, status, amount_minor FROM orders WHERE customer_id = ? "
                                  "ORDER BY ordered_at"));
    CacheWriter writer;
    if (auto ok = writer.prepare(db); !ok) {
        return ok.error();
    }
    std::vector<CustomerDay> days;
    for (const QString &customer : customers) {
        remove.bindValue(0, customer);
        if (!remove.exec()) {
            return databaseError(QStringLiteral("DELETE FROM customer_days"), remove.lastError().text());
        }
        days.clear();
        rows.bind(customer);
        while (rows.next()) {
            const qint64 day = julianDayOfIso(rows.text(0));
            if (day == kNoJulianDay) {
                return false;
            }
            addOrderToDays(days, day, orderStatusOf(rows.text(1)), rows.amount(2));
        }
        if (auto failed = rows.error(QStringLiteral("customer days")); failed) {
            return *failed;
        }
        if (auto ok = writer.write(customer.toUtf8(), days); !ok) {
            return ok.error();
        }
    }
    return true;
}

Result<qint64> cachedCustomers(QSqlDatabase db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM customer_days")) || !query.next()) {
        return databaseError(QStringLiteral("customer days"), query.lastError().text());
    }
    return query.value(0).toLongLong();
}

}  // namespace

qint64 julianDayOfIso(QByteArrayView orderedAt)
{
    const QByteArrayView prefix = orderedAt.first(std::min<qsizetype>(10, orderedAt.size()));
    const auto digit = [&](qsizetype i) { return prefix[i] >= '0' && prefix[i] <= '9'; };
    if (prefix.size() == 10 && prefix[4] == '-' && prefix[7] == '-' && digit(0) && digit(1) && digit(2) && digit(3)
        && digit(5) && digit(6) && digit(8) && digit(9)) {
        const auto value = [&](qsizetype from, qsizetype count) {
            int v = 0;
            for (qsizetype i = from; i < from + count; ++i) {
                v = v * 10 + (prefix[i] - '0');
            }
            return v;
        };
        const QDate date(value(0, 4), value(5, 2), value(8, 2));
        return date.isValid() ? date.toJulianDay() : kNoJulianDay;
    }
    const QDate date = QDate::fromString(QString::fromUtf8(prefix), Qt::ISODate);
    return date.isValid() ? date.toJulianDay() : kNoJulianDay;
}

OrderStatus orderStatusOf(QByteArrayView status)
{
    if (status == QByteArrayView("purchase")) {
        return OrderStatus::Purchase;
    }
    return status == QByteArrayView("return") ? OrderStatus::Return : OrderStatus::Other;
}

void addOrderToDays(std::vector<CustomerDay> &days, qint64 julianDay, OrderStatus status, MoneyMinor amount)
{
    if (days.empty() || days.back().julianDay != julianDay) {
        days.push_back({julianDay, 0, 0, 0});
    }
    CustomerDay &entry = days.back();
    if (status == OrderStatus::Purchase) {
        ++entry.orders;
        entry.purchases += amount;
    } else if (status == OrderStatus::Return) {
        entry.returns += amount;
    }
}

QByteArray encodeCustomerDays(const std::vector<CustomerDay> &days)
{
    QByteArray out;
    out.reserve(1 + qsizetype(days.size()) * 8);
    out.append(kBlobVersion);
    qint64 previous = 0;
    for (const CustomerDay &day : days) {
        appendVarint(out, zigzag(day.julianDay - previous));
        appendVarint(out, zigzag(day.orders));
        appendVarint(out, zigzag(day.purchases));
        appendVarint(out, zigzag(day.returns));
        previous = day.julianDay;
    }
    return out;
}

bool decodeCustomerDays(QByteArrayView blob, qint64 fromDay, qint64 beforeDay, std::vector<CustomerDay> &out)
{
    if (blob.isEmpty() || blob.front() != kBlobVersion) {
        return false;
    }
    const char *at = blob.data() + 1;
    const char *const end = blob.data() + blob.size();
    qint64 julianDay = 0;
    while (at < end) {
        quint64 delta = 0;
        quint64 orders = 0;
        quint64 purchases = 0;
        quint64 returns = 0;
        if (!readVarint(at, end, delta) || !readVarint(at, end, orders) || !readVarint(at, end, purchases)
            || !readVarint(at, end, returns)) {
            return false;
        }
        julianDay += unzigzag(delta);
        if (julianDay >= beforeDay) {
            return true;  // ascending: nothing later counts
        }
        if (julianDay >= fromDay) {
            out.push_back({julianDay, int(unzigzag(orders)), unzigzag(purchases), unzigzag(returns)});
        }
    }
    return true;
}

bool customerDayCacheIsValid(QSqlDatabase db)
{
    if (!isSqlite(db)) {
        return false;
    }
    QSqlQuery query(db);
    return query.exec(QStringLiteral("SELECT valid FROM customer_days_state")) && query.next()
        && query.value(0).toInt() == 1;
}

CustomerDayCacheUpdate::CustomerDayCacheUpdate(QSqlDatabase db)
    : m_db(db)
    , m_wasValid(customerDayCacheIsValid(db))
{ }

VoidResult CustomerDayCacheUpdate::suspendStaleTriggers()
{
    if (!isSqlite(m_db) || !m_suspendedTriggers.isEmpty()) {
        return {};
    }
    // What each trigger would have done on the first row written.
    if (auto ok = exec(m_db, QStringLiteral("UPDATE customer_days_state SET valid = 0")); !ok) {
        return ok;
    }
    auto dropped = dropSchemaObjects(m_db, QStringLiteral("trigger"), QStringLiteral("orders"),
                                     QStringLiteral("customer_days_stale_on_*"));
    if (!dropped) {
        return dropped.error();
    }
    m_suspendedTriggers = dropped.value();
    return {};
}

VoidResult CustomerDayCacheUpdate::finish(const QStringList &changedCustomers)
{
    if (!isSqlite(m_db)) {
        return {};
    }
    for (const QString &statement : std::as_const(m_suspendedTriggers)) {
        if (auto ok = exec(m_db, statement); !ok) {
            return ok;
        }
    }
    m_suspendedTriggers.clear();
    if (!m_wasValid) {
        return rebuildCustomerDayCache(m_db);
    }
    if (changedCustomers.size() > kIncrementalLimit) {
        auto cached = cachedCustomers(m_db);
        if (!cached) {
            return cached.error();
        }
        if (changedCustomers.size() * 4 > cached.value()) {
            return rebuildCustomerDayCache(m_db);
        }
    }
    auto complete = recompute(m_db, changedCustomers);
    if (!complete) {
        return complete.error();
    }
    return complete.value() ? markValid(m_db) : VoidResult {};
}

Result<QStringList> customersOfImport(QSqlDatabase db, qint64 importId)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT DISTINCT customer_id FROM orders WHERE import_id = ?"));
    query.addBindValue(importId);
    if (!query.exec()) {
        return databaseError(QStringLiteral("customers of import"), query.lastError().text());
    }
    QStringList customers;
    while (query.next()) {
        customers << query.value(0).toString();
    }
    return customers;
}

VoidResult rebuildCustomerDayCache(QSqlDatabase db)
{
    if (!isSqlite(db)) {
        return {};
    }
    if (auto ok = exec(db, QStringLiteral("DELETE FROM customer_days")); !ok) {
        return ok;
    }
    // The covering index orders_customer_scan delivers this order without a sort.
    OrderRows rows(db,
                   QStringLiteral("SELECT customer_id, ordered_at, status, amount_minor FROM orders "
                                  "ORDER BY customer_id, ordered_at"));
    CacheWriter writer;
    if (auto ok = writer.prepare(db); !ok) {
        return ok;
    }
    QByteArray customer;
    std::vector<CustomerDay> days;
    bool first = true;
    while (rows.next()) {
        const QByteArrayView id = rows.text(0);
        if (first || id != QByteArrayView(customer)) {
            if (auto ok = writer.write(customer, days); !ok) {
                return ok;
            }
            customer = id.toByteArray();
            days.clear();
            first = false;
        }
        const qint64 day = julianDayOfIso(rows.text(1));
        if (day == kNoJulianDay) {
            // Stays stale: the walk keeps treating such rows as it always has.
            if (auto ok = exec(db, QStringLiteral("DELETE FROM customer_days")); !ok) {
                return ok;
            }
            return exec(db, QStringLiteral("UPDATE customer_days_state SET valid = 0"));
        }
        addOrderToDays(days, day, orderStatusOf(rows.text(2)), rows.amount(3));
    }
    if (auto failed = rows.error(QStringLiteral("customer days")); failed) {
        return *failed;
    }
    if (auto ok = writer.write(customer, days); !ok) {
        return ok;
    }
    return markValid(db);
}

}  // namespace Crm::Core::Store
