#pragma once

#include "customersummary.h"
#include "purchasemodel.h"

#include <vector>

namespace Crm::Core::Analysis::Clv {

// Actual vs model number of customers by repeat purchases in the calibration period,
// buckets 0 … maxBucket−1 and "maxBucket or more" (the classic "frequency of repeat
// transactions" chart). expected[k] = Σ_i P(X(T_i) = k); the last bucket takes the rest.
// Expected is empty when the model has no P(X(t) = n) (Pareto/NBD here).
struct RepeatHistogram
{
    std::vector<double> actual;
    std::vector<double> expected;
};

RepeatHistogram repeatPurchaseHistogram(const PurchaseModel &model, const std::vector<CustomerSummary> &summaries,
                                        int maxBucket = 7);

// Cumulative repeat purchases over calendar time, actual and model (the BTYD "tracking"
// chart; REFERENCE.md §8). Periods are `periodDays` long from `startDay`; point k covers the
// days before startDay + k·periodDays. A repeat purchase is a purchase day of a customer
// after the customer's first one. The model point is Σ_i E[X(t)] of a new customer, t =
// time from customer i's first purchase to the end of the period, in the model's unit.
struct TrackingSeries
{
    qint64 startDay = 0;  // julian day
    double periodDays = 7;
    std::vector<double> actualCumulative;
    std::vector<double> expectedCumulative;

    double actualIncrement(size_t k) const;
    double expectedIncrement(size_t k) const;
};

TrackingSeries trackingSeries(const PurchaseModel &model, std::vector<Transaction> transactions, qint64 startDay,
                              int periods, double periodDays, TimeUnit modelUnit);

}  // namespace Crm::Core::Analysis::Clv
