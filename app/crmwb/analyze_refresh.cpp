#include "analysis/refresh/refresh.h"
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

// "name=value;name=value": machine text, one field per count.
QString pairs(const QList<std::pair<QString, qint64>> &values)
{
    QStringList parts;
    for (const auto &[name, value] : values) {
        parts << QStringLiteral("%1=%2").arg(name).arg(value);
    }
    return parts.join(QLatin1Char(';'));
}

DataTable refreshTable(const Core::Analysis::RefreshResult &result)
{
    using namespace Core::Analysis;
    DataTable table;
    table.addColumn(QStringLiteral("part"), DataColumn::Type::Text);
    table.addColumn(QStringLiteral("seconds"), DataColumn::Type::Real);
    table.addColumn(QStringLiteral("customers"), DataColumn::Type::Integer);
    table.addColumn(QStringLiteral("summary"), DataColumn::Type::Text);
    const RefreshTimings &t = result.timings;
    table.rows.append(
        {QStringLiteral("scan"), t.scan, result.customers,
         pairs({{QStringLiteral("customer_days"), result.customerDays}, {QStringLiteral("threads"), result.threads}})});
    QList<std::pair<QString, qint64>> segments;
    for (const RfmSegmentSummary &segment : result.rfm.segments) {
        segments.append({segment.segment, segment.customers});
    }
    segments.append({QStringLiteral("unscored"), result.rfm.unscoredCustomers});
    table.rows.append({QStringLiteral("rfm"), t.rfm, qint64(result.rfm.customers.size()), pairs(segments)});
    QList<std::pair<QString, qint64>> tiers;
    for (const TierDistributionRow &row : result.tiers.distribution) {
        tiers.append({tierName(row.tier), row.customers});
    }
    table.rows.append({QStringLiteral("tiers"), t.tiers, qint64(result.tiers.customers.size()), pairs(tiers)});
    QList<std::pair<QString, qint64>> stages;
    for (int s = 0; s < kLifecycleStageCount; ++s) {
        stages.append({lifecycleStageName(LifecycleStage(s)), result.lifecycle.stageCounts[size_t(s)]});
    }
    table.rows.append(
        {QStringLiteral("lifecycle"), t.lifecycle, qint64(result.lifecycle.customers.size()), pairs(stages)});
    qint64 cohortCustomers = 0;
    for (const Cohort &cohort : result.cohorts.cohorts) {
        cohortCustomers += cohort.size;
    }
    table.rows.append({QStringLiteral("cohorts"), t.cohorts, cohortCustomers,
                       pairs({{QStringLiteral("cohorts"), qint64(result.cohorts.cohorts.size())}})});
    QList<std::pair<QString, qint64>> steps;
    for (const FunnelStep &step : result.funnel.steps) {
        steps.append({step.name, step.customers});
    }
    table.rows.append({QStringLiteral("funnel"), t.funnel,
                       result.funnel.steps.empty() ? qint64(0) : result.funnel.steps.front().customers, pairs(steps)});
    table.rows.append({QStringLiteral("analyses"), t.analyses, result.customers, QString()});
    table.rows.append({QStringLiteral("total"), t.total, result.customers, QString()});
    return table;
}

Core::Result<AnalyzerOutput> runRefreshAnalyzer(const AnalyzeContext &context)
{
    Core::Analysis::RefreshRequest request;
    request.asOf = context.asOf;
    if (auto ok = applyLifecycleRuleOptions(context.parser, request.lifecycle); !ok) {
        return ok.error();
    }
    request.funnel.lifecycle = request.lifecycle;
    auto threads = intOption(context.parser, QStringLiteral("threads"), 0, 0, 64);
    if (!threads) {
        return threads.error();
    }
    request.threads = threads.value();
    auto result = Core::Analysis::runRefresh(context.db, request);
    if (!result) {
        return result.error();
    }
    AnalyzerOutput output;
    output.table = refreshTable(result.value());
    return output;
}

}  // namespace

Analyzer refreshAnalyzer()
{
    Analyzer analyzer;
    analyzer.name = QStringLiteral("refresh");
    analyzer.summary = Text::tr("rfm, tiers, lifecycle, cohorts and funnel from one scan, with timings");
    analyzer.options = lifecycleRuleOptions();
    analyzer.options << QCommandLineOption(
        QStringLiteral("threads"),
        Text::tr("Refresh: connections scanning at once and analyses running at once (default: one per core)."),
        QStringLiteral("N"));
    analyzer.run = runRefreshAnalyzer;
    return analyzer;
}

}  // namespace Crm::Cli
