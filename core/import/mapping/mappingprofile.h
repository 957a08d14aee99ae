#pragma once

#include "columnmapping.h"
#include "common/result.h"
#include "import/tablereader.h"

#include <QChar>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace Crm::Core::Import {

// A mapping a user confirmed once (--map, or the import wizard), remembered per workspace
// for files with the same layout: the same header titles (normalised, in order) and kind.
// Stored in the settings table under "mapping_profile/<SHA-256 of the layout>".
struct MappingProfile
{
    ColumnMapping mapping;  // kind, header titles and field → column
    QChar decimal;  // the --decimal given with it; null = detect
    QString dateFormat;  // the --date-format given with it; empty = detect
    QString savedAt;  // ISO 8601, UTC
};

// "orders\n<normalised title 1>\n<normalised title 2>…": what makes two files the same layout.
QString layoutSignature(const QStringList &headers, ImportKind kind);

// The settings key of a layout's profile.
QString mappingProfileKey(const QStringList &headers, ImportKind kind);

// The profile saved for these headers: of `kind` when given, else of the first kind (in
// allKinds() order) that has one. nullopt when there is none or it no longer fits the headers.
Result<std::optional<MappingProfile>> findMappingProfile(QSqlDatabase db, const QStringList &headers,
                                                         std::optional<ImportKind> kind = std::nullopt);

// Saves (or replaces) the profile of `profile.mapping`'s layout, in the caller's transaction.
VoidResult saveMappingProfile(QSqlDatabase db, const MappingProfile &profile);

QString mappingProfileToJson(const MappingProfile &profile);
std::optional<MappingProfile> mappingProfileFromJson(const QString &json, const QStringList &headers);

// Where a mapping came from, for the import summary ("mapping_source" in --json).
enum class MappingSource { Headers, Profile, Values, Exact };
QString mappingSourceName(MappingSource source);

struct MappingChoice
{
    ColumnMapping mapping;
    MappingSource source = MappingSource::Headers;
    QChar decimal;  // from the profile; null = none
    QString dateFormat;  // from the profile; empty = none
    QStringList notes;  // for the import's warnings ("mapping from saved profile …")
};

// The mapping an import uses: exactly the overrides when `request.exact`; else the saved profile of this layout when
// there is one (with `request.overrides` on top), otherwise the headers; when no header row was found or the titles
// name no field, the values of `data` (see mapValues). `headerFound` says whether `headers` came from a header row
// rather than "Column N" placeholders.
Result<MappingChoice> chooseMapping(QSqlDatabase db, const QStringList &headers, bool headerFound,
                                    const QList<SourceRow> &data, const MappingRequest &request);

}  // namespace Crm::Core::Import
