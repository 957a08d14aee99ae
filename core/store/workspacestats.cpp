#include "workspacestats.h"

#include "connection.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace Crm::Core::Store {

const QStringList &workspaceTables()
{
    static const QStringList tables {
        QStringLiteral("imports"),           QStringLiteral("import_rejects"),
        QStringLiteral("customers"),         QStringLiteral("orders"),
        QStringLiteral("order_items"),       QStringLiteral("campaigns"),
        QStringLiteral("campaign_contacts"),
    };
    return tables;
}

Result<QList<QPair<QString, qint64>>> rowCounts(QSqlDatabase db)
{
    QList<QPair<QString, qint64>> counts;
    for (const QString &table : workspaceTables()) {
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table) || !query.next()) {
            return databaseError(table, query.lastError().text());
        }
        counts.append({table, query.value(0).toLongLong()});
    }
    return counts;
}

Result<QByteArray> contentHash(QSqlDatabase db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &table : workspaceTables()) {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        // Ordering by every column makes the order total even for tables without a key.
        QSqlQuery columns(db);
        if (!columns.exec(QStringLiteral("SELECT * FROM %1 LIMIT 0").arg(table))) {
            return databaseError(table, columns.lastError().text());
        }
        const QSqlRecord record = columns.record();
        QStringList orderBy;
        for (int i = 0; i < record.count(); ++i) {
            orderBy << QStringLiteral("\"%1\"").arg(record.fieldName(i));
        }
        if (!query.exec(QStringLiteral("SELECT * FROM %1 ORDER BY %2").arg(table, orderBy.join(QLatin1Char(','))))) {
            return databaseError(table, query.lastError().text());
        }
        hash.addData(table.toUtf8());
        while (query.next()) {
            for (int i = 0; i < record.count(); ++i) {
                const QVariant value = query.value(i);
                hash.addData(value.isNull() ? QByteArrayLiteral("\x01NULL") : value.toString().toUtf8());
                hash.addData(QByteArrayLiteral("\x1f"));
            }
            hash.addData(QByteArrayLiteral("\x1e"));
        }
    }
    return hash.result();
}

}  // namespace Crm::Core::Store
