#pragma once

#include "common/result.h"
#include "report/datatable.h"

#include <QDate>
#include <QHash>
#include <QSqlDatabase>
#include <QString>

namespace Crm::Core::Analysis {
struct RfmResult;
struct LifecycleResult;
}  // namespace Crm::Core::Analysis

namespace Crm::Core::Report {

// What the customers table says about one customer, for lists people act on.
struct CustomerContact
{
    QString name;
    QString phone;
    QString email;
    QString city;
    QString tier;
};

// Every customer's contact details, by customer id (one plain SQL scan).
Result<QHash<QString, CustomerContact>> loadCustomerContacts(QSqlDatabase db);

// Customers of one RFM segment, most valuable first (monetary descending, then id):
// customer_id, name, phone, email, city, segment, r/f/m scores, recency_days, frequency,
// monetary, first_order, last_order. An unknown segment gives BadInput naming the known ones.
Result<DataTable> segmentList(QSqlDatabase db, const Analysis::RfmResult &rfm, const QString &segment);

// Dormant customers to reactivate, in the lifecycle ranking (value before going quiet
// descending), at most `limit` rows (0 = all): customer_id, name, phone, email, city,
// last_purchase, recency_days, cycle_days, purchase_orders, value_before_quiet.
Result<DataTable> dormantList(QSqlDatabase db, const Analysis::LifecycleResult &lifecycle, qsizetype limit = 0);

// The contacts of one campaign as the campaign_contacts table holds them (treatment group,
// or both groups with includeControl): customer_id, name, phone, email, city, group,
// contacted_at. Unknown campaign id gives BadInput.
Result<DataTable> campaignTargetList(QSqlDatabase db, const QString &campaignId, bool includeControl = false);

}  // namespace Crm::Core::Report
