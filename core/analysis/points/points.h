#pragma once

#include "analysis/tiers/tiers.h"
#include "common/progress.h"
#include "common/result.h"

#include <QDate>
#include <QSqlDatabase>
#include <QString>

#include <array>
#include <optional>
#include <vector>

namespace Crm::Core::Analysis {

// Loyalty points: earned, redeemed, the outstanding balance (the liability) and the
// redemption rate, overall and by membership tier at the as-of date D.
//
// Which number is authoritative: the order ledger. orders.points_earned and
// orders.points_redeemed are dated, so they give the balance at any D and by the tier each
// customer had at D; points_outstanding = earned - redeemed over every order before D (a
// return's negative points_earned takes points back). customers.points_balance is the
// loyalty system's balance on the day of the export, undated; it is shown beside the
// ledger (points_balance) to reconcile the two: a difference means points that moved
// outside orders (opening balances, expiry, manual corrections, a balance floored at
// zero), or a D before the export day.
struct PointsRequest
{
    QDate asOf;  // D: orders strictly before D count
    QDate from;  // optional: earned and redeemed count from this day on (the outstanding
                 // balance always counts the whole ledger before D)
    TierRequest tiers;  // how the tier at D is found (its asOf is set to D)
};

// The points of one customer, read from the database.
struct CustomerPoints
{
    QString customerId;
    qint64 earnedBefore = 0;  // every order before D
    qint64 redeemedBefore = 0;
    qint64 earned = 0;  // orders in [from, D)
    qint64 redeemed = 0;
    std::optional<qint64> balance;  // customers.points_balance
};

struct PointsRow
{
    std::optional<Tier> tier;  // none: all customers
    qint64 customers = 0;  // customers in the tier at D
    qint64 earned = 0;  // in [from, D)
    qint64 redeemed = 0;
    qint64 outstanding = 0;  // ledger at D: earned - redeemed before D
    std::optional<double> redemptionRate;  // redeemed / earned; none when nothing was earned
    qint64 balance = 0;  // sum of customers.points_balance
    qint64 balanceHolders = 0;  // customers with a positive balance
    qint64 positiveBalance = 0;  // sum of the positive balances
};

struct PointsResult
{
    QDate asOf;
    QDate from;
    std::array<PointsRow, kTierCount> tiers {};  // Regular, Silver, Gold, Diamond
    PointsRow total;
    bool recordsPoints = false;  // any order carries points, or any customer a balance
    // Customers whose balance differs from their ledger at D, and the sum of the
    // differences (balance - ledger).
    qint64 unreconciledCustomers = 0;
    qint64 unreconciledPoints = 0;
};

// Pure. `tiers` is the tier analysis at D (every customer); `points` the customers with
// points or a balance, any order. Customers in `points` but not in `tiers` count as Regular.
Result<PointsResult> analyzePoints(const TierResult &tiers, std::vector<CustomerPoints> points,
                                   const PointsRequest &request);

// Reads the points of every customer (one GROUP BY over orders, plus the balances).
Result<std::vector<CustomerPoints>> loadCustomerPoints(QSqlDatabase db, const QDate &asOf, const QDate &from);

// runTiers at D, loadCustomerPoints, analyzePoints.
Result<PointsResult> runPoints(QSqlDatabase db, const PointsRequest &request, const ProgressSink &progress = {});

}  // namespace Crm::Core::Analysis
