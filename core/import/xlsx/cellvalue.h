#pragma once

#include <QString>
#include <QStringView>
#include <QVariant>

// The small conversions an OOXML cell needs: which number formats are dates, Excel
// serial numbers to dates, `_xHHHH_` escapes and cell references.
namespace Crm::Core::Import::Xlsx {

enum class DateKind { None, Date, Time, DateTime };

// Excel's built-in number format ids (ECMA-376 §18.8.30, plus the CJK locale ids 27-36
// and 50-58 that Chinese and Japanese Excel use for dates and times).
DateKind dateKindOfBuiltInFormat(int id);

// A custom format code is a date or time when, outside quoted text, [brackets] and
// escaped characters, its first section holds d, m, y, h or s.
DateKind dateKindOfFormatCode(QStringView code);

// Converts an Excel serial number: QDate for whole-day dates, QTime for a time of day
// below 1 under a time-only format, QDateTime (UTC, i.e. as shown, no zone) otherwise.
// The 1900 system repeats Lotus' 1900-02-29 bug (serial 60); out of range serials stay
// numbers (double).
QVariant serialToVariant(double serial, DateKind kind, bool date1904);

// Decodes ST_Xstring escapes: `_x000D_` is a carriage return, `_x005F_` a literal '_'.
QString decodeEscapes(QStringView text);

// 1-based column of a reference such as "AB12" (0 when there are no letters), and the
// 1-based row (0 when there are no digits). Columns above 16384 (XFD) give -1.
int columnOfReference(QStringView reference);
qint64 rowOfReference(QStringView reference);

// Parses an ISO 8601 `t="d"` cell value.
QVariant isoDateToVariant(QStringView text);

}  // namespace Crm::Core::Import::Xlsx
