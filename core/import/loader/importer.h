#pragma once

#include "common/progress.h"
#include "common/result.h"
#include "import/mapping/columnmapping.h"
#include "import/mapping/rowconverter.h"
#include "import/tablereader.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace Crm::Core::Import {

struct ImportRequest
{
    QString path;
    ReadOptions read;
    MappingRequest mapping;
    QString dateFormat;  // --date-format: a Qt date-time format; empty = auto
    // A file where more than this share of the data rows is rejected is refused as a whole.
    double maxRejectShare = 0.5;
    // Files at least this large drop the secondary indexes of the target table for the load
    // and build them again before commit (SQLite; inside the same transaction), when they
    // also bring at least this share of the rows the table already has (estimated from the
    // file's size and the sampled rows): rebuilding sorts the whole table, keeping the
    // indexes costs B-tree inserts for the imported rows only.
    qint64 rebuildIndexesFromBytes = 32 * 1024 * 1024;
    double rebuildIndexesFromShare = 0.25;
    // Tests only: fail with an internal error after this many data rows were loaded.
    qint64 failAfterRows = -1;
    // Opens the reader; default openTableReader (content-sniffed xlsx, xls or text).
    std::function<Result<std::unique_ptr<TableReader>>(const QString &, const ReadOptions &)> openReader;
};

struct ImportSummary
{
    qint64 importId = 0;
    QString file;
    QString kind;
    QString sheet;
    QString encoding;
    QString delimiter;
    qint64 headerRow = 0;  // 1-based source row of the header; 0 = none
    qint64 rowsRead = 0;  // data rows after the header (summary lines included)
    qint64 rowsImported = 0;  // data rows that went into the workspace
    qint64 rowsRejected = 0;
    qint64 rowsSkipped = 0;  // blank and one-cell summary/footer lines
    qint64 ordersWritten = 0;  // orders rows (after folding product lines)
    qint64 itemsWritten = 0;  // order_items rows
    QString mappingJson;
    QString mappingSource;  // "headers", "profile" or "values" (mappingSourceName)
    QStringList warnings;
    QList<RowReject> firstRejects;  // at most 20
};

// Reads `request.path`, maps and validates its rows and loads them into the workspace in one
// transaction: either the whole import is stored (imports row, data rows carrying its
// import_id, import_rejects) or the database is left exactly as it was. A file whose
// SHA-256 matches a completed import is refused (BadInput), as is a file where most rows
// fail. Cancelling through `progress` rolls back.
Result<ImportSummary> importFile(QSqlDatabase db, const ImportRequest &request, const ProgressSink &progress = {});

// Removes an import and every row it brought (orders, items, customers, campaigns,
// contacts, rejects) as a unit. BadInput when there is no such import.
VoidResult undoImport(QSqlDatabase db, qint64 importId);

// SHA-256 of a file's bytes, hex, streamed.
Result<QString> fileSha256(const QString &path);

}  // namespace Crm::Core::Import
