#include "headerdetector.h"

#include "fieldcatalog.h"
#include "valueparsers.h"

#include <QHash>
#include <QRegularExpression>

namespace Crm::Core::Import {

namespace {

constexpr int kHeaderSearchRows = 60;

int nonEmptyCells(const SourceRow &row)
{
    int count = 0;
    for (const QVariant &cell : row.cells) {
        if (!cellText(cell).isEmpty()) {
            ++count;
        }
    }
    return count;
}

// The usual number of filled cells in the rows after `from`.
int typicalWidth(const QList<SourceRow> &rows, qsizetype from)
{
    QHash<int, int> widths;
    for (qsizetype i = from; i < rows.size() && i < from + 200; ++i) {
        ++widths[nonEmptyCells(rows[i])];
    }
    int best = 0;
    int bestCount = 0;
    for (auto it = widths.cbegin(); it != widths.cend(); ++it) {
        if (it.key() > 1 && (it.value() > bestCount || (it.value() == bestCount && it.key() > best))) {
            best = it.key();
            bestCount = it.value();
        }
    }
    return best;
}

}  // namespace

bool looksNumericOrDate(const QVariant &cell)
{
    switch (cell.typeId()) {
    case QMetaType::Double:
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::QDate:
    case QMetaType::QDateTime:
    case QMetaType::Bool:
        return true;
    default:
        break;
    }
    const QString text = cellText(cell);
    if (text.isEmpty()) {
        return false;
    }
    return parseMoney(text).has_value() || parseDateTime(text, {}, false).has_value();
}

HeaderGuess findHeaderRow(const QList<SourceRow> &rows)
{
    HeaderGuess best;
    const qsizetype limit = qMin<qsizetype>(rows.size(), kHeaderSearchRows);
    for (qsizetype i = 0; i < limit; ++i) {
        int known = 0;
        int numeric = 0;
        for (const QVariant &cell : rows[i].cells) {
            if (cell.typeId() == QMetaType::QString && isKnownHeader(normalizeHeader(cellText(cell)))) {
                ++known;
            } else if (looksNumericOrDate(cell)) {
                ++numeric;
            }
        }
        // A summary line ("Total,,847,401,…") names a field but is mostly numbers.
        if (known > best.knownHeaders && 2 * numeric <= nonEmptyCells(rows[i])) {
            best = {int(i), known};
        }
    }
    // One known title in a preamble line ("日期: 2024-01-01") is not a header; two or more are.
    if (best.knownHeaders >= 2 || (best.knownHeaders == 1 && nonEmptyCells(rows[best.index]) >= 2)) {
        // A header written twice (a repeated title line) ends at its last copy.
        while (best.index + 1 < limit && rows[best.index + 1].cells == rows[best.index].cells) {
            ++best.index;
        }
        return best;
    }
    for (qsizetype i = 0; i < limit; ++i) {
        const int filled = nonEmptyCells(rows[i]);
        const int width = typicalWidth(rows, i + 1);
        if (filled < 2 || width == 0 || filled * 10 < width * 8) {
            continue;
        }
        const bool allText = std::none_of(rows[i].cells.cbegin(), rows[i].cells.cend(), looksNumericOrDate);
        const bool dataFollows = i + 1 < rows.size()
            && std::any_of(rows[i + 1].cells.cbegin(), rows[i + 1].cells.cend(), looksNumericOrDate);
        if (allText && (dataFollows || i + 1 >= rows.size())) {
            return {int(i), 0};
        }
        if (!allText) {
            break;  // data before any header: the table has none
        }
    }
    return {};
}

QStringList headerTitles(const SourceRow *header, int columnCount)
{
    QStringList titles;
    for (int column = 0; column < columnCount; ++column) {
        QString title = header && column < header->cells.size() ? cellText(header->cells[column]) : QString();
        if (title.isEmpty()) {
            title = QStringLiteral("Column %1").arg(column + 1);
        }
        titles.append(title);
    }
    return titles;
}

}  // namespace Crm::Core::Import
