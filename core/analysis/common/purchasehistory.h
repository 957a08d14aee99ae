#pragma once

#include "common/money.h"
#include "common/progress.h"
#include "common/result.h"
#include "store/customerdays.h"

#include <QDate>
#include <QSqlDatabase>
#include <QString>

#include <vector>

namespace Crm::Core::Analysis {

// One calendar day of one customer's activity. Several orders on one day fold into one
// entry: the literature (and DESIGN.md) counts one purchase per customer-day for BTYD
// models, while `orders` keeps the count of distinct purchase orders for RFM frequency.
// The store keeps the same entries packed per customer (store/customerdays.h).
using PurchaseDay = Store::CustomerDay;

// A customer's history up to the as-of date, days in ascending order. Days with only a
// return have orders == 0.
struct CustomerHistory
{
    QString customerId;
    std::vector<PurchaseDay> days;

    int purchaseOrders() const;
    int purchaseDays() const;
    MoneyMinor netValue() const;  // purchases + returns
    qint64 firstPurchaseDay() const;  // julian day, or 0 without purchases
    qint64 lastPurchaseDay() const;
};

struct PurchaseHistoryRequest
{
    QDate asOf;  // only activity strictly before this day counts
    QDate from;  // optional: only activity on or after this day
    bool includeProspects = true;  // customers without any order (from the customers table)
    // Connections reading disjoint customer ranges at once (SQLite files only); 0 = one per
    // core. The result does not depend on it.
    int threads = 0;
    bool viaQtSql = false;  // read through QtSql even on SQLite, as other drivers do (tests)
    bool walkOrders = false;  // walk the orders even when the customer_days cache is valid (tests)
};

// The per-customer scan every analysis starts from: plain SQL that SQLite and PostgreSQL
// both run, reading orders in (customer, time) order from the covering index of schema 3 and
// folding them into one entry per customer and day as they arrive (the GROUP BY customer,
// day of DESIGN.md), so only per-customer vectors are kept. On an SQLite file several
// connections read disjoint customer ranges in parallel through the SQLite C API; any other
// driver goes through QtSql on one connection. When the workspace's customer_days cache is
// valid, the same ranges read its packed per-customer days instead of the orders: one row
// per customer, the same result. Customers come back sorted by id.
Result<std::vector<CustomerHistory>> loadPurchaseHistory(QSqlDatabase db, const PurchaseHistoryRequest &request,
                                                         const ProgressSink &progress = {});

// The default as-of date D of DESIGN.md: the day after the last order; invalid if none.
Result<QDate> defaultAsOfDate(QSqlDatabase db);

// `requested` when valid, otherwise defaultAsOfDate(); a workspace without orders is
// BadInput ("import orders first"), since no analysis has anything to look at.
Result<QDate> resolveAsOfDate(QSqlDatabase db, const QDate &requested);

}  // namespace Crm::Core::Analysis
