#pragma once

#include "common/progress.h"
#include "common/result.h"
#include "report/datatable.h"

#include <QString>
#include <QStringList>

#include <optional>

class QIODevice;

namespace Crm::Core::Report {

enum class ExportFormat { Csv, Xlsx };

// How a customer list leaves the workbench. Masking is on by default: a list forwarded
// by e-mail should not carry full phone numbers and addresses unless the user says so.
struct ExportOptions
{
    bool maskContacts = true;
    QStringList phoneColumns {QStringLiteral("phone"), QStringLiteral("mobile")};
    QStringList emailColumns {QStringLiteral("email")};
    // Text that begins with = + - @ tab or CR: CSV prefixes it with an apostrophe, XLSX
    // keeps the text and marks the cell quotePrefix (inline strings are never evaluated).
    bool neutralizeFormulas = true;
    QString sheetName = QStringLiteral("Export");
    QStringList headers;  // optional display headers, one per column; default: column names
};

// ".csv" -> Csv, ".xlsx" -> Xlsx (case-insensitive); nullopt otherwise.
std::optional<ExportFormat> exportFormatForPath(const QString &path);

// The table as it will be written: phone and e-mail columns masked when asked. Formula
// neutralisation is left to the writer, because it differs between the formats.
DataTable maskedTable(const DataTable &table, const ExportOptions &options);

// UTF-8 with a byte-order mark (so Excel on Windows reads Chinese correctly), CRLF line
// ends, RFC 4180 quoting, values as machine text ('.' decimals, ISO dates).
VoidResult writeCsvExport(QIODevice &device, const DataTable &table, const ExportOptions &options = {},
                          const ProgressSink &progress = {});

// Writes the table as one worksheet (see XlsxWriter), row by row.
VoidResult writeXlsxExport(const QString &path, const DataTable &table, const ExportOptions &options = {},
                           const ProgressSink &progress = {});

// Picks the format from the file suffix; the file is replaced only when writing succeeds.
VoidResult exportTable(const QString &path, const DataTable &table, const ExportOptions &options = {},
                       const ProgressSink &progress = {});

}  // namespace Crm::Core::Report
