#include "analysis/cohorts/cohorts.h"
#include "analyzers.h"

#include <QCoreApplication>

#include <cmath>

namespace Crm::Cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Crm::Cli)
};

using Core::Analysis::CohortPeriod;
using Core::Report::DataColumn;
using Core::Report::DataTable;

DataTable cohortTable(const Core::Analysis::CohortResult &result, bool cumulative)
{
    DataTable table;
    table.addColumn(QStringLiteral("cohort"), DataColumn::Type::Text);
    table.addColumn(QStringLiteral("period"), DataColumn::Type::Integer);
    table.addColumn(QStringLiteral("cohort_size"), DataColumn::Type::Integer);
    table.addColumn(QStringLiteral("active_customers"), DataColumn::Type::Integer);
    table.addColumn(QStringLiteral("retention"), DataColumn::Type::Percent);
    table.addColumn(QStringLiteral("revenue"), DataColumn::Type::Money);
    if (cumulative) {
        table.addColumn(QStringLiteral("cumulative_revenue_per_customer"), DataColumn::Type::Money);
    }
    for (const Core::Analysis::Cohort &cohort : result.cohorts) {
        for (const Core::Analysis::CohortCell &cell : cohort.cells) {
            QVariantList row {cohort.label,         cell.period,    cohort.size,
                              cell.activeCustomers, cell.retention, cell.revenue};
            if (cumulative) {
                row << qint64(std::llround(cell.cumulativeRevenuePerCustomer));
            }
            table.rows.append(row);
        }
    }
    return table;
}

Core::Result<AnalyzerOutput> runCohortsAnalyzer(const AnalyzeContext &context)
{
    Core::Analysis::CohortRequest request;
    request.asOf = context.asOf;
    const QString period = context.parser.value(QStringLiteral("period"));
    if (period == QLatin1String("month")) {
        request.period = CohortPeriod::Month;
    } else if (period == QLatin1String("week")) {
        request.period = CohortPeriod::Week;
    } else if (period == QLatin1String("quarter")) {
        request.period = CohortPeriod::Quarter;
    } else {
        return Core::makeError(Core::Error::Code::BadUsage, Text::tr("--period must be month, week or quarter"));
    }
    auto result = Core::Analysis::runCohorts(context.db, request);
    if (!result) {
        return result.error();
    }
    AnalyzerOutput output;
    output.table = cohortTable(result.value(), context.parser.isSet(QStringLiteral("cumulative")));
    return output;
}

}  // namespace

Analyzer cohortsAnalyzer()
{
    Analyzer analyzer;
    analyzer.name = QStringLiteral("cohorts");
    analyzer.summary = Text::tr("Acquisition cohorts by period: size, active customers, retention, revenue");
    analyzer.options << QCommandLineOption(QStringLiteral("period"),
                                           Text::tr("Cohorts: month (default), week (from Monday) or quarter."),
                                           Text::tr("PERIOD"), QStringLiteral("month"))
                     << QCommandLineOption(QStringLiteral("cumulative"),
                                           Text::tr("Cohorts: add cumulative revenue per customer."));
    analyzer.run = runCohortsAnalyzer;
    return analyzer;
}

}  // namespace Crm::Cli
