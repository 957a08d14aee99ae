#pragma once

#include "cellvalue.h"
#include "common/progress.h"
#include "common/result.h"
#include "import/tablereader.h"
#include "xmlscanner.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QXmlStreamReader>

#include <optional>

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
// string longer than kMaxCellChars or a table beyond the limit is refused rather than held.
Result<QStringList> readSharedStrings(const ZipPackage &package, const QString &part,
                                      const ProgressSink &progress = {});

// The text of an <si> or <is> element (scanner on its start tag), appended to `text` as
// UTF-8; rPh skipped. A <t> without xml:space="preserve" (on itself or, per `preserve`, an
// ancestor) loses its leading and trailing XML white space, as Excel shows it. `run` is
// scratch space. False on a scan error (textOverflowed() past `maxBytes`).
bool readRichText(XmlScanner &xml, bool preserve, std::string &text, std::string &run, qsizetype maxBytes);

// The rich text as Excel shows it (`_xHHHH_` escapes decoded); nullopt, with the error
// raised on the scanner, when it is not valid UTF-8.
std::optional<QString> richTextString(XmlScanner &xml, QByteArrayView text);

// Whether the current start tag sets xml:space="preserve" (true), "default" (false) or
// nothing (fallback).
bool preservesSpace(const XmlScanner &xml, bool fallback);

// UTF-8 bytes an XML cell text of kMaxCellChars characters can take: an `_xHHHH_` escape is
// 7 bytes for one UTF-16 unit, more than any UTF-8 sequence or entity result.
constexpr qsizetype kMaxCellTextBytes = 7 * kMaxCellChars;

}  // namespace Crm::Core::Import::Xlsx
