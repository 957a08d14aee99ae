#pragma once

#include "common/result.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace Crm::Core::Store {

// One named QSqlDatabase connection, owned by the thread that opened it. QtSql connections
// must not cross threads, so every worker opens its own and drops it when done.
class Connection
{
public:
    Connection() = default;
    ~Connection();
    Connection(Connection &&other) noexcept;
    Connection &operator=(Connection &&other) noexcept;
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    // Opens the SQLite file with the workspace pragmas (foreign keys, busy timeout).
    // Does not check that the file is a workspace: Workspace::open does that first.
    static Result<Connection> openSqlite(const QString &path);

    QSqlDatabase database() const;
    QString name() const { return m_name; }
    bool isValid() const { return !m_name.isEmpty(); }

private:
    void close();

    QString m_name;
};

// Runs one SQL statement without results; maps failures to a Database error.
VoidResult exec(QSqlDatabase db, const QString &sql);

// SQLite: drops the indexes or triggers (`type`) of `table` whose names match the GLOB
// pattern, and returns their CREATE statements to run again later; automatic indexes (no
// SQL) stay. For bulk writes that rebuild or replace them inside the same transaction.
Result<QStringList> dropSchemaObjects(QSqlDatabase db, const QString &type, const QString &table,
                                      const QString &nameGlob = QStringLiteral("*"));

// Makes a Database error from the last error of a query or connection.
Error databaseError(const QString &what, const QString &driverText);

}  // namespace Crm::Core::Store
