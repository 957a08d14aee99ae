#include "bulkinsert.h"

#include "connection.h"

#include <QSqlDriver>
#include <QSqlError>

#ifdef CRM_SQLITE_DIRECT
#include <sqlite3.h>
#endif

namespace Crm::Core::Store {

namespace {

bool isConstraintViolation(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    return code == QLatin1String("19") || code == QLatin1String("1555") || code == QLatin1String("2067")
        || code == QLatin1String("23505") || error.databaseText().contains(QLatin1String("constraint"));
}

}  // namespace

sqlite3 *sqliteHandle(QSqlDatabase db)
{
#ifdef CRM_SQLITE_DIRECT
    if (db.driverName() != QLatin1String("QSQLITE") || !db.driver()) {
        return nullptr;
    }
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        return nullptr;
    }
    return *static_cast<sqlite3 *const *>(handle.constData());
#else
    Q_UNUSED(db);
    return nullptr;
#endif
}

BulkInsert::~BulkInsert()
{
    finalize();
}

void BulkInsert::finalize()
{
#ifdef CRM_SQLITE_DIRECT
    if (m_statement) {
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
    }
#endif
}

VoidResult BulkInsert::prepare(QSqlDatabase db, const QString &sql)
{
    finalize();
    m_sql = sql;
    m_fallback = false;
#ifdef CRM_SQLITE_DIRECT
    m_db = sqliteHandle(db);
    if (m_db) {
        const QByteArray utf8 = sql.toUtf8();
        if (sqlite3_prepare_v3(m_db, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT, &m_statement,
                               nullptr)
            != SQLITE_OK) {
            m_lastError = QString::fromUtf8(sqlite3_errmsg(m_db));
            m_statement = nullptr;
            return databaseError(sql, m_lastError);
        }
        return {};
    }
#endif
    m_query = QSqlQuery(db);
    if (!m_query.prepare(sql)) {
        m_lastError = m_query.lastError().text();
        return databaseError(sql, m_lastError);
    }
    m_fallback = true;
    return {};
}

void BulkInsert::bindNull(int index)
{
#ifdef CRM_SQLITE_DIRECT
    if (m_statement) {
        sqlite3_bind_null(m_statement, index + 1);
        return;
    }
#endif
    m_query.bindValue(index, QVariant());
}

void BulkInsert::bindInt(int index, qint64 value)
{
#ifdef CRM_SQLITE_DIRECT
    if (m_statement) {
        sqlite3_bind_int64(m_statement, index + 1, value);
        return;
    }
#endif
    m_query.bindValue(index, value);
}

void BulkInsert::bindDouble(int index, double value)
{
#ifdef CRM_SQLITE_DIRECT
    if (m_statement) {
        sqlite3_bind_double(m_statement, index + 1, value);
        return;
    }
#endif
    m_query.bindValue(index, value);
}

void BulkInsert::bindText(int index, QStringView text)
{
#ifdef CRM_SQLITE_DIRECT
    if (m_statement) {
        // An empty view may have no data pointer, which SQLite would bind as NULL.
        static const char16_t empty = 0;
        const void *data = text.isEmpty() ? static_cast<const void *>(&empty) : text.utf16();
        sqlite3_bind_text16(m_statement, index + 1, data, int(text.size() * 2), SQLITE_STATIC);
        return;
    }
#endif
    m_query.bindValue(index, text.toString());
}

void BulkInsert::bindUtf8(int index, const char *data, qsizetype size)
{
#ifdef CRM_SQLITE_DIRECT
    if (m_statement) {
        sqlite3_bind_text(m_statement, index + 1, size == 0 ? "" : data, int(size), SQLITE_STATIC);
        return;
    }
#endif
    m_query.bindValue(index, QString::fromUtf8(data, size));
}

void BulkInsert::bindBlob(int index, const QByteArray &bytes)
{
#ifdef CRM_SQLITE_DIRECT
    if (m_statement) {
        sqlite3_bind_blob(m_statement, index + 1, bytes.constData(), int(bytes.size()), SQLITE_STATIC);
        return;
    }
#endif
    m_query.bindValue(index, bytes);
}

void BulkInsert::bindValue(int index, const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::UnknownType:
        bindNull(index);
        break;
    case QMetaType::QString:
        bindText(index, *static_cast<const QString *>(value.constData()));
        break;
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Bool:
        bindInt(index, value.toLongLong());
        break;
    case QMetaType::Double:
        bindDouble(index, value.toDouble());
        break;
    default:
        if (value.isNull()) {
            bindNull(index);
        } else {
            // Rare types (dates from a custom converter): bound as their text, kept alive
            // in the QSqlQuery fallback or copied by SQLite.
#ifdef CRM_SQLITE_DIRECT
            if (m_statement) {
                const QByteArray utf8 = value.toString().toUtf8();
                sqlite3_bind_text(m_statement, index + 1, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
                break;
            }
#endif
            m_query.bindValue(index, value.toString());
        }
        break;
    }
}

BulkInsert::Outcome BulkInsert::exec()
{
#ifdef CRM_SQLITE_DIRECT
    if (m_statement) {
        const int rc = sqlite3_step(m_statement);
        Outcome outcome = Outcome::Done;
        if (rc != SQLITE_DONE && rc != SQLITE_ROW) {
            m_lastError = QString::fromUtf8(sqlite3_errmsg(m_db));
            outcome = (rc & 0xff) == SQLITE_CONSTRAINT ? Outcome::ConstraintViolation : Outcome::Failed;
        }
        sqlite3_reset(m_statement);
        sqlite3_clear_bindings(m_statement);
        return outcome;
    }
#endif
    if (!m_fallback) {
        m_lastError = QStringLiteral("statement not prepared");
        return Outcome::Failed;
    }
    if (m_query.exec()) {
        return Outcome::Done;
    }
    m_lastError = m_query.lastError().text();
    return isConstraintViolation(m_query.lastError()) ? Outcome::ConstraintViolation : Outcome::Failed;
}

}  // namespace Crm::Core::Store
