#pragma once

#include "import/tablereader.h"

#include <QString>

#include <memory>

namespace Crm::Core::Import {

// Opens a legacy Excel .xls (BIFF2-BIFF8) through libfreexl. FreeXL loads the workbook
// itself, so files above a size cap are refused (legacy workbooks are small by nature).
// Dates come back as QDate/QDateTime/QTime, numbers as double, text as QString.
Result<std::unique_ptr<TableReader>> openXlsReader(const QString &path, const ReadOptions &options = {});

}  // namespace Crm::Core::Import
