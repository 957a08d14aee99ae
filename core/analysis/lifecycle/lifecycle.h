#pragma once

#include "analysis/common/purchasehistory.h"
#include "common/money.h"
#include "common/progress.h"
#include "common/result.h"

#include <QDate>
#include <QHash>
#include <QSqlDatabase>
#include <QString>

#include <array>
#include <optional>
#include <vector>

namespace Crm::Core::Analysis {

// The lifecycle stages of DESIGN.md "Definitions", in funnel order.
enum class LifecycleStage { Prospect, New, Active, Dormant, Churned };
inline constexpr int kLifecycleStageCount = 5;

// Machine name ("prospect", "new", "active", "dormant", "churned"); never translated.
QString lifecycleStageName(LifecycleStage stage);
std::optional<LifecycleStage> parseLifecycleStage(const QString &name);

// Where a customer's purchase cycle comes from: their own purchase days, or the median of
// everybody with enough purchase days (the population fallback).
enum class CycleSource { None, Personal, Population };
QString cycleSourceName(CycleSource source);

// The alternative rule of DESIGN.md: the CLV model's P(alive) decides between active,
// dormant and churned. Prospects and new customers are classified as in the cycle rule;
// customers missing from the map fall back to the cycle rule.
struct PAliveRule
{
    QHash<QString, double> probabilities;  // customer_id -> P(alive) at the as-of date
    double dormantBelow = 0.5;
    double churnedBelow = 0.1;
};

struct LifecycleRequest
{
    QDate asOf;  // D: only activity strictly before D counts
    int newWithinDays = 90;  // new: first purchase day >= D - newWithinDays
    int minPurchaseDaysForCycle = 3;  // fewer purchase days: the population cycle is used
    double defaultCycleDays = 90;  // population cycle when nobody has enough purchase days
    double dormantMinDays = 60;  // dormant when recency > max(dormantMinDays, dormantCycles x cycle)
    double dormantCycles = 2;
    double churnedMinDays = 365;  // churned when recency > max(churnedMinDays, churnedCycles x cycle)
    double churnedCycles = 4;
    // What a dormant customer used to be worth: the net of every purchase and return on days
    // L - (valueWindowDays - 1) ... D - 1, L being the last purchase day. Nothing is bought
    // after L, so this is the net spend of the 365 days ending with the last purchase, less
    // refunds booked while quiet (they undo purchases of that year).
    int valueWindowDays = 365;
    std::optional<PAliveRule> pAlive;
};

enum class StageRule { Cycle, PAlive };

struct CustomerLifecycle
{
    QString customerId;
    LifecycleStage stage = LifecycleStage::Prospect;
    StageRule rule = StageRule::Cycle;
    std::optional<qint64> recencyDays;  // D - last purchase day; none for prospects
    // The cycle and thresholds the classification used; none for prospects and new customers
    // (the rule does not look at them).
    std::optional<double> cycleDays;
    CycleSource cycleSource = CycleSource::None;
    std::optional<double> dormantAfterDays;
    std::optional<double> churnedAfterDays;
    std::optional<double> pAlive;  // when the P(alive) rule decided
    QDate firstPurchase;
    QDate lastPurchase;
    int purchaseDays = 0;
    int purchaseOrders = 0;
    MoneyMinor valueBeforeQuiet = 0;  // see LifecycleRequest::valueWindowDays
};

struct LifecycleResult
{
    QDate asOf;
    double populationCycleDays = 0;
    bool populationCycleIsDefault = false;  // nobody had enough purchase days
    qint64 customersWithPersonalCycle = 0;
    std::vector<CustomerLifecycle> customers;  // in the order of the input histories
    std::array<qint64, kLifecycleStageCount> stageCounts {};
    // Indices into customers: every dormant customer, most valuable first (valueBeforeQuiet
    // descending, then the more recent last purchase, then customer id).
    std::vector<qsizetype> dormantRanking;
};

// Median gap between consecutive distinct purchase days before asOf (julian day); nullopt
// with fewer than minPurchaseDays purchase days. scratch avoids an allocation per customer.
std::optional<double> personalCycleDays(const CustomerHistory &history, qint64 asOf, int minPurchaseDays,
                                        std::vector<qint64> &scratch);

// The population fallback at asOf: the median personal cycle of every customer with enough
// purchase days; request.defaultCycleDays (and isDefault = true) when there is none.
// With `personalCycles`, every history's personal cycle is kept there too (same order; NaN
// for none), so that classifying the same histories at the same date does not compute it again.
double populationCycleDays(const std::vector<CustomerHistory> &histories, qint64 asOf, const LifecycleRequest &request,
                           bool *isDefault = nullptr, std::vector<double> *personalCycles = nullptr);

// Classifies one customer at asOf (julian day) using only the days before it. The request's
// asOf is ignored here, so one loaded history serves several dates (funnel transitions,
// campaign contact days).
class LifecycleClassifier
{
public:
    LifecycleClassifier(const LifecycleRequest &request, double populationCycleDays);
    CustomerLifecycle classify(const CustomerHistory &history, qint64 asOf) const;
    // The same with the customer's personal cycle at asOf known (NaN for none), as
    // populationCycleDays collects them.
    CustomerLifecycle classify(const CustomerHistory &history, qint64 asOf, double personalCycle) const;

private:
    CustomerLifecycle classify(const CustomerHistory &history, qint64 asOf, const double *personalCycle) const;

    const LifecycleRequest &m_request;
    double m_populationCycle;
    mutable std::vector<qint64> m_scratch;
};

// Whether two requests classify alike at the same date: every rule parameter equal (the
// as-of dates are not compared) and neither uses the P(alive) rule.
bool sameLifecycleRules(const LifecycleRequest &a, const LifecycleRequest &b);

// The pure analysis: one entry per history (prospects included).
LifecycleResult analyzeLifecycle(const std::vector<CustomerHistory> &histories, const LifecycleRequest &request);

// Loads the purchase history (one SQL scan) and runs analyzeLifecycle.
Result<LifecycleResult> runLifecycle(QSqlDatabase db, const LifecycleRequest &request,
                                     const ProgressSink &progress = {});

}  // namespace Crm::Core::Analysis
