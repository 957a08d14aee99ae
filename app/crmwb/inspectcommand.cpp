#include "commandline.h"
#include "import/mapping/columnmapping.h"
#include "import/mapping/headerdetector.h"
#include "import/mapping/mappingprofile.h"
#include "import/mapping/valueparsers.h"
#include "importoptions.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <cmath>
#include <limits>

namespace Crm::Cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Crm::Cli)
};

using Core::Import::SourceRow;

constexpr qsizetype kSampleRows = 2000;

// A cell as machine text: dates ISO 8601, numbers plain with '.', text as is.
QString machineCell(const QVariant &cell)
{
    switch (cell.typeId()) {
    case QMetaType::UnknownType:
        return {};
    case QMetaType::QString:
        return cell.toString();
    case QMetaType::Double: {
        const double value = cell.toDouble();
        if (value == std::floor(value) && std::abs(value) < 1e15) {
            return QString::number(qint64(value));
        }
        return QString::number(value, 'g', std::numeric_limits<double>::max_digits10 - 2);
    }
    case QMetaType::Bool:
        return cell.toBool() ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
    default:
        return Core::Import::cellText(cell);
    }
}

QString csvLine(const QVariantList &cells)
{
    QStringList fields;
    for (const QVariant &cell : cells) {
        QString text = machineCell(cell);
        if (text.contains(u',') || text.contains(u'"') || text.contains(u'\n') || text.contains(u'\r')) {
            text = QStringLiteral("\"%1\"").arg(text.replace(QStringLiteral("\""), QStringLiteral("\"\"")));
        }
        fields.append(text);
    }
    return fields.join(u',');
}

// The type a column's values share: integer, number, money, date, datetime, boolean, text.
QString cellType(const QVariant &cell, QChar decimal)
{
    switch (cell.typeId()) {
    case QMetaType::UnknownType:
        return {};
    case QMetaType::Bool:
        return QStringLiteral("boolean");
    case QMetaType::QDate:
        return QStringLiteral("date");
    case QMetaType::QDateTime:
        return QStringLiteral("datetime");
    case QMetaType::Double:
        return cell.toDouble() == std::floor(cell.toDouble()) ? QStringLiteral("integer") : QStringLiteral("number");
    default:
        break;
    }
    static const QRegularExpression integer(QStringLiteral("^[-+]?\\d{1,15}$"));
    static const QRegularExpression plainNumber(QStringLiteral("^[-+]?[\\d.,]+$"));
    const QString text = Core::Import::cellText(cell);
    if (text.isEmpty()) {
        return {};
    }
    if (integer.match(text).hasMatch()) {
        return text.size() > 1 && text.startsWith(u'0') ? QStringLiteral("text") : QStringLiteral("integer");
    }
    if (const auto date = Core::Import::parseDateTime(text, {}, false)) {
        return date->time() == QTime(0, 0) && !text.contains(u':') ? QStringLiteral("date")
                                                                   : QStringLiteral("datetime");
    }
    if (Core::Import::parseNumber(text, decimal)) {
        return plainNumber.match(text).hasMatch() ? QStringLiteral("number") : QStringLiteral("money");
    }
    return QStringLiteral("text");
}

QString columnType(const QList<SourceRow> &rows, int column, QChar decimal)
{
    QHash<QString, int> counts;
    for (const SourceRow &row : rows) {
        const QString type = cellType(row.cells.value(column), decimal);
        if (!type.isEmpty()) {
            ++counts[type];
        }
    }
    if (counts.isEmpty()) {
        return QStringLiteral("empty");
    }
    if (counts.size() == 2 && counts.contains(QStringLiteral("integer")) && counts.contains(QStringLiteral("number"))) {
        return QStringLiteral("number");
    }
    if (counts.size() == 2 && counts.contains(QStringLiteral("date")) && counts.contains(QStringLiteral("datetime"))) {
        return QStringLiteral("datetime");
    }
    return counts.size() == 1 ? counts.keys().constFirst() : QStringLiteral("text");
}

struct Inspection
{
    QString file;
    QString type;
    QString encoding;
    QString delimiter;
    QList<Core::Import::SheetInfo> sheets;
    QString sheet;
    qint64 headerRow = 0;
    QStringList headers;
    QStringList types;
    QStringList fields;
    QString kind;
    qint64 rowCount = 0;
    QList<SourceRow> rows;
    QStringList warnings;
};

QJsonObject inspectionJson(const Inspection &inspection)
{
    QJsonArray sheets;
    for (const auto &sheet : inspection.sheets) {
        sheets.append(QJsonObject {{QStringLiteral("name"), sheet.name},
                                   {QStringLiteral("hidden"), sheet.hidden},
                                   {QStringLiteral("chart"), sheet.chart}});
    }
    QJsonArray columns;
    for (int i = 0; i < inspection.headers.size(); ++i) {
        columns.append(QJsonObject {{QStringLiteral("index"), i + 1},
                                    {QStringLiteral("name"), inspection.headers[i]},
                                    {QStringLiteral("type"), inspection.types.value(i)},
                                    {QStringLiteral("field"), inspection.fields.value(i)}});
    }
    QJsonArray rows;
    for (const SourceRow &row : inspection.rows) {
        QJsonArray cells;
        for (const QVariant &cell : row.cells) {
            cells.append(cell.isNull() ? QJsonValue() : QJsonValue(machineCell(cell)));
        }
        rows.append(QJsonObject {{QStringLiteral("row"), row.number}, {QStringLiteral("cells"), cells}});
    }
    return QJsonObject {{QStringLiteral("file"), inspection.file},
                        {QStringLiteral("type"), inspection.type},
                        {QStringLiteral("encoding"), inspection.encoding},
                        {QStringLiteral("delimiter"), inspection.delimiter},
                        {QStringLiteral("sheets"), sheets},
                        {QStringLiteral("sheet"), inspection.sheet},
                        {QStringLiteral("header_row"), inspection.headerRow},
                        {QStringLiteral("kind"), inspection.kind},
                        {QStringLiteral("columns"), columns},
                        {QStringLiteral("row_count"), inspection.rowCount},
                        {QStringLiteral("rows"), rows},
                        {QStringLiteral("warnings"), QJsonArray::fromStringList(inspection.warnings)}};
}

void printTable(Console &console, const Inspection &inspection)
{
    QTextStream &out = console.out;
    out << Text::tr("File:      %1").arg(inspection.file) << '\n'
        << Text::tr("Type:      %1").arg(inspection.type) << '\n';
    if (!inspection.encoding.isEmpty()) {
        out << Text::tr("Encoding:  %1").arg(inspection.encoding) << '\n'
            << Text::tr("Delimiter: %1")
                   .arg(inspection.delimiter == QLatin1String("\t") ? QStringLiteral("\\t") : inspection.delimiter)
            << '\n';
    }
    for (const auto &sheet : inspection.sheets) {
        out << Text::tr("Sheet:     %1%2%3%4")
                   .arg(sheet.name, sheet.hidden ? Text::tr(" (hidden)") : QString(),
                        sheet.chart ? Text::tr(" (chart)") : QString(),
                        sheet.name == inspection.sheet ? Text::tr(" [read]") : QString())
            << '\n';
    }
    out << Text::tr("Header row: %1").arg(inspection.headerRow) << '\n'
        << Text::tr("Kind:      %1").arg(inspection.kind.isEmpty() ? Text::tr("(not recognised)") : inspection.kind)
        << '\n'
        << Text::tr("Rows:      %1").arg(inspection.rowCount) << '\n'
        << Text::tr("Columns:") << '\n';
    for (int i = 0; i < inspection.headers.size(); ++i) {
        out << QStringLiteral("  %1  %2  %3  %4\n")
                   .arg(i + 1, 3)
                   .arg(inspection.headers[i].left(30), -30)
                   .arg(inspection.types.value(i), -9)
                   .arg(inspection.fields.value(i));
    }
    for (const QString &warning : inspection.warnings) {
        out << Text::tr("Warning:   %1").arg(warning) << '\n';
    }
    out << Text::tr("Rows as read:") << '\n';
    for (const SourceRow &row : inspection.rows) {
        out << QStringLiteral("%1: ").arg(row.number, 6) << csvLine(row.cells) << '\n';
    }
    out.flush();
}

int runInspect(const QCommandLineParser &parser, Console &console)
{
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1) {
        return failUsage(console, Text::tr("give exactly one FILE to inspect"));
    }
    Core::Import::ReadOptions options;
    if (const auto problem = parseReadOptions(parser, options)) {
        return failUsage(console, *problem);
    }
    qint64 rowLimit = 20;
    const QString rowsText = parser.value(QStringLiteral("rows"));
    if (rowsText == QLatin1String("all")) {
        rowLimit = std::numeric_limits<qint64>::max();
    } else if (!rowsText.isEmpty()) {
        bool ok = false;
        rowLimit = rowsText.toLongLong(&ok);
        if (!ok || rowLimit < 0) {
            return failUsage(console, Text::tr("--rows takes a number or 'all'"));
        }
    }
    const QString formatName = parser.value(QStringLiteral("format"));
    const QString format = formatName.isEmpty() ? QStringLiteral("table") : formatName;
    if (format != QLatin1String("table") && format != QLatin1String("json") && format != QLatin1String("csv")) {
        return failUsage(console, Text::tr("--format must be table, json or csv"));
    }
    Inspection inspection;
    inspection.file = files.constFirst();
    auto reader = Core::Import::openTableReader(inspection.file, options);
    if (!reader) {
        return fail(console, reader.error());
    }
    const bool streamCsv = format == QLatin1String("csv");
    QList<SourceRow> sample;
    const Core::VoidResult read = reader.value()->readRows([&](const SourceRow &row) {
        ++inspection.rowCount;
        if (sample.size() < kSampleRows) {
            sample.append(row);
        }
        if (inspection.rowCount <= rowLimit) {
            if (streamCsv) {
                console.out << csvLine(row.cells) << '\n';
            } else {
                inspection.rows.append(row);
            }
        }
        return true;
    });
    if (!read) {
        return fail(console, read.error());
    }
    if (streamCsv) {
        console.out.flush();
        return ExitOk;
    }
    const auto &table = *reader.value();
    inspection.encoding = table.encodingName();
    inspection.delimiter = table.delimiter().isNull() ? QString() : QString(table.delimiter());
    inspection.type
        = inspection.encoding.isEmpty() ? QFileInfo(inspection.file).suffix().toLower() : QStringLiteral("text");
    inspection.sheets = table.sheets();
    inspection.sheet = table.currentSheet();
    const Core::Import::HeaderGuess header = Core::Import::findHeaderRow(sample);
    const qint64 headerNumber = header.index >= 0 ? sample[header.index].number : 0;
    for (const auto &warning : table.warnings()) {
        // Preamble lines above the header are expected to be narrower than the table.
        if (warning.kind != Core::Import::ReadWarning::Kind::RaggedRow || warning.row < 0
            || warning.row > headerNumber) {
            inspection.warnings.append(warning.detail);
        }
    }
    int columns = 0;
    for (const SourceRow &row : std::as_const(sample)) {
        columns = qMax(columns, int(row.cells.size()));
    }
    const SourceRow *headerRow = header.index >= 0 ? &sample[header.index] : nullptr;
    inspection.headerRow = headerRow ? headerRow->number : 0;
    inspection.headers = Core::Import::headerTitles(headerRow, columns);
    const QList<SourceRow> data = sample.mid(header.index + 1);
    const QChar decimal = table.decimalHint().isNull() ? QChar(u'.') : table.decimalHint();
    for (int i = 0; i < columns; ++i) {
        inspection.types.append(columnType(data, i, decimal));
        inspection.fields.append(QString());
    }
    // As the import maps it without a workspace: from the headers, or from the values.
    const auto choice = Core::Import::chooseMapping(QSqlDatabase(), inspection.headers, headerRow != nullptr, data, {});
    if (choice) {
        const Core::Import::ColumnMapping &mapping = choice->mapping;
        inspection.kind = Core::Import::kindName(mapping.kind);
        const QStringList mapped = mapping.columns.keys();
        for (const QString &field : mapped) {
            inspection.fields[mapping.columns.value(field)] = field;
        }
    }
    if (format == QLatin1String("json")) {
        console.out << QString::fromUtf8(QJsonDocument(inspectionJson(inspection)).toJson(QJsonDocument::Indented));
        console.out.flush();
    } else {
        printTable(console, inspection);
    }
    return ExitOk;
}

}  // namespace

Command inspectCommand()
{
    Command command;
    command.name = QStringLiteral("inspect");
    command.summary = Text::tr("Show how a file would be read (type, encoding, columns, rows) without importing it");
    command.positionalSyntax = QStringLiteral("FILE");
    command.addOptions = [](QCommandLineParser &parser) {
        addReadOptions(parser);
        parser.addOption({QStringLiteral("rows"), Text::tr("Rows to show (default 20) or all."), Text::tr("N|all")});
        parser.addOption({QStringLiteral("format"), Text::tr("Output: table (default), json or csv (rows only)."),
                          Text::tr("table|json|csv")});
    };
    command.run = runInspect;
    return command;
}

}  // namespace Crm::Cli
