#include "purchasehistory.h"

#include "store/connection.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace Crm::Core::Analysis {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Crm::Analysis)
};

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
    // Plain SQL on purpose: the same statement runs on PostgreSQL when a team shares a server.
    QString sql = QStringLiteral("SELECT customer_id, substr(ordered_at, 1, 10) AS day, "
                                 "SUM(CASE WHEN status = 'purchase' THEN 1 ELSE 0 END) AS purchase_orders, "
                                 "SUM(CASE WHEN status = 'purchase' THEN amount_minor ELSE 0 END) AS purchase_amount, "
                                 "SUM(CASE WHEN status = 'return' THEN amount_minor ELSE 0 END) AS return_amount "
                                 "FROM orders WHERE substr(ordered_at, 1, 10) < :as_of");
    if (request.from.isValid()) {
        sql += QStringLiteral(" AND substr(ordered_at, 1, 10) >= :from");
    }
    sql += QStringLiteral(" GROUP BY customer_id, substr(ordered_at, 1, 10) ORDER BY customer_id, day");
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(sql);
    query.bindValue(QStringLiteral(":as_of"), request.asOf.toString(Qt::ISODate));
    if (request.from.isValid()) {
        query.bindValue(QStringLiteral(":from"), request.from.toString(Qt::ISODate));
    }
    if (!query.exec()) {
        return Store::databaseError(QStringLiteral("purchase history"), query.lastError().text());
    }
    std::vector<CustomerHistory> customers;
    qint64 rows = 0;
    while (query.next()) {
        const QString customerId = query.value(0).toString();
        if (customers.empty() || customers.back().customerId != customerId) {
            customers.push_back({customerId, {}});
        }
        const QDate day = QDate::fromString(query.value(1).toString(), Qt::ISODate);
        if (!day.isValid()) {
            continue;  // the loader validates dates; a stray row must not poison an analysis
        }
        customers.back().days.push_back(
            {day.toJulianDay(), query.value(2).toInt(), query.value(3).toLongLong(), query.value(4).toLongLong()});
        if (++rows % 65536 == 0 && !reportProgress(progress, rows, 0)) {
            return makeError(Error::Code::Cancelled, Text::tr("The analysis was cancelled."));
        }
    }
    if (request.includeProspects) {
        QSqlQuery prospects(db);
        prospects.setForwardOnly(true);
        if (!prospects.exec(QStringLiteral("SELECT customer_id FROM customers c WHERE NOT EXISTS (SELECT 1 FROM "
                                           "orders o WHERE o.customer_id = c.customer_id AND substr(o.ordered_at, 1, "
                                           "10) < '%1') ORDER BY customer_id")
                                .arg(request.asOf.toString(Qt::ISODate)))) {
            return Store::databaseError(QStringLiteral("prospects"), prospects.lastError().text());
        }
        while (prospects.next()) {
            customers.push_back({prospects.value(0).toString(), {}});
        }
    }
    // Sorted here rather than trusted from ORDER BY: collations differ between engines.
    std::sort(customers.begin(), customers.end(),
              [](const CustomerHistory &a, const CustomerHistory &b) { return a.customerId < b.customerId; });
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
