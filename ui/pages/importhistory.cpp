#include "importhistory.h"

#include "store/connection.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace Crm::Ui {

using Core::Report::DataColumn;
using Core::Report::DataTable;

Core::Result<DataTable> loadImportHistory(QSqlDatabase db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT import_id, file_name, sheet, kind, started_at, rows_read, rows_imported, "
                                   "rows_rejected, status, file_sha256 FROM imports ORDER BY import_id DESC"))) {
        return Core::Store::databaseError(QStringLiteral("imports"), query.lastError().text());
    }
    DataTable table;
    table.addColumn(QStringLiteral("import_id"), DataColumn::Type::Integer);
    table.addColumn(QStringLiteral("file_name"), DataColumn::Type::Text);
    table.addColumn(QStringLiteral("sheet"), DataColumn::Type::Text);
    table.addColumn(QStringLiteral("kind"), DataColumn::Type::Text);
    table.addColumn(QStringLiteral("started_at"), DataColumn::Type::Text);
    table.addColumn(QStringLiteral("rows_read"), DataColumn::Type::Integer);
    table.addColumn(QStringLiteral("rows_imported"), DataColumn::Type::Integer);
    table.addColumn(QStringLiteral("rows_rejected"), DataColumn::Type::Integer);
    table.addColumn(QStringLiteral("status"), DataColumn::Type::Text);
    table.addColumn(QStringLiteral("file_sha256"), DataColumn::Type::Text);
    while (query.next()) {
        QVariantList row;
        for (int column = 0; column < 10; ++column) {
            row << query.value(column);
        }
        // Stored as ISO text; shown without the "T".
        row[4] = row.at(4).toString().replace(QLatin1Char('T'), QLatin1Char(' '));
        table.rows.append(row);
    }
    return table;
}

Core::Result<DataTable> loadImportRejects(QSqlDatabase db, qint64 importId)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT row_number, \"column\", reason, raw FROM import_rejects "
                                 "WHERE import_id = :id ORDER BY row_number LIMIT 100000"));
    query.bindValue(QStringLiteral(":id"), importId);
    if (!query.exec()) {
        return Core::Store::databaseError(QStringLiteral("import rejects"), query.lastError().text());
    }
    DataTable table;
    table.addColumn(QStringLiteral("row_number"), DataColumn::Type::Integer);
    table.addColumn(QStringLiteral("column"), DataColumn::Type::Text);
    table.addColumn(QStringLiteral("reason"), DataColumn::Type::Text);
    table.addColumn(QStringLiteral("raw"), DataColumn::Type::Text);
    while (query.next()) {
        table.rows.append({query.value(0), query.value(1), query.value(2), query.value(3)});
    }
    return table;
}

}  // namespace Crm::Ui
