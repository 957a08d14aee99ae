#include "analysis/clv/clvanalysis.h"
#include "analyzers.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <cmath>

namespace Crm::Cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Crm::Cli)
};

using namespace Core::Analysis::Clv;
using Core::Report::DataColumn;
using Core::Report::DataTable;

Core::Error usage(const QString &message)
{
    return Core::makeError(Core::Error::Code::BadUsage, message);
}

Core::Result<ClvRequest> requestFromOptions(const AnalyzeContext &context)
{
    const QCommandLineParser &parser = context.parser;
    ClvRequest request;
    request.calibrationEnd = context.asOf;
    if (parser.isSet(QStringLiteral("calibration-end"))) {
        request.calibrationEnd = QDate::fromString(parser.value(QStringLiteral("calibration-end")), Qt::ISODate);
        if (!request.calibrationEnd.isValid()) {
            return usage(Text::tr("--calibration-end must be a date written YYYY-MM-DD"));
        }
    }
    const auto unit = parseTimeUnit(parser.value(QStringLiteral("time-unit")));
    if (!unit) {
        return usage(Text::tr("--time-unit must be day, week or month"));
    }
    request.timeUnit = *unit;
    bool ok = false;
    request.horizonMonths = parser.value(QStringLiteral("horizon-months")).toInt(&ok);
    if (!ok || request.horizonMonths < 1 || request.horizonMonths > 1200) {
        return usage(Text::tr("--horizon-months must be a whole number of months from 1 to 1200"));
    }
    request.monthlyDiscountRate = parser.value(QStringLiteral("discount-rate")).toDouble(&ok);
    if (!ok || !(request.monthlyDiscountRate >= 0 && request.monthlyDiscountRate < 1)) {
        return usage(Text::tr("--discount-rate must be a monthly rate from 0 to below 1, e.g. 0.01"));
    }
    const auto model = parsePurchaseModel(parser.value(QStringLiteral("model")));
    if (!model) {
        return usage(Text::tr("--model must be bgnbd or paretonbd"));
    }
    request.model = *model;
    return request;
}

QJsonObject parametersObject(const ClvResult &result)
{
    QJsonObject object;
    object.insert(QStringLiteral("model"), purchaseModelName(result.model));
    for (qsizetype i = 0; i < result.parameterNames.size(); ++i) {
        object.insert(result.parameterNames.at(i), result.parameters[size_t(i)]);
    }
    object.insert(QStringLiteral("log_likelihood"), result.fit.logLikelihood);
    object.insert(QStringLiteral("converged"), result.fit.converged);
    object.insert(QStringLiteral("customers"), result.fit.customers);
    object.insert(QStringLiteral("time_unit"), timeUnitName(result.request.timeUnit));
    object.insert(QStringLiteral("calibration_end"), result.request.calibrationEnd.toString(Qt::ISODate));
    QJsonObject spend;
    spend.insert(QStringLiteral("p"), result.spend.p);
    spend.insert(QStringLiteral("q"), result.spend.q);
    spend.insert(QStringLiteral("v"), result.spend.v);
    spend.insert(QStringLiteral("log_likelihood"), result.spendFit.logLikelihood);
    spend.insert(QStringLiteral("converged"), result.spendFit.converged);
    spend.insert(QStringLiteral("customers"), result.spendFit.customers);
    object.insert(QStringLiteral("gamma_gamma"), spend);
    return object;
}

QVariant money(double major)
{
    return std::isfinite(major) ? QVariant(qRound64(major * Core::kMinorPerMajor)) : QVariant();
}

QVariant real(double value)
{
    return std::isfinite(value) ? QVariant(value) : QVariant();
}

DataTable customerTable(const ClvResult &result)
{
    DataTable table;
    table.addColumn(QStringLiteral("customer_id"), DataColumn::Type::Text);
    table.addColumn(QStringLiteral("frequency"), DataColumn::Type::Integer);
    table.addColumn(QStringLiteral("recency"), DataColumn::Type::Real);
    table.addColumn(QStringLiteral("T"), DataColumn::Type::Real);
    table.addColumn(QStringLiteral("p_alive"), DataColumn::Type::Real);
    table.addColumn(QStringLiteral("expected_purchases_90d"), DataColumn::Type::Real);
    table.addColumn(QStringLiteral("expected_order_value"), DataColumn::Type::Money);
    table.addColumn(QStringLiteral("clv"), DataColumn::Type::Money);
    table.addColumn(QStringLiteral("value_at_risk"), DataColumn::Type::Money);
    table.rows.reserve(qsizetype(result.customers.size()));
    for (const ClvCustomer &c : result.customers) {
        table.rows.append({c.summary.customerId, qint64(c.summary.frequency), c.summary.recency, c.summary.age,
                           real(c.probabilityAlive), real(c.expectedPurchases90d), money(c.expectedOrderValue),
                           money(c.clv), money(c.valueAtRisk)});
    }
    return table;
}

Core::Result<AnalyzerOutput> runClv(const AnalyzeContext &context)
{
    auto request = requestFromOptions(context);
    if (!request) {
        return request.error();
    }
    // Purchases on or before the calibration end count, and never on or after the as-of date.
    const QDate loadBefore = std::min(context.asOf, request->calibrationEnd.addDays(1));
    auto histories = Core::Analysis::loadPurchaseHistory(context.db, {loadBefore, QDate(), false});
    if (!histories) {
        return histories.error();
    }
    const auto summaries
        = summarizeHistories(histories.value(), request->calibrationEnd.toJulianDay(), request->timeUnit);
    auto result = analyzeClv(summaries, request.value());
    if (!result) {
        return result.error();
    }
    AnalyzerOutput output;
    if (context.parser.isSet(QStringLiteral("params"))) {
        output.object = parametersObject(result.value());
    } else {
        output.table = customerTable(result.value());
    }
    return output;
}

}  // namespace

Analyzer clvAnalyzer()
{
    Analyzer analyzer;
    analyzer.name = QStringLiteral("clv");
    analyzer.summary = Text::tr("Customer lifetime value: BG/NBD (or Pareto/NBD) and Gamma-Gamma per customer");
    analyzer.options
        << QCommandLineOption(QStringLiteral("calibration-end"),
                              Text::tr("CLV: fit on purchases up to and including this day (default: the as-of date)."),
                              Text::tr("YYYY-MM-DD"))
        << QCommandLineOption(QStringLiteral("time-unit"), Text::tr("CLV: model time unit, day, week or month (day)."),
                              Text::tr("UNIT"), QStringLiteral("day"))
        << QCommandLineOption(QStringLiteral("horizon-months"), Text::tr("CLV: horizon in months (12)."), Text::tr("N"),
                              QStringLiteral("12"))
        << QCommandLineOption(QStringLiteral("discount-rate"), Text::tr("CLV: monthly discount rate (0.01)."),
                              Text::tr("R"), QStringLiteral("0.01"))
        << QCommandLineOption(QStringLiteral("model"), Text::tr("CLV: purchase model, bgnbd or paretonbd (bgnbd)."),
                              Text::tr("MODEL"), QStringLiteral("bgnbd"))
        << QCommandLineOption(QStringLiteral("params"),
                              Text::tr("CLV: print the fitted model parameters as one JSON object instead."));
    analyzer.run = runClv;
    return analyzer;
}

}  // namespace Crm::Cli
