#include "workspace.h"

#include "customerdays.h"
#include "migrations.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QtEndian>

namespace Crm::Core::Store {

namespace {

constexpr char kSqliteMagic[] = "SQLite format 3";  // followed by NUL: 16 bytes in all
constexpr int kHeaderSize = 100;
constexpr int kUserVersionOffset = 60;
constexpr int kApplicationIdOffset = 68;

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Crm::Store)
};

Error notAWorkspace(const QString &path, const QString &why)
{
    return makeError(Error::Code::BadInput,
                     Text::tr("%1 is not a CRM Workbench workspace: %2").arg(QFileInfo(path).fileName(), why),
                     {path, {}, -1, {}});
}

VoidResult checkSignature(const QString &path, const FileSignature &signature)
{
    if (signature.size == 0) {
        return notAWorkspace(path, Text::tr("the file is empty."));
    }
    if (!signature.isSqlite) {
        return notAWorkspace(path, Text::tr("it is not a database file."));
    }
    if (signature.applicationId != kApplicationId) {
        return notAWorkspace(path, Text::tr("it is a database that belongs to another program."));
    }
    if (signature.schemaVersion > latestSchemaVersion()) {
        return makeError(
            Error::Code::BadInput,
            Text::tr("%1 was written by a newer version of CRM Workbench (workspace format %2; this version "
                     "reads up to %3). Install the newer version to open it.")
                .arg(QFileInfo(path).fileName())
                .arg(signature.schemaVersion)
                .arg(latestSchemaVersion()),
            {path, {}, -1, {}});
    }
    return {};
}

VoidResult createOwnerOnlyFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        return makeError(Error::Code::Io, Text::tr("Cannot create %1: %2").arg(path, file.errorString()));
    }
    // Customer data: nobody but the owner may read it. SQLite gives the -wal and -shm
    // files the permissions of the database file.
    if (!file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        return makeError(Error::Code::Io, Text::tr("Cannot restrict access to %1: %2").arg(path, file.errorString()));
    }
    return {};
}

}  // namespace

Result<FileSignature> readFileSignature(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(Error::Code::Io, Text::tr("Cannot read %1: %2").arg(path, file.errorString()),
                         {path, {}, -1, {}});
    }
    FileSignature signature;
    signature.size = file.size();
    const QByteArray header = file.read(kHeaderSize);
    if (header.size() < kHeaderSize || !header.startsWith(QByteArray(kSqliteMagic, sizeof kSqliteMagic))) {
        return signature;
    }
    signature.isSqlite = true;
    signature.schemaVersion = int(qFromBigEndian<qint32>(header.constData() + kUserVersionOffset));
    signature.applicationId = qFromBigEndian<qint32>(header.constData() + kApplicationIdOffset);
    return signature;
}

Result<Workspace> Workspace::create(const QString &path)
{
    const QFileInfo info(path);
    if (info.exists() && info.size() > 0) {
        return makeError(Error::Code::BadInput,
                         Text::tr("%1 already exists; choose a new file name.").arg(info.fileName()),
                         {path, {}, -1, {}});
    }
    if (auto ok = createOwnerOnlyFile(path); !ok) {
        return ok.error();
    }
    auto connection = Connection::openSqlite(path);
    if (!connection) {
        return connection.error();
    }
    QSqlDatabase db = connection->database();
    if (auto ok = exec(db, QStringLiteral("PRAGMA journal_mode = WAL")); !ok) {
        return ok.error();
    }
    if (auto ok = migrate(db, 0, latestSchemaVersion()); !ok) {
        return ok.error();
    }
    return Workspace(info.absoluteFilePath());
}

namespace {

// Schema 4 adds the customer_days cache empty and stale when there are orders: fill it once
// here, while the upgrade writes anyway (one ordered walk; several seconds at 10M orders),
// rather than leave every analysis walking the orders until the next import.
VoidResult fillCustomerDays(QSqlDatabase db)
{
    if (customerDayCacheIsValid(db)) {
        return {};
    }
    if (!db.transaction()) {
        return databaseError(QStringLiteral("BEGIN"), db.lastError().text());
    }
    if (auto ok = rebuildCustomerDayCache(db); !ok) {
        db.rollback();
        return ok;
    }
    if (!db.commit()) {
        const QString text = db.lastError().text();
        db.rollback();
        return databaseError(QStringLiteral("COMMIT"), text);
    }
    return {};
}

}  // namespace

Result<Workspace> Workspace::open(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        return makeError(Error::Code::BadInput, Text::tr("%1 does not exist.").arg(path), {path, {}, -1, {}});
    }
    auto signature = readFileSignature(path);
    if (!signature) {
        return signature.error();
    }
    if (auto ok = checkSignature(path, signature.value()); !ok) {
        return ok.error();
    }
    auto connection = Connection::openSqlite(path);
    if (!connection) {
        return connection.error();
    }
    QSqlDatabase db = connection->database();
    // The header can lag behind an un-checkpointed WAL: ask SQLite for the real values.
    auto version = schemaVersion(db);
    auto appId = applicationId(db);
    if (!version || !appId) {
        return version ? appId.error() : version.error();
    }
    FileSignature live = signature.value();
    live.schemaVersion = version.value();
    live.applicationId = appId.value();
    if (auto ok = checkSignature(path, live); !ok) {
        return ok.error();
    }
    if (live.schemaVersion < latestSchemaVersion()) {
        if (auto ok = migrate(db, live.schemaVersion, latestSchemaVersion()); !ok) {
            return ok.error();
        }
        if (live.schemaVersion < 4) {
            if (auto ok = fillCustomerDays(db); !ok) {
                return ok.error();
            }
        }
    }
    return Workspace(info.absoluteFilePath());
}

Result<Connection> Workspace::connect() const
{
    return Connection::openSqlite(m_path);
}

}  // namespace Crm::Core::Store
