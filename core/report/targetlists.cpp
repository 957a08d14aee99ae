#include "targetlists.h"

#include "analysis/lifecycle/lifecycle.h"
#include "analysis/rfm/rfm.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace Crm::Core::Report {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Crm::Report)
};

using Type = DataColumn::Type;

Error queryError(const QSqlQuery &query)
{
    return makeError(Error::Code::Database,
                     Text::tr("Cannot read the customer list: %1").arg(query.lastError().text()));
}

void addContactColumns(DataTable &table)
{
    table.addColumn(QStringLiteral("customer_id"), Type::Text);
    table.addColumn(QStringLiteral("name"), Type::Text);
    table.addColumn(QStringLiteral("phone"), Type::Text);
    table.addColumn(QStringLiteral("email"), Type::Text);
    table.addColumn(QStringLiteral("city"), Type::Text);
}

QVariantList contactCells(const QString &customerId, const QHash<QString, CustomerContact> &contacts)
{
    const CustomerContact contact = contacts.value(customerId);
    auto text = [](const QString &value) { return value.isEmpty() ? QVariant() : QVariant(value); };
    return {customerId, text(contact.name), text(contact.phone), text(contact.email), text(contact.city)};
}

QVariant dateOrNull(const QDate &date)
{
    return date.isValid() ? QVariant(date) : QVariant();
}

}  // namespace

Result<QHash<QString, CustomerContact>> loadCustomerContacts(QSqlDatabase db)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT customer_id, name, phone, email, city, tier FROM customers"))) {
        return queryError(query);
    }
    QHash<QString, CustomerContact> contacts;
    while (query.next()) {
        contacts.insert(query.value(0).toString(),
                        CustomerContact {query.value(1).toString(), query.value(2).toString(),
                                         query.value(3).toString(), query.value(4).toString(),
                                         query.value(5).toString()});
    }
    return contacts;
}

Result<DataTable> segmentList(QSqlDatabase db, const Analysis::RfmResult &rfm, const QString &segment)
{
    const bool known = std::any_of(rfm.segments.begin(), rfm.segments.end(),
                                   [&](const Analysis::RfmSegmentSummary &s) { return s.segment == segment; });
    if (!known) {
        QStringList names;
        for (const Analysis::RfmSegmentSummary &s : rfm.segments) {
            names << s.segment;
        }
        return makeError(Error::Code::BadInput,
                         Text::tr("There is no segment \"%1\" at %2; segments with customers: %3.")
                             .arg(segment, rfm.asOf.toString(Qt::ISODate), names.join(QStringLiteral(", "))));
    }
    auto contacts = loadCustomerContacts(db);
    if (!contacts) {
        return contacts.error();
    }
    std::vector<const Analysis::RfmCustomer *> members;
    for (const Analysis::RfmCustomer &customer : rfm.customers) {
        if (customer.segment == segment) {
            members.push_back(&customer);
        }
    }
    std::stable_sort(members.begin(), members.end(), [](const auto *a, const auto *b) {
        return a->monetary != b->monetary ? a->monetary > b->monetary : a->customerId < b->customerId;
    });
    DataTable table;
    addContactColumns(table);
    table.addColumn(QStringLiteral("segment"), Type::Text);
    table.addColumn(QStringLiteral("r_score"), Type::Integer);
    table.addColumn(QStringLiteral("f_score"), Type::Integer);
    table.addColumn(QStringLiteral("m_score"), Type::Integer);
    table.addColumn(QStringLiteral("recency_days"), Type::Integer);
    table.addColumn(QStringLiteral("frequency"), Type::Integer);
    table.addColumn(QStringLiteral("monetary"), Type::Money);
    table.addColumn(QStringLiteral("first_order"), Type::Date);
    table.addColumn(QStringLiteral("last_order"), Type::Date);
    for (const Analysis::RfmCustomer *customer : members) {
        QVariantList row = contactCells(customer->customerId, contacts.value());
        row << customer->segment << customer->recencyScore << customer->frequencyScore << customer->monetaryScore
            << customer->recencyDays << customer->frequency << customer->monetary << dateOrNull(customer->firstOrder)
            << dateOrNull(customer->lastOrder);
        table.rows << row;
    }
    return table;
}

Result<DataTable> dormantList(QSqlDatabase db, const Analysis::LifecycleResult &lifecycle, qsizetype limit)
{
    auto contacts = loadCustomerContacts(db);
    if (!contacts) {
        return contacts.error();
    }
    DataTable table;
    addContactColumns(table);
    table.addColumn(QStringLiteral("last_purchase"), Type::Date);
    table.addColumn(QStringLiteral("recency_days"), Type::Integer);
    table.addColumn(QStringLiteral("cycle_days"), Type::Real);
    table.addColumn(QStringLiteral("purchase_orders"), Type::Integer);
    table.addColumn(QStringLiteral("value_before_quiet"), Type::Money);
    for (const qsizetype index : lifecycle.dormantRanking) {
        if (limit > 0 && table.rows.size() >= limit) {
            break;
        }
        const Analysis::CustomerLifecycle &customer = lifecycle.customers.at(size_t(index));
        QVariantList row = contactCells(customer.customerId, contacts.value());
        row << dateOrNull(customer.lastPurchase)
            << (customer.recencyDays ? QVariant(*customer.recencyDays) : QVariant())
            << (customer.cycleDays ? QVariant(*customer.cycleDays) : QVariant()) << customer.purchaseOrders
            << customer.valueBeforeQuiet;
        table.rows << row;
    }
    return table;
}

Result<DataTable> campaignTargetList(QSqlDatabase db, const QString &campaignId, bool includeControl)
{
    QSqlQuery exists(db);
    exists.prepare(QStringLiteral("SELECT COUNT(*) FROM campaigns WHERE campaign_id = ?"));
    exists.addBindValue(campaignId);
    if (!exists.exec() || !exists.next()) {
        return queryError(exists);
    }
    if (exists.value(0).toLongLong() == 0) {
        return makeError(Error::Code::BadInput, Text::tr("There is no campaign \"%1\".").arg(campaignId));
    }
    auto contacts = loadCustomerContacts(db);
    if (!contacts) {
        return contacts.error();
    }
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT customer_id, grp, contacted_at FROM campaign_contacts WHERE campaign_id = ? "
                                 "ORDER BY customer_id"));
    query.addBindValue(campaignId);
    if (!query.exec()) {
        return queryError(query);
    }
    DataTable table;
    addContactColumns(table);
    table.addColumn(QStringLiteral("group"), Type::Text);
    table.addColumn(QStringLiteral("contacted_at"), Type::Date);
    while (query.next()) {
        const QString group = query.value(1).toString();
        if (!includeControl && group != QLatin1String("treatment")) {
            continue;
        }
        QVariantList row = contactCells(query.value(0).toString(), contacts.value());
        const QDate contacted = QDate::fromString(query.value(2).toString().left(10), Qt::ISODate);
        row << group << dateOrNull(contacted);
        table.rows << row;
    }
    return table;
}

}  // namespace Crm::Core::Report
