#pragma once

#include "common/money.h"
#include "common/progress.h"
#include "common/result.h"

#include <QDate>
#include <QSqlDatabase>
#include <QStringList>

#include <vector>

namespace Crm::Ui {

// What the customer list shows, one vector per column (a million rows stay compact and
// sort fast). Every customer in `customers` or in `orders` has a row, sorted by id.
struct CustomerColumns
{
    QStringList ids;
    QStringList names;
    QStringList phones;
    QStringList cities;
    QStringList tiers;
    std::vector<int> orders;  // purchase orders
    std::vector<Core::MoneyMinor> netValue;  // purchases + returns
    std::vector<qint64> firstPurchase;  // julian day, 0 without purchases
    std::vector<qint64> lastPurchase;

    qsizetype size() const { return ids.size(); }
};

// Which orders count: before `asOf`, optionally from/to (inclusive) and one channel; and
// which customers are listed: optionally one city and one tier.
struct CustomerQuery
{
    QDate asOf;
    QDate from;
    QDate to;
    QString channel;
    QString city;
    QString tier;
};

// One scan on the calling thread (a worker): customers joined with their order totals.
Core::Result<CustomerColumns> loadCustomerColumns(QSqlDatabase db, const CustomerQuery &query,
                                                  const Core::ProgressSink &progress = {});

}  // namespace Crm::Ui
