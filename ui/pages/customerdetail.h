#pragma once

#include "common/result.h"
#include "report/datatable.h"

#include <QSqlDatabase>
#include <QStringList>

namespace Crm::Ui {

// One customer as the detail panel shows it.
struct CustomerDetail
{
    QString customerId;
    QString name;
    QList<QPair<QString, QString>> fields;  // translated label, value (empty values left out)
    Core::Report::DataTable orders;  // ordered_at, order_id, amount, channel, status; newest first
};

// Reads one customer and their orders (an indexed lookup; small).
Core::Result<CustomerDetail> loadCustomerDetail(QSqlDatabase db, const QString &customerId);

}  // namespace Crm::Ui
