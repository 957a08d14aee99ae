#include "campaignreview.h"

#include "analysis/campaigns/campaigns.h"
#include "analysis/clv/clvanalysis.h"
#include "analysis/cohorts/cohorts.h"
#include "analysis/common/purchasehistory.h"
#include "analysis/funnel/funnel.h"
#include "analysis/lifecycle/lifecycle.h"
#include "analysis/points/points.h"
#include "analysis/rfm/rfm.h"
#include "analysis/tiers/tiers.h"
#include "report/masking.h"
#include "report/targetlists.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <cmath>
#include <limits>

namespace Crm::Core::Report {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Crm::Report)
};

using Type = DataColumn::Type;
using namespace Crm::Core::Analysis;

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// Activity of one period, from the purchase-history scan.
struct PeriodNumbers
{
    qint64 buyers = 0;
    qint64 orders = 0;
    MoneyMinor revenue = 0;  // net: purchases plus returns booked in the period
    MoneyMinor purchases = 0;
    qint64 newCustomers = 0;

    QVariant averageOrderValue() const
    {
        return orders > 0 ? QVariant(qint64(std::llround(double(purchases) / double(orders)))) : QVariant();
    }
};

PeriodNumbers periodNumbers(const std::vector<CustomerHistory> &histories, const QDate &from, const QDate &to)
{
    const qint64 first = from.toJulianDay();
    const qint64 end = to.toJulianDay();
    PeriodNumbers numbers;
    for (const CustomerHistory &history : histories) {
        bool bought = false;
        for (const PurchaseDay &day : history.days) {
            if (day.julianDay < first || day.julianDay >= end) {
                continue;
            }
            numbers.orders += day.orders;
            numbers.purchases += day.purchases;
            numbers.revenue += day.purchases + day.returns;
            bought = bought || day.orders > 0;
        }
        numbers.buyers += bought ? 1 : 0;
        const qint64 firstPurchase = history.firstPurchaseDay();
        numbers.newCustomers += firstPurchase >= first && firstPurchase < end ? 1 : 0;
    }
    return numbers;
}

QString money(MoneyMinor amount, const QLocale &locale)
{
    return displayText(QVariant(amount), Type::Money, locale);
}

QString count(qint64 value, const QLocale &locale)
{
    return locale.toString(value);
}

QString percent(double fraction, const QLocale &locale)
{
    return displayText(QVariant(fraction), Type::Percent, locale);
}

QString pValueText(double p, const QLocale &locale)
{
    return p < 0.001 ? QStringLiteral("< ") + locale.toString(0.001)
                     : QStringLiteral("= ") + locale.toString(p, 'f', 3);
}

QVariant optionalValue(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant();
}

QVariant optionalMoney(const std::optional<MoneyMinor> &value)
{
    return value ? QVariant(qint64(*value)) : QVariant();
}

ReportTable makeTable(const QString &key, const QString &title,
                      const QList<std::pair<QString, std::pair<QString, Type>>> &columns)
{
    ReportTable table;
    table.key = key;
    table.title = title;
    for (const auto &[name, header] : columns) {
        table.columns.append({name, header.second});
        table.headers << header.first;
    }
    return table;
}

Error cancelled()
{
    return makeError(Error::Code::Cancelled, Text::tr("The report was cancelled."));
}

// Everything the sections are built from: the analysis Results at D and at the start of
// the review period.
struct Inputs
{
    QDate asOf;
    QDate periodStart;
    QDate previousStart;
    std::vector<CustomerHistory> histories;
    std::vector<CustomerHistory> previousHistories;
    RfmResult rfm;
    RfmResult previousRfm;
    LifecycleRequest lifecycleRequest;
    LifecycleResult lifecycle;
    LifecycleResult previousLifecycle;
    FunnelRequest funnelRequest;
    FunnelResult funnel;
    TierRequest tierRequest;
    TierResult tiers;
    CohortResult cohorts;
    CampaignsRequest campaignsRequest;
    CampaignsResult campaigns;
    PeriodNumbers now;
    PeriodNumbers before;
    qint64 pointsMembers = 0;
    qint64 pointsOutstanding = 0;
    qint64 pointsEarned = 0;
    qint64 pointsRedeemed = 0;
    qint64 previousPointsEarned = 0;
    qint64 previousPointsRedeemed = 0;
    std::optional<Clv::ClvResult> clv;
    QString clvError;
    QHash<QString, double> valueAtRisk;  // CLV model, major units
};

// The points analysis over the tiers at D, once per period: the balance (customers holding
// a positive one and their sum) is today's, earned and redeemed count the period's orders.
VoidResult loadPoints(QSqlDatabase db, Inputs &in)
{
    const auto period = [&](const QDate &from, const QDate &to) -> Result<PointsResult> {
        auto points = loadCustomerPoints(db, to, from);
        if (!points) {
            return makeError(Error::Code::Database, Text::tr("Cannot read points: %1").arg(points.error().message));
        }
        PointsRequest request;
        request.asOf = to;
        request.from = from;
        return analyzePoints(in.tiers, std::move(points).value(), request);
    };
    auto now = period(in.periodStart, in.asOf);
    if (!now) {
        return now.error();
    }
    auto before = period(in.previousStart, in.periodStart);
    if (!before) {
        return before.error();
    }
    in.pointsMembers = now->total.balanceHolders;
    in.pointsOutstanding = now->total.positiveBalance;
    in.pointsEarned = now->total.earned;
    in.pointsRedeemed = now->total.redeemed;
    in.previousPointsEarned = before->total.earned;
    in.previousPointsRedeemed = before->total.redeemed;
    return {};
}

Result<Inputs> loadInputs(QSqlDatabase db, const CampaignReviewRequest &request, const ProgressSink &progress)
{
    Inputs in;
    auto asOf = resolveAsOfDate(db, request.asOf);
    if (!asOf) {
        return asOf.error();
    }
    in.asOf = asOf.value();
    in.periodStart = in.asOf.addDays(-request.periodDays);
    in.previousStart = in.periodStart.addDays(-request.periodDays);
    const int steps = 8;
    auto step = [&](int done) { return reportProgress(progress, done, steps); };

    auto histories = loadPurchaseHistory(db, {in.asOf, {}, true});
    if (!histories) {
        return histories.error();
    }
    in.histories = std::move(histories).value();
    auto previousHistories = loadPurchaseHistory(db, {in.periodStart, {}, true});
    if (!previousHistories) {
        return previousHistories.error();
    }
    in.previousHistories = std::move(previousHistories).value();
    if (!step(2)) {
        return cancelled();
    }
    RfmRequest rfmRequest = request.rfm;
    rfmRequest.asOf = in.asOf;
    auto rfm = analyzeRfm(in.histories, rfmRequest);
    if (!rfm) {
        return rfm.error();
    }
    in.rfm = std::move(rfm).value();
    rfmRequest.asOf = in.periodStart;
    auto previousRfm = analyzeRfm(in.previousHistories, rfmRequest);
    if (!previousRfm) {
        return previousRfm.error();
    }
    in.previousRfm = std::move(previousRfm).value();
    if (!step(3)) {
        return cancelled();
    }
    in.lifecycleRequest = request.lifecycle;
    in.lifecycleRequest.pAlive.reset();
    in.lifecycleRequest.asOf = in.asOf;
    in.lifecycle = analyzeLifecycle(in.histories, in.lifecycleRequest);
    LifecycleRequest previousLifecycleRequest = in.lifecycleRequest;
    previousLifecycleRequest.asOf = in.periodStart;
    in.previousLifecycle = analyzeLifecycle(in.previousHistories, previousLifecycleRequest);
    in.funnelRequest.lifecycle = in.lifecycleRequest;
    in.funnelRequest.transitionDays = request.periodDays;
    in.funnel = analyzeFunnel(in.histories, in.funnelRequest);
    if (!step(4)) {
        return cancelled();
    }
    in.tierRequest = request.tiers;
    in.tierRequest.rule = TierRule::Spend;
    in.tierRequest.pointsBalance.clear();
    in.tierRequest.asOf = in.asOf;
    in.tierRequest.compareTo = in.periodStart;
    auto tiers = analyzeTiers(in.histories, in.tierRequest);
    if (!tiers) {
        return tiers.error();
    }
    in.tiers = std::move(tiers).value();
    auto cohorts = analyzeCohorts(in.histories, {in.asOf, CohortPeriod::Month});
    if (!cohorts) {
        return cohorts.error();
    }
    in.cohorts = std::move(cohorts).value();
    if (!step(5)) {
        return cancelled();
    }
    in.campaignsRequest.asOf = in.asOf;
    in.campaignsRequest.windowDays = request.attributionWindowDays;
    in.campaignsRequest.margin = request.margin;
    in.campaignsRequest.lifecycle = in.lifecycleRequest;
    auto campaigns = runCampaigns(db, in.campaignsRequest);
    if (!campaigns) {
        return campaigns.error();
    }
    in.campaigns = std::move(campaigns).value();
    if (!step(6)) {
        return cancelled();
    }
    // CLV: BG/NBD + Gamma-Gamma on purchase days up to D - 1, with the analysis' defaults.
    Clv::ClvRequest clvRequest;
    clvRequest.calibrationEnd = in.asOf.addDays(-1);
    auto clv = Clv::analyzeClv(
        Clv::summarizeHistories(in.histories, clvRequest.calibrationEnd.toJulianDay(), clvRequest.timeUnit),
        clvRequest);
    if (clv) {
        in.clv = std::move(clv).value();
        for (const Clv::ClvCustomer &customer : in.clv->customers) {
            in.valueAtRisk.insert(customer.summary.customerId, customer.valueAtRisk);
        }
    } else {
        in.clvError = clv.error().message;
    }
    if (!step(7)) {
        return cancelled();
    }
    in.now = periodNumbers(in.histories, in.periodStart, in.asOf);
    in.before = periodNumbers(in.histories, in.previousStart, in.periodStart);
    if (auto ok = loadPoints(db, in); !ok) {
        return ok.error();
    }
    return in;
}

KpiRow kpi(const QString &key, const QString &label, Type type, const QVariant &value, const QVariant &previous)
{
    return KpiRow {key, label, type, value, previous};
}

qint64 stageCount(const LifecycleResult &result, LifecycleStage stage)
{
    return result.stageCounts.at(size_t(stage));
}

// Customers who were new or active at the start of the period, Gold or Diamond then, and
// are dormant at D.
struct FellAsleep
{
    qint64 customers = 0;
    MoneyMinor valueBeforeQuiet = 0;
};

FellAsleep highValueFellAsleep(const Inputs &in)
{
    QHash<QString, LifecycleStage> stageBefore;
    for (const CustomerLifecycle &customer : in.previousLifecycle.customers) {
        stageBefore.insert(customer.customerId, customer.stage);
    }
    QHash<QString, Tier> tierBefore;
    for (const TierCustomer &customer : in.tiers.customers) {
        tierBefore.insert(customer.customerId, customer.previousTier);
    }
    FellAsleep result;
    for (const CustomerLifecycle &customer : in.lifecycle.customers) {
        if (customer.stage != LifecycleStage::Dormant) {
            continue;
        }
        const LifecycleStage before = stageBefore.value(customer.customerId, LifecycleStage::Prospect);
        const Tier tier = tierBefore.value(customer.customerId, Tier::Regular);
        if ((before == LifecycleStage::Active || before == LifecycleStage::New) && tier >= Tier::Gold) {
            ++result.customers;
            result.valueBeforeQuiet += customer.valueBeforeQuiet;
        }
    }
    return result;
}

qint64 segmentCustomers(const RfmResult &rfm, const QString &segment)
{
    for (const RfmSegmentSummary &summary : rfm.segments) {
        if (summary.segment == segment) {
            return summary.customers;
        }
    }
    return 0;
}

const CampaignStats *bestPayingCampaign(const Inputs &in, double alpha)
{
    const CampaignStats *best = nullptr;
    for (const CampaignStats &campaign : in.campaigns.campaigns) {
        if (!campaign.incremental || !campaign.roi || *campaign.roi <= 0 || !campaign.pValue
            || *campaign.pValue >= alpha) {
            continue;
        }
        if (!best || *campaign.roi > *best->roi) {
            best = &campaign;
        }
    }
    return best;
}

ReportSection summarySection(const Inputs &in, const CampaignReviewRequest &request)
{
    const QLocale &locale = request.locale;
    ReportSection section;
    section.key = QStringLiteral("summary");
    section.title = Text::tr("Executive summary");

    KpiBlock kpis;
    kpis.valueHeader = Text::tr("Last %n days", nullptr, request.periodDays);
    kpis.previousHeader = Text::tr("Previous %n days", nullptr, request.periodDays);
    kpis.rows << kpi(QStringLiteral("revenue"), Text::tr("Net revenue"), Type::Money, qint64(in.now.revenue),
                     qint64(in.before.revenue))
              << kpi(QStringLiteral("orders"), Text::tr("Orders"), Type::Integer, in.now.orders, in.before.orders)
              << kpi(QStringLiteral("buyers"), Text::tr("Customers who bought"), Type::Integer, in.now.buyers,
                     in.before.buyers)
              << kpi(QStringLiteral("aov"), Text::tr("Average order value"), Type::Money, in.now.averageOrderValue(),
                     in.before.averageOrderValue())
              << kpi(QStringLiteral("new_customers"), Text::tr("New customers"), Type::Integer, in.now.newCustomers,
                     in.before.newCustomers)
              << kpi(QStringLiteral("active"), Text::tr("Active customers (new or active) at the end"), Type::Integer,
                     stageCount(in.lifecycle, LifecycleStage::New) + stageCount(in.lifecycle, LifecycleStage::Active),
                     stageCount(in.previousLifecycle, LifecycleStage::New)
                         + stageCount(in.previousLifecycle, LifecycleStage::Active))
              << kpi(QStringLiteral("dormant"), Text::tr("Dormant customers at the end"), Type::Integer,
                     stageCount(in.lifecycle, LifecycleStage::Dormant),
                     stageCount(in.previousLifecycle, LifecycleStage::Dormant));

    QStringList sentences;
    // Revenue.
    const KpiRow &revenue = kpis.rows.front();
    sentences << Text::tr("Net revenue in the last %1 days was %2 (%3 against the previous %1 days), from %4 orders "
                          "by %5 customers.")
                     .arg(count(request.periodDays, locale), money(in.now.revenue, locale),
                          displayChange(revenue.change(), Type::Money, locale), count(in.now.orders, locale),
                          count(in.now.buyers, locale));
    // Which segment grew.
    QString grownSegment;
    qint64 growth = 0;
    for (const RfmSegmentSummary &summary : in.rfm.segments) {
        const qint64 delta = summary.customers - segmentCustomers(in.previousRfm, summary.segment);
        if (delta > growth) {
            growth = delta;
            grownSegment = summary.segment;
        }
    }
    if (!grownSegment.isEmpty()) {
        sentences << Text::tr("The RFM segment that grew most is %1: %2 customers, %3 more than on %4.")
                         .arg(segmentDisplayName(grownSegment), count(segmentCustomers(in.rfm, grownSegment), locale),
                              count(growth, locale), in.periodStart.toString(Qt::ISODate));
    }
    // Which campaign paid.
    if (const CampaignStats *best = bestPayingCampaign(in, request.significanceLevel)) {
        sentences << Text::tr("Campaign %1 paid: ROI %2 on a cost of %3, with a response uplift of %4 over its "
                              "control group (p %5).")
                         .arg(best->name.isEmpty() ? best->campaignId : best->name, percent(*best->roi, locale),
                              money(best->cost, locale), displayChange(best->uplift, Type::Percent, locale),
                              pValueText(*best->pValue, locale));
    } else if (!in.campaigns.campaigns.empty()) {
        sentences << Text::tr("No campaign earned back its cost with a significant uplift over a control group.");
    }
    QStringList withoutControl;
    for (const CampaignStats &campaign : in.campaigns.campaigns) {
        if (!campaign.incremental) {
            withoutControl << (campaign.name.isEmpty() ? campaign.campaignId : campaign.name);
        }
    }
    if (!withoutControl.isEmpty()) {
        // Name them: a reader acts on "which", not on "how many".
        sentences << Text::tr("Campaigns without a control group: %1. Their revenue is attributed, not proven "
                              "incremental.")
                         .arg(QLocale(locale).createSeparatedList(withoutControl));
    }
    // How many high-value customers fell asleep.
    const FellAsleep asleep = highValueFellAsleep(in);
    if (asleep.customers > 0) {
        sentences << Text::tr("%1 high-value customers (Gold or Diamond on %2) fell asleep in the last %3 days; "
                              "in the year before going quiet they spent %4.")
                         .arg(count(asleep.customers, locale), in.periodStart.toString(Qt::ISODate),
                              count(request.periodDays, locale), money(asleep.valueBeforeQuiet, locale));
    } else {
        sentences << Text::tr("No Gold or Diamond customer fell asleep in the last %1 days.")
                         .arg(count(request.periodDays, locale));
    }
    for (const QString &sentence : std::as_const(sentences)) {
        section.blocks << ReportParagraph {sentence};
    }
    section.blocks << kpis;
    return section;
}

ReportSection segmentSection(const Inputs &in)
{
    ReportSection section;
    section.key = QStringLiteral("segments");
    section.title = Text::tr("RFM segments");
    ReportTable table = makeTable(QStringLiteral("segments"), Text::tr("Customers by RFM segment"),
                                  {{QStringLiteral("segment"), {Text::tr("Segment"), Type::Text}},
                                   {QStringLiteral("customers"), {Text::tr("Customers"), Type::Integer}},
                                   {QStringLiteral("previous"), {Text::tr("Before"), Type::Integer}},
                                   {QStringLiteral("revenue"), {Text::tr("Revenue"), Type::Money}},
                                   {QStringLiteral("revenue_share"), {Text::tr("Share"), Type::Percent}},
                                   {QStringLiteral("aov"), {Text::tr("Avg. order"), Type::Money}}});
    ReportFigure figure;
    figure.kind = ReportFigure::Kind::Bar;
    figure.key = QStringLiteral("segments");
    figure.title = Text::tr("Customers by RFM segment");
    FigureSeries now {Text::tr("At %1").arg(in.asOf.toString(Qt::ISODate)), {}};
    FigureSeries before {Text::tr("At %1").arg(in.periodStart.toString(Qt::ISODate)), {}};
    for (const RfmSegmentSummary &summary : in.rfm.segments) {
        const qint64 previous = segmentCustomers(in.previousRfm, summary.segment);
        table.rows << QVariantList {segmentDisplayName(summary.segment),
                                    summary.customers,
                                    previous,
                                    qint64(summary.revenue),
                                    summary.revenueShare,
                                    qint64(summary.averageOrderValue)};
        figure.categories << segmentDisplayName(summary.segment);
        now.values << double(summary.customers);
        before.values << double(previous);
    }
    figure.series << before << now;
    table.note = Text::tr("Revenue is the net spend of the segment's customers up to %1; \"Before\" is the segment's "
                          "size on %2.")
                     .arg(in.asOf.addDays(-1).toString(Qt::ISODate), in.periodStart.toString(Qt::ISODate));
    section.blocks << figure << table;
    return section;
}

ReportSection tierSection(const Inputs &in)
{
    ReportSection section;
    section.key = QStringLiteral("tiers");
    section.title = Text::tr("Membership tiers");
    std::array<qint64, kTierCount> previous {};
    for (size_t from = 0; from < size_t(kTierCount); ++from) {
        for (size_t to = 0; to < size_t(kTierCount); ++to) {
            previous[from] += in.tiers.migration[from][to];
        }
    }
    ReportTable table = makeTable(
        QStringLiteral("tiers"), Text::tr("Tier distribution"),
        {{QStringLiteral("tier"), {Text::tr("Tier"), Type::Text}},
         {QStringLiteral("customers"), {Text::tr("Customers"), Type::Integer}},
         {QStringLiteral("share"), {Text::tr("Share"), Type::Percent}},
         {QStringLiteral("spend"),
          {in.tierRequest.windowMonths == 12 ? Text::tr("Spend, 12 months")
                                             : Text::tr("Spend, %n month(s)", nullptr, in.tierRequest.windowMonths),
           Type::Money}},
         {QStringLiteral("previous"), {Text::tr("Before"), Type::Integer}}});
    ReportFigure figure;
    figure.kind = ReportFigure::Kind::Bar;
    figure.key = QStringLiteral("tiers");
    figure.title = Text::tr("Customers by tier");
    FigureSeries before {Text::tr("At %1").arg(in.periodStart.toString(Qt::ISODate)), {}};
    FigureSeries now {Text::tr("At %1").arg(in.asOf.toString(Qt::ISODate)), {}};
    for (const TierDistributionRow &row : in.tiers.distribution) {
        table.rows << QVariantList {tierDisplayName(row.tier), row.customers, row.share, qint64(row.revenue),
                                    previous[size_t(row.tier)]};
        figure.categories << tierDisplayName(row.tier);
        before.values << double(previous[size_t(row.tier)]);
        now.values << double(row.customers);
    }
    figure.series << before << now;
    KpiBlock moves;
    moves.valueHeader = Text::tr("Customers");
    moves.rows << kpi(QStringLiteral("tier_up"), Text::tr("Moved up a tier"), Type::Integer, in.tiers.movedUp, {})
               << kpi(QStringLiteral("tier_down"), Text::tr("Moved down a tier"), Type::Integer, in.tiers.movedDown, {})
               << kpi(QStringLiteral("tier_same"), Text::tr("Unchanged"), Type::Integer, in.tiers.unchanged, {});
    section.blocks << table << moves << figure;
    return section;
}

ReportSection funnelSection(const Inputs &in)
{
    ReportSection section;
    section.key = QStringLiteral("funnel");
    section.title = Text::tr("Churn funnel and lifecycle");
    section.startsNewPage = true;
    ReportFigure figure;
    figure.kind = ReportFigure::Kind::Funnel;
    figure.key = QStringLiteral("funnel");
    figure.title = Text::tr("Churn funnel at %1").arg(in.asOf.toString(Qt::ISODate));
    ReportTable table = makeTable(QStringLiteral("funnel"), Text::tr("Funnel steps"),
                                  {{QStringLiteral("step"), {Text::tr("Step"), Type::Text}},
                                   {QStringLiteral("customers"), {Text::tr("Customers"), Type::Integer}},
                                   {QStringLiteral("of_previous"), {Text::tr("% of previous"), Type::Percent}},
                                   {QStringLiteral("of_first"), {Text::tr("% of first"), Type::Percent}}});
    FigureSeries series {Text::tr("Customers"), {}};
    for (const FunnelStep &step : in.funnel.steps) {
        figure.categories << funnelStepDisplayName(step.name);
        series.values << double(step.customers);
        table.rows << QVariantList {funnelStepDisplayName(step.name), step.customers, optionalValue(step.pctOfPrevious),
                                    optionalValue(step.pctOfFirst)};
    }
    figure.series << series;

    ReportTable transitions
        = makeTable(QStringLiteral("transitions"),
                    Text::tr("Lifecycle stage on %1 (rows) and on %2 (columns)")
                        .arg(in.funnel.transitionFrom.toString(Qt::ISODate), in.asOf.toString(Qt::ISODate)),
                    {{QStringLiteral("from"), {Text::tr("Stage"), Type::Text}}});
    for (int to = 0; to < kLifecycleStageCount; ++to) {
        transitions.columns.append({lifecycleStageName(LifecycleStage(to)), Type::Integer});
        transitions.headers << stageDisplayName(to);
    }
    for (int from = 0; from < kLifecycleStageCount; ++from) {
        QVariantList row {stageDisplayName(from)};
        for (int to = 0; to < kLifecycleStageCount; ++to) {
            row << in.funnel.transitions[size_t(from)][size_t(to)];
        }
        transitions.rows << row;
    }
    section.blocks << figure << table << transitions;
    return section;
}

ReportSection cohortSection(const Inputs &in, const CampaignReviewRequest &request)
{
    ReportSection section;
    section.key = QStringLiteral("cohorts");
    section.title = Text::tr("Cohort retention");
    ReportFigure figure;
    figure.kind = ReportFigure::Kind::Heatmap;
    figure.key = QStringLiteral("cohorts");
    figure.title = Text::tr("Share of each monthly cohort buying again, by months since the first purchase");
    figure.valueType = Type::Percent;
    for (int k = 0; k < request.cohortPeriods; ++k) {
        figure.categories << Text::tr("M%1", "months since first purchase").arg(k);
    }
    const size_t total = in.cohorts.cohorts.size();
    const size_t first = total > size_t(request.cohortCount) ? total - size_t(request.cohortCount) : 0;
    for (size_t i = first; i < total; ++i) {
        const Cohort &cohort = in.cohorts.cohorts.at(i);
        FigureSeries row {Text::tr("%1 (%2)").arg(cohort.label, request.locale.toString(cohort.size)), {}};
        for (int k = 0; k < request.cohortPeriods; ++k) {
            row.values << kNaN;
        }
        for (const CohortCell &cell : cohort.cells) {
            if (cell.period >= 0 && cell.period < request.cohortPeriods) {
                row.values[cell.period] = cell.retention;
            }
        }
        figure.series << row;
    }
    figure.caption = Text::tr("Rows: month of the first purchase (customers in the cohort). M0 is the first month "
                              "itself, so it is always 100%.");
    section.blocks << figure;
    return section;
}

ReportSection campaignSection(const Inputs &in, const CampaignReviewRequest &request)
{
    const QLocale &locale = request.locale;
    ReportSection section;
    section.key = QStringLiteral("campaigns");
    section.title = Text::tr("Campaigns");
    section.startsNewPage = true;
    ReportTable table = makeTable(QStringLiteral("campaigns"), Text::tr("Campaign results"),
                                  {{QStringLiteral("campaign"), {Text::tr("Campaign"), Type::Text}},
                                   {QStringLiteral("contacts"), {Text::tr("Contacts"), Type::Integer}},
                                   {QStringLiteral("control"), {Text::tr("Control"), Type::Integer}},
                                   {QStringLiteral("response_rate"), {Text::tr("Response"), Type::Percent}},
                                   {QStringLiteral("control_rate"), {Text::tr("Control resp."), Type::Percent}},
                                   {QStringLiteral("uplift"), {Text::tr("Uplift"), Type::Percent}},
                                   {QStringLiteral("p_value"), {Text::tr("p-value"), Type::Real}},
                                   {QStringLiteral("incremental"), {Text::tr("Incr. revenue"), Type::Money}},
                                   {QStringLiteral("roi"), {Text::tr("ROI"), Type::Percent}},
                                   {QStringLiteral("note"), {Text::tr("Note"), Type::Text}}});
    ReportFigure figure;
    figure.kind = ReportFigure::Kind::Bar;
    figure.key = QStringLiteral("campaigns");
    figure.title = Text::tr("Response rate: contacted vs. control group");
    figure.valueType = Type::Percent;
    FigureSeries treated {Text::tr("Contacted"), {}};
    FigureSeries control {Text::tr("Control group"), {}};
    for (const CampaignStats &campaign : in.campaigns.campaigns) {
        QStringList notes;
        if (!campaign.incremental) {
            notes << Text::tr("No control group: attributed only");
        } else if (campaign.pValue && *campaign.pValue >= request.significanceLevel) {
            notes << Text::tr("Not significant");
        }
        if (campaign.windowOpen) {
            notes << Text::tr("Window still open");
        }
        const QString name = campaign.name.isEmpty() ? campaign.campaignId : campaign.name;
        table.rows << QVariantList {name,
                                    campaign.contacts,
                                    campaign.control,
                                    optionalValue(campaign.responseRate),
                                    optionalValue(campaign.controlResponseRate),
                                    optionalValue(campaign.uplift),
                                    optionalValue(campaign.pValue),
                                    optionalMoney(campaign.incrementalRevenue),
                                    optionalValue(campaign.roi),
                                    notes.join(QStringLiteral("; "))};
        figure.categories << name;
        treated.values << campaign.responseRate.value_or(kNaN);
        control.values << campaign.controlResponseRate.value_or(kNaN);
    }
    figure.series << treated << control;
    table.note = Text::tr("A contact responds when the customer orders within %1 days of the contact. Uplift = "
                          "response rate − control response rate; significance by a two-sided two-proportion "
                          "z-test at %2. ROI = (incremental revenue × margin − cost) ÷ cost, margin %3.")
                     .arg(count(request.attributionWindowDays, locale), locale.toString(request.significanceLevel),
                          locale.toString(request.margin));
    if (in.campaigns.campaigns.empty()) {
        section.blocks << ReportParagraph {Text::tr("The workspace holds no campaigns.")};
    } else {
        section.blocks << table << figure;
        ReportTable details = makeTable(QStringLiteral("campaign_details"), Text::tr("Revenue and reactivation"),
                                        {{QStringLiteral("campaign"), {Text::tr("Campaign"), Type::Text}},
                                         {QStringLiteral("responders"), {Text::tr("Responders"), Type::Integer}},
                                         {QStringLiteral("revenue"), {Text::tr("Revenue in window"), Type::Money}},
                                         {QStringLiteral("cost"), {Text::tr("Cost"), Type::Money}},
                                         {QStringLiteral("roas"), {Text::tr("ROAS"), Type::Real}},
                                         {QStringLiteral("aov"), {Text::tr("Avg. order"), Type::Money}},
                                         {QStringLiteral("dormant"), {Text::tr("Dormant contacts"), Type::Integer}},
                                         {QStringLiteral("reactivation"), {Text::tr("Reactivation"), Type::Percent}}});
        for (const CampaignStats &campaign : in.campaigns.campaigns) {
            details.rows << QVariantList {campaign.name.isEmpty() ? campaign.campaignId : campaign.name,
                                          campaign.responders,
                                          qint64(campaign.revenue),
                                          qint64(campaign.cost),
                                          optionalValue(campaign.roas),
                                          optionalMoney(campaign.averageOrderValue),
                                          campaign.dormantContacts,
                                          optionalValue(campaign.reactivationRate)};
        }
        section.blocks << details;
    }
    return section;
}

Result<ReportSection> dormantSection(QSqlDatabase db, const Inputs &in, const CampaignReviewRequest &request)
{
    const QLocale &locale = request.locale;
    auto contacts = loadCustomerContacts(db);
    if (!contacts) {
        return contacts.error();
    }
    ReportSection section;
    section.key = QStringLiteral("dormant");
    section.title = Text::tr("Dormant customers to reactivate");
    MoneyMinor totalValue = 0;
    for (const qsizetype index : in.lifecycle.dormantRanking) {
        totalValue += in.lifecycle.customers.at(size_t(index)).valueBeforeQuiet;
    }
    const qint64 dormant = qint64(in.lifecycle.dormantRanking.size());
    section.blocks << ReportParagraph {
        Text::tr("%1 customers are dormant at %2; in the year before going quiet they spent %3 together. These "
                 "are the %4 who spent the most; names are shortened and phone numbers masked.")
            .arg(count(dormant, locale), in.asOf.toString(Qt::ISODate), money(totalValue, locale),
                 count(std::min<qint64>(dormant, request.dormantTopN), locale))};
    ReportTable table = makeTable(QStringLiteral("dormant"), Text::tr("Top dormant customers by value at risk"),
                                  {{QStringLiteral("rank"), {Text::tr("#"), Type::Integer}},
                                   {QStringLiteral("name"), {Text::tr("Customer"), Type::Text}},
                                   {QStringLiteral("phone"), {Text::tr("Phone"), Type::Text}},
                                   {QStringLiteral("city"), {Text::tr("City"), Type::Text}},
                                   {QStringLiteral("last_purchase"), {Text::tr("Last purchase"), Type::Date}},
                                   {QStringLiteral("recency_days"), {Text::tr("Days quiet"), Type::Integer}},
                                   {QStringLiteral("orders"), {Text::tr("Orders"), Type::Integer}},
                                   {QStringLiteral("spend"), {Text::tr("Spend before quiet"), Type::Money}},
                                   {QStringLiteral("value"), {Text::tr("Value at risk"), Type::Money}}});
    // Rank by the CLV model's value at risk when it could be fitted, else by what the
    // customer spent in the year before going quiet (the lifecycle ranking).
    std::vector<qsizetype> ranking = in.lifecycle.dormantRanking;
    if (in.clv) {
        std::stable_sort(ranking.begin(), ranking.end(), [&](qsizetype a, qsizetype b) {
            return in.valueAtRisk.value(in.lifecycle.customers.at(size_t(a)).customerId)
                > in.valueAtRisk.value(in.lifecycle.customers.at(size_t(b)).customerId);
        });
    }
    qint64 rank = 0;
    for (const qsizetype index : ranking) {
        if (rank >= request.dormantTopN) {
            break;
        }
        const CustomerLifecycle &customer = in.lifecycle.customers.at(size_t(index));
        const CustomerContact contact = contacts->value(customer.customerId);
        table.rows << QVariantList {
            ++rank,
            shortenName(contact.name),
            maskPhone(contact.phone),
            contact.city,
            customer.lastPurchase,
            customer.recencyDays ? QVariant(*customer.recencyDays) : QVariant(),
            customer.purchaseOrders,
            qint64(customer.valueBeforeQuiet),
            in.clv ? QVariant(qint64(std::llround(in.valueAtRisk.value(customer.customerId) * kMinorPerMajor)))
                   : QVariant()};
    }
    table.note = in.clv
        ? Text::tr("Value at risk = (1 − P(alive)) × CLV over %1 months from the CLV model; spend "
                   "before quiet = net spend in the %2 days up to the last purchase.")
              .arg(count(in.clv->request.horizonMonths, locale), count(in.lifecycleRequest.valueWindowDays, locale))
        : Text::tr("The CLV model could not be fitted (%1), so customers are ranked by their net "
                   "spend in the %2 days up to the last purchase.")
              .arg(in.clvError, count(in.lifecycleRequest.valueWindowDays, locale));
    section.blocks << table;
    return section;
}

std::optional<ReportSection> clvSection(const Inputs &in, const CampaignReviewRequest &request)
{
    if (!in.clv) {
        return std::nullopt;
    }
    const QLocale &locale = request.locale;
    double totalClv = 0;
    double totalAtRisk = 0;
    double purchases90 = 0;
    qint64 likelyGone = 0;
    for (const Clv::ClvCustomer &customer : in.clv->customers) {
        totalClv += std::isfinite(customer.clv) ? customer.clv : 0;
        totalAtRisk += std::isfinite(customer.valueAtRisk) ? customer.valueAtRisk : 0;
        purchases90 += customer.expectedPurchases90d;
        likelyGone += customer.probabilityAlive < 0.5 ? 1 : 0;
    }
    const qint64 scored = qint64(in.clv->customers.size());
    auto minor = [](double major) { return qint64(std::llround(major * kMinorPerMajor)); };
    ReportSection section;
    section.key = QStringLiteral("clv");
    section.title = Text::tr("Customer lifetime value");
    section.blocks << ReportParagraph {
        Text::tr("The BG/NBD and Gamma-Gamma models, fitted on %1 customers, expect them to be worth %2 over the "
                 "next %3 months (discounted); %4 of that is at risk from customers who may have left.")
            .arg(count(scored, locale), money(minor(totalClv), locale), count(in.clv->request.horizonMonths, locale),
                 money(minor(totalAtRisk), locale))};
    KpiBlock kpis;
    kpis.valueHeader = Text::tr("Model estimate");
    kpis.rows << kpi(QStringLiteral("clv_customers"), Text::tr("Customers scored"), Type::Integer, scored, {})
              << kpi(QStringLiteral("clv_total"),
                     Text::tr("Expected value, next %n months", nullptr, in.clv->request.horizonMonths), Type::Money,
                     minor(totalClv), {})
              << kpi(QStringLiteral("clv_average"), Text::tr("Average per customer"), Type::Money,
                     scored > 0 ? QVariant(minor(totalClv / double(scored))) : QVariant(), {})
              << kpi(QStringLiteral("clv_purchases_90d"), Text::tr("Expected purchases, next 90 days"), Type::Real,
                     purchases90, {})
              << kpi(QStringLiteral("clv_likely_gone"), Text::tr("Customers with P(alive) below 50%"), Type::Integer,
                     likelyGone, {})
              << kpi(QStringLiteral("clv_at_risk"), Text::tr("Value at risk"), Type::Money, minor(totalAtRisk), {});
    section.blocks << kpis;
    return section;
}

std::optional<ReportSection> pointsSection(const Inputs &in, const CampaignReviewRequest &request)
{
    if (in.pointsOutstanding <= 0 && in.pointsEarned <= 0 && in.previousPointsEarned <= 0) {
        return std::nullopt;
    }
    ReportSection section;
    section.key = QStringLiteral("points");
    section.title = Text::tr("Points liability");
    KpiBlock kpis;
    kpis.valueHeader = Text::tr("Last %n days", nullptr, request.periodDays);
    kpis.previousHeader = Text::tr("Previous %n days", nullptr, request.periodDays);
    kpis.rows << kpi(QStringLiteral("points_earned"), Text::tr("Points earned"), Type::Integer, in.pointsEarned,
                     in.previousPointsEarned)
              << kpi(QStringLiteral("points_redeemed"), Text::tr("Points redeemed"), Type::Integer, in.pointsRedeemed,
                     in.previousPointsRedeemed);
    section.blocks << ReportParagraph {
        Text::tr("%1 members hold %2 points that have not been redeemed yet (the balance today, as the customers "
                 "table records it).")
            .arg(count(in.pointsMembers, request.locale), count(in.pointsOutstanding, request.locale))};
    section.blocks << kpis;
    return section;
}

// "Champions R 5-5 F 4-5 M 1-5; …": each rule with its score ranges, in matching order.
QString ruleSummary(const std::vector<RfmSegmentRule> &rules)
{
    QStringList parts;
    const auto range = [](int low, int high) { return QStringLiteral("%1-%2").arg(low).arg(high); };
    for (const RfmSegmentRule &rule : rules) {
        parts << Text::tr("%1: R %2, F %3, M %4")
                     .arg(segmentDisplayName(rule.name), range(rule.recencyLow, rule.recencyHigh),
                          range(rule.frequencyLow, rule.frequencyHigh), range(rule.monetaryLow, rule.monetaryHigh));
    }
    return parts.join(QStringLiteral("; "));
}

ReportSection methodologySection(const Inputs &in, const CampaignReviewRequest &request, const QStringList &omitted)
{
    const QLocale &locale = request.locale;
    ReportSection section;
    section.key = QStringLiteral("methodology");
    section.title = Text::tr("Methodology");
    section.startsNewPage = true;
    ReportTable table
        = makeTable(QStringLiteral("methodology"), Text::tr("Definitions and parameters"),
                    {{QStringLiteral("item"), {Text::tr("Item"), Type::Text}},
                     {QStringLiteral("definition"), {Text::tr("Definition and parameters"), Type::Text}}});
    auto add = [&](const QString &item, const QString &definition) { table.rows << QVariantList {item, definition}; };
    const auto &lc = in.lifecycleRequest;
    add(Text::tr("As-of date D"),
        Text::tr("%1. Only activity before D counts; by default D is the day after the last order.")
            .arg(in.asOf.toString(Qt::ISODate)));
    add(Text::tr("Review period"),
        Text::tr("%1 to %2 (%3 days), compared with %4 to %5.")
            .arg(in.periodStart.toString(Qt::ISODate), in.asOf.addDays(-1).toString(Qt::ISODate),
                 count(request.periodDays, locale), in.previousStart.toString(Qt::ISODate),
                 in.periodStart.addDays(-1).toString(Qt::ISODate)));
    add(Text::tr("Revenue, orders"),
        Text::tr("Net revenue = purchases plus returns booked in the period (returns are negative). Orders count "
                 "purchase orders only; average order value = purchases ÷ orders."));
    if (request.rfm.rules == defaultRfmSegmentRules()) {
        add(Text::tr("RFM"),
            Text::tr("Recency = days from the last purchase day to D; frequency = purchase orders; "
                     "monetary = net total. Scores 1-5 by quintile (type-7 cut points, equal values share "
                     "a score); segments from the R × F grid (Champions, Loyal, Potential Loyalists, "
                     "New, Promising, Need Attention, About to Sleep, At Risk, Can't Lose Them, "
                     "Hibernating)."));
    } else {
        add(Text::tr("RFM"),
            Text::tr("Recency = days from the last purchase day to D; frequency = purchase orders; "
                     "monetary = net total. Scores 1-5 by quintile (type-7 cut points, equal values share "
                     "a score); segments from the workspace's own rule table, the first matching rule "
                     "naming the segment (%1); customers no rule catches: %2.")
                .arg(ruleSummary(request.rfm.rules), segmentDisplayName(request.rfm.unmatchedSegment)));
    }
    add(Text::tr("Membership tiers"),
        Text::tr("Net spend in the %1 months before D: Silver ≥ %2, Gold ≥ %3, Diamond ≥ %4, else Regular. "
                 "Migration compares with the tiers on %5.")
            .arg(count(in.tierRequest.windowMonths, locale), money(in.tierRequest.spendThresholds[0], locale),
                 money(in.tierRequest.spendThresholds[1], locale), money(in.tierRequest.spendThresholds[2], locale),
                 in.periodStart.toString(Qt::ISODate)));
    add(Text::tr("Lifecycle"),
        Text::tr("Prospect = no order; new = first order within %1 days before D; otherwise the cycle is the "
                 "median gap between purchase days (customers with fewer than %2 purchase days use the median "
                 "of all others, here %3 days). Dormant when recency > max(%4, %5 × cycle); churned when "
                 "recency > max(%6, %7 × cycle); else active.")
            .arg(count(lc.newWithinDays, locale), count(lc.minPurchaseDaysForCycle, locale),
                 locale.toString(in.lifecycle.populationCycleDays, 'f', 1), locale.toString(lc.dormantMinDays),
                 locale.toString(lc.dormantCycles), locale.toString(lc.churnedMinDays),
                 locale.toString(lc.churnedCycles)));
    add(Text::tr("Churn funnel"),
        Text::tr("Acquired (≥ 1 order) → repeat (≥ %1 orders) → not churned → active (new or active) at D. "
                 "Transitions compare each customer's stage %2 days before D with the stage at D.")
            .arg(count(in.funnelRequest.repeatMinOrders, locale), count(in.funnelRequest.transitionDays, locale)));
    add(Text::tr("Cohorts"),
        Text::tr("Cohort = calendar month of the first purchase; retention(c, k) = customers "
                 "of c with an order in month c + k ÷ cohort size. The %1 latest cohorts are "
                 "shown.")
            .arg(count(request.cohortCount, locale)));
    add(Text::tr("Campaigns"),
        Text::tr("A contact responds when the customer orders within %1 days after the contact (the contact day "
                 "counts). Incremental revenue = (revenue per contact − revenue per control) × contacts; ROAS = "
                 "revenue ÷ cost; ROI = (incremental revenue × %2 − cost) ÷ cost; p-value from a pooled two-sided "
                 "two-proportion z-test, significant below %3. Without a control group revenue is attributed "
                 "only. Reactivation rate = responders among contacts who were dormant on their contact day.")
            .arg(count(request.attributionWindowDays, locale), locale.toString(request.margin),
                 locale.toString(request.significanceLevel)));
    add(Text::tr("Dormant customers"),
        Text::tr("Dormant at D by the lifecycle rule, ranked by the CLV model's value at risk (by net spend in the "
                 "%1 days up to the last purchase when the model cannot be fitted). "
                 "\"High-value\" customers in the summary were Gold or Diamond and new or active at the start of "
                 "the period.")
            .arg(count(lc.valueWindowDays, locale)));
    if (in.clv) {
        QStringList parameters;
        for (size_t i = 0; i < in.clv->parameters.size() && i < size_t(in.clv->parameterNames.size()); ++i) {
            parameters << QStringLiteral("%1 = %2").arg(in.clv->parameterNames.at(qsizetype(i)),
                                                        locale.toString(in.clv->parameters.at(i), 'g', 4));
        }
        add(Text::tr("CLV"),
            Text::tr("BG/NBD for purchase counts and P(alive), Gamma-Gamma for spend, fitted by maximum likelihood "
                     "on purchase days up to D - 1 (one purchase per customer-day; time unit: day). CLV over %1 "
                     "months with a monthly discount rate of %2; value at risk = (1 − P(alive)) × CLV. Fitted: %3.")
                .arg(count(in.clv->request.horizonMonths, locale), percent(in.clv->request.monthlyDiscountRate, locale),
                     parameters.join(QStringLiteral(", "))));
    }
    add(Text::tr("Points"),
        Text::tr("Outstanding points = the sum of positive balances in the customers table; "
                 "earned and redeemed points are summed over the orders of each period."));
    add(Text::tr("Privacy"),
        Text::tr("Names are shortened (王** / J. Smith) and phone numbers masked "
                 "(138****1234) in this report."));
    section.blocks << table;
    if (!omitted.isEmpty()) {
        section.blocks << ReportParagraph {Text::tr("Not included: %1").arg(omitted.join(QStringLiteral(" ")))};
    }
    return section;
}

}  // namespace

QString segmentDisplayName(const QString &segment)
{
    static const QHash<QString, const char *> names {
        {QStringLiteral("Champions"), QT_TRANSLATE_NOOP("Crm::Report", "Champions")},
        {QStringLiteral("Loyal"), QT_TRANSLATE_NOOP("Crm::Report", "Loyal")},
        {QStringLiteral("Potential Loyalists"), QT_TRANSLATE_NOOP("Crm::Report", "Potential Loyalists")},
        {QStringLiteral("New"), QT_TRANSLATE_NOOP("Crm::Report", "New")},
        {QStringLiteral("Promising"), QT_TRANSLATE_NOOP("Crm::Report", "Promising")},
        {QStringLiteral("Need Attention"), QT_TRANSLATE_NOOP("Crm::Report", "Need Attention")},
        {QStringLiteral("About to Sleep"), QT_TRANSLATE_NOOP("Crm::Report", "About to Sleep")},
        {QStringLiteral("At Risk"), QT_TRANSLATE_NOOP("Crm::Report", "At Risk")},
        {QStringLiteral("Can't Lose Them"), QT_TRANSLATE_NOOP("Crm::Report", "Can't Lose Them")},
        {QStringLiteral("Hibernating"), QT_TRANSLATE_NOOP("Crm::Report", "Hibernating")},
        {QStringLiteral("Others"), QT_TRANSLATE_NOOP("Crm::Report", "Others")},
    };
    const auto it = names.constFind(segment);
    return it == names.constEnd() ? segment : Text::tr(it.value());
}

QString stageDisplayName(int lifecycleStage)
{
    switch (LifecycleStage(lifecycleStage)) {
    case LifecycleStage::Prospect:
        return Text::tr("Prospect", "lifecycle stage");
    case LifecycleStage::New:
        return Text::tr("New", "lifecycle stage");
    case LifecycleStage::Active:
        return Text::tr("Active", "lifecycle stage");
    case LifecycleStage::Dormant:
        return Text::tr("Dormant", "lifecycle stage");
    case LifecycleStage::Churned:
        return Text::tr("Churned", "lifecycle stage");
    }
    return {};
}

QString funnelStepDisplayName(const QString &step)
{
    if (step == QLatin1String("acquired")) {
        return Text::tr("Acquired (≥ 1 order)");
    }
    if (step == QLatin1String("repeat")) {
        return Text::tr("Repeat buyers");
    }
    if (step == QLatin1String("not_churned")) {
        return Text::tr("Not churned");
    }
    if (step == QLatin1String("active")) {
        return Text::tr("Active");
    }
    return step;
}

Result<ReportDocument> buildCampaignReview(QSqlDatabase db, const CampaignReviewRequest &request,
                                           const ProgressSink &progress)
{
    if (request.periodDays < 1 || request.dormantTopN < 0 || request.cohortCount < 1 || request.cohortPeriods < 1) {
        return makeError(Error::Code::BadUsage, Text::tr("The report parameters are out of range."));
    }
    auto inputs = loadInputs(db, request, progress);
    if (!inputs) {
        return inputs.error();
    }
    const Inputs &in = inputs.value();
    ReportDocument document;
    document.title = Text::tr("Campaign review");
    document.workspace = request.workspaceName;
    document.periodStart = in.periodStart;
    document.periodEnd = in.asOf.addDays(-1);
    document.asOf = in.asOf;
    document.generatedAt = request.generatedAt.isValid() ? request.generatedAt : QDateTime::currentDateTime();
    document.language = request.language;
    document.sections << summarySection(in, request) << segmentSection(in) << tierSection(in) << funnelSection(in)
                      << cohortSection(in, request) << campaignSection(in, request);
    auto dormant = dormantSection(db, in, request);
    if (!dormant) {
        return dormant.error();
    }
    document.sections << dormant.value();
    if (auto clv = clvSection(in, request)) {
        document.sections << *clv;
    } else {
        document.omitted << Text::tr("CLV summary: the model could not be fitted (%1).").arg(in.clvError);
    }
    if (auto points = pointsSection(in, request)) {
        document.sections << *points;
    } else {
        document.omitted << Text::tr("Points liability: the workspace records no points.");
    }
    document.sections << methodologySection(in, request, document.omitted);
    if (!reportProgress(progress, 8, 8)) {
        return cancelled();
    }
    return document;
}

}  // namespace Crm::Core::Report
