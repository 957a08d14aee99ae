#include "campaigns.h"

#include "store/connection.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>
#include <map>

namespace Crm::Core::Analysis {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Crm::Analysis)
};

std::optional<double> fraction(qint64 part, qint64 whole)
{
    return whole > 0 ? std::optional<double>(double(part) / double(whole)) : std::nullopt;
}

// What one contact did in its attribution window.
struct WindowActivity
{
    bool responded = false;
    MoneyMinor revenue = 0;
    qint64 orders = 0;
    bool repeated = false;  // bought again within repeatWithinDays after the first response day
};

WindowActivity windowActivity(const CustomerHistory *history, qint64 contactDay, qint64 asOf,
                              const CampaignsRequest &request)
{
    WindowActivity activity;
    if (!history) {
        return activity;
    }
    const qint64 windowEnd = std::min(contactDay + request.windowDays, asOf - 1);
    auto it = std::lower_bound(history->days.begin(), history->days.end(), contactDay,
                               [](const PurchaseDay &day, qint64 julian) { return day.julianDay < julian; });
    qint64 firstResponse = 0;
    for (; it != history->days.end() && it->julianDay <= windowEnd; ++it) {
        activity.revenue += it->purchases + it->returns;
        activity.orders += it->orders;
        if (it->orders > 0 && !activity.responded) {
            activity.responded = true;
            firstResponse = it->julianDay;
        }
    }
    if (activity.responded) {
        // The campaign funnel's last step: another purchase day after the first response.
        const qint64 repeatEnd = std::min(firstResponse + request.repeatWithinDays, asOf - 1);
        auto next = std::upper_bound(history->days.begin(), history->days.end(), firstResponse,
                                     [](qint64 julian, const PurchaseDay &day) { return julian < day.julianDay; });
        for (; next != history->days.end() && next->julianDay <= repeatEnd; ++next) {
            if (next->orders > 0) {
                activity.repeated = true;
                break;
            }
        }
    }
    return activity;
}

const CustomerHistory *findHistory(const std::vector<CustomerHistory> &histories, const QString &customerId)
{
    const auto it = std::lower_bound(histories.begin(), histories.end(), customerId,
                                     [](const CustomerHistory &h, const QString &id) { return h.customerId < id; });
    return it != histories.end() && it->customerId == customerId ? &*it : nullptr;
}

// Running sums of one campaign, turned into CampaignStats at the end.
struct Tally
{
    qint64 responderOrders = 0;
    MoneyMinor responderRevenue = 0;
};

void finish(CampaignStats &stats, const Tally &tally, const CampaignsRequest &request)
{
    stats.responseRate = fraction(stats.responders, stats.contacts);
    stats.controlResponseRate = fraction(stats.controlResponders, stats.control);
    stats.incremental = stats.control > 0;
    if (stats.responseRate && stats.controlResponseRate) {
        stats.uplift = *stats.responseRate - *stats.controlResponseRate;
        // (revenue per treated - revenue per control) x treated, in exact integers but the
        // one division, rounded to the minor unit.
        const long double controlShare
            = (long double)(stats.controlRevenue) * (long double)(stats.contacts) / (long double)(stats.control);
        stats.incrementalRevenue = stats.revenue - MoneyMinor(std::llround(controlShare));
        stats.pValue = twoProportionPValue(stats.responders, stats.contacts, stats.controlResponders, stats.control);
    }
    if (stats.cost > 0) {
        stats.roas = double(stats.revenue) / double(stats.cost);
        if (stats.incrementalRevenue) {
            stats.roi = (double(*stats.incrementalRevenue) * request.margin - double(stats.cost)) / double(stats.cost);
        }
    }
    stats.reactivationRate = fraction(stats.reactivated, stats.dormantContacts);
    if (tally.responderOrders > 0) {
        stats.averageOrderValue
            = MoneyMinor(std::llround(double(tally.responderRevenue) / double(tally.responderOrders)));
    }
}

}  // namespace

std::optional<double> twoProportionPValue(qint64 x1, qint64 n1, qint64 x2, qint64 n2)
{
    if (n1 <= 0 || n2 <= 0) {
        return std::nullopt;
    }
    const double p1 = double(x1) / double(n1);
    const double p2 = double(x2) / double(n2);
    const double pooled = double(x1 + x2) / double(n1 + n2);
    const double variance = pooled * (1.0 - pooled) * (1.0 / double(n1) + 1.0 / double(n2));
    if (variance <= 0) {
        return 1.0;  // both groups all responded or none did: no evidence of a difference
    }
    const double z = (p1 - p2) / std::sqrt(variance);
    // Two-sided: 2 (1 - Phi(|z|)) = erfc(|z| / sqrt 2), accurate far into the tail.
    return std::erfc(std::abs(z) / std::sqrt(2.0));
}

CampaignsResult analyzeCampaigns(const std::vector<CustomerHistory> &histories,
                                 const std::vector<CampaignInfo> &campaigns,
                                 const std::vector<CampaignContact> &contacts, const CampaignsRequest &request)
{
    CampaignsResult result;
    result.asOf = request.asOf;
    result.windowDays = request.windowDays;
    const qint64 asOf = request.asOf.toJulianDay();
    QHash<QString, qsizetype> indexOf;
    result.campaigns.reserve(campaigns.size());
    for (const CampaignInfo &campaign : campaigns) {
        indexOf.insert(campaign.campaignId, qsizetype(result.campaigns.size()));
        CampaignStats stats;
        stats.campaignId = campaign.campaignId;
        stats.name = campaign.name;
        stats.cost = campaign.cost;
        result.campaigns.push_back(stats);
    }
    // The dormant rule needs the population cycle at the contact day. One per campaign, taken
    // at its first contact day: the median moves little within a campaign, and one population
    // scan per campaign keeps the analysis linear in the number of customers.
    std::vector<qint64> firstContactDay(campaigns.size(), 0);
    for (const CampaignContact &contact : contacts) {
        const auto found = indexOf.constFind(contact.campaignId);
        const qint64 day = contact.contacted.isValid() ? contact.contacted.toJulianDay() : 0;
        if (found == indexOf.cend() || day == 0 || day >= asOf) {
            continue;
        }
        qint64 &first = firstContactDay[size_t(found.value())];
        first = first == 0 ? day : std::min(first, day);
    }
    std::map<qint64, double> populationCycleAt;
    std::vector<LifecycleClassifier> classifiers;
    classifiers.reserve(campaigns.size());
    for (const qint64 day : firstContactDay) {
        if (day != 0 && !populationCycleAt.count(day)) {
            populationCycleAt[day] = populationCycleDays(histories, day, request.lifecycle);
        }
        classifiers.emplace_back(request.lifecycle,
                                 day != 0 ? populationCycleAt[day] : request.lifecycle.defaultCycleDays);
    }
    std::vector<Tally> tallies(campaigns.size());
    for (const CampaignContact &contact : contacts) {
        const auto found = indexOf.constFind(contact.campaignId);
        if (found == indexOf.cend()) {
            ++result.unknownContacts;
            continue;
        }
        const qint64 day = contact.contacted.isValid() ? contact.contacted.toJulianDay() : 0;
        if (day == 0 || day >= asOf) {
            continue;  // not contacted yet at D (or never dated): nothing to measure
        }
        CampaignStats &stats = result.campaigns[size_t(found.value())];
        Tally &tally = tallies[size_t(found.value())];
        const CustomerHistory *history = findHistory(histories, contact.customerId);
        const WindowActivity activity = windowActivity(history, day, asOf, request);
        stats.windowOpen = stats.windowOpen || day + request.windowDays >= asOf;
        if (contact.control) {
            ++stats.control;
            stats.controlResponders += activity.responded ? 1 : 0;
            stats.controlRevenue += activity.revenue;
            continue;
        }
        ++stats.contacts;
        stats.revenue += activity.revenue;
        stats.orders += activity.orders;
        if (activity.responded) {
            ++stats.responders;
            tally.responderOrders += activity.orders;
            tally.responderRevenue += activity.revenue;
            stats.repeatBuyers += activity.repeated ? 1 : 0;
        }
        if (history && classifiers[size_t(found.value())].classify(*history, day).stage == LifecycleStage::Dormant) {
            ++stats.dormantContacts;
            stats.reactivated += activity.responded ? 1 : 0;
        }
    }
    for (size_t i = 0; i < result.campaigns.size(); ++i) {
        finish(result.campaigns[i], tallies[i], request);
    }
    return result;
}

Result<CampaignsResult> runCampaigns(QSqlDatabase db, const CampaignsRequest &request, const ProgressSink &progress)
{
    if (!request.asOf.isValid()) {
        return makeError(Error::Code::BadUsage, Text::tr("An as-of date is needed."));
    }
    if (request.windowDays < 0) {
        return makeError(Error::Code::BadUsage, Text::tr("The attribution window cannot be negative."));
    }
    std::vector<CampaignInfo> campaigns;
    QSqlQuery campaignQuery(db);
    campaignQuery.setForwardOnly(true);
    if (!campaignQuery.exec(QStringLiteral("SELECT campaign_id, name, start_date, end_date, cost_minor FROM campaigns "
                                           "ORDER BY campaign_id"))) {
        return Store::databaseError(QStringLiteral("campaigns"), campaignQuery.lastError().text());
    }
    QHash<QString, QDate> startOf;
    while (campaignQuery.next()) {
        CampaignInfo info;
        info.campaignId = campaignQuery.value(0).toString();
        info.name = campaignQuery.value(1).toString();
        info.start = QDate::fromString(campaignQuery.value(2).toString().left(10), Qt::ISODate);
        info.end = QDate::fromString(campaignQuery.value(3).toString().left(10), Qt::ISODate);
        info.cost = campaignQuery.value(4).toLongLong();
        startOf.insert(info.campaignId, info.start);
        campaigns.push_back(info);
    }
    std::vector<CampaignContact> contacts;
    QSqlQuery contactQuery(db);
    contactQuery.setForwardOnly(true);
    if (!contactQuery.exec(QStringLiteral("SELECT campaign_id, customer_id, substr(contacted_at, 1, 10), grp "
                                          "FROM campaign_contacts"))) {
        return Store::databaseError(QStringLiteral("campaign contacts"), contactQuery.lastError().text());
    }
    while (contactQuery.next()) {
        CampaignContact contact;
        contact.campaignId = contactQuery.value(0).toString();
        contact.customerId = contactQuery.value(1).toString();
        contact.contacted = QDate::fromString(contactQuery.value(2).toString(), Qt::ISODate);
        if (!contact.contacted.isValid()) {
            contact.contacted = startOf.value(contact.campaignId);
        }
        contact.control = contactQuery.value(3).toString() == QLatin1String("control");
        contacts.push_back(contact);
        if (contacts.size() % 65536 == 0 && !reportProgress(progress, qint64(contacts.size()), 0)) {
            return makeError(Error::Code::Cancelled, Text::tr("The analysis was cancelled."));
        }
    }
    PurchaseHistoryRequest historyRequest;
    historyRequest.asOf = request.asOf;
    historyRequest.includeProspects = false;  // a contact without orders needs no history
    auto histories = loadPurchaseHistory(db, historyRequest, progress);
    if (!histories) {
        return histories.error();
    }
    return analyzeCampaigns(histories.value(), campaigns, contacts, request);
}

}  // namespace Crm::Core::Analysis
