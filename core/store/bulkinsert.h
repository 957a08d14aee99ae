#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringView>
#include <QVariant>

struct sqlite3;
struct sqlite3_stmt;

namespace Crm::Core::Store {

// One prepared INSERT run for many rows of a bulk load. On SQLite it binds and steps
// through the C API on the Qt connection's own handle (QSqlQuery's per-value QVariant
// dispatch and result bookkeeping cost more than the insert itself); on other drivers it
// falls back to QSqlQuery. Parameters are 0-based. Text bound with bindText must stay
// alive until exec() returns. Used by the thread that owns the connection only.
class BulkInsert
{
public:
    enum class Outcome { Done, ConstraintViolation, Failed };

    BulkInsert() = default;
    ~BulkInsert();
    BulkInsert(const BulkInsert &) = delete;
    BulkInsert &operator=(const BulkInsert &) = delete;

    VoidResult prepare(QSqlDatabase db, const QString &sql);
    bool isPrepared() const { return m_statement != nullptr || m_fallback; }

    void bindNull(int index);
    void bindInt(int index, qint64 value);
    void bindDouble(int index, double value);
    void bindText(int index, QStringView text);
    void bindUtf8(int index, const char *data, qsizetype size);
    void bindBlob(int index, const QByteArray &bytes);
    // Null, QString, integer and double values as the importer's converted rows hold them.
    void bindValue(int index, const QVariant &value);

    // Runs the statement with the bound values, then clears them for the next row.
    Outcome exec();
    QString lastError() const { return m_lastError; }

private:
    void finalize();

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    bool m_fallback = false;
    QSqlQuery m_query;
    QString m_sql;
    QString m_lastError;
};

// The sqlite3 handle under a QSQLITE connection; null for other drivers.
sqlite3 *sqliteHandle(QSqlDatabase db);

}  // namespace Crm::Core::Store
