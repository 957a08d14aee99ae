#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Crm::Core::Import {

// What a file holds; decides the target table.
enum class ImportKind { Orders, Customers, Campaigns, Contacts };

enum class ValueType { Text, Id, DateTime, Date, Money, Integer, Number };

// One canonical field of a kind, with the header texts (normalised, see normalizeHeader)
// that name it in English, Simplified and Traditional Chinese exports.
struct FieldSpec
{
    QString name;  // "order_id", "amount", ...
    ValueType type = ValueType::Text;
    bool required = false;
    QStringList synonyms;
};

QString kindName(ImportKind kind);
std::optional<ImportKind> kindFromName(const QString &name);
const QList<ImportKind> &allKinds();

// The fields of a kind in table order. Orders include the line-level fields (sku, product,
// quantity, unit_price) that fold into order_items.
const QList<FieldSpec> &fieldsFor(ImportKind kind);
const FieldSpec *findField(ImportKind kind, const QString &name);

// Header text reduced to what identifies it: NFKC (full-width to ASCII), lower case, no
// spaces, underscores, hyphens, dots or slashes, no units in brackets ("金额(元)" → "金额").
QString normalizeHeader(const QString &header);

// Whether a normalised header text is a synonym of any field of any kind.
bool isKnownHeader(const QString &normalized);

}  // namespace Crm::Core::Import
