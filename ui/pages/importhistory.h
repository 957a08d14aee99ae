#pragma once

#include "common/result.h"
#include "report/datatable.h"

#include <QSqlDatabase>

namespace Crm::Ui {

// Every import of the workspace, newest first: import_id, file_name, sheet, kind,
// started_at, rows_read, rows_imported, rows_rejected, status, file_sha256.
Core::Result<Core::Report::DataTable> loadImportHistory(QSqlDatabase db);

// The rejected rows of one import: row_number, column, reason, raw.
Core::Result<Core::Report::DataTable> loadImportRejects(QSqlDatabase db, qint64 importId);

}  // namespace Crm::Ui
