#include "analysis/common/analysisparameters.h"
#include "analysis/rfm/rfm.h"
#include "analyzers.h"
#include "store/workspacesettings.h"

#include <QCoreApplication>
#include <QFile>

#include <cmath>

namespace Crm::Cli {

namespace {

using Core::Analysis::RfmCutPoints;
using Core::Analysis::RfmRequest;
using Core::Analysis::RfmScoring;
using Core::Report::DataColumn;
using Core::Report::DataTable;

Core::Error usage(const QString &message)
{
    return Core::makeError(Core::Error::Code::BadUsage, message);
}

// "30,60,90,180" -> four ascending numbers, each multiplied by scale.
Core::Result<RfmCutPoints> cutPointsOption(const QCommandLineParser &parser, const QString &name, double scale)
{
    const QStringList parts = parser.value(name).split(QLatin1Char(','));
    RfmCutPoints cuts {};
    bool ok = parts.size() == int(cuts.size());
    for (qsizetype i = 0; ok && i < parts.size(); ++i) {
        cuts[size_t(i)] = parts.at(i).trimmed().toDouble(&ok) * scale;
        ok = ok && std::isfinite(cuts[size_t(i)]) && (i == 0 || cuts[size_t(i - 1)] <= cuts[size_t(i)]);
    }
    if (!ok) {
        return usage(QCoreApplication::translate("Crm::Cli", "--%1 must be four ascending numbers separated by commas")
                         .arg(name));
    }
    return cuts;
}

Core::VoidResult applyScoring(const QCommandLineParser &parser, RfmRequest &request)
{
    const QString scoring = parser.value(QStringLiteral("scoring"));
    const QStringList thresholdOptions {QStringLiteral("recency-thresholds"), QStringLiteral("frequency-thresholds"),
                                        QStringLiteral("monetary-thresholds")};
    if (scoring == QLatin1String("quintile")) {
        request.scoring = RfmScoring::Quintile;
    } else if (scoring == QLatin1String("rfm-package")) {
        request.scoring = RfmScoring::RfmPackage;
    } else if (scoring == QLatin1String("pandas")) {
        request.scoring = RfmScoring::Pandas;
        request.excludeNonPositiveMonetary = true;  // the recipe keeps monetary > 0 only
    } else if (scoring == QLatin1String("fixed")) {
        request.scoring = RfmScoring::Fixed;
        for (const QString &name : thresholdOptions) {
            if (!parser.isSet(name)) {
                return usage(QCoreApplication::translate(
                    "Crm::Cli",
                    "--scoring fixed needs --recency-thresholds, --frequency-thresholds and "
                    "--monetary-thresholds"));
            }
        }
        auto recency = cutPointsOption(parser, thresholdOptions.at(0), 1.0);
        auto frequency = cutPointsOption(parser, thresholdOptions.at(1), 1.0);
        auto monetary = cutPointsOption(parser, thresholdOptions.at(2), Core::kMinorPerMajor);
        for (const auto *cuts : {&recency, &frequency, &monetary}) {
            if (!*cuts) {
                return cuts->error();
            }
        }
        request.fixedCutPoints = {recency.value(), frequency.value(), monetary.value()};
        return {};
    } else {
        return usage(
            QCoreApplication::translate("Crm::Cli", "--scoring must be quintile, rfm-package, pandas or fixed"));
    }
    for (const QString &name : thresholdOptions) {
        if (parser.isSet(name)) {
            return usage(QCoreApplication::translate("Crm::Cli", "--%1 applies to --scoring fixed only").arg(name));
        }
    }
    return {};
}

// --segment-rules, else the rules stored in the workspace (as the GUI edits them); broken
// stored rules fall back to the default with a warning, as when the GUI opens the workspace.
Core::VoidResult applySegmentRules(const AnalyzeContext &context, RfmRequest &request, QStringList &warnings)
{
    const QCommandLineParser &parser = context.parser;
    if (!parser.isSet(QStringLiteral("segment-rules"))) {
        auto settings = Core::Store::WorkspaceSettings::load(context.db);
        if (!settings) {
            return settings.error();
        }
        QString problem;
        const RfmRequest stored = Core::Analysis::rfmRequest(settings.value(), request.asOf, &problem);
        request.rules = stored.rules;
        request.unmatchedSegment = stored.unmatchedSegment;
        if (!problem.isEmpty()) {
            warnings << problem;
        }
        return {};
    }
    const QString value = parser.value(QStringLiteral("segment-rules"));
    if (value == QLatin1String("default")) {
        request.rules = Core::Analysis::defaultRfmSegmentRules();
        return {};
    }
    if (value == QLatin1String("rfm-package")) {
        request.rules = Core::Analysis::rfmPackageSegmentRules();
        return {};
    }
    QFile file(value);
    if (!file.open(QIODevice::ReadOnly)) {
        return Core::makeError(
            Core::Error::Code::BadInput,
            QCoreApplication::translate("Crm::Cli", "Cannot read segment rules %1: %2").arg(value, file.errorString()));
    }
    auto rules = Core::Analysis::parseRfmSegmentRules(QString::fromUtf8(file.readAll()));
    if (!rules) {
        Core::Error error = rules.error();
        error.context.file = value;
        return error;
    }
    request.rules = std::move(rules).value();
    return {};
}

DataTable customerTable(const Core::Analysis::RfmResult &result)
{
    DataTable table;
    table.addColumn(QStringLiteral("customer_id"), DataColumn::Type::Text);
    table.addColumn(QStringLiteral("first_order"), DataColumn::Type::Date);
    table.addColumn(QStringLiteral("last_order"), DataColumn::Type::Date);
    table.addColumn(QStringLiteral("recency_days"), DataColumn::Type::Integer);
    table.addColumn(QStringLiteral("frequency"), DataColumn::Type::Integer);
    table.addColumn(QStringLiteral("monetary"), DataColumn::Type::Money);
    table.addColumn(QStringLiteral("r_score"), DataColumn::Type::Integer);
    table.addColumn(QStringLiteral("f_score"), DataColumn::Type::Integer);
    table.addColumn(QStringLiteral("m_score"), DataColumn::Type::Integer);
    table.addColumn(QStringLiteral("segment"), DataColumn::Type::Text);
    table.rows.reserve(qsizetype(result.customers.size()));
    for (const Core::Analysis::RfmCustomer &c : result.customers) {
        table.rows.append({c.customerId, c.firstOrder, c.lastOrder, c.recencyDays, c.frequency, c.monetary,
                           c.recencyScore, c.frequencyScore, c.monetaryScore, c.segment});
    }
    return table;
}

DataTable summaryTable(const Core::Analysis::RfmResult &result)
{
    DataTable table;
    table.addColumn(QStringLiteral("segment"), DataColumn::Type::Text);
    table.addColumn(QStringLiteral("customers"), DataColumn::Type::Integer);
    table.addColumn(QStringLiteral("orders"), DataColumn::Type::Integer);
    table.addColumn(QStringLiteral("revenue"), DataColumn::Type::Money);
    table.addColumn(QStringLiteral("average_order_value"), DataColumn::Type::Money);
    table.addColumn(QStringLiteral("revenue_share"), DataColumn::Type::Percent);
    for (const Core::Analysis::RfmSegmentSummary &s : result.segments) {
        table.rows.append({s.segment, s.customers, s.orders, s.revenue, s.averageOrderValue, s.revenueShare});
    }
    return table;
}

Core::Result<AnalyzerOutput> runRfmAnalyzer(const AnalyzeContext &context)
{
    RfmRequest request;
    request.asOf = context.asOf;
    if (auto ok = applyScoring(context.parser, request); !ok) {
        return ok.error();
    }
    AnalyzerOutput output;
    if (auto ok = applySegmentRules(context, request, output.warnings); !ok) {
        return ok.error();
    }
    auto result = Core::Analysis::runRfm(context.db, request);
    if (!result) {
        return result.error();
    }
    output.table = context.parser.isSet(QStringLiteral("summary")) ? summaryTable(result.value())
                                                                   : customerTable(result.value());
    return output;
}

}  // namespace

Analyzer rfmAnalyzer()
{
    Analyzer analyzer;
    analyzer.name = QStringLiteral("rfm");
    analyzer.summary
        = QCoreApplication::translate("Crm::Cli", "Recency, frequency, monetary scores and segment per customer");
    analyzer.options
        << QCommandLineOption(
               QStringLiteral("scoring"),
               QCoreApplication::translate("Crm::Cli",
                                           "RFM: quintile (default), rfm-package (R package rfm), pandas (the common "
                                           "pandas recipe) or fixed."),
               QCoreApplication::translate("Crm::Cli", "MODE"), QStringLiteral("quintile"))
        << QCommandLineOption(QStringLiteral("recency-thresholds"),
                              QCoreApplication::translate(
                                  "Crm::Cli", "RFM fixed scoring: four ascending day counts, e.g. 30,60,90,180."),
                              QCoreApplication::translate("Crm::Cli", "D1,D2,D3,D4"))
        << QCommandLineOption(QStringLiteral("frequency-thresholds"),
                              QCoreApplication::translate(
                                  "Crm::Cli", "RFM fixed scoring: four ascending order counts, e.g. 2,3,5,10."),
                              QCoreApplication::translate("Crm::Cli", "N1,N2,N3,N4"))
        << QCommandLineOption(
               QStringLiteral("monetary-thresholds"),
               QCoreApplication::translate("Crm::Cli", "RFM fixed scoring: four ascending amounts in currency units."),
               QCoreApplication::translate("Crm::Cli", "A1,A2,A3,A4"))
        << QCommandLineOption(
               QStringLiteral("segment-rules"),
               QCoreApplication::translate("Crm::Cli",
                                           "RFM: default (R x F grid), rfm-package, or a CSV FILE of "
                                           "segment,r_low,r_high,f_low,f_high[,m_low,m_high]; first match wins. "
                                           "Without it: the rules stored in the workspace."),
               QCoreApplication::translate("Crm::Cli", "RULES"))
        << QCommandLineOption(
               QStringLiteral("summary"),
               QCoreApplication::translate("Crm::Cli",
                                           "One row per group instead of per customer (rfm: segments; lifecycle: "
                                           "customers per stage)."));
    analyzer.run = runRfmAnalyzer;
    return analyzer;
}

}  // namespace Crm::Cli
