#include "valueparsers.h"

#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace Crm::Core::Import {

namespace {

// NFKC turns full-width digits and signs into ASCII; plain ASCII text needs no pass.
QString normalizedText(const QString &input)
{
    const bool ascii = std::all_of(input.cbegin(), input.cend(), [](QChar c) { return c.unicode() < 0x80; });
    return ascii ? input.trimmed() : input.normalized(QString::NormalizationForm_KC).trimmed();
}

// "1234", "-12.5": the common case, parsed without regular expressions.
bool isPlainDecimal(const QString &text)
{
    qsizetype i = text.startsWith(u'-') ? 1 : 0;
    qsizetype digits = 0;
    bool dot = false;
    for (; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c >= u'0' && c <= u'9') {
            ++digits;
        } else if (c == u'.' && !dot) {
            dot = true;
        } else {
            return false;
        }
    }
    return digits > 0 && digits <= 15;
}

int digitsAt(QStringView text, qsizetype from, qsizetype count)
{
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const char16_t c = text[i].unicode();
        if (c < u'0' || c > u'9') {
            return -1;
        }
        value = value * 10 + (c - u'0');
    }
    return value;
}

struct IsoParts
{
    int year = 0;
    int month = 0;
    int day = 0;
    int hour = 0;
    int minute = 0;
    int second = 0;
};

// "2024-03-05", "2024-03-05 14:30:00", "2024-03-05T14:30:00": parsed by position and
// checked to be a real date and time.
std::optional<IsoParts> parseIsoParts(QStringView text)
{
    if ((text.size() != 10 && text.size() != 16 && text.size() != 19) || text[4] != u'-' || text[7] != u'-') {
        return std::nullopt;
    }
    IsoParts parts;
    parts.year = digitsAt(text, 0, 4);
    parts.month = digitsAt(text, 5, 2);
    parts.day = digitsAt(text, 8, 2);
    if (text.size() > 10) {
        if ((text[10] != u' ' && text[10] != u'T') || text[13] != u':') {
            return std::nullopt;
        }
        parts.hour = digitsAt(text, 11, 2);
        parts.minute = digitsAt(text, 14, 2);
        if (text.size() == 19) {
            parts.second = text[16] == u':' ? digitsAt(text, 17, 2) : -1;
        }
    }
    if (parts.year < 0 || parts.month < 0 || parts.day < 0 || parts.hour < 0 || parts.minute < 0 || parts.second < 0
        || !QDate::isValid(parts.year, parts.month, parts.day)
        || !QTime::isValid(parts.hour, parts.minute, parts.second)) {
        return std::nullopt;
    }
    return parts;
}

std::optional<QDateTime> parseIsoFast(const QString &text)
{
    const std::optional<IsoParts> parts = parseIsoParts(text);
    if (!parts) {
        return std::nullopt;
    }
    return QDateTime(QDate(parts->year, parts->month, parts->day), QTime(parts->hour, parts->minute, parts->second));
}

void putDigits(char16_t *out, int value, int count)
{
    for (int i = count - 1; i >= 0; --i) {
        out[i] = char16_t(u'0' + value % 10);
        value /= 10;
    }
}

// The number text with currency marks, spaces and sign removed; sign returned separately.
std::optional<QString> numericBody(const QString &input, bool &negative)
{
    static const QRegularExpression currency(
        QStringLiteral("[¥€£$₩₹元圆円\\s\\x{00A0}\\x{202F}']|RMB|CNY|USD|HKD|EUR|GBP|JPY|TWD|NTD|NT|HK|US"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression numeric(QStringLiteral("^\\d[\\d.,]*$|^[.,]\\d+$"));
    QString text = normalizedText(input);
    text.replace(QChar(0x2212), QLatin1Char('-'));
    negative = false;
    text.remove(currency);
    if (text.startsWith(u'(') && text.endsWith(u')')) {
        negative = true;
        text = text.mid(1, text.size() - 2);
    }
    if (text.startsWith(u'-')) {
        negative = !negative;
        text.remove(0, 1);
    } else if (text.startsWith(u'+')) {
        text.remove(0, 1);
    } else if (text.endsWith(u'-')) {
        negative = !negative;
        text.chop(1);
    }
    text.remove(currency);  // "-¥28.16": the symbol after the sign
    if (!numeric.match(text).hasMatch()) {
        return std::nullopt;
    }
    return text;
}

// "1.234,56" → "1234.56" by the rules in valueparsers.h.
QString plainDecimal(const QString &body, QChar decimalHint)
{
    const qsizetype lastDot = body.lastIndexOf(u'.');
    const qsizetype lastComma = body.lastIndexOf(u',');
    QChar decimal;
    if (lastDot >= 0 && lastComma >= 0) {
        decimal = lastDot > lastComma ? QChar(u'.') : QChar(u',');
    } else if (lastComma >= 0) {
        const bool single = body.count(u',') == 1;
        const bool thousandsShape = body.size() - lastComma - 1 == 3;
        decimal = single && (decimalHint == u',' || !thousandsShape) ? QChar(u',') : QChar();
    } else if (lastDot >= 0) {
        const bool single = body.count(u'.') == 1;
        const bool thousandsShape = body.size() - lastDot - 1 == 3;
        decimal = single && (decimalHint != u',' || !thousandsShape) ? QChar(u'.') : QChar();
    }
    QString plain;
    plain.reserve(body.size());
    for (QChar c : body) {
        if (c.isDigit()) {
            plain.append(c);
        } else if (c == decimal) {
            plain.append(u'.');
        }
    }
    return plain;
}

int expandYear(int year, qsizetype digits)
{
    if (digits > 2) {
        return year;
    }
    return year < 70 ? 2000 + year : 1900 + year;
}

std::optional<QDateTime> makeDateTime(int year, int month, int day, int hour = 0, int minute = 0, int second = 0)
{
    const QDate date(year, month, day);
    const QTime time(hour, minute, second);
    if (!date.isValid() || !time.isValid() || year < 1900 || year > 2200) {
        return std::nullopt;
    }
    return QDateTime(date, time);
}

std::optional<QDateTime> fromExcelSerial(double serial)
{
    // 1900 date system with Lotus's leap-year bug: serial 60 is the fictional 1900-02-29.
    if (serial < 1 || serial >= 2958466) {
        return std::nullopt;
    }
    const qint64 days = qint64(std::floor(serial));
    const qint64 seconds = qRound64((serial - double(days)) * 86400.0);
    const QDate base = days < 60 ? QDate(1899, 12, 31) : QDate(1899, 12, 30);
    return QDateTime(base.addDays(days), QTime(0, 0)).addSecs(seconds);
}

int toInt(const QRegularExpressionMatch &match, int group)
{
    return match.captured(group).toInt();
}

int hourWithMeridiem(int hour, const QString &meridiem)
{
    if (meridiem.isEmpty()) {
        return hour;
    }
    const bool pm = meridiem.startsWith(u'p', Qt::CaseInsensitive) || meridiem == QStringLiteral("下午");
    if (hour == 12) {
        return pm ? 12 : 0;
    }
    return pm ? hour + 12 : hour;
}

const QRegularExpression &yearFirstPattern()
{
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*[日号]?"
                       "(?:[T\\s]*(上午|下午)?\\s*(\\d{1,2})\\s*[:時时点]\\s*(\\d{1,2})(?:\\s*[:分]\\s*(\\d{1,2})(?:[.,"
                       "]\\d+)?\\s*秒?)?"
                       "\\s*([AaPp][Mm])?)?\\s*(?:Z|[+-]\\d{2}:?\\d{2})?$"));
    return pattern;
}

const QRegularExpression &partsFirstPattern()
{
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d{1,2})([-/.])(\\d{1,2})[-/.](\\d{4}|\\d{2})"
                       "(?:[T\\s]+(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?\\s*([AaPp][Mm])?)?$"));
    return pattern;
}

std::optional<QDateTime> parseText(const QString &input, const DateColumnFormat &format, bool allowSerial)
{
    const QString text = normalizedText(input);
    if (text.isEmpty()) {
        return std::nullopt;
    }
    if (format.explicitFormat.isEmpty()) {
        if (auto fast = parseIsoFast(text)) {
            return fast;
        }
    }
    if (!format.explicitFormat.isEmpty()) {
        const QDateTime explicitValue = QLocale::c().toDateTime(text, format.explicitFormat);
        if (explicitValue.isValid()) {
            return explicitValue;
        }
        return std::nullopt;
    }
    if (const QRegularExpressionMatch m = yearFirstPattern().match(text); m.hasMatch()) {
        const int hour = m.capturedLength(5) ? toInt(m, 5) : 0;
        QString meridiem = m.captured(8);
        if (meridiem.isEmpty()) {
            meridiem = m.captured(4);
        }
        return makeDateTime(toInt(m, 1), toInt(m, 2), toInt(m, 3), hourWithMeridiem(hour, meridiem), toInt(m, 6),
                            toInt(m, 7));
    }
    if (const QRegularExpressionMatch m = partsFirstPattern().match(text); m.hasMatch()) {
        DayMonthOrder order = format.order;
        if (order == DayMonthOrder::Unknown) {
            order = m.captured(2) == QStringLiteral("/") ? DayMonthOrder::MonthFirst : DayMonthOrder::DayFirst;
        }
        const int first = toInt(m, 1);
        const int second = toInt(m, 3);
        const int year = expandYear(toInt(m, 4), m.capturedLength(4));
        const int hour = hourWithMeridiem(toInt(m, 5), m.captured(8));
        return order == DayMonthOrder::DayFirst ? makeDateTime(year, second, first, hour, toInt(m, 6), toInt(m, 7))
                                                : makeDateTime(year, first, second, hour, toInt(m, 6), toInt(m, 7));
    }
    static const QRegularExpression compact(QStringLiteral("^(\\d{4})(\\d{2})(\\d{2})(?:(\\d{2})(\\d{2})(\\d{2}))?$"));
    if (const QRegularExpressionMatch m = compact.match(text); m.hasMatch()) {
        if (auto value = makeDateTime(toInt(m, 1), toInt(m, 2), toInt(m, 3), toInt(m, 4), toInt(m, 5), toInt(m, 6))) {
            return value;
        }
    }
    static const QRegularExpression serial(QStringLiteral("^\\d{4,5}(?:\\.\\d+)?$"));
    if (allowSerial && serial.match(text).hasMatch()) {
        const double value = text.toDouble();
        if (value >= 10000 && value < 110000) {
            return fromExcelSerial(value);
        }
        return std::nullopt;
    }
    static const QStringList named {QStringLiteral("d-MMM-yyyy"),       QStringLiteral("d MMM yyyy"),
                                    QStringLiteral("MMM d, yyyy"),      QStringLiteral("d-MMM-yy"),
                                    QStringLiteral("d MMMM yyyy"),      QStringLiteral("MMMM d, yyyy"),
                                    QStringLiteral("d-MMM-yyyy HH:mm"), QStringLiteral("d MMM yyyy HH:mm:ss"),
                                    QStringLiteral("ddd MMM d yyyy"),   QStringLiteral("ddd, d MMM yyyy HH:mm:ss")};
    for (const QString &pattern : named) {
        const QDateTime value = QLocale::c().toDateTime(text, pattern);
        if (value.isValid()) {
            const int year = value.date().year();
            return QDateTime(QDate(year < 100 ? expandYear(year, 2) : year, value.date().month(), value.date().day()),
                             value.time());
        }
    }
    return std::nullopt;
}

}  // namespace

std::optional<MoneyMinor> parseMoney(const QString &text, QChar decimal)
{
    if (decimal != u',' && isPlainDecimal(text)) {
        return parseMoneyPlain(text);
    }
    bool negative = false;
    const std::optional<QString> body = numericBody(text, negative);
    if (!body) {
        return std::nullopt;
    }
    std::optional<MoneyMinor> value = parseMoneyPlain(plainDecimal(*body, decimal));
    if (value && negative) {
        *value = -*value;
    }
    return value;
}

std::optional<double> parseNumber(const QString &text, QChar decimal)
{
    bool negative = false;
    const std::optional<QString> body = numericBody(text, negative);
    if (!body) {
        return std::nullopt;
    }
    bool ok = false;
    const double value = plainDecimal(*body, decimal).toDouble(&ok);
    if (!ok) {
        return std::nullopt;
    }
    return negative ? -value : value;
}

DateColumnFormat detectDateFormat(const QList<QVariant> &sample)
{
    int dayFirst = 0;
    int monthFirst = 0;
    int undecided = 0;
    QString separator;
    for (const QVariant &cell : sample) {
        const QRegularExpressionMatch m = partsFirstPattern().match(cellText(cell));
        if (!m.hasMatch()) {
            continue;
        }
        separator = m.captured(2);
        const int first = toInt(m, 1);
        const int second = toInt(m, 3);
        if (first > 12 && second <= 12) {
            ++dayFirst;
        } else if (second > 12 && first <= 12) {
            ++monthFirst;
        } else {
            ++undecided;
        }
    }
    DateColumnFormat format;
    if (dayFirst > 0 && monthFirst > 0) {
        format.conflicting = true;
        format.order = dayFirst >= monthFirst ? DayMonthOrder::DayFirst : DayMonthOrder::MonthFirst;
    } else if (dayFirst > 0) {
        format.order = DayMonthOrder::DayFirst;
    } else if (monthFirst > 0) {
        format.order = DayMonthOrder::MonthFirst;
    } else if (undecided > 0) {
        format.ambiguous = true;
        format.order = separator == QStringLiteral("/") ? DayMonthOrder::MonthFirst : DayMonthOrder::DayFirst;
    }
    return format;
}

std::optional<QDateTime> parseDateTime(const QVariant &cell, const DateColumnFormat &format, bool allowSerial)
{
    switch (cell.typeId()) {
    case QMetaType::QDateTime:
        return cell.toDateTime().isValid() ? std::optional(cell.toDateTime()) : std::nullopt;
    case QMetaType::QDate:
        return cell.toDate().isValid() ? std::optional(QDateTime(cell.toDate(), QTime(0, 0))) : std::nullopt;
    case QMetaType::Double:
    case QMetaType::Int:
    case QMetaType::LongLong: {
        const double value = cell.toDouble();
        if (value >= 19000101 && value <= 22001231 && value == std::floor(value)) {
            return parseText(cellText(cell), format, false);  // yyyyMMdd typed as a number
        }
        return allowSerial ? fromExcelSerial(value) : std::nullopt;
    }
    default:
        return parseText(cellText(cell), format, allowSerial);
    }
}

std::optional<QString> isoStoredForm(QStringView text, bool dateOnly)
{
    const std::optional<IsoParts> parts = parseIsoParts(text);
    if (!parts) {
        return std::nullopt;
    }
    QString out(dateOnly ? 10 : 19, Qt::Uninitialized);
    char16_t *data = reinterpret_cast<char16_t *>(out.data());
    putDigits(data, parts->year, 4);
    data[4] = u'-';
    putDigits(data + 5, parts->month, 2);
    data[7] = u'-';
    putDigits(data + 8, parts->day, 2);
    if (!dateOnly) {
        data[10] = u'T';
        putDigits(data + 11, parts->hour, 2);
        data[13] = u':';
        putDigits(data + 14, parts->minute, 2);
        data[16] = u':';
        putDigits(data + 17, parts->second, 2);
    }
    return out;
}

QString isoDateTime(const QDateTime &dateTime)
{
    return dateTime.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
}

bool isCancellationStatus(const QString &status)
{
    static const QRegularExpression markers(
        QStringLiteral(
            "退款|退货|退貨|退单|退單|已取消|取消|已退|撤销|撤銷|cancel|refund|return|void|reversed|chargeback"),
        QRegularExpression::CaseInsensitiveOption);
    return !status.isEmpty() && markers.match(status).hasMatch();
}

QString cellText(const QVariant &cell)
{
    switch (cell.typeId()) {
    case QMetaType::UnknownType:
        return {};
    case QMetaType::QString: {
        // The stored text without QVariant::toString's copy (this runs for every cell).
        QString text = static_cast<const QString *>(cell.constData())->trimmed();
        // Excel's ="00123" trick that keeps leading zeros in CSV.
        if (text.size() >= 3 && text.startsWith(QStringLiteral("=\"")) && text.endsWith(u'"')) {
            text = text.mid(2, text.size() - 3);
        }
        return text;
    }
    case QMetaType::Double: {
        const double value = cell.toDouble();
        if (value == std::floor(value) && std::abs(value) < 1e15) {
            return QString::number(qint64(value));
        }
        return QString::number(value, 'g', 15);
    }
    case QMetaType::Bool:
        return cell.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QMetaType::QDate:
        return cell.toDate().toString(Qt::ISODate);
    case QMetaType::QDateTime:
        return isoDateTime(cell.toDateTime());
    default:
        return cell.toString().trimmed();
    }
}

}  // namespace Crm::Core::Import
