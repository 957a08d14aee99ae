#include "analysis/common/purchasehistory.h"
#include "analyzers.h"
#include "commandline.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

namespace Crm::Cli {

namespace {

const Analyzer *findAnalyzer(const QList<Analyzer> &all, const QString &name)
{
    for (const Analyzer &analyzer : all) {
        if (analyzer.name == name) {
            return &analyzer;
        }
    }
    return nullptr;
}

QString analyzerNames(const QList<Analyzer> &all)
{
    QStringList names;
    for (const Analyzer &analyzer : all) {
        names << analyzer.name;
    }
    return names.join(QLatin1Char('|'));
}

Core::VoidResult writeTo(QIODevice &device, const AnalyzerOutput &output, Core::Report::TableFormat format)
{
    if (output.object) {
        const QByteArray bytes = QJsonDocument(*output.object).toJson(QJsonDocument::Indented);
        if (device.write(bytes) != bytes.size()) {
            return Core::makeError(Core::Error::Code::Io, device.errorString());
        }
        return {};
    }
    return Core::Report::writeTable(device, output.table, format);
}

Core::VoidResult writeOutput(const AnalyzerOutput &output, Core::Report::TableFormat format, const QString &outPath,
                             Console &console)
{
    if (outPath.isEmpty()) {
        console.out.flush();
        QFile stdoutFile;
        if (!stdoutFile.open(stdout, QIODevice::WriteOnly)) {
            return Core::makeError(Core::Error::Code::Io, stdoutFile.errorString());
        }
        return writeTo(stdoutFile, output, format);
    }
    // QSaveFile: an interrupted run never leaves a half-written file behind.
    QSaveFile file(outPath);
    const auto cannotWrite = [&] {
        const QString message
            = QCoreApplication::translate("Crm::Cli", "Cannot write %1: %2").arg(outPath, file.errorString());
        return Core::makeError(Core::Error::Code::Io, message);
    };
    if (!file.open(QIODevice::WriteOnly)) {
        return cannotWrite();
    }
    if (auto ok = writeTo(file, output, format); !ok) {
        file.cancelWriting();
        return ok;
    }
    if (!file.commit()) {
        return cannotWrite();
    }
    return {};
}

int runAnalyze(const QCommandLineParser &parser, Console &console)
{
    const QList<Analyzer> all = analyzers();
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        return failUsage(console,
                         QCoreApplication::translate("Crm::Cli", "name one analysis: %1").arg(analyzerNames(all)));
    }
    const Analyzer *analyzer = findAnalyzer(all, positional.first());
    if (!analyzer) {
        return failUsage(console,
                         QCoreApplication::translate("Crm::Cli", "unknown analysis '%1'; choose one of %2")
                             .arg(positional.first(), analyzerNames(all)));
    }
    // Options of other analyses are accepted by the shared parser but make no sense here.
    for (const Analyzer &other : all) {
        if (&other == analyzer) {
            continue;
        }
        for (const QCommandLineOption &option : other.options) {
            const bool ownToo
                = std::any_of(analyzer->options.begin(), analyzer->options.end(),
                              [&](const QCommandLineOption &own) { return own.names() == option.names(); });
            if (!ownToo && parser.isSet(option.names().constFirst())) {
                return failUsage(console,
                                 QCoreApplication::translate("Crm::Cli", "--%1 does not apply to %2")
                                     .arg(option.names().constFirst(), analyzer->name));
            }
        }
    }
    const QString dbPath = parser.value(QStringLiteral("db"));
    if (dbPath.isEmpty()) {
        return failUsage(console, QCoreApplication::translate("Crm::Cli", "--db FILE is required"));
    }
    const auto format = Core::Report::parseTableFormat(parser.value(QStringLiteral("format")));
    if (!format) {
        return failUsage(console, QCoreApplication::translate("Crm::Cli", "--format must be csv, json or table"));
    }
    QDate asOf;
    if (parser.isSet(QStringLiteral("as-of"))) {
        asOf = QDate::fromString(parser.value(QStringLiteral("as-of")), Qt::ISODate);
        if (!asOf.isValid()) {
            return failUsage(console,
                             QCoreApplication::translate("Crm::Cli", "--as-of must be a date written YYYY-MM-DD"));
        }
    }
    auto workspace = Core::Store::Workspace::open(dbPath);
    if (!workspace) {
        return fail(console, workspace.error());
    }
    auto connection = workspace->connect();
    if (!connection) {
        return fail(console, connection.error());
    }
    auto resolvedAsOf = Core::Analysis::resolveAsOfDate(connection->database(), asOf);
    if (!resolvedAsOf) {
        return fail(console, resolvedAsOf.error());
    }
    asOf = resolvedAsOf.value();
    auto output = analyzer->run(AnalyzeContext {connection->database(), asOf, parser});
    if (!output) {
        return fail(console, output.error());
    }
    for (const QString &warning : std::as_const(output->warnings)) {
        console.err << warning << Qt::endl;
    }
    if (auto ok = writeOutput(output.value(), *format, parser.value(QStringLiteral("out")), console); !ok) {
        return fail(console, ok.error());
    }
    return ExitOk;
}

}  // namespace

Command analyzeCommand()
{
    Command command;
    command.name = QStringLiteral("analyze");
    command.summary
        = QCoreApplication::translate("Crm::Cli", "Run an analysis on a workspace and print or save its table");
    command.positionalSyntax = QStringLiteral("NAME");
    command.addOptions = [](QCommandLineParser &parser) {
        const QList<Analyzer> all = analyzers();
        QString list;
        for (const Analyzer &analyzer : all) {
            list += QStringLiteral("\n  %1  %2").arg(analyzer.name.leftJustified(10), analyzer.summary);
        }
        parser.addPositionalArgument(QStringLiteral("NAME"),
                                     QCoreApplication::translate("Crm::Cli", "The analysis, one of:%1").arg(list));
        parser.addOption({QStringLiteral("db"), QCoreApplication::translate("Crm::Cli", "Workspace file."),
                          QCoreApplication::translate("Crm::Cli", "FILE")});
        parser.addOption(
            {QStringLiteral("as-of"),
             QCoreApplication::translate("Crm::Cli", "As-of date D (default: the day after the last order)."),
             QCoreApplication::translate("Crm::Cli", "YYYY-MM-DD")});
        parser.addOption({QStringLiteral("format"),
                          QCoreApplication::translate("Crm::Cli", "Output format: csv, json or table (default csv)."),
                          QCoreApplication::translate("Crm::Cli", "FORMAT"), QStringLiteral("csv")});
        parser.addOption({QStringLiteral("out"),
                          QCoreApplication::translate("Crm::Cli", "Write to FILE instead of standard output."),
                          QCoreApplication::translate("Crm::Cli", "FILE")});
        QStringList seen;
        for (const Analyzer &analyzer : all) {
            for (const QCommandLineOption &option : analyzer.options) {
                if (!seen.contains(option.names().constFirst())) {
                    seen << option.names().constFirst();
                    parser.addOption(option);
                }
            }
        }
    };
    command.run = runAnalyze;
    return command;
}

}  // namespace Crm::Cli
