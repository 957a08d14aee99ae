#include "importinspection.h"

#include "import/mapping/headerdetector.h"
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

// Blanks some titles of the header row, so the loader's automatic mapping skips those columns.
class HeaderMaskingReader final : public TableReader
{
public:
    HeaderMaskingReader(std::unique_ptr<TableReader> inner, qint64 headerRow, QList<int> columns)
        : m_inner(std::move(inner))
        , m_headerRow(headerRow)
        , m_columns(std::move(columns))
    { }

    QList<SheetInfo> sheets() const override { return m_inner->sheets(); }
    QString currentSheet() const override { return m_inner->currentSheet(); }
    QList<ReadWarning> warnings() const override { return m_inner->warnings(); }
    QString formatDescription() const override { return m_inner->formatDescription(); }
    QString encodingName() const override { return m_inner->encodingName(); }
    QChar delimiter() const override { return m_inner->delimiter(); }
    QChar decimalHint() const override { return m_inner->decimalHint(); }

    Core::VoidResult readRows(const RowSink &sink, const Core::ProgressSink &progress) override
    {
        return m_inner->readRows(
            [this, &sink](const SourceRow &row) {
                if (row.number != m_headerRow) {
                    return sink(row);
                }
                SourceRow masked = row;
                for (const int column : m_columns) {
                    if (column < masked.cells.size()) {
                        masked.cells[column] = QVariant();
                    }
                }
                return sink(masked);
            },
            progress);
    }

private:
    std::unique_ptr<TableReader> m_inner;
    qint64 m_headerRow;
    QList<int> m_columns;
};

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

FileInspection inspectFile(const QString &path, const ReadOptions &options)
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
    if (auto mapping = detectMapping(result.headers, {})) {
        result.detectedKind = mapping->kind;
        result.kindDetected = true;
    }
    // The converter learns its date orders from the whole sample, as the loader does.
    result.learnRows = sample.mid(header.index + 1);
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

ImportRequest importRequest(const QString &path, const ReadOptions &options, const ColumnMapping &mapping,
                            qint64 headerRowNumber)
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
    // Overrides can only add: a column the automatic mapping would use but the user left out
    // loses its title, so the loader maps it to nothing.
    QList<int> masked;
    const ColumnMapping automatic = mapHeaders(mapping.headers, mapping.kind);
    for (auto it = automatic.columns.cbegin(); it != automatic.columns.cend(); ++it) {
        if (!mapping.columns.values().contains(it.value())) {
            masked.append(it.value());
        }
    }
    if (!masked.isEmpty() && headerRowNumber > 0) {
        request.openReader
            = [masked, headerRowNumber](const QString &file,
                                        const ReadOptions &read) -> Core::Result<std::unique_ptr<TableReader>> {
            auto inner = openTableReader(file, read);
            if (!inner) {
                return inner.error();
            }
            return std::unique_ptr<TableReader>(
                std::make_unique<HeaderMaskingReader>(std::move(inner).value(), headerRowNumber, masked));
        };
    }
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
