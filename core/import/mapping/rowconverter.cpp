#include "rowconverter.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cmath>

namespace Crm::Core::Import {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Crm::Import)
};

bool isCancelPrefixed(const QString &orderId)
{
    return orderId.size() > 1 && (orderId.front() == u'C' || orderId.front() == u'c') && orderId.at(1).isDigit();
}

}  // namespace

RowConverter::RowConverter(ColumnMapping mapping, ConversionOptions options)
    : m_mapping(std::move(mapping))
    , m_options(std::move(options))
    , m_fields(fieldsFor(m_mapping.kind))
{
    for (int i = 0; i < m_fields.size(); ++i) {
        m_columns.append(m_mapping.column(m_fields[i].name));
        m_fieldIndex.insert(m_fields[i].name, i);
        DateColumnFormat format;
        format.explicitFormat = m_options.dateFormat;
        m_dateFormats.append(format);
    }
    m_statusField = fieldIndex(QStringLiteral("status"));
    m_orderIdField = fieldIndex(QStringLiteral("order_id"));
}

void RowConverter::learn(const QList<SourceRow> &sample)
{
    for (int i = 0; i < m_fields.size(); ++i) {
        const int column = m_columns[i];
        const ValueType type = m_fields[i].type;
        if (column < 0 || (type != ValueType::Date && type != ValueType::DateTime) || !m_options.dateFormat.isEmpty()) {
            continue;
        }
        QList<QVariant> cells;
        for (const SourceRow &row : sample) {
            if (column < row.cells.size()) {
                cells.append(row.cells[column]);
            }
        }
        DateColumnFormat format = detectDateFormat(cells);
        const QString header = m_mapping.headers.value(column);
        if (format.ambiguous) {
            m_notes.append(
                Text::tr("Column %1: no date decides between day/month and month/day order; read as %2.")
                    .arg(header,
                         format.order == DayMonthOrder::DayFirst ? QStringLiteral("D/M/Y") : QStringLiteral("M/D/Y")));
        } else if (format.conflicting) {
            m_notes.append(
                Text::tr("Column %1 mixes D/M/Y and M/D/Y dates; read as the majority, %2.")
                    .arg(header,
                         format.order == DayMonthOrder::DayFirst ? QStringLiteral("D/M/Y") : QStringLiteral("M/D/Y")));
        }
        m_dateFormats[i] = format;
    }
    // Online Retail style: invoice numbers are digits, cancellations are "C" + digits.
    const int orderColumn = m_mapping.kind == ImportKind::Orders ? m_mapping.column(QStringLiteral("order_id")) : -1;
    if (orderColumn >= 0) {
        static const QRegularExpression digits(QStringLiteral("^\\d+$"));
        int numeric = 0;
        int prefixed = 0;
        for (const SourceRow &row : sample) {
            const QString id = cellText(row.cells.value(orderColumn));
            if (digits.match(id).hasMatch()) {
                ++numeric;
            } else if (isCancelPrefixed(id) && digits.match(id.mid(1)).hasMatch()) {
                ++prefixed;
            }
        }
        m_invoicePrefixCancels = numeric > 0 && prefixed > 0 && prefixed * 4 < numeric + prefixed;
        if (m_invoicePrefixCancels) {
            m_notes.append(Text::tr("Order numbers starting with \"C\" are read as cancellations."));
        }
    }
}

bool RowConverter::cancellationStatus(const QString &status) const
{
    // A status column holds a handful of distinct values: remember them instead of running
    // the marker expression on every row.
    constexpr qsizetype kMaxRemembered = 256;
    const auto known = m_statusCache.constFind(status);
    if (known != m_statusCache.constEnd()) {
        return known.value();
    }
    const bool cancels = isCancellationStatus(status);
    if (m_statusCache.size() < kMaxRemembered) {
        m_statusCache.insert(status, cancels);
    }
    return cancels;
}

QString RowConverter::rawText(const SourceRow &source)
{
    QStringList cells;
    cells.reserve(source.cells.size());
    for (const QVariant &cell : source.cells) {
        cells.append(cellText(cell));
    }
    return cells.join(u'\t');
}

bool RowConverter::convert(const SourceRow &source, ConvertedRow &out, RowReject &reject) const
{
    out.row = source.number;
    out.values.resize(m_fields.size());
    out.cancelled = false;
    const auto fail = [&](int field, const QString &reason) {
        reject.row = source.number;
        reject.column = field >= 0 && m_columns[field] >= 0 ? m_mapping.headers.value(m_columns[field]) : QString();
        reject.reason = reason;
        reject.raw = rawText(source);
        return false;
    };
    for (int i = 0; i < m_fields.size(); ++i) {
        const int column = m_columns[i];
        static const QVariant none;
        // A reference, not a copy: the cell's text may still sit in the reading thread's cache.
        const QVariant &cell = column >= 0 && column < source.cells.size() ? source.cells.at(column) : none;
        const QString text = cellText(cell);
        if (text.isEmpty()) {
            out.values[i] = QVariant();
            if (m_fields[i].required) {
                return fail(i, Text::tr("%1 is empty.").arg(m_fields[i].name));
            }
            continue;
        }
        switch (m_fields[i].type) {
        case ValueType::Id:
        case ValueType::Text:
            out.values[i] = text;
            break;
        case ValueType::Date:
        case ValueType::DateTime: {
            // Already ISO 8601 (most exports): the stored text straight from the digits.
            if (m_options.dateFormat.isEmpty() && cell.typeId() == QMetaType::QString) {
                if (std::optional<QString> iso = isoStoredForm(text, m_fields[i].type == ValueType::Date)) {
                    out.values[i] = std::move(*iso);
                    break;
                }
            }
            // A spreadsheet date (QDate): stored as its ISO text would be from a CSV file,
            // without the local QDateTime of parseDateTime(), whose time zone lookup (a stat
            // of /etc/localtime per call in glibc) cost more than reading the cell.
            if (cell.typeId() == QMetaType::QDate && cell.toDate().isValid()) {
                if (std::optional<QString> iso
                    = isoStoredForm(cell.toDate().toString(Qt::ISODate), m_fields[i].type == ValueType::Date)) {
                    out.values[i] = std::move(*iso);
                    break;
                }
            }
            const std::optional<QDateTime> value = parseDateTime(cell, m_dateFormats[i]);
            if (!value) {
                return fail(i, Text::tr("\"%1\" is not a date.").arg(text));
            }
            out.values[i]
                = m_fields[i].type == ValueType::Date ? value->date().toString(Qt::ISODate) : isoDateTime(*value);
            break;
        }
        case ValueType::Money: {
            std::optional<MoneyMinor> value;
            if (cell.typeId() == QMetaType::Double) {
                value = MoneyMinor(std::llround(cell.toDouble() * kMinorPerMajor));
            } else {
                value = parseMoney(text, m_options.decimal);
            }
            if (!value) {
                return fail(i, Text::tr("\"%1\" is not an amount.").arg(text));
            }
            out.values[i] = qint64(*value);
            break;
        }
        case ValueType::Integer:
        case ValueType::Number: {
            const std::optional<double> value = cell.typeId() == QMetaType::Double
                ? std::optional<double>(cell.toDouble())
                : parseNumber(text, m_options.decimal);
            if (!value || !std::isfinite(*value)) {
                return fail(i, Text::tr("\"%1\" is not a number.").arg(text));
            }
            out.values[i]
                = m_fields[i].type == ValueType::Integer ? QVariant(qint64(std::llround(*value))) : QVariant(*value);
            break;
        }
        }
    }
    if (m_mapping.kind == ImportKind::Orders) {
        const QVariant &status = out.values[m_statusField];
        out.cancelled = (m_invoicePrefixCancels && isCancelPrefixed(out.values[m_orderIdField].toString()))
            || (!status.isNull()
                && cancellationStatus(status.typeId() == QMetaType::QString
                                          ? *static_cast<const QString *>(status.constData())
                                          : status.toString()));
    }
    return true;
}

}  // namespace Crm::Core::Import
