#include "columnmapping.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace Crm::Core::Import {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Crm::Import)
};

struct Candidate
{
    int rank;  // lower is better: exact synonym matches before containment
    int field;
    int column;
};

// A header containing a long enough synonym ("订单实付金额" contains "实付金额") is a weak match.
bool containsSynonym(const QString &header, const QString &synonym)
{
    const bool cjk = !synonym.isEmpty() && synonym.front().unicode() >= 0x2E80;
    const qsizetype minimum = cjk ? 2 : 5;
    return synonym.size() >= minimum && header.size() > synonym.size() && header.contains(synonym);
}

int scoreKind(const ColumnMapping &mapping)
{
    return int(mapping.columns.size());
}

std::optional<ImportKind> chooseKind(const QStringList &headers)
{
    const ColumnMapping orders = mapHeaders(headers, ImportKind::Orders);
    if (missingFields(orders).isEmpty()) {
        return ImportKind::Orders;
    }
    const ColumnMapping contacts = mapHeaders(headers, ImportKind::Contacts);
    const bool hasOrderId = orders.has(QStringLiteral("order_id"));
    if (!hasOrderId && missingFields(contacts).isEmpty()
        && (contacts.has(QStringLiteral("group")) || contacts.has(QStringLiteral("contacted_at")))) {
        return ImportKind::Contacts;
    }
    const ColumnMapping campaigns = mapHeaders(headers, ImportKind::Campaigns);
    const bool hasCustomer = orders.has(QStringLiteral("customer_id"));
    if (!hasCustomer && missingFields(campaigns).isEmpty() && scoreKind(campaigns) >= 2) {
        return ImportKind::Campaigns;
    }
    const ColumnMapping customers = mapHeaders(headers, ImportKind::Customers);
    if (!hasOrderId && missingFields(customers).isEmpty()) {
        return ImportKind::Customers;
    }
    return std::nullopt;
}

int resolveColumn(const QStringList &headers, const QString &column)
{
    bool isIndex = false;
    const int index = column.toInt(&isIndex);
    if (isIndex && index >= 1 && index <= headers.size()) {
        return index - 1;
    }
    for (int i = 0; i < headers.size(); ++i) {
        if (headers[i].compare(column.trimmed(), Qt::CaseInsensitive) == 0) {
            return i;
        }
    }
    const QString wanted = normalizeHeader(column);
    for (int i = 0; i < headers.size(); ++i) {
        if (normalizeHeader(headers[i]) == wanted) {
            return i;
        }
    }
    return -1;
}

}  // namespace

bool ColumnMapping::isLineLevel() const
{
    return kind == ImportKind::Orders
        && (has(QStringLiteral("quantity")) || has(QStringLiteral("unit_price")) || has(QStringLiteral("sku")));
}

QString ColumnMapping::toJson() const
{
    QJsonObject object;
    for (const FieldSpec &spec : fieldsFor(kind)) {
        const int index = column(spec.name);
        if (index >= 0 && index < headers.size()) {
            object.insert(spec.name, headers[index]);
        }
    }
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

ColumnMapping mapHeaders(const QStringList &headers, ImportKind kind)
{
    const QList<FieldSpec> &fields = fieldsFor(kind);
    QList<Candidate> candidates;
    for (int column = 0; column < headers.size(); ++column) {
        const QString header = normalizeHeader(headers[column]);
        for (int field = 0; field < fields.size(); ++field) {
            const QStringList &synonyms = fields[field].synonyms;
            for (int s = 0; s < synonyms.size(); ++s) {
                if (header == synonyms[s]) {
                    candidates.append({s, field, column});
                } else if (containsSynonym(header, synonyms[s])) {
                    candidates.append({1000 + s, field, column});
                }
            }
        }
    }
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const Candidate &a, const Candidate &b) { return a.rank < b.rank; });
    ColumnMapping mapping;
    mapping.kind = kind;
    mapping.headers = headers;
    QList<bool> columnUsed(headers.size(), false);
    for (const Candidate &candidate : std::as_const(candidates)) {
        const QString &name = fields[candidate.field].name;
        if (columnUsed[candidate.column] || mapping.columns.contains(name)) {
            continue;
        }
        mapping.columns.insert(name, candidate.column);
        columnUsed[candidate.column] = true;
    }
    // An order-level file's "Price" is the order amount.
    const QString amount = QStringLiteral("amount");
    const QString unitPrice = QStringLiteral("unit_price");
    if (kind == ImportKind::Orders && !mapping.has(amount) && mapping.has(unitPrice)
        && !mapping.has(QStringLiteral("quantity"))) {
        mapping.columns.insert(amount, mapping.columns.take(unitPrice));
    }
    return mapping;
}

QStringList missingFields(const ColumnMapping &mapping)
{
    QStringList missing;
    for (const FieldSpec &spec : fieldsFor(mapping.kind)) {
        if (spec.required && !mapping.has(spec.name)) {
            missing.append(spec.name);
        }
    }
    if (mapping.kind == ImportKind::Orders && !mapping.has(QStringLiteral("amount"))
        && !(mapping.has(QStringLiteral("quantity")) && mapping.has(QStringLiteral("unit_price")))) {
        missing.append(QStringLiteral("amount"));
    }
    return missing;
}

Result<ColumnMapping> detectMapping(const QStringList &headers, const MappingRequest &request)
{
    // Overrides first, so a --map can complete the fields that make a kind recognisable.
    std::optional<ImportKind> kind = request.kind;
    if (!kind) {
        kind = chooseKind(headers);
    }
    if (!kind && !request.overrides.isEmpty()) {
        // The overridden fields decide: the first kind that has all of them.
        for (ImportKind candidate : allKinds()) {
            const bool all = std::all_of(request.overrides.cbegin(), request.overrides.cend(),
                                         [candidate](const auto &o) { return findField(candidate, o.first); });
            if (all) {
                kind = candidate;
                break;
            }
        }
    }
    if (!kind) {
        return makeError(Error::Code::BadInput,
                         Text::tr("Could not tell whether the file holds orders, customers, campaigns or contacts "
                                  "from its columns (%1). Use --kind and --map FIELD=COLUMN.")
                             .arg(headers.join(QStringLiteral(", "))));
    }
    return completeMapping(mapHeaders(headers, *kind), request.overrides);
}

Result<ColumnMapping> completeMapping(ColumnMapping mapping, const QList<QPair<QString, QString>> &overrides)
{
    const QStringList &headers = mapping.headers;
    for (const auto &[field, column] : overrides) {
        if (!findField(mapping.kind, field)) {
            return makeError(Error::Code::BadUsage,
                             Text::tr("\"%1\" is not a field of %2.").arg(field, kindName(mapping.kind)));
        }
        const int index = resolveColumn(headers, column);
        if (index < 0) {
            return makeError(Error::Code::BadUsage, Text::tr("There is no column \"%1\" in the file.").arg(column));
        }
        // The column now feeds this field only.
        for (auto it = mapping.columns.begin(); it != mapping.columns.end();) {
            it = it.value() == index ? mapping.columns.erase(it) : std::next(it);
        }
        mapping.columns.insert(field, index);
    }
    if (const QStringList missing = missingFields(mapping); !missing.isEmpty()) {
        return makeError(
            Error::Code::BadInput,
            Text::tr("No column found for %1 (%2 file; columns: %3). Use --map FIELD=COLUMN.")
                .arg(missing.join(QStringLiteral(", ")), kindName(mapping.kind), headers.join(QStringLiteral(", "))));
    }
    return mapping;
}

std::optional<QPair<QString, QString>> parseMapOption(const QString &text)
{
    const qsizetype equals = text.indexOf(u'=');
    if (equals <= 0 || equals == text.size() - 1) {
        return std::nullopt;
    }
    return QPair<QString, QString>(text.left(equals).trimmed().toLower(), text.mid(equals + 1));
}

}  // namespace Crm::Core::Import
