#include "importinspection.h"

#include "import/mapping/headerdetector.h"
#include "import/mapping/mappingprofile.h"
#include "import/mapping/valueparsers.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QSet>

#include <memory>

namespace Crm::Ui {

using namespace Crm::Core::Import;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Crm::Ui::ImportWizard)
};

// As many rows as the loader uses to find the header and learn date formats.
constexpr qsizetype kSampleRows = 2000;
// Rows kept for the preview past the header.
constexpr qsizetype kPreviewRows = 50;
// Distinct keys remembered to find duplicates during the check.
constexpr qsizetype kMaxTrackedKeys = 2'000'000;

}  // namespace

Core::ProgressSink ImportTaskState::sink()
{
    return [this](qint64 doneSoFar, qint64 totalSoFar) {
        done = doneSoFar;
        total = totalSoFar;
        return !cancel.load();
    };
}

bool isSkippedLine(const SourceRow &row, int mappedColumns)
{
    int filled = 0;
    for (const QVariant &cell : row.cells) {
        if (!cell.isNull() && !cellText(cell).isEmpty() && ++filled > 1) {
            return false;
        }
    }
    return filled == 0 || mappedColumns >= 3;
}

FileInspection inspectFile(const QString &path, const ReadOptions &options, const QString &workspacePath)
{
    FileInspection result;
    auto reader = openTableReader(path, options);
    if (!reader) {
        result.error = reader.error().describe();
        return result;
    }
    TableReader &table = *reader.value();
    result.sheets = table.sheets();
    result.currentSheet = table.currentSheet();
    QList<SourceRow> sample;
    const auto read = table.readRows([&sample](const SourceRow &row) {
        sample.append(row);
        return sample.size() < kSampleRows;
    });
    if (!read) {
        result.error = read.error().describe();
        return result;
    }
    result.formatDescription = table.formatDescription();
    result.encoding = table.encodingName();
    result.delimiter = table.delimiter();
    if (!table.decimalHint().isNull()) {
        result.decimal = table.decimalHint();
    }
    result.warnings = table.warnings();

    const HeaderGuess header = findHeaderRow(sample);
    int columns = 0;
    for (const SourceRow &row : std::as_const(sample)) {
        columns = qMax(columns, int(row.cells.size()));
    }
    result.headerIndex = header.index;
    result.headers = headerTitles(header.index >= 0 ? &sample[header.index] : nullptr, columns);
    result.rows = sample.mid(0, header.index + 1 + kPreviewRows);
    // The converter learns its date orders from the whole sample, as the loader does.
    result.learnRows = sample.mid(header.index + 1);
    // The mapping the loader would choose: this layout's saved profile, the headers, or the values.
    std::optional<Core::Store::Workspace> workspace;
    std::optional<Core::Store::Connection> connection;
    if (!workspacePath.isEmpty()) {
        if (auto opened = Core::Store::Workspace::open(workspacePath)) {
            workspace.emplace(std::move(opened).value());
            if (auto connected = workspace->connect()) {
                connection.emplace(std::move(connected).value());
            }
        }
    }
    const auto choice = chooseMapping(connection ? connection->database() : QSqlDatabase(), result.headers,
                                      header.index >= 0, result.learnRows, {});
    if (choice) {
        result.mapping = choice->mapping;
        result.detectedKind = choice->mapping.kind;
        result.kindDetected = true;
        result.mappingSource = choice->source;
    } else {
        result.mapping = mapHeaders(result.headers, result.detectedKind);
    }
    return result;
}

ValidationResult validateFile(const QString &path, const ReadOptions &options, qint64 headerRowNumber,
                              const ColumnMapping &mapping, QChar decimal, const Core::ProgressSink &progress)
{
    ValidationResult result;
    auto reader = openTableReader(path, options);
    if (!reader) {
        result.error = reader.error().describe();
        return result;
    }
    ConversionOptions conversion;
    conversion.decimal = decimal;
    std::unique_ptr<RowConverter> converter;
    QList<SourceRow> sample;
    const int mapped = int(mapping.columns.size());
    ConvertedRow converted;
    RowReject reject;

    // Keys the loader refuses twice (orders, customers, campaigns); capped so memory stays
    // bounded on huge files, where the loader still finds the rest.
    const QString keyField = mapping.kind == ImportKind::Orders
        ? (mapping.isLineLevel() ? QString() : QStringLiteral("order_id"))
        : mapping.kind == ImportKind::Customers ? QStringLiteral("customer_id")
        : mapping.kind == ImportKind::Campaigns ? QStringLiteral("campaign_id")
                                                : QString();
    QSet<QString> seenKeys;
    const auto isFirstOccurrence = [&](const SourceRow &source, const ConvertedRow &row, RowReject &out) {
        const int index = keyField.isEmpty() ? -1 : converter->fieldIndex(keyField);
        if (index < 0 || seenKeys.size() >= kMaxTrackedKeys) {
            return true;
        }
        const QString key = row.values.value(index).toString();
        if (!seenKeys.contains(key)) {
            seenKeys.insert(key);
            return true;
        }
        out.row = row.row;
        out.column = mapping.headers.value(mapping.column(keyField));
        out.reason = Text::tr("%1 appears twice in the file").arg(key);
        out.raw = RowConverter::rawText(source);
        return false;
    };
    const auto process = [&](const SourceRow &row) {
        if (row.number <= headerRowNumber) {
            return;
        }
        if (isSkippedLine(row, mapped)) {
            ++result.rowsSkipped;
            return;
        }
        ++result.rowsRead;
        if (converter->convert(row, converted, reject) && isFirstOccurrence(row, converted, reject)) {
            ++result.rowsValid;
            return;
        }
        ++result.rowsRejected;
        if (result.firstRejects.size() < ValidationResult::kMaxRejects) {
            result.firstRejects.append(reject);
        }
    };
    const auto start = [&]() {
        converter = std::make_unique<RowConverter>(mapping, conversion);
        QList<SourceRow> data;
        for (const SourceRow &row : std::as_const(sample)) {
            if (row.number > headerRowNumber) {
                data.append(row);
            }
        }
        converter->learn(data);
        result.notes = converter->notes();
        for (const SourceRow &row : std::as_const(sample)) {
            process(row);
        }
        sample.clear();
    };

    const auto read = reader.value()->readRows(
        [&](const SourceRow &row) {
            if (converter) {
                process(row);
            } else {
                sample.append(row);
                if (sample.size() >= kSampleRows) {
                    start();
                }
            }
            return true;
        },
        progress);
    if (!read) {
        result.cancelled = read.error().code == Core::Error::Code::Cancelled;
        result.error = result.cancelled ? Text::tr("Cancelled.") : read.error().describe();
        return result;
    }
    if (!converter) {
        start();
    }
    return result;
}

ImportRequest importRequest(const QString &path, const ReadOptions &options, const ColumnMapping &mapping)
{
    ImportRequest request;
    request.path = path;
    request.read = options;
    request.mapping.kind = mapping.kind;
    for (const FieldSpec &field : fieldsFor(mapping.kind)) {
        if (const int column = mapping.column(field.name); column >= 0) {
            request.mapping.overrides.append({field.name, QString::number(column + 1)});
        }
    }
    request.mapping.exact = true;
    return request;
}

ImportOutcome runImport(const QString &workspacePath, const ImportRequest &request, const Core::ProgressSink &progress)
{
    ImportOutcome outcome;
    auto workspace = Core::Store::Workspace::open(workspacePath);
    if (!workspace) {
        outcome.error = workspace.error().describe();
        return outcome;
    }
    auto connection = workspace->connect();
    if (!connection) {
        outcome.error = connection.error().describe();
        return outcome;
    }
    auto summary = importFile(connection->database(), request, progress);
    if (!summary) {
        outcome.cancelled = summary.error().code == Core::Error::Code::Cancelled;
        outcome.error = summary.error().describe();
        return outcome;
    }
    outcome.summary = std::move(summary).value();
    return outcome;
}

}  // namespace Crm::Ui
