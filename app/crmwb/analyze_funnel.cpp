#include "analysis/funnel/funnel.h"
#include "analyzers.h"
#include "lifecycleoptions.h"

#include <QCoreApplication>

namespace Crm::Cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Crm::Cli)
};

using Core::Report::DataColumn;
using Core::Report::DataTable;

QVariant optionalReal(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant();
}

DataTable stepsTable(const Core::Analysis::FunnelResult &result)
{
    DataTable table;
    table.addColumn(QStringLiteral("step"), DataColumn::Type::Text);
    table.addColumn(QStringLiteral("customers"), DataColumn::Type::Integer);
    table.addColumn(QStringLiteral("pct_of_previous"), DataColumn::Type::Percent);
    table.addColumn(QStringLiteral("pct_of_first"), DataColumn::Type::Percent);
    for (const Core::Analysis::FunnelStep &step : result.steps) {
        table.rows.append({step.name, step.customers, optionalReal(step.pctOfPrevious), optionalReal(step.pctOfFirst)});
    }
    return table;
}

// Rows: stage at D - N days; columns: stage at D.
DataTable transitionsTable(const Core::Analysis::FunnelResult &result)
{
    using Core::Analysis::LifecycleStage;
    DataTable table;
    table.addColumn(QStringLiteral("from_stage"), DataColumn::Type::Text);
    for (int to = 0; to < Core::Analysis::kLifecycleStageCount; ++to) {
        table.addColumn(Core::Analysis::lifecycleStageName(LifecycleStage(to)), DataColumn::Type::Integer);
    }
    for (int from = 0; from < Core::Analysis::kLifecycleStageCount; ++from) {
        QVariantList row {Core::Analysis::lifecycleStageName(LifecycleStage(from))};
        for (int to = 0; to < Core::Analysis::kLifecycleStageCount; ++to) {
            row.append(result.transitions[size_t(from)][size_t(to)]);
        }
        table.rows.append(row);
    }
    return table;
}

Core::Result<AnalyzerOutput> runFunnelAnalyzer(const AnalyzeContext &context)
{
    Core::Analysis::FunnelRequest request;
    request.lifecycle.asOf = context.asOf;
    if (auto ok = applyLifecycleRuleOptions(context.parser, request.lifecycle); !ok) {
        return ok.error();
    }
    auto days = intOption(context.parser, QStringLiteral("transition-days"), request.transitionDays, 1, 100000);
    if (!days) {
        return days.error();
    }
    request.transitionDays = days.value();
    auto result = Core::Analysis::runFunnel(context.db, request);
    if (!result) {
        return result.error();
    }
    AnalyzerOutput output;
    output.table = context.parser.isSet(QStringLiteral("transitions")) ? transitionsTable(result.value())
                                                                       : stepsTable(result.value());
    return output;
}

}  // namespace

Analyzer funnelAnalyzer()
{
    Analyzer analyzer;
    analyzer.name = QStringLiteral("funnel");
    analyzer.summary = Text::tr("Churn funnel: acquired, repeat, not churned, active");
    analyzer.options = lifecycleRuleOptions();
    analyzer.options << QCommandLineOption(QStringLiteral("transitions"),
                                           Text::tr("Funnel: print the lifecycle transition matrix (rows: stage at "
                                                    "D - N days, columns: stage at D) instead of the steps."))
                     << QCommandLineOption(QStringLiteral("transition-days"),
                                           Text::tr("Funnel: N of the transition matrix (90)."), QStringLiteral("N"));
    analyzer.run = runFunnelAnalyzer;
    return analyzer;
}

}  // namespace Crm::Cli
