#include "tableexport.h"

#include "report/masking.h"
#include "report/xlsxwriter.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QIODevice>
#include <QSaveFile>

namespace Crm::Core::Report {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Crm::Report)
};

constexpr qsizetype kProgressEvery = 1000;

QString csvField(const QString &text)
{
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) || text.contains(QLatin1Char('\n'))
        || text.contains(QLatin1Char('\r'))) {
        QString quoted = text;
        quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        return QLatin1Char('"') + quoted + QLatin1Char('"');
    }
    return text;
}

QList<qsizetype> indicesOf(const DataTable &table, const QStringList &names)
{
    QList<qsizetype> indices;
    for (qsizetype i = 0; i < table.columns.size(); ++i) {
        if (names.contains(table.columns.at(i).name, Qt::CaseInsensitive)) {
            indices << i;
        }
    }
    return indices;
}

Error cancelled()
{
    return makeError(Error::Code::Cancelled, Text::tr("The export was cancelled; nothing was written."));
}

}  // namespace

std::optional<ExportFormat> exportFormatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("csv")) {
        return ExportFormat::Csv;
    }
    if (suffix == QLatin1String("xlsx")) {
        return ExportFormat::Xlsx;
    }
    return std::nullopt;
}

DataTable maskedTable(const DataTable &table, const ExportOptions &options)
{
    if (!options.maskContacts) {
        return table;
    }
    const QList<qsizetype> phones = indicesOf(table, options.phoneColumns);
    const QList<qsizetype> emails = indicesOf(table, options.emailColumns);
    if (phones.isEmpty() && emails.isEmpty()) {
        return table;
    }
    DataTable masked = table;
    for (QVariantList &row : masked.rows) {
        for (const qsizetype i : phones) {
            if (i < row.size() && !row.at(i).isNull()) {
                row[i] = maskPhone(row.at(i).toString());
            }
        }
        for (const qsizetype i : emails) {
            if (i < row.size() && !row.at(i).isNull()) {
                row[i] = maskEmail(row.at(i).toString());
            }
        }
    }
    return masked;
}

VoidResult writeCsvExport(QIODevice &device, const DataTable &source, const ExportOptions &options,
                          const ProgressSink &progress)
{
    const DataTable table = maskedTable(source, options);
    auto field
        = [&](const QString &text) { return csvField(options.neutralizeFormulas ? neutralizeFormula(text) : text); };
    auto writeLine = [&](const QStringList &fields) {
        const QByteArray bytes = (fields.join(QLatin1Char(',')) + QStringLiteral("\r\n")).toUtf8();
        return device.write(bytes) == bytes.size();
    };
    const QByteArray bom("\xEF\xBB\xBF");
    bool ok = device.write(bom) == bom.size();
    QStringList header;
    for (qsizetype i = 0; i < table.columns.size(); ++i) {
        header << field(i < options.headers.size() ? options.headers.at(i) : table.columns.at(i).name);
    }
    ok = ok && writeLine(header);
    for (qsizetype r = 0; ok && r < table.rows.size(); ++r) {
        const QVariantList &row = table.rows.at(r);
        QStringList fields;
        for (qsizetype i = 0; i < table.columns.size(); ++i) {
            const DataColumn &column = table.columns.at(i);
            const QString text = machineText(row.value(i), column.type);
            // Only text can smuggle a formula: a negative amount in a money column is a number.
            fields << (column.type == DataColumn::Type::Text ? field(text) : csvField(text));
        }
        ok = writeLine(fields);
        if (r % kProgressEvery == 0 && !reportProgress(progress, r, table.rows.size())) {
            return cancelled();
        }
    }
    if (!ok) {
        return makeError(Error::Code::Io, Text::tr("Cannot write the export: %1").arg(device.errorString()));
    }
    return {};
}

VoidResult writeXlsxExport(const QString &path, const DataTable &source, const ExportOptions &options,
                           const ProgressSink &progress)
{
    const DataTable table = maskedTable(source, options);
    XlsxWriter writer;
    writer.setQuoteFormulaText(options.neutralizeFormulas);
    if (auto ok = writer.open(path, options.sheetName, table.columns, options.headers); !ok) {
        return ok;
    }
    for (qsizetype r = 0; r < table.rows.size(); ++r) {
        if (auto ok = writer.writeRow(table.rows.at(r)); !ok) {
            return ok;
        }
        if (r % kProgressEvery == 0 && !reportProgress(progress, r, table.rows.size())) {
            return cancelled();
        }
    }
    return writer.finish();
}

VoidResult exportTable(const QString &path, const DataTable &table, const ExportOptions &options,
                       const ProgressSink &progress)
{
    const auto format = exportFormatForPath(path);
    if (!format) {
        return makeError(Error::Code::BadUsage, Text::tr("Export to .csv or .xlsx, not %1.").arg(path));
    }
    if (*format == ExportFormat::Xlsx) {
        return writeXlsxExport(path, table, options, progress);
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return makeError(Error::Code::Io, Text::tr("Cannot write %1: %2").arg(path, file.errorString()));
    }
    if (auto ok = writeCsvExport(file, table, options, progress); !ok) {
        file.cancelWriting();
        return ok;
    }
    if (!file.commit()) {
        return makeError(Error::Code::Io, Text::tr("Cannot write %1: %2").arg(path, file.errorString()));
    }
    return {};
}

}  // namespace Crm::Core::Report
