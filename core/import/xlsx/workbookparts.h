#pragma once

#include "cellvalue.h"
#include "common/progress.h"
#include "common/result.h"
#include "import/tablereader.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QXmlStreamReader>

namespace Crm::Core::Import::Xlsx {

class ZipPackage;

// What workbook.xml and the package relationships say about the workbook.
struct WorkbookInfo
{
    QList<SheetInfo> sheets;  // in workbook order
    QStringList sheetParts;  // part name per sheet (empty when the relationship is missing)
    QString sharedStringsPart;  // empty when there is none
    QString stylesPart;
    bool date1904 = false;
    bool strict = false;  // Strict OOXML namespaces (purl.oclc.org)
};

// Follows _rels/.rels to the workbook part (xl/workbook.xml when missing), reads its
// sheets and date system and resolves its relationships to part names.
Result<WorkbookInfo> readWorkbookInfo(const ZipPackage &package);

// The date kind of every cell format (cellXfs index = a cell's s attribute).
Result<QList<DateKind>> readCellFormats(const ZipPackage &package, const QString &stylesPart);

// The shared strings table, rich-text runs joined, phonetic runs left out. Bounded: a
// table beyond the limit is refused rather than held.
Result<QStringList> readSharedStrings(const ZipPackage &package, const QString &part,
                                      const ProgressSink &progress = {});

// The text of an <si> or <is> element (reader positioned on its start); rPh skipped.
// A <t> without xml:space="preserve" (on itself or, per `preserve`, an ancestor) loses its
// leading and trailing XML white space, as Excel shows it.
QString readRichText(QXmlStreamReader &xml, bool preserve = false);

// Whether an element sets xml:space="preserve" (true), "default" (false) or nothing (fallback).
bool preservesSpace(const QXmlStreamReader &xml, bool fallback);

}  // namespace Crm::Core::Import::Xlsx
