#include "connection.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

namespace Crm::Core::Store {

namespace {

QString nextConnectionName()
{
    static std::atomic<quint64> counter {0};
    return QStringLiteral("crm-connection-%1").arg(++counter);
}

}  // namespace

Connection::~Connection()
{
    close();
}

Connection::Connection(Connection &&other) noexcept
    : m_name(std::exchange(other.m_name, QString()))
{ }

Connection &Connection::operator=(Connection &&other) noexcept
{
    if (this != &other) {
        close();
        m_name = std::exchange(other.m_name, QString());
    }
    return *this;
}

void Connection::close()
{
    if (m_name.isEmpty()) {
        return;
    }
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
    m_name.clear();
}

Result<Connection> Connection::openSqlite(const QString &path)
{
    Connection connection;
    connection.m_name = nextConnectionName();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection.m_name);
    if (!db.isValid()) {
        return makeError(Error::Code::Internal,
                         QCoreApplication::translate("Crm::Store", "The SQLite driver for Qt is not installed."));
    }
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        return databaseError(QCoreApplication::translate("Crm::Store", "Cannot open %1").arg(path),
                             db.lastError().text());
    }
    for (const char *pragma :
         {"PRAGMA foreign_keys = ON", "PRAGMA synchronous = NORMAL", "PRAGMA temp_store = MEMORY"}) {
        if (auto ok = exec(db, QString::fromLatin1(pragma)); !ok) {
            return ok.error();
        }
    }
    return connection;
}

QSqlDatabase Connection::database() const
{
    return QSqlDatabase::database(m_name, false);
}

VoidResult exec(QSqlDatabase db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql)) {
        return databaseError(sql.left(80), query.lastError().text());
    }
    return {};
}

Result<QStringList> dropSchemaObjects(QSqlDatabase db, const QString &type, const QString &table,
                                      const QString &nameGlob)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = ? AND tbl_name = ? "
                                 "AND name GLOB ? AND sql IS NOT NULL"));
    query.addBindValue(type);
    query.addBindValue(table);
    query.addBindValue(nameGlob);
    if (!query.exec()) {
        return databaseError(QStringLiteral("SELECT FROM sqlite_master"), query.lastError().text());
    }
    QStringList names;
    QStringList statements;
    while (query.next()) {
        names << query.value(0).toString();
        statements << query.value(1).toString();
    }
    query.finish();  // an open statement would keep DROP from running
    for (const QString &name : std::as_const(names)) {
        if (auto ok = exec(db, QStringLiteral("DROP %1 \"%2\"").arg(type.toUpper(), name)); !ok) {
            return ok.error();
        }
    }
    return statements;
}

Error databaseError(const QString &what, const QString &driverText)
{
    return makeError(Error::Code::Database,
                     QCoreApplication::translate("Crm::Store", "Database error (%1): %2").arg(what, driverText));
}

}  // namespace Crm::Core::Store
