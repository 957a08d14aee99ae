#pragma once

#include "common/result.h"
#include "report/datatable.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QDate>
#include <QJsonObject>
#include <QSqlDatabase>

#include <functional>
#include <optional>

namespace Crm::Cli {

// What one `crmwb analyze NAME` run has to work with.
struct AnalyzeContext
{
    QSqlDatabase db;
    QDate asOf;  // --as-of, or the default of DESIGN.md (the day after the last order)
    const QCommandLineParser &parser;
};

// Either a table (printed as csv/json/table) or one JSON object (e.g. model parameters).
struct AnalyzerOutput
{
    Core::Report::DataTable table;
    std::optional<QJsonObject> object;
    QStringList warnings;  // translated; printed to stderr, the output is still written
};

// Glue between the command line and one analysis in core/analysis: turns options into the
// analysis Request and its Result into a table. Options must have names unique across all
// analyzers, since `crmwb analyze --help` lists them together.
struct Analyzer
{
    QString name;
    QString summary;
    QList<QCommandLineOption> options;
    std::function<Core::Result<AnalyzerOutput>(const AnalyzeContext &)> run;
};

// Every analysis `crmwb analyze` offers, in help order. Each is defined in analyze_<name>.cpp.
QList<Analyzer> analyzers();

Analyzer rfmAnalyzer();
Analyzer tiersAnalyzer();
Analyzer cohortsAnalyzer();
Analyzer lifecycleAnalyzer();
Analyzer funnelAnalyzer();
Analyzer campaignsAnalyzer();
Analyzer clvAnalyzer();
Analyzer clustersAnalyzer();
Analyzer refreshAnalyzer();
Analyzer pointsAnalyzer();

}  // namespace Crm::Cli
