#pragma once

#include "columnmapping.h"
#include "common/result.h"
#include "import/tablereader.h"

#include <QList>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace Crm::Core::Import {

// What the values of one column look like. Each pattern needs nearly all (95%) of at least
// three non-empty values; anything less certain is Unknown.
enum class ValuePattern {
    Unknown,
    UniqueId,  // codes with digits ("SO-10023", "000123"), no value twice
    RepeatedId,  // the same kind of codes, some repeated (customers of orders)
    DateTime,  // typed dates, or dates written with separators (not bare digit runs)
    Money,  // amounts with a currency sign or two decimals
    Email,
    Phone,  // mainland mobiles, +country numbers, (555) 123-4567, 010-12345678
    Channel,  // sales channel names (天猫, 京东, online, store, …)
    SmallNumber,  // short integers (quantities, points): not mapped
    Text,
};

ValuePattern classifyValues(const QList<QVariant> &values);

// Maps the columns of a table whose header row is missing or names no field, from their
// values; conservative: orders need exactly one date column, one amount column, one unique
// and one repeated identifier column; customers one unique identifier and an e-mail or phone
// column. Anything ambiguous fails with BadInput asking for --kind and --map.
Result<ColumnMapping> mapValues(const QStringList &headers, const QList<SourceRow> &data,
                                std::optional<ImportKind> kind);

}  // namespace Crm::Core::Import
