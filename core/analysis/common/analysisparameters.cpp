#include "analysisparameters.h"

namespace Crm::Core::Analysis {

TierRequest tierRequest(const Store::WorkspaceSettings &settings, const QDate &asOf)
{
    TierRequest request;
    request.asOf = asOf;
    request.rule = settings.tiersByPoints ? TierRule::Points : TierRule::Spend;
    request.spendThresholds = settings.tierSpendThresholds;
    request.pointsThresholds = settings.tierPointsThresholds;
    request.windowMonths = settings.tierWindowMonths;
    return request;
}

LifecycleRequest lifecycleRequest(const Store::WorkspaceSettings &settings, const QDate &asOf)
{
    LifecycleRequest request;
    request.asOf = asOf;
    request.newWithinDays = settings.newWithinDays;
    request.minPurchaseDaysForCycle = settings.minPurchaseDaysForCycle;
    request.defaultCycleDays = settings.defaultCycleDays;
    request.dormantMinDays = settings.dormantMinDays;
    request.dormantCycles = settings.dormantCycles;
    request.churnedMinDays = settings.churnedMinDays;
    request.churnedCycles = settings.churnedCycles;
    return request;
}

CampaignsRequest campaignsRequest(const Store::WorkspaceSettings &settings, const QDate &asOf)
{
    CampaignsRequest request;
    request.asOf = asOf;
    request.windowDays = settings.attributionWindowDays;
    request.margin = settings.margin;
    request.lifecycle = lifecycleRequest(settings, asOf);
    return request;
}

}  // namespace Crm::Core::Analysis
