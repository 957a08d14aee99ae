#include "analysisparameters.h"

#include <QCoreApplication>

namespace Crm::Core::Analysis {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Crm::Analysis)
};

}  // namespace

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

std::vector<RfmSegmentRule> rfmSegmentRules(const Store::WorkspaceSettings &settings, QString *problem)
{
    if (problem) {
        problem->clear();
    }
    if (settings.rfmSegmentRules.trimmed().isEmpty()) {
        return defaultRfmSegmentRules();
    }
    auto rules = parseRfmSegmentRules(settings.rfmSegmentRules);
    if (!rules) {
        if (problem) {
            *problem = Text::tr("The workspace's RFM segment rules cannot be read (%1); the default rules are used.")
                           .arg(rules.error().message);
        }
        return defaultRfmSegmentRules();
    }
    return std::move(rules).value();
}

RfmRequest rfmRequest(const Store::WorkspaceSettings &settings, const QDate &asOf, QString *problem)
{
    RfmRequest request;
    request.asOf = asOf;
    request.rules = rfmSegmentRules(settings, problem);
    request.unmatchedSegment = settings.rfmUnmatchedSegment.trimmed();
    return request;
}

void setRfmSegmentRules(Store::WorkspaceSettings &settings, const std::vector<RfmSegmentRule> &rules)
{
    settings.rfmSegmentRules = rules == defaultRfmSegmentRules() ? QString() : formatRfmSegmentRules(rules);
}

}  // namespace Crm::Core::Analysis
