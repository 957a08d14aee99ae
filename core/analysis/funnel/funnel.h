#pragma once

#include "analysis/lifecycle/lifecycle.h"

#include <QDate>
#include <QSqlDatabase>
#include <QString>

#include <array>
#include <optional>
#include <vector>

namespace Crm::Core::Analysis {

struct FunnelRequest
{
    LifecycleRequest lifecycle;  // its asOf is D
    int repeatMinOrders = 2;  // "repeat": at least this many purchase orders before D
    int transitionDays = 90;  // the transition matrix compares D - transitionDays with D
};

// One step of the churn funnel. Steps are nested: each counts customers of the step before.
struct FunnelStep
{
    QString name;  // machine name: acquired, repeat, not_churned, active
    qint64 customers = 0;
    std::optional<double> pctOfPrevious;  // fractions; none when the previous step is empty
    std::optional<double> pctOfFirst;
};

using TransitionMatrix = std::array<std::array<qint64, kLifecycleStageCount>, kLifecycleStageCount>;

struct FunnelResult
{
    QDate asOf;
    QDate transitionFrom;  // D - transitionDays
    // acquired (>= 1 purchase order) -> repeat (>= repeatMinOrders) -> not churned (repeat
    // customers whose stage at D is not churned) -> active (repeat customers who are new or
    // active at D).
    std::vector<FunnelStep> steps;
    // transitions[from][to]: customers in stage `from` at D - transitionDays (classified with
    // only the data before that day, population cycle included) and in stage `to` at D.
    // Everybody known at D is counted, so the matrix sums to the number of customers.
    TransitionMatrix transitions {};
};

// The lifecycle classification at D and at D - transitionDays.
FunnelResult analyzeFunnel(const std::vector<CustomerHistory> &histories, const FunnelRequest &request);

// The lifecycle request of the transition matrix's start: request.lifecycle at D - transitionDays.
LifecycleRequest funnelTransitionStart(const FunnelRequest &request);

// The funnel from lifecycle results at D (`now`, with request.lifecycle) and at the
// transition start (`then`, with funnelTransitionStart(request)) over the same histories,
// so that a refresh which classifies at D anyway does not classify everybody again.
FunnelResult funnelFromLifecycles(const LifecycleResult &now, const LifecycleResult &then,
                                  const FunnelRequest &request);

Result<FunnelResult> runFunnel(QSqlDatabase db, const FunnelRequest &request, const ProgressSink &progress = {});

}  // namespace Crm::Core::Analysis
