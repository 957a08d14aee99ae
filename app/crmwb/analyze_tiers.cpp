#include "analysis/tiers/tiers.h"
#include "analyzers.h"

#include <QCoreApplication>

#include <cmath>

namespace Crm::Cli {

namespace {

using Core::Analysis::Tier;
using Core::Analysis::TierRequest;
using Core::Report::DataColumn;
using Core::Report::DataTable;

Core::Error usage(const QString &message)
{
    return Core::makeError(Core::Error::Code::BadUsage, message);
}

Core::VoidResult applyOptions(const QCommandLineParser &parser, TierRequest &request)
{
    const QString rule = parser.value(QStringLiteral("tier-rule"));
    if (rule == QLatin1String("spend")) {
        request.rule = Core::Analysis::TierRule::Spend;
    } else if (rule == QLatin1String("points")) {
        request.rule = Core::Analysis::TierRule::Points;
    } else {
        return usage(QCoreApplication::translate("Crm::Cli", "--tier-rule must be spend or points"));
    }
    if (parser.isSet(QStringLiteral("tier-thresholds"))) {
        // Currency units for spend (converted to minor units), whole points for points.
        const double scale = request.rule == Core::Analysis::TierRule::Spend ? Core::kMinorPerMajor : 1.0;
        const QStringList parts = parser.value(QStringLiteral("tier-thresholds")).split(QLatin1Char(','));
        std::array<qint64, 3> thresholds {};
        bool ok = parts.size() == 3;
        for (qsizetype i = 0; ok && i < parts.size(); ++i) {
            const double value = parts.at(i).trimmed().toDouble(&ok) * scale;
            ok = ok && std::isfinite(value) && std::abs(value) < 1e15;
            thresholds[size_t(i)] = ok ? qint64(std::llround(value)) : 0;
            ok = ok && (i == 0 || thresholds[size_t(i - 1)] <= thresholds[size_t(i)]);
        }
        if (!ok) {
            return usage(QCoreApplication::translate(
                "Crm::Cli", "--tier-thresholds must be three ascending numbers (Silver,Gold,Diamond)"));
        }
        (request.rule == Core::Analysis::TierRule::Spend ? request.spendThresholds : request.pointsThresholds)
            = thresholds;
    }
    if (parser.isSet(QStringLiteral("tier-window-months"))) {
        bool ok = false;
        request.windowMonths = parser.value(QStringLiteral("tier-window-months")).toInt(&ok);
        if (!ok || request.windowMonths < 1 || request.windowMonths > 1200) {
            return usage(
                QCoreApplication::translate("Crm::Cli", "--tier-window-months must be a whole number from 1 to 1200"));
        }
    }
    if (parser.isSet(QStringLiteral("compare-to"))) {
        request.compareTo = QDate::fromString(parser.value(QStringLiteral("compare-to")), Qt::ISODate);
        if (!request.compareTo.isValid()) {
            return usage(QCoreApplication::translate("Crm::Cli", "--compare-to must be a date written YYYY-MM-DD"));
        }
    }
    return {};
}

DataTable distributionTable(const Core::Analysis::TierResult &result)
{
    DataTable table;
    table.addColumn(QStringLiteral("tier"), DataColumn::Type::Text);
    table.addColumn(QStringLiteral("customers"), DataColumn::Type::Integer);
    table.addColumn(QStringLiteral("share"), DataColumn::Type::Percent);
    table.addColumn(QStringLiteral("revenue"), DataColumn::Type::Money);
    for (const Core::Analysis::TierDistributionRow &row : result.distribution) {
        table.rows.append({Core::Analysis::tierName(row.tier), row.customers, row.share, row.revenue});
    }
    return table;
}

DataTable customerTable(const Core::Analysis::TierResult &result)
{
    const bool compare = result.compareTo.isValid();
    DataTable table;
    table.addColumn(QStringLiteral("customer_id"), DataColumn::Type::Text);
    table.addColumn(QStringLiteral("spend_12m"), DataColumn::Type::Money);
    table.addColumn(QStringLiteral("tier"), DataColumn::Type::Text);
    if (compare) {
        table.addColumn(QStringLiteral("previous_spend_12m"), DataColumn::Type::Money);
        table.addColumn(QStringLiteral("previous_tier"), DataColumn::Type::Text);
    }
    table.rows.reserve(qsizetype(result.customers.size()));
    for (const Core::Analysis::TierCustomer &c : result.customers) {
        QVariantList row {c.customerId, c.spend, Core::Analysis::tierName(c.tier)};
        if (compare) {
            row << c.previousSpend << Core::Analysis::tierName(c.previousTier);
        }
        table.rows.append(row);
    }
    return table;
}

// Rows: tier at --compare-to; columns: tier at D.
DataTable migrationTable(const Core::Analysis::TierResult &result)
{
    DataTable table;
    table.addColumn(QStringLiteral("from_tier"), DataColumn::Type::Text);
    for (int to = 0; to < Core::Analysis::kTierCount; ++to) {
        table.addColumn(Core::Analysis::tierName(Tier(to)), DataColumn::Type::Integer);
    }
    for (int from = 0; from < Core::Analysis::kTierCount; ++from) {
        QVariantList row {Core::Analysis::tierName(Tier(from))};
        for (int to = 0; to < Core::Analysis::kTierCount; ++to) {
            row.append(result.migration[size_t(from)][size_t(to)]);
        }
        table.rows.append(row);
    }
    return table;
}

Core::Result<AnalyzerOutput> runTiersAnalyzer(const AnalyzeContext &context)
{
    TierRequest request;
    request.asOf = context.asOf;
    if (auto ok = applyOptions(context.parser, request); !ok) {
        return ok.error();
    }
    auto result = Core::Analysis::runTiers(context.db, request);
    if (!result) {
        return result.error();
    }
    AnalyzerOutput output;
    if (context.parser.isSet(QStringLiteral("per-customer"))) {
        output.table = customerTable(result.value());
    } else if (request.compareTo.isValid()) {
        output.table = migrationTable(result.value());
    } else {
        output.table = distributionTable(result.value());
    }
    return output;
}

}  // namespace

Analyzer tiersAnalyzer()
{
    Analyzer analyzer;
    analyzer.name = QStringLiteral("tiers");
    analyzer.summary = QCoreApplication::translate(
        "Crm::Cli", "Membership tiers (Regular, Silver, Gold, Diamond) and their migration");
    analyzer.options
        << QCommandLineOption(
               QStringLiteral("tier-rule"),
               QCoreApplication::translate("Crm::Cli",
                                           "Tiers: by net spend in the window before D (spend, default) or by "
                                           "today's points balance (points)."),
               QCoreApplication::translate("Crm::Cli", "RULE"), QStringLiteral("spend"))
        << QCommandLineOption(QStringLiteral("tier-thresholds"),
                              QCoreApplication::translate(
                                  "Crm::Cli", "Tiers: minimum for Silver,Gold,Diamond (default 1000,5000,20000)."),
                              QCoreApplication::translate("Crm::Cli", "S,G,D"))
        << QCommandLineOption(
               QStringLiteral("tier-window-months"),
               QCoreApplication::translate("Crm::Cli", "Tiers: months of spend before D that count (default 12)."),
               QCoreApplication::translate("Crm::Cli", "N"))
        << QCommandLineOption(QStringLiteral("compare-to"),
                              QCoreApplication::translate(
                                  "Crm::Cli", "Tiers: print the migration matrix from the tiers at this date to D."),
                              QCoreApplication::translate("Crm::Cli", "YYYY-MM-DD"))
        << QCommandLineOption(QStringLiteral("per-customer"),
                              QCoreApplication::translate("Crm::Cli", "Tiers: one row per customer."));
    analyzer.run = runTiersAnalyzer;
    return analyzer;
}

}  // namespace Crm::Cli
