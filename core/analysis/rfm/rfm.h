#pragma once

#include "analysis/common/purchasehistory.h"
#include "common/money.h"
#include "common/progress.h"
#include "common/result.h"

#include <QDate>
#include <QSqlDatabase>
#include <QString>

#include <array>
#include <vector>

namespace Crm::Core::Analysis {

// How raw recency / frequency / monetary values become scores 1-5 (REFERENCE.md §11, §13.7).
enum class RfmScoring {
    // Default: cut at the type-7 quintiles (linear interpolation, like R's default and
    // numpy), intervals closed on the right as pandas.qcut; equal values always share a
    // score because only the value decides the bin.
    Quintile,
    // The R package `rfm` (rfm_table_order): type-7 quintiles plus one currency unit / day /
    // order, intervals [lower, upper).
    RfmPackage,
    // The common pandas recipe: pandas.qcut for R and M as Quintile, but frequency is first
    // ranked 1..n with ties broken first-come in customer-id order (rank(method="first")).
    Pandas,
    // Four fixed ascending cut points per dimension, intervals [lower, upper).
    Fixed,
};

// Cut points of one dimension in the unit of its value: days, orders, minor units.
using RfmCutPoints = std::array<double, 4>;

struct RfmCutPointSet
{
    RfmCutPoints recency {};
    RfmCutPoints frequency {};
    RfmCutPoints monetary {};
};

// One row of the editable segment table: inclusive score ranges. The first rule a
// customer matches names the segment.
struct RfmSegmentRule
{
    QString name;
    int recencyLow = 1;
    int recencyHigh = 5;
    int frequencyLow = 1;
    int frequencyHigh = 5;
    int monetaryLow = 1;
    int monetaryHigh = 5;

    bool matches(int r, int f, int m) const;
    // A name without line breaks and, per score, 1 <= low <= high <= 5.
    bool isValid() const;
    bool operator==(const RfmSegmentRule &) const = default;
};

// The common R x F grid (monetary ignored) as range rules; with pandas scoring it is the
// grid that reproduces the published Online Retail segment counts (REFERENCE.md §11.2).
std::vector<RfmSegmentRule> defaultRfmSegmentRules();

// The rule table of the R package's own test (test-rfm-segment.R), unmatched -> "Others".
std::vector<RfmSegmentRule> rfmPackageSegmentRules();

// Builds rules from a 5 x 5 grid: grid[r - 1][f - 1] names the segment of R score r and F
// score f. Neighbouring cells are not merged; one rule per cell.
std::vector<RfmSegmentRule> rfmSegmentRulesFromGrid(const std::array<std::array<QString, 5>, 5> &grid);

// Reads a rule table as CSV text: `segment,r_low,r_high,f_low,f_high[,m_low,m_high]` per
// line, an optional header line starting with "segment", '#' comments. A name may be
// quoted as in RFC 4180 ("Loyal, big baskets"; "" for a quote inside).
Result<std::vector<RfmSegmentRule>> parseRfmSegmentRules(const QString &text);

// Writes rules as the CSV text parseRfmSegmentRules reads back to the same rules: a header
// line, then one line per rule with all seven fields. Names that need it are quoted. Names
// must not contain line breaks (no rule table the parser accepts has them).
QString formatRfmSegmentRules(const std::vector<RfmSegmentRule> &rules);

struct RfmRequest
{
    QDate asOf;  // D: recency counts days from the last purchase day to D
    RfmScoring scoring = RfmScoring::Quintile;
    RfmCutPointSet fixedCutPoints;  // only for RfmScoring::Fixed
    std::vector<RfmSegmentRule> rules = defaultRfmSegmentRules();
    QString unmatchedSegment = QStringLiteral("Others");
    // The pandas recipe drops customers whose monetary value is not positive before scoring.
    bool excludeNonPositiveMonetary = false;
};

struct RfmCustomer
{
    QString customerId;
    QDate firstOrder;
    QDate lastOrder;
    qint64 recencyDays = 0;
    qint64 frequency = 0;  // purchase orders; returns never count
    MoneyMinor monetary = 0;  // net: purchases plus returns
    int recencyScore = 0;
    int frequencyScore = 0;
    int monetaryScore = 0;
    QString segment;
};

struct RfmSegmentSummary
{
    QString segment;
    qint64 customers = 0;
    qint64 orders = 0;
    MoneyMinor revenue = 0;
    MoneyMinor averageOrderValue = 0;  // revenue / orders, rounded to the minor unit
    double revenueShare = 0.0;  // of all scored customers' revenue
};

struct RfmResult
{
    QDate asOf;
    std::vector<RfmCustomer> customers;  // scored customers, in customer-id order
    RfmCutPointSet cutPoints;  // the cut points actually used
    std::vector<RfmSegmentSummary> segments;  // rule order, then the unmatched segment if used
    qint64 unscoredCustomers = 0;  // prospects and customers without a purchase before D
};

// Scores every customer with at least one purchase before D. Pure; O(n log n).
Result<RfmResult> analyzeRfm(const std::vector<CustomerHistory> &histories, const RfmRequest &request);

// Runs the purchase-history scan for request.asOf and then analyzeRfm.
Result<RfmResult> runRfm(QSqlDatabase db, const RfmRequest &request, const ProgressSink &progress = {});

// The type-7 quantile (R's default, numpy's "linear") of ascending values at probability p.
double quantileType7(const std::vector<double> &sortedValues, double p);

}  // namespace Crm::Core::Analysis
