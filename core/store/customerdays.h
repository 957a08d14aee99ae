#pragma once

#include "common/money.h"
#include "common/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QSqlDatabase>
#include <QStringList>

#include <limits>
#include <vector>

namespace Crm::Core::Store {

// One calendar day of one customer's orders: the GROUP BY customer, day of DESIGN.md that
// every per-customer analysis starts from. Several orders on one day fold into one entry.
struct CustomerDay
{
    qint64 julianDay = 0;  // QDate::toJulianDay()
    int orders = 0;  // purchase orders that day (returns never count)
    MoneyMinor purchases = 0;  // gross purchase amount that day
    MoneyMinor returns = 0;  // returns booked that day (<= 0)
};

enum class OrderStatus { Purchase, Return, Other };

inline constexpr qint64 kNoJulianDay = std::numeric_limits<qint64>::min();

// The julian day of an ISO "YYYY-MM-DD..." text as QDate::fromString(first 10, ISODate)
// reads it, kNoJulianDay when that is no date. The common case is parsed by hand: ten
// million QString conversions would cost more than SQLite's own work.
qint64 julianDayOfIso(QByteArrayView orderedAt);

OrderStatus orderStatusOf(QByteArrayView status);

// Folds one order row into a customer's days, which arrive in time order.
void addOrderToDays(std::vector<CustomerDay> &days, qint64 julianDay, OrderStatus status, MoneyMinor amount);

// The packed form of one customer's days (ascending, distinct), as the customer_days table
// keeps it: varints of the day delta, the orders and the zigzagged amounts; ~7 bytes a day.
QByteArray encodeCustomerDays(const std::vector<CustomerDay> &days);

// Appends the days d with fromDay <= d.julianDay < beforeDay. False when the blob is not
// one encodeCustomerDays wrote; `out` is then unspecified.
bool decodeCustomerDays(QByteArrayView blob, qint64 fromDay, qint64 beforeDay, std::vector<CustomerDay> &out);

// The customer_days table (schema 4) keeps every customer's packed days, so an analysis
// reads one row per customer instead of walking every order. Triggers on `orders` mark it
// stale on any change made behind the store's back; the importer, undo and the generators
// bring it up to date in the same transaction as their own writes. A stale cache is never
// read: the scan then walks the orders as before.
bool customerDayCacheIsValid(QSqlDatabase db);

// Keeps the cache right across one write transaction that inserts or deletes orders of a
// set of customers. Construct it after BEGIN and before the writes; call finish() before
// COMMIT with the customers whose orders changed. If the cache was valid before, only those
// customers are recomputed; otherwise (or when they are many) the whole cache is rebuilt.
class CustomerDayCacheUpdate
{
public:
    explicit CustomerDayCacheUpdate(QSqlDatabase db);

    // For a bulk write (after BEGIN, before the writes): marks the cache stale once and
    // drops the stale-marking triggers on `orders` for the rest of the transaction, so the
    // rows do not each run the trigger's check (1.5 µs a row, a sixth of a 1M-order CSV
    // import). finish() puts them back; a rollback restores them with everything else.
    VoidResult suspendStaleTriggers();

    VoidResult finish(const QStringList &changedCustomers);

private:
    QSqlDatabase m_db;
    bool m_wasValid = false;
    QStringList m_suspendedTriggers;  // their CREATE TRIGGER statements
};

// The customers with orders of one import (before an undo deletes them).
Result<QStringList> customersOfImport(QSqlDatabase db, qint64 importId);

// Recomputes the whole cache from the orders table and marks it valid. Runs inside the
// caller's transaction, or in its own when there is none. Orders whose date does not parse
// leave the cache stale (the walk treats them as it always has).
VoidResult rebuildCustomerDayCache(QSqlDatabase db);

}  // namespace Crm::Core::Store
