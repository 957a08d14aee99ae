#pragma once

#include "common/money.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringView>
#include <QVariant>

#include <optional>

namespace Crm::Core::Import {

// Parses an amount as users' files write it: currency symbols and codes (¥ ￥ $ € £ HK$ RMB
// 元), thousands separators, decimal comma, full-width digits, "(1,234.50)" and trailing
// minus negatives. `decimal` is the file's decimal separator hint ('.' or ','); with both
// separators in one value the later one is the decimal point whatever the hint.
std::optional<MoneyMinor> parseMoney(const QString &text, QChar decimal = u'.');

// A plain number ("3", "2,5", "1 234.5"); same rules as parseMoney without rounding.
std::optional<double> parseNumber(const QString &text, QChar decimal = u'.');

// Order of day and month in numeric dates whose year is not first.
enum class DayMonthOrder { Unknown, DayFirst, MonthFirst };

// What a column sample says about its dates: D/M/Y vs M/D/Y is decided over all values
// (a value with a first part > 12 proves day-first). `ambiguous` is true when no value
// decided it and the default (month-first for '/', day-first for '.' and '-') applies.
struct DateColumnFormat
{
    DayMonthOrder order = DayMonthOrder::Unknown;
    bool ambiguous = false;
    bool conflicting = false;  // values prove both orders: the majority wins
    QString explicitFormat;  // --date-format: a QDateTime format, empty = auto
};

DateColumnFormat detectDateFormat(const QList<QVariant> &sample);

// Parses a cell into a date-time (date-only values get 00:00). Accepts QDate/QDateTime
// cells, ISO 8601, Y/M/D, D/M/Y and M/D/Y with / . - separators and 2- or 4-digit years,
// 2024年3月5日 with optional time, "5 Mar 2024", yyyyMMdd, and Excel serial numbers
// (text or numeric cells, 1900 system) when `allowSerial`.
std::optional<QDateTime> parseDateTime(const QVariant &cell, const DateColumnFormat &format, bool allowSerial = true);

// The stored form of a cell that is already ISO 8601 ("2024-03-05", "2024-03-05 14:30",
// "2024-03-05 14:30:00", "2024-03-05T14:30:00"): "2024-03-05T14:30:00", or "2024-03-05"
// when `dateOnly`, as parseDateTime then isoDateTime (or QDate::toString(Qt::ISODate)) give
// it, but built straight from the digits. nullopt for any other text, including
// impossible dates such as 2023-02-29.
std::optional<QString> isoStoredForm(QStringView text, bool dateOnly);

// "2024-03-05T14:30:00": the form the workspace stores.
QString isoDateTime(const QDateTime &dateTime);

// Whether a status text marks a cancellation or return (退款, 已取消, refunded, ...).
bool isCancellationStatus(const QString &status);

// Cell text with surrounding whitespace (and the tab padding of Chinese exports) removed;
// numbers from spreadsheets written without exponent or trailing zeros.
QString cellText(const QVariant &cell);

}  // namespace Crm::Core::Import
