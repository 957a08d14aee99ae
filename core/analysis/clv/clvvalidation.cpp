#include "clvvalidation.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace Crm::Core::Analysis::Clv {

RepeatHistogram repeatPurchaseHistogram(const PurchaseModel &model, const std::vector<CustomerSummary> &summaries,
                                        int maxBucket)
{
    RepeatHistogram histogram;
    const auto buckets = size_t(std::max(maxBucket, 1) + 1);
    histogram.actual.assign(buckets, 0.0);
    for (const CustomerSummary &s : summaries) {
        histogram.actual[std::min(size_t(s.frequency), buckets - 1)] += 1;
    }
    if (std::isnan(model.probabilityOfPurchases(0, 1))) {
        return histogram;
    }
    // Customers with the same age share the probabilities.
    std::map<double, int> ages;
    for (const CustomerSummary &s : summaries) {
        ++ages[s.age];
    }
    histogram.expected.assign(buckets, 0.0);
    for (const auto &[age, count] : ages) {
        double below = 0;
        for (size_t k = 0; k + 1 < buckets; ++k) {
            const double p = model.probabilityOfPurchases(int(k), age);
            histogram.expected[k] += count * p;
            below += p;
        }
        histogram.expected[buckets - 1] += count * std::max(0.0, 1 - below);
    }
    return histogram;
}

double TrackingSeries::actualIncrement(size_t k) const
{
    return actualCumulative[k] - (k > 0 ? actualCumulative[k - 1] : 0.0);
}

double TrackingSeries::expectedIncrement(size_t k) const
{
    return expectedCumulative[k] - (k > 0 ? expectedCumulative[k - 1] : 0.0);
}

TrackingSeries trackingSeries(const PurchaseModel &model, std::vector<Transaction> transactions, qint64 startDay,
                              int periods, double periodDays, TimeUnit modelUnit)
{
    TrackingSeries series;
    series.startDay = startDay;
    series.periodDays = periodDays;
    std::erase_if(transactions, [](const Transaction &t) { return t.value < 0; });
    std::sort(transactions.begin(), transactions.end(), [](const Transaction &l, const Transaction &r) {
        return l.customerId != r.customerId ? l.customerId < r.customerId : l.julianDay < r.julianDay;
    });
    std::vector<qint64> repeatDays;
    std::map<qint64, int> firstDays;  // first purchase day → customers
    for (size_t i = 0; i < transactions.size();) {
        const QString &id = transactions[i].customerId;
        const qint64 first = transactions[i].julianDay;
        ++firstDays[first];
        qint64 previous = first;
        for (; i < transactions.size() && transactions[i].customerId == id; ++i) {
            if (transactions[i].julianDay != previous) {
                repeatDays.push_back(transactions[i].julianDay);
                previous = transactions[i].julianDay;
            }
        }
    }
    std::sort(repeatDays.begin(), repeatDays.end());
    const double unitDays = daysPerUnit(modelUnit);
    for (int k = 1; k <= periods; ++k) {
        const double end = double(startDay) + k * periodDays;  // exclusive
        const auto actual
            = std::lower_bound(repeatDays.begin(), repeatDays.end(), qint64(std::ceil(end))) - repeatDays.begin();
        series.actualCumulative.push_back(double(actual));
        double expected = 0;
        for (const auto &[first, count] : firstDays) {
            // A purchase on day f happens during that day; the customer is "born" at its end
            // of the day, as in the day-level summaries (t measured in whole days).
            const double t = (end - double(first) - 1) / unitDays;
            if (t > 0) {
                expected += count * model.expectedPurchasesNewCustomer(t);
            }
        }
        series.expectedCumulative.push_back(expected);
    }
    return series;
}

}  // namespace Crm::Core::Analysis::Clv
