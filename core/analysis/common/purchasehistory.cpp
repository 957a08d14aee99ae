#include "purchasehistory.h"

#include "store/bulkinsert.h"
#include "store/connection.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QThreadPool>
#include <QtConcurrent>

#ifdef CRM_SQLITE_DIRECT
#include <sqlite3.h>
#endif

#include <algorithm>
#include <atomic>
#include <limits>

namespace Crm::Core::Analysis {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Crm::Analysis)
};

constexpr qint64 kProgressEvery = 65536;

using Store::julianDayOfIso;
using Store::kNoJulianDay;
using Store::OrderStatus;

bool idLess(const CustomerHistory &a, const CustomerHistory &b)
{
    return a.customerId < b.customerId;
}

// Folds the order rows of one customer range, which arrive in (customer, time) order, into
// one history per customer and one entry per calendar day: the GROUP BY customer, day of
// DESIGN.md, done while reading, since the rows already come grouped.
class HistoryBuilder
{
public:
    void add(QByteArrayView customer, QByteArrayView orderedAt, OrderStatus status, qint64 amount)
    {
        open(customer);
        const qint64 day = julianDayOfIso(orderedAt);
        if (day == kNoJulianDay) {
            return;  // the loader validates dates; a stray row must not poison an analysis
        }
        Store::addOrderToDays(m_days, day, status, amount);
    }

    // One customer's packed days from the customer_days cache, cut to [from, before).
    bool addPacked(QByteArrayView customer, QByteArrayView packed, qint64 fromDay, qint64 beforeDay)
    {
        finish();
        if (!Store::decodeCustomerDays(packed, fromDay, beforeDay, m_days)) {
            return false;
        }
        // The walk only meets a customer through an order before D: so must the cache.
        if (!m_days.empty()) {
            m_histories.push_back(
                {QString::fromUtf8(customer.data(), customer.size()), {m_days.begin(), m_days.end()}});
            m_days.clear();
        }
        return true;
    }

    // One (customer, day) group as the SQL GROUP BY of groupedOrdersSql() returns it.
    void addDay(QByteArrayView customer, QByteArrayView day, int orders, qint64 purchases, qint64 returns)
    {
        open(customer);
        const qint64 julianDay = julianDayOfIso(day);
        if (julianDay != kNoJulianDay) {
            m_days.push_back({julianDay, orders, purchases, returns});
        }
    }

    std::vector<CustomerHistory> take()
    {
        finish();
        return std::move(m_histories);
    }

private:
    void open(QByteArrayView customer)
    {
        if (!m_open || customer != QByteArrayView(m_customer)) {
            finish();
            m_customer = customer.toByteArray();
            m_open = true;
        }
    }

    void finish()
    {
        if (m_open) {
            // Copied at its exact size: push_back slack on ten million days is real memory.
            m_histories.push_back({QString::fromUtf8(m_customer), {m_days.begin(), m_days.end()}});
            m_days.clear();
            m_open = false;
        }
    }

    bool m_open = false;
    QByteArray m_customer;
    std::vector<PurchaseDay> m_days;
    std::vector<CustomerHistory> m_histories;
};

// A range of customer ids [lower, upper); a null bound is open.
struct Chunk
{
    QString lower;
    QString upper;
};

// Shared by the workers of one scan: row count for progress, and the cancel flag.
struct ScanState
{
    std::atomic<qint64> rows {0};
    std::atomic<bool> cancelled {false};
    std::atomic<bool> damagedCache {false};  // a customer_days blob did not decode
    bool fromCache = false;  // read customer_days instead of the orders
};

// The conditions " AND customer_id >= :lower AND customer_id < :upper" of a chunk's bounds.
QString customerRangeSql(const Chunk &chunk)
{
    QString sql;
    if (!chunk.lower.isNull()) {
        sql += QStringLiteral(" AND customer_id >= :lower");
    }
    if (!chunk.upper.isNull()) {
        sql += QStringLiteral(" AND customer_id < :upper");
    }
    return sql;
}

QString rangeSql(const PurchaseHistoryRequest &request, const Chunk &chunk)
{
    QString sql = QStringLiteral(" WHERE ordered_at < :as_of");
    if (request.from.isValid()) {
        sql += QStringLiteral(" AND ordered_at >= :from");
    }
    return sql + customerRangeSql(chunk);
}

// The per-customer-day aggregation of DESIGN.md in the database, for drivers other than
// SQLite's C API: on a shared PostgreSQL server the heavy scan stays there and only the
// per-customer vectors travel. (Embedded SQLite walks the covering index instead: grouping
// there costs about three times the ordered walk, and nothing travels.)
QString groupedOrdersSql(const PurchaseHistoryRequest &request, const Chunk &chunk)
{
    return QStringLiteral("SELECT customer_id, substr(ordered_at, 1, 10) AS day, "
                          "SUM(CASE WHEN status = 'purchase' THEN 1 ELSE 0 END), "
                          "SUM(CASE WHEN status = 'purchase' THEN amount_minor ELSE 0 END), "
                          "SUM(CASE WHEN status = 'return' THEN amount_minor ELSE 0 END) FROM orders")
        + rangeSql(request, chunk)
        + QStringLiteral(" GROUP BY customer_id, substr(ordered_at, 1, 10) ORDER BY customer_id, day");
}

#ifdef CRM_SQLITE_DIRECT
// The ordered walk of the SQLite C-API path, plain SQL too. `ordered_at < :as_of` equals
// `substr(ordered_at, 1, 10) < :as_of` for ISO text and lets the covering index
// orders_customer_scan (schema 3) deliver the rows in customer order without a sort or a
// table lookup.
QString ordersSql(const PurchaseHistoryRequest &request, const Chunk &chunk)
{
    return QStringLiteral("SELECT customer_id, ordered_at, status, amount_minor FROM orders") + rangeSql(request, chunk)
        + QStringLiteral(" ORDER BY customer_id, ordered_at");
}
#endif

QString customersSql(const Chunk &chunk)
{
    return QStringLiteral("SELECT customer_id FROM customers WHERE 1 = 1") + customerRangeSql(chunk)
        + QStringLiteral(" ORDER BY customer_id");
}

// The packed days of schema 4's customer_days cache, one row per customer of the range.
QString cachedDaysSql(const Chunk &chunk)
{
    return QStringLiteral("SELECT customer_id, days FROM customer_days WHERE 1 = 1") + customerRangeSql(chunk)
        + QStringLiteral(" ORDER BY customer_id");
}

// The day bounds [from, before) of a scan, as julian days.
std::pair<qint64, qint64> dayBounds(const PurchaseHistoryRequest &request)
{
    return {request.from.isValid() ? request.from.toJulianDay() : std::numeric_limits<qint64>::min(),
            request.asOf.toJulianDay()};
}

Error damagedCacheError()
{
    return makeError(Error::Code::Database, QStringLiteral("customer_days: a packed history does not decode"));
}

// Counts rows locally and meets the other workers only every kProgressEvery rows: one
// shared atomic per row would bounce its cache line between the cores ten million times.
// Returns false once the scan is cancelled; only the main worker calls the sink.
class RowCounter
{
public:
    RowCounter(ScanState &state, const ProgressSink *progress)
        : m_state(state)
        , m_progress(progress)
    { }

    bool count()
    {
        if (++m_rows < kProgressEvery) {
            return true;
        }
        const qint64 total = m_state.rows.fetch_add(m_rows, std::memory_order_relaxed) + m_rows;
        m_rows = 0;
        if (m_progress && !reportProgress(*m_progress, total, 0)) {
            m_state.cancelled = true;
        }
        return !m_state.cancelled;
    }

private:
    ScanState &m_state;
    const ProgressSink *m_progress;
    qint64 m_rows = 0;
};

Error cancelledError()
{
    return makeError(Error::Code::Cancelled, Text::tr("The analysis was cancelled."));
}

// What one chunk gives: its customers with orders before D, and (when asked for) the ids
// of the customers table in the same range.
struct ChunkRows
{
    std::vector<CustomerHistory> histories;
    std::vector<QString> customerIds;
};

// The scan through QtSql: any driver, one connection.
Result<ChunkRows> readChunkQt(QSqlDatabase db, const PurchaseHistoryRequest &request, const Chunk &chunk,
                              bool readCustomers, ScanState &state, const ProgressSink *progress)
{
    ChunkRows rows;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(state.fromCache ? cachedDaysSql(chunk) : groupedOrdersSql(request, chunk));
    if (!state.fromCache) {
        query.bindValue(QStringLiteral(":as_of"), request.asOf.toString(Qt::ISODate));
        if (request.from.isValid()) {
            query.bindValue(QStringLiteral(":from"), request.from.toString(Qt::ISODate));
        }
    }
    if (!chunk.lower.isNull()) {
        query.bindValue(QStringLiteral(":lower"), chunk.lower);
    }
    if (!chunk.upper.isNull()) {
        query.bindValue(QStringLiteral(":upper"), chunk.upper);
    }
    if (!query.exec()) {
        return Store::databaseError(QStringLiteral("purchase history"), query.lastError().text());
    }
    HistoryBuilder builder;
    RowCounter counter(state, progress);
    const auto [fromDay, beforeDay] = dayBounds(request);
    while (query.next()) {
        if (state.fromCache) {
            if (!builder.addPacked(query.value(0).toString().toUtf8(), query.value(1).toByteArray(), fromDay,
                                   beforeDay)) {
                state.damagedCache = true;
                return damagedCacheError();
            }
        } else {
            builder.addDay(query.value(0).toString().toUtf8(), query.value(1).toString().toUtf8(),
                           query.value(2).toInt(), query.value(3).toLongLong(), query.value(4).toLongLong());
        }
        if (!counter.count()) {
            return cancelledError();
        }
    }
    rows.histories = builder.take();
    if (readCustomers) {
        QSqlQuery customers(db);
        customers.setForwardOnly(true);
        customers.prepare(customersSql(chunk));
        if (!chunk.lower.isNull()) {
            customers.bindValue(QStringLiteral(":lower"), chunk.lower);
        }
        if (!chunk.upper.isNull()) {
            customers.bindValue(QStringLiteral(":upper"), chunk.upper);
        }
        if (!customers.exec()) {
            return Store::databaseError(QStringLiteral("prospects"), customers.lastError().text());
        }
        while (customers.next()) {
            rows.customerIds.push_back(customers.value(0).toString());
        }
    }
    return rows;
}

#ifdef CRM_SQLITE_DIRECT

class Statement
{
public:
    Statement(sqlite3 *db, const QString &sql)
    {
        const QByteArray text = sql.toUtf8();
        m_status = sqlite3_prepare_v2(db, text.constData(), int(text.size()), &m_statement, nullptr);
    }
    ~Statement() { sqlite3_finalize(m_statement); }
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    bool isValid() const { return m_status == SQLITE_OK && m_statement; }
    sqlite3_stmt *get() const { return m_statement; }

    void bind(const char *name, const QString &value)
    {
        const int index = sqlite3_bind_parameter_index(m_statement, name);
        if (index > 0) {
            const QByteArray text = value.toUtf8();
            sqlite3_bind_text(m_statement, index, text.constData(), int(text.size()), SQLITE_TRANSIENT);
        }
    }

    QByteArrayView text(int column) const
    {
        const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
        return {data, sqlite3_column_bytes(m_statement, column)};
    }

    QByteArrayView blob(int column) const
    {
        const auto *data = static_cast<const char *>(sqlite3_column_blob(m_statement, column));
        return {data, sqlite3_column_bytes(m_statement, column)};
    }

private:
    sqlite3_stmt *m_statement = nullptr;
    int m_status = SQLITE_ERROR;
};

Error sqliteError(sqlite3 *db, const QString &what)
{
    return Store::databaseError(what, QString::fromUtf8(sqlite3_errmsg(db)));
}

// The same scan through the SQLite C API: QtSql's QVariant per value costs more than
// SQLite's own work for each of ten million rows.
Result<ChunkRows> readChunkSqlite(sqlite3 *db, const PurchaseHistoryRequest &request, const Chunk &chunk,
                                  bool readCustomers, ScanState &state, const ProgressSink *progress)
{
    ChunkRows rows;
    Statement orders(db, state.fromCache ? cachedDaysSql(chunk) : ordersSql(request, chunk));
    if (!orders.isValid()) {
        return sqliteError(db, QStringLiteral("purchase history"));
    }
    if (!state.fromCache) {
        orders.bind(":as_of", request.asOf.toString(Qt::ISODate));
        if (request.from.isValid()) {
            orders.bind(":from", request.from.toString(Qt::ISODate));
        }
    }
    if (!chunk.lower.isNull()) {
        orders.bind(":lower", chunk.lower);
    }
    if (!chunk.upper.isNull()) {
        orders.bind(":upper", chunk.upper);
    }
    HistoryBuilder builder;
    RowCounter counter(state, progress);
    const auto [fromDay, beforeDay] = dayBounds(request);
    int status = SQLITE_ROW;
    while ((status = sqlite3_step(orders.get())) == SQLITE_ROW) {
        if (state.fromCache) {
            if (!builder.addPacked(orders.text(0), orders.blob(1), fromDay, beforeDay)) {
                state.damagedCache = true;
                return damagedCacheError();
            }
        } else {
            builder.add(orders.text(0), orders.text(1), Store::orderStatusOf(orders.text(2)),
                        sqlite3_column_int64(orders.get(), 3));
        }
        if (!counter.count()) {
            return cancelledError();
        }
    }
    if (status != SQLITE_DONE) {
        return sqliteError(db, QStringLiteral("purchase history"));
    }
    rows.histories = builder.take();
    if (readCustomers) {
        Statement customers(db, customersSql(chunk));
        if (!customers.isValid()) {
            return sqliteError(db, QStringLiteral("prospects"));
        }
        if (!chunk.lower.isNull()) {
            customers.bind(":lower", chunk.lower);
        }
        if (!chunk.upper.isNull()) {
            customers.bind(":upper", chunk.upper);
        }
        while ((status = sqlite3_step(customers.get())) == SQLITE_ROW) {
            const QByteArrayView id = customers.text(0);
            rows.customerIds.push_back(QString::fromUtf8(id.data(), id.size()));
        }
        if (status != SQLITE_DONE) {
            return sqliteError(db, QStringLiteral("prospects"));
        }
    }
    return rows;
}

#endif

Result<ChunkRows> readChunk(QSqlDatabase db, const PurchaseHistoryRequest &request, const Chunk &chunk,
                            bool readCustomers, bool viaQtSql, ScanState &state, const ProgressSink *progress)
{
#ifdef CRM_SQLITE_DIRECT
    if (sqlite3 *handle = viaQtSql ? nullptr : Store::sqliteHandle(db)) {
        return readChunkSqlite(handle, request, chunk, readCustomers, state, progress);
    }
#else
    Q_UNUSED(viaQtSql)
#endif
    return readChunkQt(db, request, chunk, readCustomers, state, progress);
}

// Histories of one chunk with its prospects merged in, in customer-id order. Both lists are
// sorted here rather than trusted from ORDER BY: collations differ between engines.
std::vector<CustomerHistory> mergeProspects(ChunkRows rows)
{
    std::vector<CustomerHistory> &histories = rows.histories;
    if (!std::is_sorted(histories.begin(), histories.end(), idLess)) {
        std::sort(histories.begin(), histories.end(), idLess);
    }
    std::vector<QString> &ids = rows.customerIds;
    if (ids.empty()) {
        return std::move(histories);
    }
    if (!std::is_sorted(ids.begin(), ids.end())) {
        std::sort(ids.begin(), ids.end());
    }
    std::vector<CustomerHistory> merged;
    merged.reserve(histories.size() + ids.size());
    auto history = histories.begin();
    for (QString &id : ids) {
        while (history != histories.end() && history->customerId < id) {
            merged.push_back(std::move(*history++));
        }
        if (history != histories.end() && history->customerId == id) {
            continue;  // has orders before D: no prospect
        }
        merged.push_back({std::move(id), {}});
    }
    std::move(history, histories.end(), std::back_inserter(merged));
    return merged;
}

// Prospects the old way, for a scan with a lower date bound: customers without any order
// before D (an order before `from` still makes a customer no prospect).
Result<std::vector<CustomerHistory>> prospectsBefore(QSqlDatabase db, const QDate &asOf)
{
    QSqlQuery prospects(db);
    prospects.setForwardOnly(true);
    prospects.prepare(QStringLiteral("SELECT customer_id FROM customers c WHERE NOT EXISTS (SELECT 1 FROM orders o "
                                     "WHERE o.customer_id = c.customer_id AND o.ordered_at < :as_of)"));
    prospects.bindValue(QStringLiteral(":as_of"), asOf.toString(Qt::ISODate));
    if (!prospects.exec()) {
        return Store::databaseError(QStringLiteral("prospects"), prospects.lastError().text());
    }
    std::vector<CustomerHistory> customers;
    while (prospects.next()) {
        customers.push_back({prospects.value(0).toString(), {}});
    }
    return customers;
}

// Cut points that split the customers table into `count` ranges of equal size.
Result<std::vector<Chunk>> chunksOf(QSqlDatabase db, int count)
{
    std::vector<Chunk> chunks(1);
    if (count <= 1) {
        return chunks;
    }
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM customers")) || !query.next()) {
        return Store::databaseError(QStringLiteral("customer count"), query.lastError().text());
    }
    const qint64 customers = query.value(0).toLongLong();
    if (customers < qint64(count) * 256) {
        return chunks;  // not worth a second connection
    }
    QSqlQuery cut(db);
    cut.prepare(QStringLiteral("SELECT customer_id FROM customers ORDER BY customer_id LIMIT 1 OFFSET :offset"));
    for (int i = 1; i < count; ++i) {
        cut.bindValue(QStringLiteral(":offset"), customers * i / count);
        if (!cut.exec() || !cut.next()) {
            return Store::databaseError(QStringLiteral("customer ranges"), cut.lastError().text());
        }
        const QString id = cut.value(0).toString();
        if (id == chunks.back().lower) {
            continue;
        }
        chunks.back().upper = id;
        chunks.push_back({id, QString()});
    }
    return chunks;
}

}  // namespace

int CustomerHistory::purchaseOrders() const
{
    int total = 0;
    for (const PurchaseDay &day : days) {
        total += day.orders;
    }
    return total;
}

int CustomerHistory::purchaseDays() const
{
    return int(std::count_if(days.begin(), days.end(), [](const PurchaseDay &d) { return d.orders > 0; }));
}

MoneyMinor CustomerHistory::netValue() const
{
    MoneyMinor total = 0;
    for (const PurchaseDay &day : days) {
        total += day.purchases + day.returns;
    }
    return total;
}

qint64 CustomerHistory::firstPurchaseDay() const
{
    const auto it = std::find_if(days.begin(), days.end(), [](const PurchaseDay &d) { return d.orders > 0; });
    return it == days.end() ? 0 : it->julianDay;
}

qint64 CustomerHistory::lastPurchaseDay() const
{
    const auto it = std::find_if(days.rbegin(), days.rend(), [](const PurchaseDay &d) { return d.orders > 0; });
    return it == days.rend() ? 0 : it->julianDay;
}

Result<std::vector<CustomerHistory>> loadPurchaseHistory(QSqlDatabase db, const PurchaseHistoryRequest &request,
                                                         const ProgressSink &progress)
{
    if (!request.asOf.isValid()) {
        return makeError(Error::Code::BadUsage, Text::tr("An as-of date is needed."));
    }
    // Customers without orders come from the customers table of the same id range, merged
    // in while the ranges are put together. With a lower date bound the old rule holds
    // (an order before `from` still means no prospect), which needs its own query.
    const bool prospectsByRange = request.includeProspects && !request.from.isValid();
    int workers = request.threads > 0 ? request.threads : QThread::idealThreadCount();
    // More workers need more connections to the same file, so only for an SQLite file.
    const QString path = db.databaseName();
    if (request.viaQtSql || db.driverName() != QLatin1String("QSQLITE") || path.isEmpty()
        || path == QLatin1String(":memory:") || path.startsWith(QLatin1String("file:"))) {
        workers = 1;
    }
    // Several ranges per worker, taken in turn: the older customers hold most orders, so
    // equal customer ranges are not equal work.
    auto cut = chunksOf(db, workers > 1 ? workers * 4 : 1);
    if (!cut) {
        return cut.error();
    }
    const std::vector<Chunk> chunks = std::move(cut).value();
    workers = std::min(workers, int(chunks.size()));
    std::vector<std::optional<Result<ChunkRows>>> results(chunks.size());
    std::vector<std::optional<Error>> workerErrors(size_t(std::max(0, workers - 1)));
    ScanState state;
    state.fromCache = !request.walkOrders && Store::customerDayCacheIsValid(db);
    std::atomic<size_t> next {0};
    const auto work = [&](QSqlDatabase connection, const ProgressSink *sink) {
        for (size_t c = next.fetch_add(1); c < chunks.size() && !state.cancelled; c = next.fetch_add(1)) {
            results[c] = readChunk(connection, request, chunks[c], prospectsByRange, request.viaQtSql, state, sink);
            if (!*results[c]) {
                state.cancelled = true;  // stops the others; the error is reported below
            }
        }
    };
    {
        QThreadPool pool;
        pool.setMaxThreadCount(std::max(1, workers - 1));
        QList<QFuture<void>> futures;
        for (int w = 1; w < workers; ++w) {
            futures << QtConcurrent::run(&pool, [&, w] {
                // One connection per thread, opened and dropped by the thread that uses it.
                auto connection = Store::Connection::openSqlite(path);
                if (!connection) {
                    workerErrors[size_t(w - 1)] = connection.error();
                    state.cancelled = true;
                    return;
                }
                work(connection->database(), nullptr);
            });
        }
        work(db, &progress);
        for (QFuture<void> &future : futures) {
            future.waitForFinished();
        }
    }
    if (state.damagedCache) {
        // Derived data only: walk the orders instead of failing the analysis.
        PurchaseHistoryRequest walk = request;
        walk.walkOrders = true;
        return loadPurchaseHistory(db, walk, progress);
    }
    for (const std::optional<Result<ChunkRows>> &result : results) {
        if (result && !*result && result->error().code != Error::Code::Cancelled) {
            return result->error();
        }
    }
    for (const std::optional<Error> &error : workerErrors) {
        if (error) {
            return *error;
        }
    }
    if (state.cancelled) {
        return cancelledError();
    }
    std::vector<CustomerHistory> customers;
    for (std::optional<Result<ChunkRows>> &result : results) {
        std::vector<CustomerHistory> chunk = mergeProspects(std::move(result->value()));
        if (customers.empty()) {
            customers = std::move(chunk);
        } else {
            customers.insert(customers.end(), std::make_move_iterator(chunk.begin()),
                             std::make_move_iterator(chunk.end()));
        }
    }
    if (request.includeProspects && !prospectsByRange) {
        auto prospects = prospectsBefore(db, request.asOf);
        if (!prospects) {
            return prospects.error();
        }
        customers.insert(customers.end(), std::make_move_iterator(prospects->begin()),
                         std::make_move_iterator(prospects->end()));
    }
    // Sorted here rather than trusted from ORDER BY: collations differ between engines.
    if (!std::is_sorted(customers.begin(), customers.end(), idLess)) {
        std::sort(customers.begin(), customers.end(), idLess);
    }
    return customers;
}
Result<QDate> defaultAsOfDate(QSqlDatabase db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT MAX(substr(ordered_at, 1, 10)) FROM orders")) || !query.next()) {
        return Store::databaseError(QStringLiteral("as-of date"), query.lastError().text());
    }
    const QDate last = QDate::fromString(query.value(0).toString(), Qt::ISODate);
    return last.isValid() ? last.addDays(1) : QDate();
}

Result<QDate> resolveAsOfDate(QSqlDatabase db, const QDate &requested)
{
    if (requested.isValid()) {
        return requested;
    }
    auto asOf = defaultAsOfDate(db);
    if (asOf && !asOf->isValid()) {
        return makeError(Error::Code::BadInput, Text::tr("The workspace has no orders yet; import orders first."));
    }
    return asOf;
}

}  // namespace Crm::Core::Analysis
