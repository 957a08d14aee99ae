#pragma once

#include "analysis/lifecycle/lifecycle.h"
#include "analysis/rfm/rfm.h"
#include "analysis/tiers/tiers.h"
#include "common/progress.h"
#include "common/result.h"
#include "report/reportdocument.h"

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QSqlDatabase>

namespace Crm::Core::Report {

// What the campaign review covers and which parameters the analyses run with. Every
// parameter ends up in the methodology appendix.
struct CampaignReviewRequest
{
    QDate asOf;  // D; invalid = the default of DESIGN.md (the day after the last order)
    int periodDays = 90;  // review period [D - periodDays, D), compared with the one before
    int dormantTopN = 15;  // rows of the "dormant customers to reactivate" table
    int cohortCount = 12;  // most recent monthly cohorts in the retention heatmap
    int cohortPeriods = 12;  // months since first purchase shown per cohort
    int attributionWindowDays = 30;
    double margin = 1.0;
    // The lifecycle rule and the tier thresholds; the review sets their dates. Tiers always
    // use the spend rule here: the review compares them with the start of the period, and
    // points balances have no history.
    Analysis::LifecycleRequest lifecycle;
    Analysis::TierRequest tiers;
    // The segment rules (the workspace's rule table); the review sets the dates.
    Analysis::RfmRequest rfm;
    double significanceLevel = 0.05;
    QString workspaceName;
    QDateTime generatedAt;  // invalid = now
    QString language = QStringLiteral("en");  // for the document; texts follow the installed translator
    QLocale locale;  // number formatting inside generated sentences
};

// Builds the campaign review from the analysis Results: executive summary (KPIs against the
// previous period, sentences generated from the numbers), RFM segments, membership tiers,
// churn funnel, cohort retention, campaigns, dormant customers to reactivate, points, and a
// methodology appendix. Runs two purchase-history scans (at D and at D - periodDays) and
// the campaign scan; synchronous, cancellable through progress.
Result<ReportDocument> buildCampaignReview(QSqlDatabase db, const CampaignReviewRequest &request,
                                           const ProgressSink &progress = {});

// Translated display names of machine names the analyses return.
QString segmentDisplayName(const QString &segment);
QString stageDisplayName(int lifecycleStage);
QString funnelStepDisplayName(const QString &step);

}  // namespace Crm::Core::Report
