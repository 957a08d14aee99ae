#include "mappingprofile.h"

#include "store/connection.h"
#include "valuemapping.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace Crm::Core::Import {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Crm::Import)
};

const QString kKeyPrefix = QStringLiteral("mapping_profile/");

Result<std::optional<QString>> settingValue(QSqlDatabase db, const QString &key)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    query.addBindValue(key);
    if (!query.exec()) {
        return Store::databaseError(QStringLiteral("SELECT FROM settings"), query.lastError().text());
    }
    if (!query.next()) {
        return std::optional<QString>();
    }
    return std::optional<QString>(query.value(0).toString());
}

// Whether a title is a placeholder headerTitles() made up for a missing one.
bool allPlaceholders(const QStringList &headers)
{
    static const QString prefix = QStringLiteral("Column ");
    return std::all_of(headers.cbegin(), headers.cend(), [](const QString &title) {
        bool number = false;
        return title.startsWith(prefix) && (title.mid(prefix.size()).toInt(&number), number);
    });
}

}  // namespace

QString layoutSignature(const QStringList &headers, ImportKind kind)
{
    QStringList parts {kindName(kind)};
    for (const QString &header : headers) {
        parts.append(normalizeHeader(header));
    }
    return parts.join(u'\n');
}

QString mappingProfileKey(const QStringList &headers, ImportKind kind)
{
    const QByteArray hash
        = QCryptographicHash::hash(layoutSignature(headers, kind).toUtf8(), QCryptographicHash::Sha256).toHex();
    return kKeyPrefix + QString::fromLatin1(hash);
}

QString mappingProfileToJson(const MappingProfile &profile)
{
    QJsonObject columns;
    for (auto it = profile.mapping.columns.cbegin(); it != profile.mapping.columns.cend(); ++it) {
        columns.insert(it.key(), it.value() + 1);
    }
    QJsonObject object {
        {QStringLiteral("kind"), kindName(profile.mapping.kind)},
        {QStringLiteral("headers"), QJsonArray::fromStringList(profile.mapping.headers)},
        {QStringLiteral("columns"), columns},
        {QStringLiteral("saved_at"), profile.savedAt},
    };
    if (!profile.decimal.isNull()) {
        object.insert(QStringLiteral("decimal"), QString(profile.decimal));
    }
    if (!profile.dateFormat.isEmpty()) {
        object.insert(QStringLiteral("date_format"), profile.dateFormat);
    }
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

std::optional<MappingProfile> mappingProfileFromJson(const QString &json, const QStringList &headers)
{
    const QJsonObject object = QJsonDocument::fromJson(json.toUtf8()).object();
    const std::optional<ImportKind> kind = kindFromName(object.value(QStringLiteral("kind")).toString());
    if (!kind) {
        return std::nullopt;
    }
    MappingProfile profile;
    profile.mapping.kind = *kind;
    profile.mapping.headers = headers;
    const QJsonObject columns = object.value(QStringLiteral("columns")).toObject();
    for (auto it = columns.constBegin(); it != columns.constEnd(); ++it) {
        const int column = it.value().toInt() - 1;
        // A profile edited by hand or from an older catalog: unknown fields or columns make
        // it unusable rather than half applied.
        if (!findField(*kind, it.key()) || column < 0 || column >= headers.size()) {
            return std::nullopt;
        }
        profile.mapping.columns.insert(it.key(), column);
    }
    if (profile.mapping.columns.isEmpty()) {
        return std::nullopt;
    }
    const QString decimal = object.value(QStringLiteral("decimal")).toString();
    if (decimal == QLatin1String(".") || decimal == QLatin1String(",")) {
        profile.decimal = decimal.front();
    }
    profile.dateFormat = object.value(QStringLiteral("date_format")).toString();
    profile.savedAt = object.value(QStringLiteral("saved_at")).toString();
    return profile;
}

Result<std::optional<MappingProfile>> findMappingProfile(QSqlDatabase db, const QStringList &headers,
                                                         std::optional<ImportKind> kind)
{
    if (headers.isEmpty() || allPlaceholders(headers)) {
        return std::optional<MappingProfile>();
    }
    const QList<ImportKind> kinds = kind ? QList<ImportKind> {*kind} : allKinds();
    for (ImportKind candidate : kinds) {
        Result<std::optional<QString>> value = settingValue(db, mappingProfileKey(headers, candidate));
        if (!value) {
            return value.error();
        }
        if (value.value()) {
            if (auto profile = mappingProfileFromJson(*value.value(), headers);
                profile && profile->mapping.kind == candidate) {
                return profile;
            }
        }
    }
    return std::optional<MappingProfile>();
}

VoidResult saveMappingProfile(QSqlDatabase db, const MappingProfile &profile)
{
    const ColumnMapping &mapping = profile.mapping;
    if (mapping.headers.isEmpty() || allPlaceholders(mapping.headers)) {
        return {};  // a file without a header row has no layout to recognise
    }
    MappingProfile stored = profile;
    if (stored.savedAt.isEmpty()) {
        stored.savedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    }
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                                 "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    query.addBindValue(mappingProfileKey(mapping.headers, mapping.kind));
    query.addBindValue(mappingProfileToJson(stored));
    if (!query.exec()) {
        return Store::databaseError(QStringLiteral("INSERT INTO settings"), query.lastError().text());
    }
    return {};
}

QString mappingSourceName(MappingSource source)
{
    switch (source) {
    case MappingSource::Headers:
        return QStringLiteral("headers");
    case MappingSource::Profile:
        return QStringLiteral("profile");
    case MappingSource::Values:
        return QStringLiteral("values");
    case MappingSource::Exact:
        return QStringLiteral("exact");
    }
    return {};
}

Result<MappingChoice> chooseMapping(QSqlDatabase db, const QStringList &headers, bool headerFound,
                                    const QList<SourceRow> &data, const MappingRequest &request)
{
    MappingChoice choice;
    if (request.exact && request.kind) {
        ColumnMapping exact;
        exact.kind = *request.kind;
        exact.headers = headers;
        Result<ColumnMapping> mapping = completeMapping(std::move(exact), request.overrides);
        if (!mapping) {
            return mapping.error();
        }
        choice.mapping = std::move(mapping).value();
        choice.source = MappingSource::Exact;
        return choice;
    }
    if (headerFound && db.isValid()) {
        Result<std::optional<MappingProfile>> profile = findMappingProfile(db, headers, request.kind);
        if (!profile) {
            return profile.error();
        }
        if (profile.value()) {
            Result<ColumnMapping> mapping = completeMapping(profile.value()->mapping, request.overrides);
            if (!mapping) {
                return mapping.error();
            }
            choice.mapping = std::move(mapping).value();
            choice.source = MappingSource::Profile;
            choice.decimal = profile.value()->decimal;
            choice.dateFormat = profile.value()->dateFormat;
            choice.notes.append(
                Text::tr("mapping from saved profile for this layout (saved %1)").arg(profile.value()->savedAt));
            return choice;
        }
    }
    Result<ColumnMapping> byHeaders = detectMapping(headers, request);
    if (byHeaders) {
        choice.mapping = std::move(byHeaders).value();
        return choice;
    }
    const bool titlesNameFields = headerFound && std::any_of(headers.cbegin(), headers.cend(), [](const QString &h) {
                                      return isKnownHeader(normalizeHeader(h));
                                  });
    if (byHeaders.error().code == Error::Code::BadUsage || titlesNameFields) {
        return byHeaders.error();
    }
    Result<ColumnMapping> byValues = mapValues(headers, data, request.kind);
    if (!byValues) {
        return byValues.error();
    }
    Result<ColumnMapping> mapping = completeMapping(std::move(byValues).value(), request.overrides);
    if (!mapping) {
        return mapping.error();
    }
    choice.mapping = std::move(mapping).value();
    choice.source = MappingSource::Values;
    choice.notes.append(Text::tr("No header row names the fields; columns were mapped from their values: %1. "
                                 "Check them, or use --map FIELD=COLUMN.")
                            .arg(choice.mapping.toJson()));
    return choice;
}

}  // namespace Crm::Core::Import
