#include "commandline.h"
#include "import/loader/importer.h"
#include "importoptions.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Crm::Cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Crm::Cli)
};

using Core::Import::ImportRequest;
using Core::Import::ImportSummary;

QJsonObject summaryJson(const ImportSummary &summary)
{
    QJsonArray rejects;
    for (const Core::Import::RowReject &reject : summary.firstRejects) {
        rejects.append(QJsonObject {{QStringLiteral("row"), reject.row},
                                    {QStringLiteral("column"), reject.column},
                                    {QStringLiteral("reason"), reject.reason},
                                    {QStringLiteral("raw"), reject.raw}});
    }
    return QJsonObject {
        {QStringLiteral("file"), summary.file},
        {QStringLiteral("import_id"), summary.importId},
        {QStringLiteral("kind"), summary.kind},
        {QStringLiteral("sheet"), summary.sheet},
        {QStringLiteral("encoding"), summary.encoding},
        {QStringLiteral("delimiter"), summary.delimiter},
        {QStringLiteral("header_row"), summary.headerRow},
        {QStringLiteral("rows_read"), summary.rowsRead},
        {QStringLiteral("rows_imported"), summary.rowsImported},
        {QStringLiteral("rows_rejected"), summary.rowsRejected},
        {QStringLiteral("rows_skipped"), summary.rowsSkipped},
        {QStringLiteral("orders"), summary.ordersWritten},
        {QStringLiteral("order_items"), summary.itemsWritten},
        {QStringLiteral("mapping"), QJsonDocument::fromJson(summary.mappingJson.toUtf8()).object()},
        {QStringLiteral("mapping_source"), summary.mappingSource},
        {QStringLiteral("warnings"), QJsonArray::fromStringList(summary.warnings)},
        {QStringLiteral("rejects"), rejects},
    };
}

void printSummary(Console &console, const ImportSummary &summary)
{
    console.out << Text::tr("Imported %1 of %2 rows from %3 as %4 (import %5): %6 orders, %7 order lines; %8 rows "
                            "rejected.")
                       .arg(summary.rowsImported)
                       .arg(summary.rowsRead)
                       .arg(QFileInfo(summary.file).fileName(), summary.kind)
                       .arg(summary.importId)
                       .arg(summary.ordersWritten)
                       .arg(summary.itemsWritten)
                       .arg(summary.rowsRejected)
                << Qt::endl;
    for (const QString &warning : summary.warnings) {
        console.err << Text::tr("warning: %1").arg(warning) << '\n';
    }
    for (const Core::Import::RowReject &reject : summary.firstRejects) {
        console.err << Text::tr("rejected: row %1, %2: %3").arg(reject.row).arg(reject.column, reject.reason) << '\n';
    }
    console.err.flush();
}

int runImport(const QCommandLineParser &parser, Console &console)
{
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1) {
        return failUsage(console, Text::tr("give exactly one FILE to import"));
    }
    const QString dbPath = parser.value(QStringLiteral("db"));
    if (dbPath.isEmpty()) {
        return failUsage(console, Text::tr("--db FILE is required"));
    }
    ImportRequest request;
    request.path = files.constFirst();
    if (const auto problem = parseReadOptions(parser, request.read)) {
        return failUsage(console, *problem);
    }
    if (parser.isSet(QStringLiteral("kind"))) {
        request.mapping.kind = Core::Import::kindFromName(parser.value(QStringLiteral("kind")));
        if (!request.mapping.kind) {
            return failUsage(console, Text::tr("--kind must be orders, customers, campaigns or contacts"));
        }
    }
    for (const QString &map : parser.values(QStringLiteral("map"))) {
        const auto pair = Core::Import::parseMapOption(map);
        if (!pair) {
            return failUsage(console, Text::tr("--map takes FIELD=COLUMN, not '%1'").arg(map));
        }
        request.mapping.overrides.append(*pair);
    }
    const QString dateFormat = parser.value(QStringLiteral("date-format"));
    if (!dateFormat.isEmpty() && dateFormat != QLatin1String("auto")) {
        request.dateFormat = dateFormat;
    }
    if (!QFileInfo(request.path).isFile()) {
        return fail(console,
                    Core::makeError(Core::Error::Code::BadInput, Text::tr("no such file"),
                                    Core::ErrorContext {request.path, {}, -1, {}}));
    }
    const bool existed = QFileInfo::exists(dbPath);
    auto workspace = existed ? Core::Store::Workspace::open(dbPath) : Core::Store::Workspace::create(dbPath);
    if (!workspace) {
        return fail(console, workspace.error());
    }
    Core::Result<ImportSummary> summary = [&]() -> Core::Result<ImportSummary> {
        auto connection = workspace->connect();
        if (!connection) {
            return connection.error();
        }
        return Core::Import::importFile(connection->database(), request);
    }();
    if (!summary) {
        if (!existed) {
            for (const char *suffix : {"", "-wal", "-shm", "-journal"}) {
                QFile::remove(dbPath + QLatin1String(suffix));
            }
        }
        return fail(console, summary.error());
    }
    if (parser.isSet(QStringLiteral("json"))) {
        console.out << QString::fromUtf8(QJsonDocument(summaryJson(summary.value())).toJson(QJsonDocument::Indented));
        console.out.flush();
    } else {
        printSummary(console, summary.value());
    }
    return ExitOk;
}

}  // namespace

Command importCommand()
{
    Command command;
    command.name = QStringLiteral("import");
    command.summary = Text::tr("Import an orders, customers, campaigns or contacts file (xlsx, xls, CSV) into a "
                               "workspace");
    command.positionalSyntax = QStringLiteral("FILE");
    command.addOptions = [](QCommandLineParser &parser) {
        parser.addOption({QStringLiteral("db"), Text::tr("Workspace file (created when missing)."), Text::tr("DB")});
        parser.addOption({QStringLiteral("kind"),
                          Text::tr("What the file holds; detected from the columns when "
                                   "omitted."),
                          Text::tr("orders|customers|campaigns|contacts")});
        addReadOptions(parser);
        parser.addOption({QStringLiteral("map"),
                          Text::tr("Use COLUMN (header text or 1-based number) for FIELD; repeatable. "
                                   "Remembered in the workspace for files with the same columns."),
                          Text::tr("FIELD=COLUMN")});
        parser.addOption({QStringLiteral("date-format"),
                          Text::tr("Date format (Qt notation, e.g. dd.MM.yyyy) or auto."), Text::tr("auto|FMT")});
        parser.addOption({QStringLiteral("json"), Text::tr("Print a JSON summary.")});
    };
    command.run = runImport;
    return command;
}

}  // namespace Crm::Cli
