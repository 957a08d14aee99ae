#include "funnel.h"

#include <QCoreApplication>

namespace Crm::Core::Analysis {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Crm::Analysis)
};

std::optional<double> fraction(qint64 part, qint64 whole)
{
    return whole > 0 ? std::optional<double>(double(part) / double(whole)) : std::nullopt;
}

}  // namespace

FunnelResult funnelFromLifecycles(const LifecycleResult &now, const LifecycleResult &then, const FunnelRequest &request)
{
    FunnelResult result;
    result.asOf = now.asOf;
    result.transitionFrom = then.asOf;
    qint64 acquired = 0;
    qint64 repeat = 0;
    qint64 notChurned = 0;
    qint64 active = 0;
    const size_t customers = std::min(now.customers.size(), then.customers.size());
    for (size_t i = 0; i < customers; ++i) {
        const CustomerLifecycle &current = now.customers[i];
        const CustomerLifecycle &earlier = then.customers[i];
        ++result.transitions[size_t(earlier.stage)][size_t(current.stage)];
        if (current.purchaseOrders < 1) {
            continue;
        }
        ++acquired;
        if (current.purchaseOrders < request.repeatMinOrders) {
            continue;
        }
        ++repeat;
        if (current.stage == LifecycleStage::Churned) {
            continue;
        }
        ++notChurned;
        if (current.stage == LifecycleStage::New || current.stage == LifecycleStage::Active) {
            ++active;
        }
    }
    const std::array<std::pair<QLatin1String, qint64>, 4> counts {
        std::pair {QLatin1String("acquired"), acquired}, std::pair {QLatin1String("repeat"), repeat},
        std::pair {QLatin1String("not_churned"), notChurned}, std::pair {QLatin1String("active"), active}};
    for (size_t i = 0; i < counts.size(); ++i) {
        FunnelStep step;
        step.name = QString(counts[i].first);
        step.customers = counts[i].second;
        step.pctOfPrevious
            = i == 0 ? fraction(step.customers, step.customers) : fraction(step.customers, counts[i - 1].second);
        step.pctOfFirst = fraction(step.customers, acquired);
        result.steps.push_back(step);
    }
    return result;
}

LifecycleRequest funnelTransitionStart(const FunnelRequest &request)
{
    LifecycleRequest then = request.lifecycle;
    then.asOf = request.lifecycle.asOf.addDays(-request.transitionDays);
    return then;
}

FunnelResult analyzeFunnel(const std::vector<CustomerHistory> &histories, const FunnelRequest &request)
{
    // Each date gets its own population cycle: the earlier classification must not see the
    // purchases of the last transitionDays days.
    return funnelFromLifecycles(analyzeLifecycle(histories, request.lifecycle),
                                analyzeLifecycle(histories, funnelTransitionStart(request)), request);
}

Result<FunnelResult> runFunnel(QSqlDatabase db, const FunnelRequest &request, const ProgressSink &progress)
{
    if (!request.lifecycle.asOf.isValid()) {
        return makeError(Error::Code::BadUsage, Text::tr("An as-of date is needed."));
    }
    if (request.transitionDays < 1) {
        return makeError(Error::Code::BadUsage, Text::tr("The transition period must be at least one day."));
    }
    PurchaseHistoryRequest historyRequest;
    historyRequest.asOf = request.lifecycle.asOf;
    auto histories = loadPurchaseHistory(db, historyRequest, progress);
    if (!histories) {
        return histories.error();
    }
    return analyzeFunnel(histories.value(), request);
}

}  // namespace Crm::Core::Analysis
