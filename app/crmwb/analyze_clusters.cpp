#include "analysis/clusters/clusteranalysis.h"
#include "analyzers.h"

#include <QCoreApplication>

namespace Crm::Cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Crm::Cli)
};

using namespace Core::Analysis::Clusters;
using Core::Report::DataColumn;
using Core::Report::DataTable;

DataTable customerTable(const ClusterResult &result)
{
    DataTable table;
    table.addColumn(QStringLiteral("customer_id"), DataColumn::Type::Text);
    table.addColumn(QStringLiteral("cluster"), DataColumn::Type::Integer);
    table.addColumn(QStringLiteral("recency_days"), DataColumn::Type::Integer);
    table.addColumn(QStringLiteral("frequency"), DataColumn::Type::Integer);
    table.addColumn(QStringLiteral("monetary"), DataColumn::Type::Money);
    for (const CustomerCluster &c : result.customers) {
        table.rows.append({c.customerId, c.cluster, c.recencyDays, c.frequency, c.monetary});
    }
    return table;
}

DataTable summaryTable(const ClusterResult &result)
{
    DataTable table;
    table.addColumn(QStringLiteral("cluster"), DataColumn::Type::Integer);
    table.addColumn(QStringLiteral("customers"), DataColumn::Type::Integer);
    table.addColumn(QStringLiteral("share"), DataColumn::Type::Percent);
    table.addColumn(QStringLiteral("mean_recency_days"), DataColumn::Type::Real);
    table.addColumn(QStringLiteral("mean_frequency"), DataColumn::Type::Real);
    table.addColumn(QStringLiteral("mean_monetary"), DataColumn::Type::Money);
    table.addColumn(QStringLiteral("silhouette"), DataColumn::Type::Real);
    const double total = double(result.customers.size());
    for (const ClusterProfile &p : result.profiles) {
        table.rows.append({p.cluster, p.customers, total > 0 ? double(p.customers) / total : 0.0, p.meanRecencyDays,
                           p.meanFrequency, p.meanMonetary, result.silhouette});
    }
    return table;
}

Core::Result<AnalyzerOutput> runClusters(const AnalyzeContext &context)
{
    ClusterRequest request;
    request.asOf = context.asOf;
    if (context.parser.isSet(QStringLiteral("k"))) {
        bool ok = false;
        request.k = context.parser.value(QStringLiteral("k")).toInt(&ok);
        if (!ok || request.k < 1 || request.k > 50) {
            return Core::makeError(Core::Error::Code::BadUsage, Text::tr("--k must be a whole number from 1 to 50"));
        }
    }
    auto histories = Core::Analysis::loadPurchaseHistory(context.db, {context.asOf, QDate(), false});
    if (!histories) {
        return histories.error();
    }
    auto result = clusterCustomers(histories.value(), request);
    if (!result) {
        return result.error();
    }
    AnalyzerOutput output;
    output.table = context.parser.isSet(QStringLiteral("summary")) ? summaryTable(result.value())
                                                                   : customerTable(result.value());
    return output;
}

}  // namespace

Analyzer clustersAnalyzer()
{
    Analyzer analyzer;
    analyzer.name = QStringLiteral("clusters");
    analyzer.summary = Text::tr("k-means clusters on log recency, frequency and monetary value");
    analyzer.options << QCommandLineOption(
        QStringLiteral("k"), Text::tr("Clusters: number of clusters (default: 2-8 by silhouette)."), Text::tr("N"))
                     << QCommandLineOption(QStringLiteral("summary"),
                                           Text::tr("Clusters / lifecycle: one summary row per group instead."));
    analyzer.run = runClusters;
    return analyzer;
}

}  // namespace Crm::Cli
