#include "customerscores.h"

#include "analysis/common/analysisparameters.h"
#include "analysis/lifecycle/lifecycle.h"
#include "analysis/tiers/tiers.h"
#include "clvpage.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace Crm::Ui {

namespace Analysis = Core::Analysis;
using Core::Report::DataColumn;
using Core::Report::DataTable;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Crm::Ui::CustomerDetail)
};

template<typename T>
const T *findCustomer(const std::vector<T> &items, const QString &id, QString T::*key)
{
    const auto it = std::find_if(items.begin(), items.end(), [&](const T &item) { return item.*key == id; });
    return it == items.end() ? nullptr : &*it;
}

// Net spend of the `months` months before `end` (exclusive), as the tier analysis counts it.
Core::MoneyMinor spendBefore(const Analysis::CustomerHistory &history, const QDate &end, int months)
{
    const qint64 to = end.toJulianDay();
    const qint64 from = end.addMonths(-months).toJulianDay();
    Core::MoneyMinor spend = 0;
    for (const Analysis::PurchaseDay &day : history.days) {
        if (day.julianDay >= from && day.julianDay < to) {
            spend += day.purchases + day.returns;
        }
    }
    return spend;
}

}  // namespace

PopulationScoreCache::PopulationScoreCache(PageContext context)
    : m_context(std::move(context))
{ }

Core::Result<std::shared_ptr<const PopulationScores>> PopulationScoreCache::load(const Core::ProgressSink &progress)
{
    QMutexLocker locker(&m_mutex);
    if (m_scores) {
        return m_scores;
    }
    auto histories = m_context.histories->load(m_context.filter, progress);
    if (!histories) {
        return histories.error();
    }
    auto scores = populationScores(histories.value(), m_context.filter.asOf, m_context.settings, progress);
    if (!scores) {
        return scores.error();
    }
    m_scores = std::make_shared<const PopulationScores>(std::move(scores).value());
    return m_scores;
}

Core::Result<PopulationScores> populationScores(std::shared_ptr<const Histories> histories, const QDate &asOf,
                                                const Core::Store::WorkspaceSettings &settings,
                                                const Core::ProgressSink &progress)
{
    PopulationScores scores;
    auto rfm = Analysis::analyzeRfm(*histories, Analysis::rfmRequest(settings, asOf));
    if (!rfm) {
        return rfm.error();
    }
    scores.rfm = std::move(rfm).value();
    const Analysis::LifecycleRequest lifecycle = Analysis::lifecycleRequest(settings, asOf);
    scores.populationCycleDays = Analysis::populationCycleDays(*histories, asOf.toJulianDay(), lifecycle);
    if (progress && !progress(0, 0)) {
        return Core::makeError(Core::Error::Code::Cancelled, Text::tr("Cancelled."));
    }
    // The same model as the Lifetime Value page, so the numbers agree.
    auto clv = fitClv(*histories, asOf, progress);
    if (clv) {
        scores.clv = std::move(clv).value();
    } else if (clv.error().code == Core::Error::Code::Cancelled) {
        return clv.error();
    } else {
        scores.clvError = clv.error().message;
    }
    scores.histories = std::move(histories);
    return scores;
}

CustomerScores customerScores(const PopulationScores &population, const QString &customerId, const QDate &asOf,
                              const Core::Store::WorkspaceSettings &settings, qint64 pointsBalance)
{
    CustomerScores scores;
    scores.customerId = customerId;
    const Analysis::CustomerHistory *history
        = findCustomer(*population.histories, customerId, &Analysis::CustomerHistory::customerId);
    if (const auto *rfm = findCustomer(population.rfm.customers, customerId, &Analysis::RfmCustomer::customerId)) {
        scores.hasPurchases = true;
        scores.recencyScore = rfm->recencyScore;
        scores.frequencyScore = rfm->frequencyScore;
        scores.monetaryScore = rfm->monetaryScore;
        scores.segment = rfm->segment;
        scores.recencyDays = rfm->recencyDays;
    }
    const Analysis::LifecycleRequest lifecycle = Analysis::lifecycleRequest(settings, asOf);
    if (history) {
        const Analysis::LifecycleClassifier classifier(lifecycle, population.populationCycleDays);
        scores.stage = Analysis::lifecycleStageName(classifier.classify(*history, asOf.toJulianDay()).stage);
    } else {
        scores.stage = Analysis::lifecycleStageName(Analysis::LifecycleStage::Prospect);
    }

    if (!population.clv) {
        scores.clvNote = population.clvError;
    } else {
        const auto &customers = population.clv->customers;
        const auto it = std::find_if(customers.begin(), customers.end(), [&](const Analysis::Clv::ClvCustomer &c) {
            return c.summary.customerId == customerId;
        });
        if (it == customers.end()) {
            scores.clvNote = Text::tr("No purchase before the as-of date: the model has nothing to go on.");
        } else {
            scores.probabilityAlive = it->probabilityAlive;
            scores.repeatPurchaseDays = it->summary.frequency;
            scores.expectedPurchases90d = it->expectedPurchases90d;
            if (std::isfinite(it->clv)) {
                scores.clv = it->clv;
            }
            scores.expectedNextOrder = it->expectedNextOrder;
        }
    }

    DataTable &tiers = scores.tierHistory;
    tiers.addColumn(QStringLiteral("date"), DataColumn::Type::Date);
    const Analysis::TierRequest tierRequest = Analysis::tierRequest(settings, asOf);
    if (settings.tiersByPoints) {
        tiers.addColumn(QStringLiteral("points"), DataColumn::Type::Integer);
        tiers.addColumn(QStringLiteral("tier"), DataColumn::Type::Text);
        tiers.rows.append(
            {asOf, pointsBalance, Analysis::tierName(Analysis::tierFor(pointsBalance, tierRequest.pointsThresholds))});
        return scores;
    }
    tiers.addColumn(QStringLiteral("spend"), DataColumn::Type::Money);
    tiers.addColumn(QStringLiteral("tier"), DataColumn::Type::Text);
    for (int quarter = 0; quarter <= kTierHistoryQuarters; ++quarter) {
        const QDate date = asOf.addMonths(-3 * quarter);
        const Core::MoneyMinor spend = history ? spendBefore(*history, date, tierRequest.windowMonths) : 0;
        tiers.rows.append({date, spend, Analysis::tierName(Analysis::tierFor(spend, tierRequest.spendThresholds))});
    }
    return scores;
}

}  // namespace Crm::Ui
