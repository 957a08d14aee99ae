#pragma once

#include "common/progress.h"
#include "common/result.h"
#include "customersummary.h"
#include "gammagammamodel.h"
#include "purchasemodel.h"

#include <QDate>

#include <memory>

namespace Crm::Core::Analysis::Clv {

enum class PurchaseModelKind { BgNbd, ParetoNbd };

QString purchaseModelName(PurchaseModelKind kind);  // "bgnbd", "paretonbd"
std::optional<PurchaseModelKind> parsePurchaseModel(const QString &name);

struct ClvRequest
{
    QDate calibrationEnd;  // observation end of the summaries (T is measured to it)
    TimeUnit timeUnit = TimeUnit::Day;
    int horizonMonths = 12;
    double monthlyDiscountRate = 0.01;
    // Model time units per month; 0 derives it from timeUnit (365.25 / 12 days). Only for
    // reproducing other tools (lifetimes steps 30 units per "month" whatever the unit).
    double unitsPerMonth = 0;
    PurchaseModelKind model = PurchaseModelKind::BgNbd;
    // Klaviyo's precedent for predictive CLV: at least 500 customers with an order, 180 days
    // of order history, orders in the last 30 days, and some customers with 3 or more orders.
    // Set a minimum to 0 to switch its check off (tests, small demo shops).
    int minimumCustomers = 500;
    int minimumHistoryDays = 180;
    int maximumDaysSinceLastOrder = 30;
    int minimumCustomersWithThreeOrders = 1;
};

// One customer's scores. Money values are in major units (double, a model estimate, not a
// booked amount); NaN where the spend model has no answer.
struct ClvCustomer
{
    CustomerSummary summary;
    double probabilityAlive = 0;
    double expectedPurchases90d = 0;  // next 90 days
    double expectedPurchasesHorizon = 0;  // next horizonMonths months
    double expectedOrderValue = 0;  // Gamma-Gamma E[Z | x, z̄]
    double clv = 0;  // discounted, over the horizon
    double valueAtRisk = 0;  // (1 − P(alive)) × CLV
    // The calibration end plus 1 / E[λ | x, T]: when the next order falls due at the
    // customer's expected purchase rate, if still alive.
    QDate expectedNextOrder;
};

struct ClvResult
{
    PurchaseModelKind model = PurchaseModelKind::BgNbd;
    QStringList parameterNames;
    std::vector<double> parameters;  // in request.timeUnit
    FitInfo fit;
    GammaGammaParameters spend;
    FitInfo spendFit;
    ClvRequest request;
    std::vector<ClvCustomer> customers;
};

// Checks the data against the request's minimums, fits the purchase model and the spend
// model on the summaries (all in request.timeUnit, T measured to request.calibrationEnd) and
// scores every customer.
//
// CLV discounting: month k (k = 1 … H) contributes
//   (E[X(k·m) | x, t_x, T] − E[X((k−1)·m) | x, t_x, T]) × E[Z | x, z̄] / (1 + d)^k,
// m = one month (365.25/12 days) in the model's time unit, d the monthly discount rate: the
// expected purchases of that month at the expected order value, discounted to the
// calibration end as if paid at the month's end.
Result<ClvResult> analyzeClv(const std::vector<CustomerSummary> &summaries, const ClvRequest &request,
                             const ProgressSink &progress = {});

// The scoring step alone, for fitted models.
std::vector<ClvCustomer> scoreCustomers(const PurchaseModel &model, const GammaGammaModel &spend,
                                        const std::vector<CustomerSummary> &summaries, const ClvRequest &request);

// Fits the requested purchase model on summaries.
Result<std::unique_ptr<PurchaseModel>>
fitPurchaseModel(PurchaseModelKind kind, const std::vector<CustomerSummary> &summaries, FitInfo *info = nullptr);

}  // namespace Crm::Core::Analysis::Clv
