#pragma once

#include "analysis/common/purchasehistory.h"
#include "common/money.h"
#include "common/progress.h"
#include "common/result.h"

#include <QDate>
#include <QHash>
#include <QSqlDatabase>
#include <QString>

#include <array>
#include <vector>

namespace Crm::Core::Analysis {

// Membership tiers (普通/银卡/金卡/钻石). Machine output uses the English names.
enum class Tier { Regular = 0, Silver = 1, Gold = 2, Diamond = 3 };

inline constexpr int kTierCount = 4;

QString tierName(Tier tier);  // "Regular", "Silver", "Gold", "Diamond" (not translated)
QString tierDisplayName(Tier tier);  // translated, for people

enum class TierRule {
    Spend,  // net spend in the window before D
    Points,  // customers.points_balance (the balance today: no history, so no migration)
};

struct TierRequest
{
    QDate asOf;  // D: spend counts from D minus windowMonths (inclusive) up to D (exclusive)
    TierRule rule = TierRule::Spend;
    // Minimum for Silver, Gold, Diamond; spend in minor units, or points.
    std::array<qint64, 3> spendThresholds {1'000 * kMinorPerMajor, 5'000 * kMinorPerMajor, 20'000 * kMinorPerMajor};
    std::array<qint64, 3> pointsThresholds {1'000, 5'000, 20'000};
    int windowMonths = 12;
    QDate compareTo;  // optional earlier (or later) date for the migration matrix
    QHash<QString, qint64> pointsBalance;  // TierRule::Points: balance per customer id
};

struct TierCustomer
{
    QString customerId;
    MoneyMinor spend = 0;  // net spend in the window before D
    Tier tier = Tier::Regular;
    MoneyMinor previousSpend = 0;  // the same at compareTo (when requested)
    Tier previousTier = Tier::Regular;
};

struct TierDistributionRow
{
    Tier tier = Tier::Regular;
    qint64 customers = 0;
    double share = 0.0;  // of all customers
    MoneyMinor revenue = 0;  // their spend in the window
};

struct TierResult
{
    QDate asOf;
    QDate compareTo;
    std::vector<TierCustomer> customers;  // every customer, prospects included (Regular)
    std::array<TierDistributionRow, kTierCount> distribution {};
    // migration[from][to]: customers in tier `from` at compareTo and `to` at D.
    std::array<std::array<qint64, kTierCount>, kTierCount> migration {};
    qint64 movedUp = 0;
    qint64 movedDown = 0;
    qint64 unchanged = 0;
};

// Pure: histories must reach back windowMonths before the earlier of asOf and compareTo.
Result<TierResult> analyzeTiers(const std::vector<CustomerHistory> &histories, const TierRequest &request);

// The tier of a value against the three ascending thresholds (value >= threshold).
Tier tierFor(qint64 value, const std::array<qint64, 3> &thresholds);

// customers.points_balance per customer id (customers without a balance are left out).
Result<QHash<QString, qint64>> loadPointsBalances(QSqlDatabase db);

// Runs the scan covering both windows (and reads points balances for the points rule).
Result<TierResult> runTiers(QSqlDatabase db, TierRequest request, const ProgressSink &progress = {});

// customers.points_balance by customer id (customers without a balance left out), for
// TierRule::Points.
Result<QHash<QString, qint64>> loadPointsBalances(QSqlDatabase db);

}  // namespace Crm::Core::Analysis
