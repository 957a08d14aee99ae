#pragma once

#include "common/result.h"

#include <QSqlDatabase>
#include <QStringList>

namespace Crm::Core::Store {

// "CRMW" in the SQLite header's application_id field tells our files from other databases.
inline constexpr qint32 kApplicationId = 0x43524D57;

// One step of the schema history. Migration N turns schema N-1 into schema N.
struct Migration
{
    int version;
    QStringList statements;
};

// All migrations, oldest first. Append only: a released migration never changes.
const QList<Migration> &migrations();

// The schema version this build writes and understands.
int latestSchemaVersion();

// Applies every migration after `fromVersion` up to `toVersion`, each in its own
// transaction that also records the new PRAGMA user_version. On failure the database is
// left at the last version that committed.
VoidResult migrate(QSqlDatabase db, int fromVersion, int toVersion);

// The current PRAGMA user_version / application_id of an open connection.
Result<int> schemaVersion(QSqlDatabase db);
Result<qint32> applicationId(QSqlDatabase db);

}  // namespace Crm::Core::Store
