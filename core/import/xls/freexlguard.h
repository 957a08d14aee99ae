#pragma once

#include <QByteArray>
#include <QString>

namespace Crm::Core::Import {

// FreeXL 1.0.6 copies a string of the length a BIFF record declares without comparing it
// with the record's size: a LABEL, a BIFF8 FORMAT or a shared string that claims more
// characters than its record holds makes it read up to 128 KB past its 8 KB record buffer
// (found by fuzzing). These checks walk the records exactly as FreeXL will and find any
// such string before FreeXL sees the file. Strings that cannot run past the buffer (sheet
// names, BIFF5 formats: one length byte) are left to FreeXL.
struct BiffCheck
{
    // The bytes of the workbook stream FreeXL will read: whole records up to where FreeXL
    // stops (its end mark, an oversized record, or a record cut off by the stream's end).
    // Workbook streams only: a legacy worksheet is handed over whole.
    qsizetype length = 0;
    // Why FreeXL must not read the stream, in words for the user; empty when it may.
    QString damage;
};

// The workbook stream (BIFF5 or BIFF8) taken out of an OLE2 compound file.
BiffCheck checkWorkbookStreamForFreeXl(const QByteArray &stream);
// A BIFF2, BIFF3 or BIFF4 worksheet file: a bare record stream FreeXL reads from the file.
BiffCheck checkLegacyWorksheetForFreeXl(const QByteArray &file);

}  // namespace Crm::Core::Import
