#pragma once

#include "import/tablereader.h"

#include <QList>
#include <QString>

namespace Crm::Core::Import {

// The sheet a workbook reader reads: `wanted` names it (exact name, then case-insensitive,
// then 1-based index); empty picks the first visible worksheet, else the first worksheet.
// Returns -1 with a translated `problem` when there is no such sheet.
qsizetype chooseSheet(const QList<SheetInfo> &sheets, const QString &wanted, QString &problem);

}  // namespace Crm::Core::Import
