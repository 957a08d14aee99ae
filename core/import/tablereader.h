#pragma once

// Note for the import helpers (import-csv, 17:40 UTC): added backward-compatibly to
// TableReader the virtuals encodingName(), delimiter() and decimalHint(), with defaults,
// for `crmwb inspect`/`import --json` and the mapper's number parsing. Spreadsheet readers
// need not override them.

#include "common/progress.h"
#include "common/result.h"

#include <QList>
#include <QString>
#include <QVariant>

#include <functional>
#include <memory>

namespace Crm::Core::Import {

// A cell as the source file holds it. Text files give QString only; spreadsheets give
// QString, double, bool, QDate, QDateTime (dates decided by number formats), or a
// CellError. An empty cell is a null QVariant.
struct CellError
{
    QString code;  // "#N/A", "#DIV/0!", ...
};

// One data row as read: cells left to right, 1-based row number as the user sees it
// in Excel or a text editor (physical line of the first field for CSV).
struct SourceRow
{
    qint64 number = 0;
    QVariantList cells;
};

// The longest cell text any reader accepts, in UTF-16 code units: 1,048,576, 32 times
// Excel's 32,767-character cell and 20 times Google Sheets' 50,000, so no cell a spreadsheet
// program can hold is refused, while one cell needs at most 2 MiB as UTF-16. Longer cells are
// refused (the file is damaged or hostile), not cut.
constexpr qsizetype kMaxCellChars = qsizetype(1) << 20;

struct SheetInfo
{
    QString name;
    bool hidden = false;
    bool chart = false;  // chart sheets hold no cells
};

// Non-fatal observations made while reading ("formula without cached value", "ragged row").
struct ReadWarning
{
    enum class Kind { RaggedRow, FormulaWithoutValue, EncodingGuess, MergedCells, Other };
    Kind kind = Kind::Other;
    qint64 row = -1;
    QString detail;  // translated
};

struct ReadOptions
{
    QString sheet;  // name or 1-based index as text; empty = first visible
    QString encoding = QStringLiteral("auto");  // text files: "auto" or a codec name
    QChar delimiter;  // text files: null = sniff
    QChar decimal;  // text files: null = sniff ('.' or ',')
};

// Streams the rows of one sheet of one file. Implementations never hold the whole file
// in memory. Errors name the file, sheet, row and column where they can.
class TableReader
{
public:
    virtual ~TableReader() = default;

    // All sheets of the workbook (a text file has one, named after the file).
    virtual QList<SheetInfo> sheets() const = 0;
    // The sheet readRows() reads.
    virtual QString currentSheet() const = 0;

    using RowSink = std::function<bool(const SourceRow &row)>;  // false stops reading
    // Calls sink for every row in order (including the header and any preamble rows; the
    // mapper decides which is the header). Progress is in bytes or rows, total may be 0.
    virtual VoidResult readRows(const RowSink &sink, const ProgressSink &progress = {}) = 0;

    virtual QList<ReadWarning> warnings() const = 0;
    // Text files: the encoding and delimiter actually used, for display ("GB18030, ';'").
    virtual QString formatDescription() const = 0;

    // Text files: the codec used ("UTF-8", "GB18030"); empty for spreadsheets.
    virtual QString encodingName() const { return {}; }
    // Text files: the field delimiter used; null for spreadsheets.
    virtual QChar delimiter() const { return {}; }
    // Text files: ',' when the numbers use decimal commas, '.' otherwise; null when unknown
    // (spreadsheets hold typed numbers).
    virtual QChar decimalHint() const { return {}; }
};

// Opens `path` with the reader its content calls for (not its extension): xlsx/xlsm,
// xls (BIFF), or delimited text. Refuses password-protected, ODS and unknown files with a
// message that says what to do.
Result<std::unique_ptr<TableReader>> openTableReader(const QString &path, const ReadOptions &options = {});

}  // namespace Crm::Core::Import
