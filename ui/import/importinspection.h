#pragma once

#include "import/loader/importer.h"
#include "import/mapping/columnmapping.h"
#include "import/mapping/mappingprofile.h"
#include "import/mapping/rowconverter.h"
#include "import/tablereader.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>

namespace Crm::Ui {

// Shared between a worker and the wizard: the worker publishes progress, the wizard asks it
// to stop. Plain atomics, read by a timer, so no signal crosses threads per row.
struct ImportTaskState
{
    std::atomic<bool> cancel = false;
    std::atomic<qint64> done = 0;
    std::atomic<qint64> total = 0;

    Core::ProgressSink sink();
};

// What the wizard learns from the first rows of a file (read on a worker).
struct FileInspection
{
    QString error;  // translated; empty on success
    QList<Core::Import::SheetInfo> sheets;
    QString currentSheet;
    QString formatDescription;
    QString encoding;  // text files only
    QChar delimiter;  // text files only
    QChar decimal = u'.';
    QList<Core::Import::ReadWarning> warnings;
    QList<Core::Import::SourceRow> rows;  // the first rows as read, preamble included
    QList<Core::Import::SourceRow> learnRows;  // data rows of the sample, to learn date orders
    int headerIndex = -1;  // position of the header in rows; -1 = none
    QStringList headers;
    Core::Import::ImportKind detectedKind = Core::Import::ImportKind::Orders;
    bool kindDetected = false;
    // The mapping the loader would use on its own (a saved profile, the headers or the
    // values), or the headers' best guess for detectedKind when it cannot tell.
    Core::Import::ColumnMapping mapping;
    Core::Import::MappingSource mappingSource = Core::Import::MappingSource::Headers;

    bool isText() const { return !encoding.isEmpty(); }
    QList<Core::Import::SourceRow> previewRows() const { return rows.mid(headerIndex + 1); }
    qint64 headerRowNumber() const { return headerIndex >= 0 ? rows.at(headerIndex).number : 0; }
};

// Reads the sheet list, the first rows, the header and the automatic mapping of a file;
// with a workspace, a mapping profile saved there for the file's layout comes first.
FileInspection inspectFile(const QString &path, const Core::Import::ReadOptions &options,
                           const QString &workspacePath = {});

// What an import of the whole file with a mapping would do, without writing anything.
struct ValidationResult
{
    QString error;  // translated; empty on success
    bool cancelled = false;
    qint64 rowsRead = 0;
    qint64 rowsValid = 0;
    qint64 rowsRejected = 0;
    qint64 rowsSkipped = 0;
    QList<Core::Import::RowReject> firstRejects;  // at most kMaxRejects
    QStringList notes;

    static constexpr int kMaxRejects = 50;
};

ValidationResult validateFile(const QString &path, const Core::Import::ReadOptions &options, qint64 headerRowNumber,
                              const Core::Import::ColumnMapping &mapping, QChar decimal,
                              const Core::ProgressSink &progress);

struct ImportOutcome
{
    QString error;  // translated; empty on success
    bool cancelled = false;
    Core::Import::ImportSummary summary;
};

// The ImportRequest that loads exactly `mapping`: every mapped field as a column override,
// marked exact so that neither a saved profile nor the automatic mapping adds a field.
Core::Import::ImportRequest importRequest(const QString &path, const Core::Import::ReadOptions &options,
                                          const Core::Import::ColumnMapping &mapping);

// Opens its own connection to the workspace and imports; run on a worker thread.
ImportOutcome runImport(const QString &workspacePath, const Core::Import::ImportRequest &request,
                        const Core::ProgressSink &progress);

// Whether the loader skips a row (blank, or a one-cell summary line in a wide table).
bool isSkippedLine(const Core::Import::SourceRow &row, int mappedColumns);

}  // namespace Crm::Ui
