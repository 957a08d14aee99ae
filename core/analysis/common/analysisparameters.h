#pragma once

#include "analysis/campaigns/campaigns.h"
#include "analysis/lifecycle/lifecycle.h"
#include "analysis/rfm/rfm.h"
#include "analysis/tiers/tiers.h"
#include "store/workspacesettings.h"

namespace Crm::Core::Analysis {

// The analyses' Requests with a workspace's settings applied (Store::WorkspaceSettings).
// The points rule's balances are not read here: see loadPointsBalances().
TierRequest tierRequest(const Store::WorkspaceSettings &settings, const QDate &asOf);
LifecycleRequest lifecycleRequest(const Store::WorkspaceSettings &settings, const QDate &asOf);
CampaignsRequest campaignsRequest(const Store::WorkspaceSettings &settings, const QDate &asOf);

// The RFM request with the workspace's segment rules and unmatched segment (scoring stays
// the default quintiles). Stored rule text that does not parse must not stop a workspace
// from opening: the default rules are used then and *problem says why (translated);
// otherwise *problem is cleared.
RfmRequest rfmRequest(const Store::WorkspaceSettings &settings, const QDate &asOf, QString *problem = nullptr);

// The workspace's segment rules (the default ones when none are stored or they do not parse).
std::vector<RfmSegmentRule> rfmSegmentRules(const Store::WorkspaceSettings &settings, QString *problem = nullptr);

// Stores `rules` in settings. The default rules are stored as no text, so a workspace that
// never changed them follows the default.
void setRfmSegmentRules(Store::WorkspaceSettings &settings, const std::vector<RfmSegmentRule> &rules);

}  // namespace Crm::Core::Analysis
