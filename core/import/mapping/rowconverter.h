#pragma once

#include "columnmapping.h"
#include "import/tablereader.h"
#include "valueparsers.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QVariant>

namespace Crm::Core::Import {

// A row that could not be used, with where and why (stored in import_rejects).
struct RowReject
{
    qint64 row = -1;
    QString column;  // header title; empty when the row as a whole is wrong
    QString reason;  // translated
    QString raw;  // the row's cells joined by tabs
};

// A row converted to its kind's fields, in fieldsFor(kind) order. Values are typed for
// binding: QString (ids, text, ISO dates), qint64 (money in minor units, integers),
// double (quantities); null when the cell was empty.
struct ConvertedRow
{
    qint64 row = -1;
    QVariantList values;
    bool cancelled = false;  // orders: the source marks the row as a cancellation/return
};

struct ConversionOptions
{
    QChar decimal = u'.';
    QString dateFormat;  // --date-format; empty = auto
};

// Turns source rows into typed field values for one mapping. Date order (D/M/Y vs M/D/Y)
// and the cancellation marker are decided once from a sample of the column.
class RowConverter
{
public:
    RowConverter(ColumnMapping mapping, ConversionOptions options);

    // Decides per-column formats from data rows (the first few thousand are plenty).
    void learn(const QList<SourceRow> &sample);

    // Returns false and fills `reject` when a required value is missing or a value cannot
    // be read.
    bool convert(const SourceRow &source, ConvertedRow &out, RowReject &reject) const;

    const ColumnMapping &mapping() const { return m_mapping; }
    int fieldIndex(const QString &name) const { return m_fieldIndex.value(name, -1); }
    // Observations about the columns for the user ("dates read as D/M/Y by default").
    QStringList notes() const { return m_notes; }

    static QString rawText(const SourceRow &source);

private:
    bool cancellationStatus(const QString &status) const;

    ColumnMapping m_mapping;
    ConversionOptions m_options;
    QList<FieldSpec> m_fields;
    QList<int> m_columns;  // per field: source column or -1
    QList<DateColumnFormat> m_dateFormats;  // per field
    QHash<QString, int> m_fieldIndex;
    bool m_invoicePrefixCancels = false;
    int m_statusField = -1;  // orders only
    int m_orderIdField = -1;
    // isCancellationStatus per distinct status text (convert() is const but runs on one
    // thread at a time).
    mutable QHash<QString, bool> m_statusCache;
    QStringList m_notes;
};

}  // namespace Crm::Core::Import
