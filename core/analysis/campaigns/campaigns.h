#pragma once

#include "analysis/lifecycle/lifecycle.h"
#include "common/money.h"

#include <QDate>
#include <QSqlDatabase>
#include <QString>

#include <optional>
#include <vector>

namespace Crm::Core::Analysis {

struct CampaignInfo
{
    QString campaignId;
    QString name;
    QDate start;
    QDate end;
    MoneyMinor cost = 0;
};

struct CampaignContact
{
    QString campaignId;
    QString customerId;
    QDate contacted;  // the contact's day; the campaign's start when the export has none
    bool control = false;  // held out (not messaged)
};

struct CampaignsRequest
{
    QDate asOf;  // D: only activity strictly before D counts; contacts on or after D are ignored
    // Attribution: a purchase on day d answers a contact on day c when 0 <= d - c <= windowDays.
    // The contact day itself counts (day 0): exports often carry no time of day, and a
    // message sent in the morning is answered the same afternoon. So the default window is
    // c ... c + 30, the contact day plus the 30 days after it.
    int windowDays = 30;
    double margin = 1.0;  // share of revenue that is profit, for ROI
    int repeatWithinDays = 90;  // campaign funnel: responders who buy again within this many days
    LifecycleRequest lifecycle;  // the dormant rule for the reactivation rate (its asOf is unused)
};

struct CampaignStats
{
    QString campaignId;
    QString name;
    qint64 contacts = 0;  // treatment group: customers who were messaged
    qint64 control = 0;  // control group: customers held out
    qint64 responders = 0;
    qint64 controlResponders = 0;
    std::optional<double> responseRate;
    std::optional<double> controlResponseRate;
    std::optional<double> uplift;  // responseRate - controlResponseRate
    // Revenue in the window is net: every purchase and every return booked on a day of a
    // contact's window, for every contact of the group (responder or not). Control and
    // treatment are measured the same way, so refunds cancel out of the incremental revenue.
    MoneyMinor revenue = 0;  // treatment group
    MoneyMinor controlRevenue = 0;
    qint64 orders = 0;  // purchase orders of the treatment group in the window
    // (revenue / contacts - controlRevenue / control) x contacts; none without a control group.
    std::optional<MoneyMinor> incrementalRevenue;
    MoneyMinor cost = 0;
    std::optional<double> roas;  // revenue / cost; none when cost is 0
    std::optional<double> roi;  // (incremental x margin - cost) / cost; none without control or cost
    std::optional<double> pValue;  // two-proportion z-test, pooled, two-sided
    qint64 dormantContacts = 0;  // treated contacts who were dormant on their contact day
    qint64 reactivated = 0;  // of those, the ones who responded
    std::optional<double> reactivationRate;
    // Net window revenue of the responders divided by their purchase orders in the window.
    std::optional<MoneyMinor> averageOrderValue;
    qint64 repeatBuyers = 0;  // responders with another purchase day within repeatWithinDays
    bool incremental = false;  // a control group exists: uplift, incremental revenue and ROI mean something
    bool windowOpen = false;  // some window reaches D: the numbers can still grow
};

struct CampaignsResult
{
    QDate asOf;
    int windowDays = 0;
    std::vector<CampaignStats> campaigns;  // in the order of the input campaigns
    qint64 unknownContacts = 0;  // contacts of campaign ids not in the campaigns table
};

// Two-sided p-value of the pooled two-proportion z-test of x1/n1 against x2/n2:
// z = (p1 - p2) / sqrt(p (1 - p) (1/n1 + 1/n2)), p = (x1 + x2) / (n1 + n2), p-value =
// erfc(|z| / sqrt 2). 1 when both groups have the same all-or-nothing rate (no variance);
// none when a group is empty.
std::optional<double> twoProportionPValue(qint64 x1, qint64 n1, qint64 x2, qint64 n2);

// histories sorted by customer id, as loadPurchaseHistory returns them.
CampaignsResult analyzeCampaigns(const std::vector<CustomerHistory> &histories,
                                 const std::vector<CampaignInfo> &campaigns,
                                 const std::vector<CampaignContact> &contacts, const CampaignsRequest &request);

// Loads campaigns, contacts and the purchase history (three plain SQL scans) and analyses.
Result<CampaignsResult> runCampaigns(QSqlDatabase db, const CampaignsRequest &request,
                                     const ProgressSink &progress = {});

}  // namespace Crm::Core::Analysis
