#pragma once

#include "import/tablereader.h"

#include <QString>

#include <memory>

namespace Crm::Core::Import {

// Opens an OOXML workbook (.xlsx, .xlsm, .xltx, Transitional or Strict). The sheet is
// streamed row by row; only the shared strings table and the cell formats are held.
// options.sheet picks the sheet by name or 1-based index; by default the first visible
// worksheet (hidden and chart sheets are listed in sheets() but skipped).
// Numbers under date formats become QDate/QDateTime (QTime for a bare time of day).
Result<std::unique_ptr<TableReader>> openXlsxReader(const QString &path, const ReadOptions &options = {});

}  // namespace Crm::Core::Import
