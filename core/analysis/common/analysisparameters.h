#pragma once

#include "analysis/campaigns/campaigns.h"
#include "analysis/lifecycle/lifecycle.h"
#include "analysis/tiers/tiers.h"
#include "store/workspacesettings.h"

namespace Crm::Core::Analysis {

// The analyses' Requests with a workspace's settings applied (Store::WorkspaceSettings).
// The points rule's balances are not read here: see loadPointsBalances().
TierRequest tierRequest(const Store::WorkspaceSettings &settings, const QDate &asOf);
LifecycleRequest lifecycleRequest(const Store::WorkspaceSettings &settings, const QDate &asOf);
CampaignsRequest campaignsRequest(const Store::WorkspaceSettings &settings, const QDate &asOf);

}  // namespace Crm::Core::Analysis
