#pragma once

#include "analysis/cohorts/cohorts.h"
#include "analysis/common/purchasehistory.h"
#include "analysis/funnel/funnel.h"
#include "analysis/lifecycle/lifecycle.h"
#include "analysis/rfm/rfm.h"
#include "analysis/tiers/tiers.h"
#include "common/progress.h"
#include "common/result.h"

#include <QDate>
#include <QSqlDatabase>

#include <vector>

namespace Crm::Core::Analysis {

// The dashboard refresh: rfm, tiers, lifecycle, cohorts and funnel at one as-of date from
// one per-customer scan, the analyses running at once. Each result is exactly what the
// analysis's own run* function returns for the same request.
struct RefreshRequest
{
    QDate asOf;  // D for all five; the asOf fields of the requests below are ignored
    RfmRequest rfm;
    TierRequest tiers;  // tiers.compareTo, if set, must not lie after D
    LifecycleRequest lifecycle;
    CohortRequest cohorts;
    FunnelRequest funnel;
    int threads = 0;  // scan connections and analyses at once; 0 = one per core
};

// Wall-clock seconds of each part. The analyses overlap, so their sum exceeds `analyses`.
struct RefreshTimings
{
    double scan = 0;
    double rfm = 0;
    double tiers = 0;
    double lifecycle = 0;
    double cohorts = 0;
    double funnel = 0;
    double analyses = 0;  // from the end of the scan until the last analysis finished
    double total = 0;
};

struct RefreshResult
{
    QDate asOf;
    int threads = 1;
    qint64 customers = 0;  // scanned, prospects included
    qint64 customerDays = 0;  // per-customer days the analyses read
    RfmResult rfm;
    TierResult tiers;
    LifecycleResult lifecycle;
    CohortResult cohorts;
    FunnelResult funnel;
    RefreshTimings timings;
};

// The five analyses over histories loaded once with prospects up to D (as runRefresh loads
// them), on up to `threads` threads.
Result<RefreshResult> analyzeRefresh(const std::vector<CustomerHistory> &histories, const RefreshRequest &request);

// One scan (loadPurchaseHistory with request.threads connections), then analyzeRefresh.
// A workspace without customers or orders is BadInput.
Result<RefreshResult> runRefresh(QSqlDatabase db, const RefreshRequest &request, const ProgressSink &progress = {});

}  // namespace Crm::Core::Analysis
