#pragma once

#include "common/result.h"
#include "fieldcatalog.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

namespace Crm::Core::Import {

// Which column feeds which canonical field of a kind.
struct ColumnMapping
{
    ImportKind kind = ImportKind::Orders;
    QStringList headers;  // titles of all columns
    QHash<QString, int> columns;  // field name → 0-based column

    int column(const QString &field) const { return columns.value(field, -1); }
    bool has(const QString &field) const { return columns.contains(field); }
    // Rows are product lines to fold into orders (quantity, unit price or SKU mapped).
    bool isLineLevel() const;
    // {"order_id": "InvoiceNo", ...} in field order, for imports.mapping and --json.
    QString toJson() const;
};

struct MappingRequest
{
    std::optional<ImportKind> kind;  // nullopt = detect from the headers
    QList<QPair<QString, QString>> overrides;  // --map FIELD=COLUMN: header text or 1-based index
    // The overrides are the whole mapping (the import wizard's confirmed one): no saved
    // profile and no detection adds a field to them. Needs `kind`.
    bool exact = false;
};

// Maps header titles to fields. Fails with BadUsage for an unknown field or column in an
// override, and with BadInput when the kind cannot be told or a required field has no column.
Result<ColumnMapping> detectMapping(const QStringList &headers, const MappingRequest &request);

// Applies `overrides` to `mapping` (a column then feeds only its overriding field) and checks
// that every required field has a column; errors as detectMapping.
Result<ColumnMapping> completeMapping(ColumnMapping mapping, const QList<QPair<QString, QString>> &overrides);

// The best mapping for one kind, without checking required fields.
ColumnMapping mapHeaders(const QStringList &headers, ImportKind kind);

// Fields of `mapping.kind` that are required but unmapped (amount counts as present when
// quantity and unit price are mapped).
QStringList missingFields(const ColumnMapping &mapping);

// Parses "FIELD=COLUMN" of --map.
std::optional<QPair<QString, QString>> parseMapOption(const QString &text);

}  // namespace Crm::Core::Import
