#include "refresh.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent>

#include <functional>

namespace Crm::Core::Analysis {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Crm::Analysis)
};

double seconds(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e9;
}

int threadCount(int requested)
{
    return requested > 0 ? requested : std::max(1, QThread::idealThreadCount());
}

// The same checks the run* functions make before they scan.
VoidResult validate(const RefreshRequest &request)
{
    if (!request.asOf.isValid()) {
        return makeError(Error::Code::BadUsage, Text::tr("An as-of date is needed."));
    }
    if (request.funnel.transitionDays < 1) {
        return makeError(Error::Code::BadUsage, Text::tr("The transition period must be at least one day."));
    }
    if (request.tiers.compareTo.isValid() && request.tiers.compareTo > request.asOf) {
        return makeError(Error::Code::BadUsage,
                         Text::tr("The refresh compares tiers with an earlier date only; run the tiers "
                                  "analysis on its own for a later one."));
    }
    return {};
}

}  // namespace

Result<RefreshResult> analyzeRefresh(const std::vector<CustomerHistory> &histories, const RefreshRequest &request)
{
    if (auto ok = validate(request); !ok) {
        return ok.error();
    }
    QElapsedTimer total;
    total.start();
    RefreshResult result;
    result.asOf = request.asOf;
    result.threads = threadCount(request.threads);
    result.customers = qint64(histories.size());
    const qint64 asOf = request.asOf.toJulianDay();
    // runRfm scans without prospects: customers with nothing before D are not counted as
    // unscored there, so they are taken off here.
    qint64 withoutDays = 0;
    for (const CustomerHistory &history : histories) {
        result.customerDays += qint64(history.days.size());
        withoutDays += history.days.empty() || history.days.front().julianDay >= asOf ? 1 : 0;
    }

    RfmRequest rfm = request.rfm;
    rfm.asOf = request.asOf;
    TierRequest tiers = request.tiers;
    tiers.asOf = request.asOf;
    LifecycleRequest lifecycle = request.lifecycle;
    lifecycle.asOf = request.asOf;
    CohortRequest cohorts = request.cohorts;
    cohorts.asOf = request.asOf;
    FunnelRequest funnel = request.funnel;
    funnel.lifecycle.asOf = request.asOf;

    std::optional<Error> rfmError;
    std::optional<Error> tiersError;
    std::optional<Error> cohortsError;
    // The funnel is the lifecycle at D and at D - transitionDays: with the same rules, the
    // lifecycle analysis's own classification at D serves it, and only the earlier date is
    // classified here, at the same time as the rest.
    const bool shareLifecycle = sameLifecycleRules(lifecycle, funnel.lifecycle);
    LifecycleResult funnelStart;
    const std::function<void()> funnelTask = shareLifecycle
        ? std::function<void()>([&] { funnelStart = analyzeLifecycle(histories, funnelTransitionStart(funnel)); })
        : std::function<void()>([&] { result.funnel = analyzeFunnel(histories, funnel); });
    // Longest first, so that two threads finish together.
    const std::vector<std::pair<double *, std::function<void()>>> tasks {
        {&result.timings.funnel, funnelTask},
        {&result.timings.lifecycle, [&] { result.lifecycle = analyzeLifecycle(histories, lifecycle); }},
        {&result.timings.rfm,
         [&] {
             auto scored = analyzeRfm(histories, rfm);
             if (!scored) {
                 rfmError = scored.error();
                 return;
             }
             result.rfm = std::move(scored).value();
             result.rfm.unscoredCustomers -= withoutDays;
         }},
        {&result.timings.tiers,
         [&] {
             auto tiered = analyzeTiers(histories, tiers);
             if (!tiered) {
                 tiersError = tiered.error();
                 return;
             }
             result.tiers = std::move(tiered).value();
         }},
        {&result.timings.cohorts,
         [&] {
             auto grid = analyzeCohorts(histories, cohorts);
             if (!grid) {
                 cohortsError = grid.error();
                 return;
             }
             result.cohorts = std::move(grid).value();
         }},
    };
    const auto timed = [](const std::pair<double *, std::function<void()>> &task) {
        QElapsedTimer timer;
        timer.start();
        task.second();
        *task.first = seconds(timer);
    };
    if (result.threads == 1) {
        for (const auto &task : tasks) {
            timed(task);
        }
    } else {
        // A pool of our own: waiting on the global pool from one of its threads (as the GUI's
        // worker would) could wait for itself.
        QThreadPool pool;
        pool.setMaxThreadCount(result.threads);
        QList<QFuture<void>> futures;
        for (const auto &task : tasks) {
            futures << QtConcurrent::run(&pool, [&timed, &task] { timed(task); });
        }
        for (QFuture<void> &future : futures) {
            future.waitForFinished();
        }
    }
    for (const std::optional<Error> &error : {rfmError, tiersError, cohortsError}) {
        if (error) {
            return *error;
        }
    }
    if (shareLifecycle) {
        QElapsedTimer timer;
        timer.start();
        result.funnel = funnelFromLifecycles(result.lifecycle, funnelStart, funnel);
        result.timings.funnel += seconds(timer);
    }
    result.timings.analyses = seconds(total);
    result.timings.total = result.timings.analyses;
    return result;
}

Result<RefreshResult> runRefresh(QSqlDatabase db, const RefreshRequest &request, const ProgressSink &progress)
{
    if (auto ok = validate(request); !ok) {
        return ok.error();
    }
    QElapsedTimer timer;
    timer.start();
    PurchaseHistoryRequest scan;
    scan.asOf = request.asOf;
    scan.includeProspects = true;
    scan.threads = threadCount(request.threads);
    auto histories = loadPurchaseHistory(db, scan, progress);
    if (!histories) {
        return histories.error();
    }
    if (histories->empty()) {
        return makeError(Error::Code::BadInput,
                         Text::tr("The workspace has no customers or orders before %1; import orders first.")
                             .arg(request.asOf.toString(Qt::ISODate)));
    }
    const double scanSeconds = seconds(timer);
    RefreshRequest effective = request;
    if (request.tiers.rule == TierRule::Points) {
        auto balances = loadPointsBalances(db);
        if (!balances) {
            return balances.error();
        }
        effective.tiers.pointsBalance = std::move(balances).value();
    }
    auto result = analyzeRefresh(histories.value(), effective);
    if (result) {
        result->timings.scan = scanSeconds;
        result->timings.total = seconds(timer);
    }
    return result;
}

}  // namespace Crm::Core::Analysis
