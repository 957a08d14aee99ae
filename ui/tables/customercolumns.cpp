#include "customercolumns.h"

#include "store/connection.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Crm::Ui {

namespace {

// Order conditions shared by the count and the scan; values are bound by name.
QString orderConditions(const CustomerQuery &query)
{
    QString sql = QStringLiteral("ordered_at < :asOf");
    if (query.from.isValid()) {
        sql += QStringLiteral(" AND ordered_at >= :from");
    }
    if (query.to.isValid()) {
        sql += QStringLiteral(" AND ordered_at < :toExclusive");
    }
    if (!query.channel.isEmpty()) {
        sql += QStringLiteral(" AND channel = :channel");
    }
    return sql;
}

QString customerConditions(const CustomerQuery &query)
{
    QStringList parts;
    if (!query.city.isEmpty()) {
        parts << QStringLiteral("c.city = :city");
    }
    if (!query.tier.isEmpty()) {
        parts << QStringLiteral("c.tier = :tier");
    }
    return parts.isEmpty() ? QString() : QStringLiteral(" WHERE ") + parts.join(QStringLiteral(" AND "));
}

void bindAll(QSqlQuery &sql, const CustomerQuery &query)
{
    const QDate asOf = query.asOf.isValid() ? query.asOf : QDate(9999, 12, 31);
    sql.bindValue(QStringLiteral(":asOf"), asOf.toString(Qt::ISODate));
    if (query.from.isValid()) {
        sql.bindValue(QStringLiteral(":from"), query.from.toString(Qt::ISODate));
    }
    if (query.to.isValid()) {
        sql.bindValue(QStringLiteral(":toExclusive"), query.to.addDays(1).toString(Qt::ISODate));
    }
    if (!query.channel.isEmpty()) {
        sql.bindValue(QStringLiteral(":channel"), query.channel);
    }
    if (!query.city.isEmpty()) {
        sql.bindValue(QStringLiteral(":city"), query.city);
    }
    if (!query.tier.isEmpty()) {
        sql.bindValue(QStringLiteral(":tier"), query.tier);
    }
}

qint64 julianDayOf(const QVariant &timestamp)
{
    if (timestamp.isNull()) {
        return 0;
    }
    const QDate date = QDate::fromString(timestamp.toString().left(10), Qt::ISODate);
    return date.isValid() ? date.toJulianDay() : 0;
}

}  // namespace

Core::Result<CustomerColumns> loadCustomerColumns(QSqlDatabase db, const CustomerQuery &query,
                                                  const Core::ProgressSink &progress)
{
    QSqlQuery count(db);
    if (!count.exec(QStringLiteral("SELECT COUNT(*) FROM customers")) || !count.next()) {
        return Core::Store::databaseError(QStringLiteral("count customers"), count.lastError().text());
    }
    const qint64 total = count.value(0).toLongLong();

    // Customers known only from orders (an orders file imported without a customer file)
    // are listed too, hence the union of ids.
    const QString sql = QStringLiteral(R"(SELECT ids.customer_id, c.name, c.phone, c.city, c.tier,
       o.purchases, o.net, o.first_at, o.last_at
FROM (SELECT customer_id FROM customers UNION SELECT customer_id FROM orders) ids
LEFT JOIN customers c ON c.customer_id = ids.customer_id
LEFT JOIN (SELECT customer_id,
                  SUM(CASE WHEN status = 'purchase' THEN 1 ELSE 0 END) AS purchases,
                  SUM(amount_minor) AS net,
                  MIN(CASE WHEN status = 'purchase' THEN ordered_at END) AS first_at,
                  MAX(CASE WHEN status = 'purchase' THEN ordered_at END) AS last_at
           FROM orders WHERE %1 GROUP BY customer_id) o ON o.customer_id = ids.customer_id%2
ORDER BY ids.customer_id)")
                            .arg(orderConditions(query), customerConditions(query));
    QSqlQuery scan(db);
    scan.setForwardOnly(true);
    if (!scan.prepare(sql)) {
        return Core::Store::databaseError(QStringLiteral("customer list"), scan.lastError().text());
    }
    bindAll(scan, query);
    if (!Core::reportProgress(progress, 0, total)) {
        return Core::makeError(Core::Error::Code::Cancelled, {});
    }
    if (!scan.exec()) {
        return Core::Store::databaseError(QStringLiteral("customer list"), scan.lastError().text());
    }
    CustomerColumns columns;
    qint64 rows = 0;
    while (scan.next()) {
        columns.ids.append(scan.value(0).toString());
        columns.names.append(scan.value(1).toString());
        columns.phones.append(scan.value(2).toString());
        columns.cities.append(scan.value(3).toString());
        columns.tiers.append(scan.value(4).toString());
        columns.orders.push_back(scan.value(5).toInt());
        columns.netValue.push_back(scan.value(6).toLongLong());
        columns.firstPurchase.push_back(julianDayOf(scan.value(7)));
        columns.lastPurchase.push_back(julianDayOf(scan.value(8)));
        if (++rows % 20000 == 0 && !Core::reportProgress(progress, rows, std::max(total, rows))) {
            return Core::makeError(Core::Error::Code::Cancelled, {});
        }
    }
    if (scan.lastError().isValid()) {
        return Core::Store::databaseError(QStringLiteral("customer list"), scan.lastError().text());
    }
    return columns;
}

}  // namespace Crm::Ui
