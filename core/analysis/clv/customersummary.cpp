#include "customersummary.h"

#include <algorithm>

namespace Crm::Core::Analysis::Clv {

namespace {

// One customer's purchase days, ascending, values summed per day.
struct DayValue
{
    qint64 day = 0;
    MoneyMinor value = 0;
};

CustomerSummary summarizeDays(const QString &customerId, const std::vector<DayValue> &days, qint64 observationEnd,
                              TimeUnit unit)
{
    const double scale = daysPerUnit(unit);
    CustomerSummary summary;
    summary.customerId = customerId;
    summary.firstPurchaseDay = days.front().day;
    summary.lastPurchaseDay = days.back().day;
    summary.frequency = double(days.size() - 1);
    summary.recency = double(days.back().day - days.front().day) / scale;
    summary.age = double(observationEnd - days.front().day) / scale;
    if (days.size() > 1) {
        MoneyMinor repeatValue = 0;  // integer sum: exact, divided once at the end
        for (size_t i = 1; i < days.size(); ++i) {
            repeatValue += days[i].value;
        }
        summary.monetary = double(repeatValue) / double(kMinorPerMajor) / double(days.size() - 1);
    }
    return summary;
}

// Sorts by (customer, day), drops non-purchases, and calls visit(customerId, days) per customer
// with the days merged.
template<typename Visit>
void forEachCustomer(std::vector<Transaction> &transactions, Visit visit)
{
    std::erase_if(transactions, [](const Transaction &t) { return t.value < 0; });
    std::sort(transactions.begin(), transactions.end(), [](const Transaction &l, const Transaction &r) {
        return l.customerId != r.customerId ? l.customerId < r.customerId : l.julianDay < r.julianDay;
    });
    std::vector<DayValue> days;
    for (size_t i = 0; i < transactions.size();) {
        const QString &id = transactions[i].customerId;
        days.clear();
        for (; i < transactions.size() && transactions[i].customerId == id; ++i) {
            if (!days.empty() && days.back().day == transactions[i].julianDay) {
                days.back().value += transactions[i].value;
            } else {
                days.push_back({transactions[i].julianDay, transactions[i].value});
            }
        }
        visit(id, days);
    }
}

}  // namespace

double daysPerUnit(TimeUnit unit)
{
    switch (unit) {
    case TimeUnit::Day:
        return 1;
    case TimeUnit::Week:
        return 7;
    case TimeUnit::Month:
        return 365.25 / 12;
    }
    return 1;
}

QString timeUnitName(TimeUnit unit)
{
    switch (unit) {
    case TimeUnit::Day:
        return QStringLiteral("day");
    case TimeUnit::Week:
        return QStringLiteral("week");
    case TimeUnit::Month:
        return QStringLiteral("month");
    }
    return {};
}

std::optional<TimeUnit> parseTimeUnit(const QString &name)
{
    for (TimeUnit unit : {TimeUnit::Day, TimeUnit::Week, TimeUnit::Month}) {
        if (name == timeUnitName(unit)) {
            return unit;
        }
    }
    return std::nullopt;
}

std::vector<CustomerSummary> summarizeTransactions(std::vector<Transaction> transactions, qint64 observationEnd,
                                                   TimeUnit unit)
{
    std::erase_if(transactions, [&](const Transaction &t) { return t.julianDay > observationEnd; });
    std::vector<CustomerSummary> summaries;
    forEachCustomer(transactions, [&](const QString &id, const std::vector<DayValue> &days) {
        summaries.push_back(summarizeDays(id, days, observationEnd, unit));
    });
    return summaries;
}

std::vector<Transaction> transactionsFromHistories(const std::vector<CustomerHistory> &histories)
{
    std::vector<Transaction> transactions;
    for (const CustomerHistory &history : histories) {
        for (const PurchaseDay &day : history.days) {
            if (day.orders > 0) {
                transactions.push_back({history.customerId, day.julianDay, day.purchases});
            }
        }
    }
    return transactions;
}

std::vector<CustomerSummary> summarizeHistories(const std::vector<CustomerHistory> &histories, qint64 observationEnd,
                                                TimeUnit unit)
{
    // Histories are already one entry per customer-day; summarise them in place.
    std::vector<CustomerSummary> summaries;
    summaries.reserve(histories.size());
    std::vector<DayValue> days;
    for (const CustomerHistory &history : histories) {
        days.clear();
        for (const PurchaseDay &day : history.days) {
            if (day.orders > 0 && day.julianDay <= observationEnd) {
                days.push_back({day.julianDay, day.purchases});
            }
        }
        if (!days.empty()) {
            summaries.push_back(summarizeDays(history.customerId, days, observationEnd, unit));
        }
    }
    std::sort(summaries.begin(), summaries.end(),
              [](const CustomerSummary &l, const CustomerSummary &r) { return l.customerId < r.customerId; });
    return summaries;
}

std::vector<CalibrationHoldout> calibrationAndHoldout(std::vector<Transaction> transactions, qint64 calibrationEnd,
                                                      qint64 observationEnd, TimeUnit unit)
{
    std::erase_if(transactions, [&](const Transaction &t) { return t.julianDay > observationEnd; });
    const double duration = double(observationEnd - calibrationEnd) / daysPerUnit(unit);
    std::vector<CalibrationHoldout> rows;
    std::vector<DayValue> calibration;
    forEachCustomer(transactions, [&](const QString &id, const std::vector<DayValue> &days) {
        const auto split
            = std::find_if(days.begin(), days.end(), [&](const DayValue &d) { return d.day > calibrationEnd; });
        if (split == days.begin()) {
            return;  // first purchase in the holdout: not part of the calibration cohort
        }
        calibration.assign(days.begin(), split);
        CalibrationHoldout row;
        row.calibration = summarizeDays(id, calibration, calibrationEnd, unit);
        row.holdoutDuration = duration;
        MoneyMinor holdoutValue = 0;
        for (auto it = split; it != days.end(); ++it) {
            holdoutValue += it->value;
            row.holdoutFrequency += 1;
        }
        if (row.holdoutFrequency > 0) {
            row.holdoutMonetary = double(holdoutValue) / double(kMinorPerMajor) / row.holdoutFrequency;
        }
        rows.push_back(row);
    });
    return rows;
}

}  // namespace Crm::Core::Analysis::Clv
