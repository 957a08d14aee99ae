// The column mapper: header detection over rows of arbitrary cells, header normalisation
// and mapping, and --map option parsing. Input lines are rows, tabs separate cells.

#include "fuzzsupport.h"
#include "import/mapping/columnmapping.h"
#include "import/mapping/headerdetector.h"

using namespace Crm::Core::Import;

CRM_FUZZ_ENTRY(mapping)
{
    Crm::Fuzz::ensureApplication();
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const QStringList lines = text.split(QLatin1Char('\n'));
    QList<SourceRow> rows;
    int widest = 0;
    for (qsizetype i = 0; i < lines.size() && i < 64; ++i) {
        SourceRow row;
        row.number = i + 1;
        for (const QString &cell : lines.at(i).split(QLatin1Char('\t'))) {
            row.cells.append(cell.isEmpty() ? QVariant() : QVariant(cell));
        }
        widest = qMax(widest, int(row.cells.size()));
        rows.append(row);
    }
    const HeaderGuess guess = findHeaderRow(rows);
    CRM_FUZZ_ASSERT(guess.index >= -1 && guess.index < rows.size());
    const QStringList headers = headerTitles(guess.index >= 0 ? &rows.at(guess.index) : nullptr, widest);
    CRM_FUZZ_ASSERT(headers.size() >= widest);
    MappingRequest request;
    if (const auto option = parseMapOption(lines.constLast())) {
        request.overrides.append(*option);
    }
    if (auto mapping = detectMapping(headers, request)) {
        for (auto it = mapping->columns.cbegin(); it != mapping->columns.cend(); ++it) {
            CRM_FUZZ_ASSERT(it.value() >= 0 && it.value() < headers.size());
        }
        (void)mapping->toJson();
        (void)missingFields(mapping.value());
    }
    for (ImportKind kind : allKinds()) {
        const ColumnMapping mapping = mapHeaders(headers, kind);
        for (auto it = mapping.columns.cbegin(); it != mapping.columns.cend(); ++it) {
            CRM_FUZZ_ASSERT(it.value() >= 0 && it.value() < headers.size());
        }
    }
    for (const QString &header : headers) {
        (void)isKnownHeader(normalizeHeader(header));
    }
    return 0;
}
