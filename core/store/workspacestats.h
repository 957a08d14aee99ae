#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <QString>

namespace Crm::Core::Store {

// The user-data tables of a workspace, in dependency order.
const QStringList &workspaceTables();

// Row count of every table in workspaceTables().
Result<QList<QPair<QString, qint64>>> rowCounts(QSqlDatabase db);

// SHA-256 over every row of every user-data table in primary-key order: equal hashes mean
// byte-identical table contents.
Result<QByteArray> contentHash(QSqlDatabase db);

}  // namespace Crm::Core::Store
