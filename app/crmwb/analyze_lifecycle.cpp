#include "analysis/lifecycle/lifecycle.h"
#include "analyzers.h"
#include "lifecycleoptions.h"

#include <QCoreApplication>

namespace Crm::Cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Crm::Cli)
};

using Core::Analysis::CustomerLifecycle;
using Core::Report::DataColumn;
using Core::Report::DataTable;

QVariant optionalReal(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant();
}

QVariant optionalInteger(const std::optional<qint64> &value)
{
    return value ? QVariant(*value) : QVariant();
}

DataTable perCustomerTable(const Core::Analysis::LifecycleResult &result)
{
    DataTable table;
    table.addColumn(QStringLiteral("customer_id"), DataColumn::Type::Text);
    table.addColumn(QStringLiteral("stage"), DataColumn::Type::Text);
    table.addColumn(QStringLiteral("recency_days"), DataColumn::Type::Integer);
    table.addColumn(QStringLiteral("cycle_days"), DataColumn::Type::Real);
    table.addColumn(QStringLiteral("dormant_after_days"), DataColumn::Type::Real);
    table.addColumn(QStringLiteral("churned_after_days"), DataColumn::Type::Real);
    table.addColumn(QStringLiteral("cycle_source"), DataColumn::Type::Text);
    table.rows.reserve(qsizetype(result.customers.size()));
    for (const CustomerLifecycle &c : result.customers) {
        table.rows.append({c.customerId, Core::Analysis::lifecycleStageName(c.stage), optionalInteger(c.recencyDays),
                           optionalReal(c.cycleDays), optionalReal(c.dormantAfterDays),
                           optionalReal(c.churnedAfterDays), Core::Analysis::cycleSourceName(c.cycleSource)});
    }
    return table;
}

DataTable summaryTable(const Core::Analysis::LifecycleResult &result)
{
    DataTable table;
    table.addColumn(QStringLiteral("stage"), DataColumn::Type::Text);
    table.addColumn(QStringLiteral("customers"), DataColumn::Type::Integer);
    for (int i = 0; i < Core::Analysis::kLifecycleStageCount; ++i) {
        table.rows.append(
            {Core::Analysis::lifecycleStageName(Core::Analysis::LifecycleStage(i)), result.stageCounts[size_t(i)]});
    }
    return table;
}

// The reactivation list: dormant customers, most valuable first.
DataTable dormantTable(const Core::Analysis::LifecycleResult &result)
{
    DataTable table;
    table.addColumn(QStringLiteral("rank"), DataColumn::Type::Integer);
    table.addColumn(QStringLiteral("customer_id"), DataColumn::Type::Text);
    table.addColumn(QStringLiteral("last_order"), DataColumn::Type::Date);
    table.addColumn(QStringLiteral("recency_days"), DataColumn::Type::Integer);
    table.addColumn(QStringLiteral("cycle_days"), DataColumn::Type::Real);
    table.addColumn(QStringLiteral("cycle_source"), DataColumn::Type::Text);
    table.addColumn(QStringLiteral("dormant_after_days"), DataColumn::Type::Real);
    table.addColumn(QStringLiteral("purchase_days"), DataColumn::Type::Integer);
    table.addColumn(QStringLiteral("frequency"), DataColumn::Type::Integer);
    table.addColumn(QStringLiteral("spend_12m_before_quiet"), DataColumn::Type::Money);
    qint64 rank = 0;
    for (const qsizetype index : result.dormantRanking) {
        const CustomerLifecycle &c = result.customers[size_t(index)];
        table.rows.append({++rank, c.customerId, c.lastPurchase, optionalInteger(c.recencyDays),
                           optionalReal(c.cycleDays), Core::Analysis::cycleSourceName(c.cycleSource),
                           optionalReal(c.dormantAfterDays), c.purchaseDays, c.purchaseOrders, c.valueBeforeQuiet});
    }
    return table;
}

Core::Result<AnalyzerOutput> runLifecycleAnalyzer(const AnalyzeContext &context)
{
    const bool summary = context.parser.isSet(QStringLiteral("summary"));
    const bool dormantOnly = context.parser.isSet(QStringLiteral("dormant-only"));
    if (summary && dormantOnly) {
        return Core::makeError(Core::Error::Code::BadUsage,
                               Text::tr("--summary and --dormant-only exclude each other"));
    }
    Core::Analysis::LifecycleRequest request;
    request.asOf = context.asOf;
    if (auto ok = applyLifecycleRuleOptions(context.parser, request); !ok) {
        return ok.error();
    }
    auto result = Core::Analysis::runLifecycle(context.db, request);
    if (!result) {
        return result.error();
    }
    AnalyzerOutput output;
    output.table = summary ? summaryTable(result.value())
        : dormantOnly      ? dormantTable(result.value())
                           : perCustomerTable(result.value());
    return output;
}

}  // namespace

Analyzer lifecycleAnalyzer()
{
    Analyzer analyzer;
    analyzer.name = QStringLiteral("lifecycle");
    analyzer.summary = Text::tr("Lifecycle stage per customer (prospect, new, active, dormant, churned)");
    analyzer.options = lifecycleRuleOptions();
    analyzer.options << QCommandLineOption(QStringLiteral("summary"), Text::tr("Lifecycle: customers per stage."))
                     << QCommandLineOption(QStringLiteral("dormant-only"),
                                           Text::tr("Lifecycle: the dormant customers, ranked by their spend in the "
                                                    "12 months before they went quiet."));
    analyzer.run = runLifecycleAnalyzer;
    return analyzer;
}

}  // namespace Crm::Cli
