#include "lifecycle.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <limits>

namespace Crm::Core::Analysis {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Crm::Analysis)
};

const std::array<QLatin1String, kLifecycleStageCount> kStageNames {QLatin1String("prospect"), QLatin1String("new"),
                                                                   QLatin1String("active"), QLatin1String("dormant"),
                                                                   QLatin1String("churned")};

// Median of values (reordered in place); values must not be empty.
double medianInPlace(std::vector<qint64> &values)
{
    const auto middle = values.begin() + std::ptrdiff_t(values.size() / 2);
    std::nth_element(values.begin(), middle, values.end());
    const qint64 upper = *middle;
    if (values.size() % 2 == 1) {
        return double(upper);
    }
    const qint64 lower = *std::max_element(values.begin(), middle);
    return (double(lower) + double(upper)) / 2.0;
}

double medianInPlace(std::vector<double> &values)
{
    const auto middle = values.begin() + std::ptrdiff_t(values.size() / 2);
    std::nth_element(values.begin(), middle, values.end());
    const double upper = *middle;
    if (values.size() % 2 == 1) {
        return upper;
    }
    const double lower = *std::max_element(values.begin(), middle);
    return (lower + upper) / 2.0;
}

// The days of a history before asOf: [begin, end).
std::vector<PurchaseDay>::const_iterator endBefore(const CustomerHistory &history, qint64 asOf)
{
    return std::lower_bound(history.days.begin(), history.days.end(), asOf,
                            [](const PurchaseDay &day, qint64 julian) { return day.julianDay < julian; });
}

}  // namespace

QString lifecycleStageName(LifecycleStage stage)
{
    return QString(kStageNames[size_t(stage)]);
}

std::optional<LifecycleStage> parseLifecycleStage(const QString &name)
{
    for (size_t i = 0; i < kStageNames.size(); ++i) {
        if (name == kStageNames[i]) {
            return LifecycleStage(i);
        }
    }
    return std::nullopt;
}

QString cycleSourceName(CycleSource source)
{
    switch (source) {
    case CycleSource::Personal:
        return QStringLiteral("personal");
    case CycleSource::Population:
        return QStringLiteral("population");
    case CycleSource::None:
        break;
    }
    return {};
}

std::optional<double> personalCycleDays(const CustomerHistory &history, qint64 asOf, int minPurchaseDays,
                                        std::vector<qint64> &scratch)
{
    scratch.clear();
    qint64 previous = 0;
    int purchaseDays = 0;
    const auto end = endBefore(history, asOf);
    for (auto it = history.days.begin(); it != end; ++it) {
        if (it->orders <= 0) {
            continue;  // a day with only a return is no purchase day
        }
        if (purchaseDays > 0) {
            scratch.push_back(it->julianDay - previous);
        }
        previous = it->julianDay;
        ++purchaseDays;
    }
    if (purchaseDays < std::max(2, minPurchaseDays)) {
        return std::nullopt;
    }
    return medianInPlace(scratch);
}

double populationCycleDays(const std::vector<CustomerHistory> &histories, qint64 asOf, const LifecycleRequest &request,
                           bool *isDefault, std::vector<double> *personalCycles)
{
    std::vector<double> cycles;
    std::vector<qint64> scratch;
    if (personalCycles) {
        personalCycles->assign(histories.size(), std::numeric_limits<double>::quiet_NaN());
    }
    for (size_t i = 0; i < histories.size(); ++i) {
        if (auto cycle = personalCycleDays(histories[i], asOf, request.minPurchaseDaysForCycle, scratch)) {
            cycles.push_back(*cycle);
            if (personalCycles) {
                (*personalCycles)[i] = *cycle;
            }
        }
    }
    if (isDefault) {
        *isDefault = cycles.empty();
    }
    return cycles.empty() ? request.defaultCycleDays : medianInPlace(cycles);
}

LifecycleClassifier::LifecycleClassifier(const LifecycleRequest &request, double populationCycleDays)
    : m_request(request)
    , m_populationCycle(populationCycleDays)
{ }

CustomerLifecycle LifecycleClassifier::classify(const CustomerHistory &history, qint64 asOf) const
{
    return classify(history, asOf, nullptr);
}

CustomerLifecycle LifecycleClassifier::classify(const CustomerHistory &history, qint64 asOf, double personalCycle) const
{
    return classify(history, asOf, &personalCycle);
}

CustomerLifecycle LifecycleClassifier::classify(const CustomerHistory &history, qint64 asOf,
                                                const double *personalCycle) const
{
    CustomerLifecycle out;
    out.customerId = history.customerId;
    const auto end = endBefore(history, asOf);
    qint64 first = 0;
    qint64 last = 0;
    for (auto it = history.days.begin(); it != end; ++it) {
        if (it->orders > 0) {
            first = first == 0 ? it->julianDay : first;
            last = it->julianDay;
            ++out.purchaseDays;
            out.purchaseOrders += it->orders;
        }
    }
    if (out.purchaseDays == 0) {
        out.stage = LifecycleStage::Prospect;
        return out;
    }
    out.firstPurchase = QDate::fromJulianDay(first);
    out.lastPurchase = QDate::fromJulianDay(last);
    out.recencyDays = asOf - last;
    const qint64 valueFrom = last - (m_request.valueWindowDays - 1);
    for (auto it = history.days.begin(); it != end; ++it) {
        if (it->julianDay >= valueFrom) {
            out.valueBeforeQuiet += it->purchases + it->returns;
        }
    }
    if (asOf - first <= m_request.newWithinDays) {
        out.stage = LifecycleStage::New;
        return out;
    }
    const auto personal = personalCycle
        ? (std::isnan(*personalCycle) ? std::nullopt : std::optional<double>(*personalCycle))
        : personalCycleDays(history, asOf, m_request.minPurchaseDaysForCycle, m_scratch);
    out.cycleDays = personal.value_or(m_populationCycle);
    out.cycleSource = personal ? CycleSource::Personal : CycleSource::Population;
    out.dormantAfterDays = std::max(m_request.dormantMinDays, m_request.dormantCycles * *out.cycleDays);
    out.churnedAfterDays = std::max(m_request.churnedMinDays, m_request.churnedCycles * *out.cycleDays);
    if (m_request.pAlive) {
        const auto found = m_request.pAlive->probabilities.constFind(history.customerId);
        if (found != m_request.pAlive->probabilities.cend()) {
            out.rule = StageRule::PAlive;
            out.pAlive = found.value();
            out.stage = *out.pAlive < m_request.pAlive->churnedBelow ? LifecycleStage::Churned
                : *out.pAlive < m_request.pAlive->dormantBelow       ? LifecycleStage::Dormant
                                                                     : LifecycleStage::Active;
            return out;
        }
    }
    const double recency = double(*out.recencyDays);
    out.stage = recency > *out.churnedAfterDays ? LifecycleStage::Churned
        : recency > *out.dormantAfterDays       ? LifecycleStage::Dormant
                                                : LifecycleStage::Active;
    return out;
}

bool sameLifecycleRules(const LifecycleRequest &a, const LifecycleRequest &b)
{
    return a.newWithinDays == b.newWithinDays && a.minPurchaseDaysForCycle == b.minPurchaseDaysForCycle
        && a.defaultCycleDays == b.defaultCycleDays && a.dormantMinDays == b.dormantMinDays
        && a.dormantCycles == b.dormantCycles && a.churnedMinDays == b.churnedMinDays
        && a.churnedCycles == b.churnedCycles && a.valueWindowDays == b.valueWindowDays && !a.pAlive && !b.pAlive;
}

LifecycleResult analyzeLifecycle(const std::vector<CustomerHistory> &histories, const LifecycleRequest &request)
{
    LifecycleResult result;
    result.asOf = request.asOf;
    const qint64 asOf = request.asOf.toJulianDay();
    std::vector<double> personalCycles;
    result.populationCycleDays
        = populationCycleDays(histories, asOf, request, &result.populationCycleIsDefault, &personalCycles);
    const LifecycleClassifier classifier(request, result.populationCycleDays);
    result.customers.reserve(histories.size());
    for (size_t i = 0; i < histories.size(); ++i) {
        result.customers.push_back(classifier.classify(histories[i], asOf, personalCycles[i]));
        const CustomerLifecycle &customer = result.customers.back();
        ++result.stageCounts[size_t(customer.stage)];
        if (customer.cycleSource == CycleSource::Personal) {
            ++result.customersWithPersonalCycle;
        }
        if (customer.stage == LifecycleStage::Dormant) {
            result.dormantRanking.push_back(qsizetype(result.customers.size()) - 1);
        }
    }
    const auto &customers = result.customers;
    std::sort(result.dormantRanking.begin(), result.dormantRanking.end(), [&](qsizetype a, qsizetype b) {
        const CustomerLifecycle &x = customers[size_t(a)];
        const CustomerLifecycle &y = customers[size_t(b)];
        if (x.valueBeforeQuiet != y.valueBeforeQuiet) {
            return x.valueBeforeQuiet > y.valueBeforeQuiet;
        }
        if (x.lastPurchase != y.lastPurchase) {
            return x.lastPurchase > y.lastPurchase;
        }
        return x.customerId < y.customerId;
    });
    return result;
}

Result<LifecycleResult> runLifecycle(QSqlDatabase db, const LifecycleRequest &request, const ProgressSink &progress)
{
    if (!request.asOf.isValid()) {
        return makeError(Error::Code::BadUsage, Text::tr("An as-of date is needed."));
    }
    PurchaseHistoryRequest historyRequest;
    historyRequest.asOf = request.asOf;
    auto histories = loadPurchaseHistory(db, historyRequest, progress);
    if (!histories) {
        return histories.error();
    }
    return analyzeLifecycle(histories.value(), request);
}

}  // namespace Crm::Core::Analysis
