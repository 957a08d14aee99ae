#include "customerdetail.h"

#include "labels.h"
#include "store/connection.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlError>
#include <QSqlQuery>

namespace Crm::Ui {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Crm::Ui::CustomerDetail)
};

}  // namespace

Core::Result<CustomerDetail> loadCustomerDetail(QSqlDatabase db, const QString &customerId)
{
    using Core::Report::DataColumn;
    CustomerDetail detail;
    detail.customerId = customerId;
    QSqlQuery customer(db);
    customer.prepare(QStringLiteral("SELECT name, phone, email, city, gender, birthday, signup_at, tier, "
                                    "points_balance FROM customers WHERE customer_id = :id"));
    customer.bindValue(QStringLiteral(":id"), customerId);
    if (!customer.exec()) {
        return Core::Store::databaseError(QStringLiteral("customer"), customer.lastError().text());
    }
    if (customer.next()) {
        detail.name = customer.value(0).toString();
        const QString labels[]
            = {Text::tr("Name"),   Text::tr("Phone"),    Text::tr("Email"),     Text::tr("City"),
               Text::tr("Gender"), Text::tr("Birthday"), Text::tr("Signed up"), Text::tr("Tier", "membership tier"),
               Text::tr("Points")};
        for (int i = 0; i < 9; ++i) {
            const QString raw = customer.value(i).toString();
            const QString value = i == 7 ? Labels::tier(raw) : i == 4 ? Labels::gender(raw) : raw;
            if (!value.isEmpty()) {
                detail.fields.append({labels[i], value});
            }
        }
    }
    QSqlQuery orders(db);
    orders.setForwardOnly(true);
    orders.prepare(QStringLiteral("SELECT ordered_at, order_id, amount_minor, channel, status FROM orders "
                                  "WHERE customer_id = :id ORDER BY ordered_at DESC, order_id"));
    orders.bindValue(QStringLiteral(":id"), customerId);
    if (!orders.exec()) {
        return Core::Store::databaseError(QStringLiteral("customer orders"), orders.lastError().text());
    }
    detail.orders.addColumn(QStringLiteral("ordered_at"), DataColumn::Type::Date);
    detail.orders.addColumn(QStringLiteral("order_id"), DataColumn::Type::Text);
    detail.orders.addColumn(QStringLiteral("amount"), DataColumn::Type::Money);
    detail.orders.addColumn(QStringLiteral("channel"), DataColumn::Type::Text);
    detail.orders.addColumn(QStringLiteral("status"), DataColumn::Type::Text);
    while (orders.next()) {
        const QString status = orders.value(4).toString();
        detail.orders.rows.append({QDate::fromString(orders.value(0).toString().left(10), Qt::ISODate),
                                   orders.value(1).toString(), orders.value(2).toLongLong(), orders.value(3).toString(),
                                   status == QLatin1String("return") ? Text::tr("Return") : Text::tr("Purchase")});
    }
    return detail;
}

}  // namespace Crm::Ui
