#include "clvanalysis.h"

#include "bgnbdmodel.h"
#include "paretonbdmodel.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <limits>

namespace Crm::Core::Analysis::Clv {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Crm::Clv)
};

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

VoidResult checkEnoughData(const std::vector<CustomerSummary> &summaries, const ClvRequest &request)
{
    const qint64 end = request.calibrationEnd.toJulianDay();
    qint64 firstDay = end;
    qint64 lastDay = 0;
    int withThreeOrders = 0;
    for (const CustomerSummary &s : summaries) {
        firstDay = std::min(firstDay, s.firstPurchaseDay);
        lastDay = std::max(lastDay, s.lastPurchaseDay);
        withThreeOrders += s.frequency >= 2 ? 1 : 0;  // three purchase days = two repeats
    }
    const auto customers = qint64(summaries.size());
    if (customers < request.minimumCustomers) {
        return makeError(Error::Code::BadInput,
                         Text::tr("The lifetime value model needs at least %1 customers with an order; the data has "
                                  "%2.")
                             .arg(request.minimumCustomers)
                             .arg(customers));
    }
    const qint64 historyDays = customers > 0 ? end - firstDay : 0;
    if (historyDays < request.minimumHistoryDays) {
        return makeError(Error::Code::BadInput,
                         Text::tr("The lifetime value model needs at least %1 days of order history before %2; the "
                                  "data has %3.")
                             .arg(request.minimumHistoryDays)
                             .arg(request.calibrationEnd.toString(Qt::ISODate))
                             .arg(historyDays));
    }
    if (request.maximumDaysSinceLastOrder > 0 && customers > 0 && end - lastDay > request.maximumDaysSinceLastOrder) {
        return makeError(Error::Code::BadInput,
                         Text::tr("The lifetime value model needs orders within the %1 days before %2; the last "
                                  "order is %3 days older.")
                             .arg(request.maximumDaysSinceLastOrder)
                             .arg(request.calibrationEnd.toString(Qt::ISODate))
                             .arg(end - lastDay));
    }
    if (withThreeOrders < std::max(request.minimumCustomersWithThreeOrders, 0)) {
        return makeError(Error::Code::BadInput,
                         Text::tr("The lifetime value model needs at least %1 customers who bought on three or more "
                                  "days; the data has %2.")
                             .arg(request.minimumCustomersWithThreeOrders)
                             .arg(withThreeOrders));
    }
    if (request.horizonMonths < 1 || request.monthlyDiscountRate < 0 || request.monthlyDiscountRate >= 1) {
        return makeError(Error::Code::BadUsage,
                         Text::tr("The horizon must be at least one month and the monthly discount rate between 0 "
                                  "and 1."));
    }
    return {};
}

}  // namespace

QString purchaseModelName(PurchaseModelKind kind)
{
    return kind == PurchaseModelKind::BgNbd ? QStringLiteral("bgnbd") : QStringLiteral("paretonbd");
}

std::optional<PurchaseModelKind> parsePurchaseModel(const QString &name)
{
    for (PurchaseModelKind kind : {PurchaseModelKind::BgNbd, PurchaseModelKind::ParetoNbd}) {
        if (name == purchaseModelName(kind)) {
            return kind;
        }
    }
    return std::nullopt;
}

Result<std::unique_ptr<PurchaseModel>> fitPurchaseModel(PurchaseModelKind kind,
                                                        const std::vector<CustomerSummary> &summaries, FitInfo *info)
{
    std::vector<double> x, tx, T;
    x.reserve(summaries.size());
    tx.reserve(summaries.size());
    T.reserve(summaries.size());
    for (const CustomerSummary &s : summaries) {
        x.push_back(s.frequency);
        tx.push_back(s.recency);
        T.push_back(s.age);
    }
    if (kind == PurchaseModelKind::ParetoNbd) {
        auto fitted = ParetoNbdModel::fit(x, tx, T, info);
        if (!fitted) {
            return fitted.error();
        }
        return std::unique_ptr<PurchaseModel>(std::make_unique<ParetoNbdModel>(fitted.value()));
    }
    auto fitted = BgNbdModel::fit(x, tx, T, info);
    if (!fitted) {
        return fitted.error();
    }
    return std::unique_ptr<PurchaseModel>(std::make_unique<BgNbdModel>(fitted.value()));
}

std::vector<ClvCustomer> scoreCustomers(const PurchaseModel &model, const GammaGammaModel &spend,
                                        const std::vector<CustomerSummary> &summaries, const ClvRequest &request)
{
    const double unitDays = daysPerUnit(request.timeUnit);
    const double month = request.unitsPerMonth > 0 ? request.unitsPerMonth : 365.25 / 12 / unitDays;
    const double ninetyDays = 90 / unitDays;
    const qint64 end = request.calibrationEnd.toJulianDay();
    std::vector<ClvCustomer> customers;
    customers.reserve(summaries.size());
    for (const CustomerSummary &s : summaries) {
        ClvCustomer c;
        c.summary = s;
        c.probabilityAlive = model.probabilityAlive(s.frequency, s.recency, s.age);
        c.expectedPurchases90d = model.expectedPurchases(ninetyDays, s.frequency, s.recency, s.age);
        c.expectedOrderValue = spend.expectedOrderValue(s.frequency, s.monetary);
        double previous = 0;
        double discount = 1;
        c.clv = 0;
        for (int k = 1; k <= request.horizonMonths; ++k) {
            const double cumulative = model.expectedPurchases(k * month, s.frequency, s.recency, s.age);
            discount /= 1 + request.monthlyDiscountRate;
            c.clv += (cumulative - previous) * c.expectedOrderValue * discount;
            previous = cumulative;
        }
        c.expectedPurchasesHorizon = previous;
        c.valueAtRisk = (1 - c.probabilityAlive) * c.clv;
        const double rate = model.aliveRate(s.frequency, s.age);
        const double waitDays = rate > 0 ? unitDays / rate : kNaN;
        if (std::isfinite(waitDays) && waitDays < 100 * 365.0) {
            c.expectedNextOrder = QDate::fromJulianDay(end + qint64(std::ceil(waitDays)));
        }
        customers.push_back(c);
    }
    return customers;
}

Result<ClvResult> analyzeClv(const std::vector<CustomerSummary> &summaries, const ClvRequest &request,
                             const ProgressSink &progress)
{
    if (!request.calibrationEnd.isValid()) {
        return makeError(Error::Code::BadUsage, Text::tr("A calibration end date is needed."));
    }
    if (auto enough = checkEnoughData(summaries, request); !enough) {
        return enough.error();
    }
    ClvResult result;
    result.request = request;
    result.model = request.model;
    auto model = fitPurchaseModel(request.model, summaries, &result.fit);
    if (!model) {
        return model.error();
    }
    result.parameterNames = model.value()->parameterNames();
    result.parameters = model.value()->parameters();
    if (!reportProgress(progress, 1, 3)) {
        return makeError(Error::Code::Cancelled, Text::tr("The analysis was cancelled."));
    }
    std::vector<double> x, z;
    for (const CustomerSummary &s : summaries) {
        x.push_back(s.frequency);
        z.push_back(s.monetary);
    }
    auto spend = GammaGammaModel::fit(x, z, &result.spendFit);
    if (!spend) {
        return spend.error();
    }
    result.spend = spend->parameters();
    if (!(result.spend.q > 1)) {
        return makeError(Error::Code::BadInput,
                         Text::tr("The spend model has no finite mean for this data (q = %1 <= 1); order values are "
                                  "too dispersed for a lifetime value.")
                             .arg(result.spend.q));
    }
    if (!reportProgress(progress, 2, 3)) {
        return makeError(Error::Code::Cancelled, Text::tr("The analysis was cancelled."));
    }
    result.customers = scoreCustomers(*model.value(), spend.value(), summaries, request);
    reportProgress(progress, 3, 3);
    return result;
}

}  // namespace Crm::Core::Analysis::Clv
