#include "analysis/common/analysisparameters.h"
#include "analysis/common/purchasehistory.h"
#include "analysis/lifecycle/lifecycle.h"
#include "analysis/rfm/rfm.h"
#include "commandline.h"
#include "report/tableexport.h"
#include "report/targetlists.h"
#include "store/workspace.h"
#include "store/workspacesettings.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace Crm::Cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Crm::Cli)
};

// Segments follow the workspace's stored rules, as `analyze rfm` and the GUI do.
Core::Result<Core::Report::DataTable> buildList(QSqlDatabase db, const QString &kind, const QString &name,
                                                const QDate &asOf, QStringList &warnings)
{
    if (kind == QLatin1String("segment")) {
        auto settings = Core::Store::WorkspaceSettings::load(db);
        if (!settings) {
            return settings.error();
        }
        QString problem;
        const Core::Analysis::RfmRequest request = Core::Analysis::rfmRequest(settings.value(), asOf, &problem);
        if (!problem.isEmpty()) {
            warnings << problem;
        }
        auto rfm = Core::Analysis::runRfm(db, request);
        if (!rfm) {
            return rfm.error();
        }
        return Core::Report::segmentList(db, rfm.value(), name);
    }
    if (kind == QLatin1String("dormant")) {
        Core::Analysis::LifecycleRequest request;
        request.asOf = asOf;
        auto lifecycle = Core::Analysis::runLifecycle(db, request);
        if (!lifecycle) {
            return lifecycle.error();
        }
        return Core::Report::dormantList(db, lifecycle.value());
    }
    return Core::Report::campaignTargetList(db, name);
}

int runExport(const QCommandLineParser &parser, Console &console)
{
    const QStringList positional = parser.positionalArguments();
    const QString kind = positional.value(0);
    const bool needsName = kind == QLatin1String("segment") || kind == QLatin1String("campaign");
    if (!(needsName || kind == QLatin1String("dormant")) || positional.size() != (needsName ? 2 : 1)) {
        return failUsage(console, Text::tr("name a list: segment NAME, dormant or campaign ID"));
    }
    const QString dbPath = parser.value(QStringLiteral("db"));
    const QString outPath = parser.value(QStringLiteral("out"));
    if (dbPath.isEmpty() || outPath.isEmpty()) {
        return failUsage(console, Text::tr("--db FILE and --out FILE.csv|FILE.xlsx are required"));
    }
    if (!Core::Report::exportFormatForPath(outPath)) {
        return failUsage(console, Text::tr("--out must name a .csv or .xlsx file"));
    }
    QDate asOf;
    if (parser.isSet(QStringLiteral("as-of"))) {
        asOf = QDate::fromString(parser.value(QStringLiteral("as-of")), Qt::ISODate);
        if (!asOf.isValid()) {
            return failUsage(console, Text::tr("--as-of must be a date written YYYY-MM-DD"));
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
    QStringList warnings;
    auto table = buildList(connection->database(), kind, positional.value(1), asOf, warnings);
    for (const QString &warning : std::as_const(warnings)) {
        console.err << warning << Qt::endl;
    }
    if (!table) {
        return fail(console, table.error());
    }
    Core::Report::ExportOptions options;
    options.maskContacts = !parser.isSet(QStringLiteral("no-mask"));
    options.sheetName = positional.join(QLatin1Char(' '));
    if (auto ok = Core::Report::exportTable(outPath, table.value(), options); !ok) {
        return fail(console, ok.error());
    }
    console.out
        << Text::tr("Wrote %n customer(s) to %1.", nullptr, int(table->rows.size())).arg(QFileInfo(outPath).fileName())
        << Qt::endl;
    return ExitOk;
}

}  // namespace

Command exportCommand()
{
    Command command;
    command.name = QStringLiteral("export");
    command.summary
        = Text::tr("Export a customer list (RFM segment, dormant customers, campaign targets) to CSV or XLSX");
    command.positionalSyntax = QStringLiteral("segment NAME | dormant | campaign ID");
    command.addOptions = [](QCommandLineParser &parser) {
        parser.addPositionalArgument(QStringLiteral("LIST"),
                                     Text::tr("segment NAME (an RFM segment such as Champions), dormant, or campaign "
                                              "ID (the campaign's treatment group)."));
        parser.addOption({QStringLiteral("db"), Text::tr("Workspace file."), Text::tr("FILE")});
        parser.addOption(
            {QStringLiteral("out"), Text::tr("File to write: .csv (UTF-8 with BOM) or .xlsx."), Text::tr("FILE")});
        parser.addOption({QStringLiteral("as-of"), Text::tr("As-of date D (default: the day after the last order)."),
                          Text::tr("YYYY-MM-DD")});
        parser.addOption({QStringLiteral("no-mask"),
                          Text::tr("Write full phone numbers and e-mail addresses (masked by default).")});
    };
    command.run = runExport;
    return command;
}

}  // namespace Crm::Cli
