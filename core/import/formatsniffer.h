#pragma once

#include "common/result.h"

#include <QString>

namespace Crm::Core::Import {

// What a file really is, decided from its bytes (never from its name).
enum class FileFormat {
    Empty,  // zero bytes
    Xlsx,  // OOXML workbook in a zip (.xlsx, .xlsm, .xltx, .xltm)
    Xlsb,  // binary OOXML workbook (.xlsb): not supported
    BrokenZip,  // starts like a zip but the archive cannot be opened
    OtherZip,  // a zip, but not a spreadsheet (e.g. a .docx)
    Ods,  // OpenDocument spreadsheet
    EncryptedOoxml,  // OLE2 container holding EncryptionInfo/EncryptedPackage
    Xls,  // BIFF workbook (OLE2 "Workbook"/"Book" stream, or a bare BIFF2-4 stream)
    OtherOle2,  // OLE2 container without a workbook (e.g. a .doc)
    Html,  // an HTML page, as many web "Excel exports" are
    SpreadsheetMl2003,  // Excel 2003 XML spreadsheet
    Text,  // anything else: delimited text for the CSV reader
};

// Reads the start of `path` (and for zips and OLE2 files their directory) and names its
// format. Fails only when the file cannot be read at all.
Result<FileFormat> detectFileFormat(const QString &path);

}  // namespace Crm::Core::Import
