#include "points.h"

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

void add(PointsRow &row, const CustomerPoints &points)
{
    row.earned += points.earned;
    row.redeemed += points.redeemed;
    row.outstanding += points.earnedBefore - points.redeemedBefore;
    if (points.balance) {
        row.balance += *points.balance;
        if (*points.balance > 0) {
            ++row.balanceHolders;
            row.positiveBalance += *points.balance;
        }
    }
}

void finish(PointsRow &row)
{
    row.redemptionRate
        = row.earned > 0 ? std::optional<double>(double(row.redeemed) / double(row.earned)) : std::nullopt;
}

}  // namespace

Result<PointsResult> analyzePoints(const TierResult &tiers, std::vector<CustomerPoints> points,
                                   const PointsRequest &request)
{
    if (!request.asOf.isValid()) {
        return makeError(Error::Code::BadUsage, Text::tr("An as-of date is needed."));
    }
    if (request.from.isValid() && request.from >= request.asOf) {
        return makeError(Error::Code::BadUsage, Text::tr("The points period must start before the as-of date."));
    }
    PointsResult result;
    result.asOf = request.asOf;
    result.from = request.from;
    for (int t = 0; t < kTierCount; ++t) {
        result.tiers[size_t(t)].tier = Tier(t);
    }
    for (const TierCustomer &customer : tiers.customers) {
        ++result.tiers[size_t(customer.tier)].customers;
    }
    // Both lists in customer-id order, then one merge: no hash of a million ids.
    const auto byId = [](const CustomerPoints &a, const CustomerPoints &b) { return a.customerId < b.customerId; };
    if (!std::is_sorted(points.begin(), points.end(), byId)) {
        std::sort(points.begin(), points.end(), byId);
    }
    std::vector<const TierCustomer *> members;
    members.reserve(tiers.customers.size());
    for (const TierCustomer &customer : tiers.customers) {
        members.push_back(&customer);
    }
    const auto memberById = [](const TierCustomer *a, const TierCustomer *b) { return a->customerId < b->customerId; };
    if (!std::is_sorted(members.begin(), members.end(), memberById)) {
        std::sort(members.begin(), members.end(), memberById);
    }
    auto member = members.begin();
    for (const CustomerPoints &customer : points) {
        while (member != members.end() && (*member)->customerId < customer.customerId) {
            ++member;
        }
        const Tier tier
            = member != members.end() && (*member)->customerId == customer.customerId ? (*member)->tier : Tier::Regular;
        add(result.tiers[size_t(tier)], customer);
        add(result.total, customer);
        const qint64 ledger = customer.earnedBefore - customer.redeemedBefore;
        if (customer.balance && *customer.balance != ledger) {
            ++result.unreconciledCustomers;
            result.unreconciledPoints += *customer.balance - ledger;
        }
        result.recordsPoints
            = result.recordsPoints || customer.balance || customer.earnedBefore != 0 || customer.redeemedBefore != 0;
    }
    result.total.customers = qint64(tiers.customers.size());
    for (PointsRow &row : result.tiers) {
        finish(row);
    }
    finish(result.total);
    return result;
}

Result<std::vector<CustomerPoints>> loadCustomerPoints(QSqlDatabase db, const QDate &asOf, const QDate &from)
{
    // Plain SQL that SQLite and PostgreSQL both run; ordered_at is ISO text, so comparing it
    // with an ISO date is comparing days. An empty lower bound takes every order.
    QSqlQuery ledger(db);
    ledger.setForwardOnly(true);
    ledger.prepare(QStringLiteral(
        "SELECT customer_id, SUM(COALESCE(points_earned, 0)), SUM(COALESCE(points_redeemed, 0)), "
        "SUM(CASE WHEN ordered_at >= :from THEN COALESCE(points_earned, 0) ELSE 0 END), "
        "SUM(CASE WHEN ordered_at >= :from THEN COALESCE(points_redeemed, 0) ELSE 0 END) "
        "FROM orders WHERE ordered_at < :as_of AND (points_earned IS NOT NULL OR points_redeemed IS NOT NULL) "
        "GROUP BY customer_id"));
    ledger.bindValue(QStringLiteral(":from"), from.isValid() ? from.toString(Qt::ISODate) : QString(QLatin1String("")));
    ledger.bindValue(QStringLiteral(":as_of"), asOf.toString(Qt::ISODate));
    if (!ledger.exec()) {
        return Store::databaseError(QStringLiteral("points"), ledger.lastError().text());
    }
    std::vector<CustomerPoints> points;
    while (ledger.next()) {
        CustomerPoints customer;
        customer.customerId = ledger.value(0).toString();
        customer.earnedBefore = ledger.value(1).toLongLong();
        customer.redeemedBefore = ledger.value(2).toLongLong();
        customer.earned = ledger.value(3).toLongLong();
        customer.redeemed = ledger.value(4).toLongLong();
        points.push_back(std::move(customer));
    }
    auto balances = loadPointsBalances(db);
    if (!balances) {
        return balances.error();
    }
    for (CustomerPoints &customer : points) {
        const auto found = balances->constFind(customer.customerId);
        if (found != balances->cend()) {
            customer.balance = found.value();
            balances->erase(found);
        }
    }
    for (auto it = balances->cbegin(); it != balances->cend(); ++it) {
        CustomerPoints customer;
        customer.customerId = it.key();
        customer.balance = it.value();
        points.push_back(std::move(customer));
    }
    return points;
}

Result<PointsResult> runPoints(QSqlDatabase db, const PointsRequest &request, const ProgressSink &progress)
{
    TierRequest tierRequest = request.tiers;
    tierRequest.asOf = request.asOf;
    auto tiers = runTiers(db, tierRequest, progress);
    if (!tiers) {
        return tiers.error();
    }
    auto points = loadCustomerPoints(db, request.asOf, request.from);
    if (!points) {
        return points.error();
    }
    return analyzePoints(tiers.value(), std::move(points).value(), request);
}

}  // namespace Crm::Core::Analysis
