#pragma once

#include "common/result.h"

#include <QList>
#include <QString>
#include <QVariant>

class QIODevice;

namespace Crm::Core::Report {

// A result table as plain data: what `crmwb analyze` prints and what report tables and
// exports are built from. Values are raw (money in minor units, dates as QDate); the
// column type says how to render them.
struct DataColumn
{
    enum class Type { Text, Integer, Real, Money, Date, Percent };
    QString name;  // machine name, e.g. "recency_days"
    Type type = Type::Text;
};

struct DataTable
{
    QList<DataColumn> columns;
    QList<QVariantList> rows;

    void addColumn(const QString &name, DataColumn::Type type) { columns.append({name, type}); }
    qsizetype columnIndex(const QString &name) const;
};

// Machine text of one value: '.' decimals, no grouping, ISO dates, money with two decimals,
// percentages as fractions (0.125), empty for null.
QString machineText(const QVariant &value, DataColumn::Type type);

enum class TableFormat { Csv, Json, Text };

// Parses "csv", "json", "table"; nullopt otherwise.
std::optional<TableFormat> parseTableFormat(const QString &name);

// Writes UTF-8. CSV quotes as RFC 4180; JSON is an array of objects with typed values;
// text is an aligned table for terminals.
VoidResult writeTable(QIODevice &device, const DataTable &table, TableFormat format);

}  // namespace Crm::Core::Report
