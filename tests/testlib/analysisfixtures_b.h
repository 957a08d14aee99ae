#pragma once

#include "analysis/common/purchasehistory.h"
#include "common/money.h"

#include <QDate>
#include <QList>
#include <QString>

#include <vector>

namespace Crm::Test {

// One row of the orders table for hand-computed analysis fixtures. A negative amount is a
// return (status 'return'), as DESIGN.md stores them.
struct FixtureOrder
{
    QString customerId;
    QDate day;
    Core::MoneyMinor amount = 0;
};

struct FixtureContact
{
    QString campaignId;
    QString customerId;
    QDate day;
    bool control = false;
};

// INSERTs into a workspace file (ids made up from the row number, times at noon).
bool insertFixtureOrders(const QString &path, const QList<FixtureOrder> &orders);
bool insertFixtureCustomers(const QString &path, const QStringList &customerIds);
bool insertFixtureCampaign(const QString &path, const QString &campaignId, const QDate &start, const QDate &end,
                           Core::MoneyMinor cost);
bool insertFixtureContacts(const QString &path, const QList<FixtureContact> &contacts);

// The histories loadPurchaseHistory would return for these orders (all of them, whatever
// the as-of date), for tests of the pure analysis functions: sorted by customer id, one
// entry per customer-day, same-day orders folded.
std::vector<Core::Analysis::CustomerHistory> fixtureHistories(const QList<FixtureOrder> &orders,
                                                              const QStringList &prospects = {});

}  // namespace Crm::Test
