#include "analysisfixtures_b.h"

#include "testworkspace.h"

#include <algorithm>
#include <map>

namespace Crm::Test {

namespace {

QString quoted(const QString &text)
{
    return QLatin1Char('\'') + QString(text).replace(QLatin1Char('\''), QStringLiteral("''")) + QLatin1Char('\'');
}

}  // namespace

bool insertFixtureOrders(const QString &path, const QList<FixtureOrder> &orders)
{
    QStringList statements;
    int row = 0;
    for (const FixtureOrder &order : orders) {
        ++row;
        statements << QStringLiteral("INSERT INTO orders (order_id, customer_id, ordered_at, amount_minor, status) "
                                     "VALUES (%1, %2, '%3T12:00:00', %4, '%5')")
                          .arg(quoted(QStringLiteral("O%1").arg(row, 5, 10, QLatin1Char('0'))),
                               quoted(order.customerId), order.day.toString(Qt::ISODate), QString::number(order.amount),
                               order.amount < 0 ? QStringLiteral("return") : QStringLiteral("purchase"));
    }
    return execRaw(path, statements);
}

bool insertFixtureCustomers(const QString &path, const QStringList &customerIds)
{
    QStringList statements;
    for (const QString &id : customerIds) {
        statements << QStringLiteral("INSERT INTO customers (customer_id, name) VALUES (%1, %1)").arg(quoted(id));
    }
    return execRaw(path, statements);
}

bool insertFixtureCampaign(const QString &path, const QString &campaignId, const QDate &start, const QDate &end,
                           Core::MoneyMinor cost)
{
    return execRaw(
        path,
        {QStringLiteral("INSERT INTO campaigns (campaign_id, name, start_date, end_date, cost_minor) "
                        "VALUES (%1, %1, '%2', '%3', %4)")
             .arg(quoted(campaignId), start.toString(Qt::ISODate), end.toString(Qt::ISODate), QString::number(cost))});
}

bool insertFixtureContacts(const QString &path, const QList<FixtureContact> &contacts)
{
    QStringList statements;
    for (const FixtureContact &contact : contacts) {
        statements << QStringLiteral("INSERT INTO campaign_contacts (campaign_id, customer_id, contacted_at, grp) "
                                     "VALUES (%1, %2, '%3T10:00:00', '%4')")
                          .arg(quoted(contact.campaignId), quoted(contact.customerId),
                               contact.day.toString(Qt::ISODate),
                               contact.control ? QStringLiteral("control") : QStringLiteral("treatment"));
    }
    return execRaw(path, statements);
}

std::vector<Core::Analysis::CustomerHistory> fixtureHistories(const QList<FixtureOrder> &orders,
                                                              const QStringList &prospects)
{
    std::map<QString, std::map<qint64, Core::Analysis::PurchaseDay>> byCustomer;
    for (const FixtureOrder &order : orders) {
        Core::Analysis::PurchaseDay &day = byCustomer[order.customerId][order.day.toJulianDay()];
        day.julianDay = order.day.toJulianDay();
        if (order.amount < 0) {
            day.returns += order.amount;
        } else {
            ++day.orders;
            day.purchases += order.amount;
        }
    }
    for (const QString &id : prospects) {
        byCustomer[id];
    }
    std::vector<Core::Analysis::CustomerHistory> histories;
    for (const auto &[id, days] : byCustomer) {
        Core::Analysis::CustomerHistory history {id, {}};
        for (const auto &entry : days) {
            history.days.push_back(entry.second);
        }
        histories.push_back(std::move(history));
    }
    return histories;
}

}  // namespace Crm::Test
