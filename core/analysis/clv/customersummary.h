#pragma once

#include "analysis/common/purchasehistory.h"
#include "common/money.h"

#include <QString>

#include <optional>
#include <vector>

namespace Crm::Core::Analysis::Clv {

// The time unit the models are fitted in; parameters (α, β, T, …) carry it. Months are
// 365.25 / 12 days so twelve of them make a year (the lifetimes "30 units" pitfall, §5 of
// shared/data/REFERENCE.md). Weeks are 7 days of the day-level summary, like CDNOW's.
enum class TimeUnit { Day, Week, Month };

double daysPerUnit(TimeUnit unit);
QString timeUnitName(TimeUnit unit);  // "day", "week", "month"
std::optional<TimeUnit> parseTimeUnit(const QString &name);

// One purchase as the model sees it: a customer, a calendar day and its value (>= 0).
struct Transaction
{
    QString customerId;
    qint64 julianDay = 0;  // QDate::toJulianDay()
    MoneyMinor value = 0;
};

// The repeat-buying summary of the buy-till-you-die literature (Fader, Hardie & Lee 2005;
// lifetimes summary_data_from_transaction_data). All purchases of a customer on one day
// are one purchase with their values summed. Durations are in the chosen time unit.
struct CustomerSummary
{
    QString customerId;
    double frequency = 0;  // x: purchase days after the first one (repeat purchases)
    double recency = 0;  // t_x: first purchase → last purchase; 0 when x = 0
    double age = 0;  // T: first purchase → observation end
    double monetary = 0;  // mean value of the repeat purchase days (major units); 0 when x = 0
    qint64 firstPurchaseDay = 0;  // julian days, for dates in the output
    qint64 lastPurchaseDay = 0;
};

// Calibration summary plus what the customer did in the holdout period that follows it
// (lifetimes calibration_and_holdout_data).
struct CalibrationHoldout
{
    CustomerSummary calibration;
    double holdoutFrequency = 0;  // distinct purchase days in (calibration end, observation end]
    double holdoutMonetary = 0;  // mean value per holdout purchase day (major units)
    double holdoutDuration = 0;  // observation end − calibration end, in the time unit
};

// Summaries of every customer with a purchase on or before observationEnd (a julian day,
// inclusive); later purchases are ignored. Transactions may come in any order; rows with a
// negative value are returns, not purchases, and are skipped (a zero-value purchase still
// counts, as in CDNOW). Sorted by customer id.
std::vector<CustomerSummary> summarizeTransactions(std::vector<Transaction> transactions, qint64 observationEnd,
                                                   TimeUnit unit);

// The same from the workspace scan: purchase days are the days with orders > 0, valued at
// their gross purchase amount (returns net into RFM value but do not change what a
// purchase was worth to the spend model). Customers without purchases are left out.
std::vector<CustomerSummary> summarizeHistories(const std::vector<CustomerHistory> &histories, qint64 observationEnd,
                                                TimeUnit unit);

// Splits by date: calibration = purchases on or before calibrationEnd, holdout = purchases
// after it up to observationEnd (inclusive). Only customers seen in calibration are kept.
std::vector<CalibrationHoldout> calibrationAndHoldout(std::vector<Transaction> transactions, qint64 calibrationEnd,
                                                      qint64 observationEnd, TimeUnit unit);

// The transactions of the workspace scan (one per purchase day), for the two functions above.
std::vector<Transaction> transactionsFromHistories(const std::vector<CustomerHistory> &histories);

}  // namespace Crm::Core::Analysis::Clv
