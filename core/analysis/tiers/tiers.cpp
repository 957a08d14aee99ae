#include "tiers.h"

#include "store/connection.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace Crm::Core::Analysis {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Crm::Analysis)
};

// A half-open window [from, to) of julian days.
struct Window
{
    qint64 from = 0;
    qint64 to = 0;
};

Window windowBefore(const QDate &day, int months)
{
    return {day.addMonths(-months).toJulianDay(), day.toJulianDay()};
}

MoneyMinor spendIn(const CustomerHistory &history, const Window &window)
{
    // Days are ascending: skip to the window with a binary search, then add until it ends.
    auto it = std::lower_bound(history.days.begin(), history.days.end(), window.from,
                               [](const PurchaseDay &day, qint64 from) { return day.julianDay < from; });
    MoneyMinor total = 0;
    for (; it != history.days.end() && it->julianDay < window.to; ++it) {
        total += it->purchases + it->returns;
    }
    return total;
}

bool ascending(const std::array<qint64, 3> &thresholds)
{
    return thresholds[0] <= thresholds[1] && thresholds[1] <= thresholds[2];
}

VoidResult validate(const TierRequest &request)
{
    if (!request.asOf.isValid()) {
        return makeError(Error::Code::BadUsage, Text::tr("An as-of date is needed."));
    }
    if (request.windowMonths < 1) {
        return makeError(Error::Code::BadUsage, Text::tr("The spend window must be at least one month."));
    }
    if (!ascending(request.spendThresholds) || !ascending(request.pointsThresholds)) {
        return makeError(Error::Code::BadUsage, Text::tr("Tier thresholds must be ascending: Silver, Gold, Diamond."));
    }
    if (request.rule == TierRule::Points && request.compareTo.isValid()) {
        return makeError(Error::Code::BadUsage,
                         Text::tr("Points balances have no history, so tier migration needs the spend rule."));
    }
    return {};
}

}  // namespace

QString tierName(Tier tier)
{
    switch (tier) {
    case Tier::Regular:
        return QStringLiteral("Regular");
    case Tier::Silver:
        return QStringLiteral("Silver");
    case Tier::Gold:
        return QStringLiteral("Gold");
    case Tier::Diamond:
        return QStringLiteral("Diamond");
    }
    return {};
}

QString tierDisplayName(Tier tier)
{
    switch (tier) {
    case Tier::Regular:
        return Text::tr("Regular", "membership tier");
    case Tier::Silver:
        return Text::tr("Silver", "membership tier");
    case Tier::Gold:
        return Text::tr("Gold", "membership tier");
    case Tier::Diamond:
        return Text::tr("Diamond", "membership tier");
    }
    return {};
}

Tier tierFor(qint64 value, const std::array<qint64, 3> &thresholds)
{
    if (value >= thresholds[2]) {
        return Tier::Diamond;
    }
    if (value >= thresholds[1]) {
        return Tier::Gold;
    }
    return value >= thresholds[0] ? Tier::Silver : Tier::Regular;
}

Result<TierResult> analyzeTiers(const std::vector<CustomerHistory> &histories, const TierRequest &request)
{
    if (auto ok = validate(request); !ok) {
        return ok.error();
    }
    TierResult result;
    result.asOf = request.asOf;
    result.compareTo = request.compareTo;
    const Window now = windowBefore(request.asOf, request.windowMonths);
    const bool compare = request.compareTo.isValid();
    const Window before = compare ? windowBefore(request.compareTo, request.windowMonths) : Window();
    for (int t = 0; t < kTierCount; ++t) {
        result.distribution[size_t(t)].tier = Tier(t);
    }
    result.customers.reserve(histories.size());
    for (const CustomerHistory &history : histories) {
        TierCustomer customer;
        customer.customerId = history.customerId;
        customer.spend = spendIn(history, now);
        customer.tier = request.rule == TierRule::Points
            ? tierFor(request.pointsBalance.value(history.customerId), request.pointsThresholds)
            : tierFor(customer.spend, request.spendThresholds);
        if (compare) {
            customer.previousSpend = spendIn(history, before);
            customer.previousTier = tierFor(customer.previousSpend, request.spendThresholds);
            ++result.migration[size_t(customer.previousTier)][size_t(customer.tier)];
        }
        TierDistributionRow &row = result.distribution[size_t(customer.tier)];
        ++row.customers;
        row.revenue += customer.spend;
        result.customers.push_back(std::move(customer));
    }
    for (TierDistributionRow &row : result.distribution) {
        row.share = result.customers.empty() ? 0.0 : double(row.customers) / double(result.customers.size());
    }
    for (int from = 0; from < kTierCount; ++from) {
        for (int to = 0; to < kTierCount; ++to) {
            const qint64 count = result.migration[size_t(from)][size_t(to)];
            (to > from ? result.movedUp : to < from ? result.movedDown : result.unchanged) += count;
        }
    }
    return result;
}

Result<TierResult> runTiers(QSqlDatabase db, TierRequest request, const ProgressSink &progress)
{
    if (auto ok = validate(request); !ok) {
        return ok.error();
    }
    PurchaseHistoryRequest scan;
    const bool compare = request.compareTo.isValid();
    scan.asOf = compare ? std::max(request.asOf, request.compareTo) : request.asOf;
    // No lower bound on purpose: a customer whose orders all lie before the window is still a
    // (Regular) member, and the prospect query only finds customers without any order.
    scan.includeProspects = true;
    auto histories = loadPurchaseHistory(db, scan, progress);
    if (!histories) {
        return histories.error();
    }
    if (request.rule == TierRule::Points) {
        auto balances = loadPointsBalances(db);
        if (!balances) {
            return balances.error();
        }
        request.pointsBalance = std::move(balances).value();
    }
    return analyzeTiers(histories.value(), request);
}

Result<QHash<QString, qint64>> loadPointsBalances(QSqlDatabase db)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT customer_id, points_balance FROM customers "
                                   "WHERE points_balance IS NOT NULL"))) {
        return Store::databaseError(QStringLiteral("points balances"), query.lastError().text());
    }
    QHash<QString, qint64> balances;
    while (query.next()) {
        balances.insert(query.value(0).toString(), query.value(1).toLongLong());
    }
    return balances;
}

}  // namespace Crm::Core::Analysis
