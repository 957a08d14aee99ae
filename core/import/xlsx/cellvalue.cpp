#include "cellvalue.h"

#include <QDateTime>
#include <QTimeZone>

#include <cmath>

namespace Crm::Core::Import::Xlsx {

namespace {

constexpr qint64 msPerDay = 86400000;
constexpr double lastSerial = 2958466.0;  // 10000-01-01 in the 1900 system

DateKind combine(bool date, bool time)
{
    if (date && time) {
        return DateKind::DateTime;
    }
    if (date) {
        return DateKind::Date;
    }
    return time ? DateKind::Time : DateKind::None;
}

int hexValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9') {
        return u - u'0';
    }
    if (u >= u'a' && u <= u'f') {
        return u - u'a' + 10;
    }
    if (u >= u'A' && u <= u'F') {
        return u - u'A' + 10;
    }
    return -1;
}

}  // namespace

DateKind dateKindOfBuiltInFormat(int id)
{
    if ((id >= 14 && id <= 17) || (id >= 27 && id <= 31) || id == 36 || (id >= 50 && id <= 54) || id == 57
        || id == 58) {
        return DateKind::Date;
    }
    if ((id >= 18 && id <= 21) || (id >= 32 && id <= 35) || (id >= 45 && id <= 47) || id == 55 || id == 56) {
        return DateKind::Time;
    }
    return id == 22 ? DateKind::DateTime : DateKind::None;
}

DateKind dateKindOfFormatCode(QStringView code)
{
    bool date = false;
    bool time = false;
    bool month = false;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code.at(i).toLower();
        if (c == u';') {
            break;  // later sections (negative, zero, text) follow the first one
        }
        if (c == u'"') {
            const qsizetype end = code.indexOf(u'"', i + 1);
            i = end < 0 ? code.size() : end;
        } else if (c == u'[') {
            const qsizetype end = code.indexOf(u']', i + 1);
            const QStringView inside = code.mid(i + 1, end < 0 ? -1 : end - i - 1);
            // [h], [mm], [ss]: elapsed time; [Red], [$-409], [>100]: not dates.
            if (!inside.isEmpty()
                && (inside.at(0).toLower() == u'h' || inside.at(0).toLower() == u'm' || inside.at(0).toLower() == u's')
                && inside.size() <= 2) {
                time = true;
            }
            i = end < 0 ? code.size() : end;
        } else if (c == u'\\' || c == u'_' || c == u'*') {
            ++i;  // escaped literal, space as wide as, fill character
        } else if (c == u'd' || c == u'y' || c == u'e' || c == u'g') {
            // e and g are era years (Japanese/Chinese calendars); "General" never gets
            // here as a custom date because it also needs no other letters.
            if ((c == u'e' || c == u'g') && !date && !month) {
                continue;
            }
            date = true;
        } else if (c == u'h' || c == u's') {
            time = true;
        } else if (c == u'm') {
            month = true;
        } else if (c == u'0' || c == u'#' || c == u'?') {
            if (!date && !time && !month) {
                return DateKind::None;  // a number format that merely mentions letters later
            }
        }
    }
    if (month && !time) {
        date = true;
    }
    return combine(date, time);
}

QVariant serialToVariant(double serial, DateKind kind, bool date1904)
{
    if (kind == DateKind::None || !std::isfinite(serial) || serial < 0 || serial >= lastSerial) {
        return serial;
    }
    qint64 days = qint64(std::floor(serial));
    qint64 ms = qint64(std::llround((serial - double(days)) * double(msPerDay)));
    if (ms >= msPerDay) {
        ++days;
        ms -= msPerDay;
    }
    const QTime time = QTime::fromMSecsSinceStartOfDay(int(ms));
    if (kind == DateKind::Time && days == 0) {
        return time;
    }
    QDate date;
    if (date1904) {
        date = QDate(1904, 1, 1).addDays(days);
    } else if (days < 60) {
        date = QDate(1899, 12, 31).addDays(days);
    } else if (days == 60) {
        date = QDate(1900, 2, 28);  // Excel's fictitious 1900-02-29
    } else {
        date = QDate(1899, 12, 30).addDays(days);
    }
    if (kind == DateKind::Date && ms == 0) {
        return date;
    }
    return QDateTime(date, time, QTimeZone::utc());
}

QString decodeEscapes(QStringView text)
{
    if (!text.contains(QLatin1String("_x"))) {
        return text.toString();
    }
    QString result;
    result.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'_' && i + 6 < text.size() && text.at(i + 1) == u'x' && text.at(i + 6) == u'_') {
            int value = 0;
            bool valid = true;
            for (int k = 2; k < 6 && valid; ++k) {
                const int digit = hexValue(text.at(i + k));
                valid = digit >= 0;
                value = value * 16 + digit;
            }
            if (valid) {
                result.append(QChar(char16_t(value)));
                i += 6;
                continue;
            }
        }
        result.append(text.at(i));
    }
    return result;
}

int columnOfReference(QStringView reference)
{
    int column = 0;
    for (const QChar c : reference) {
        const char16_t u = c.toUpper().unicode();
        if (u == u'$') {
            continue;
        }
        if (u < u'A' || u > u'Z') {
            break;
        }
        column = column * 26 + (u - u'A' + 1);
        if (column > 16384) {
            return -1;
        }
    }
    return column;
}

qint64 rowOfReference(QStringView reference)
{
    qsizetype i = 0;
    while (i < reference.size() && !reference.at(i).isDigit()) {
        ++i;
    }
    bool ok = false;
    const qint64 row = reference.mid(i).toLongLong(&ok);
    return ok ? row : 0;
}

QVariant isoDateToVariant(QStringView text)
{
    const QString value = text.trimmed().toString();
    if (value.size() == 10) {
        const QDate date = QDate::fromString(value, Qt::ISODate);
        if (date.isValid()) {
            return date;
        }
    }
    QDateTime dateTime = QDateTime::fromString(value, Qt::ISODateWithMs);
    if (dateTime.isValid()) {
        if (dateTime.timeSpec() == Qt::LocalTime) {
            dateTime = QDateTime(dateTime.date(), dateTime.time(), QTimeZone::utc());
        }
        return dateTime;
    }
    const QTime time = QTime::fromString(value, Qt::ISODateWithMs);
    if (time.isValid()) {
        return time;
    }
    return value;
}

}  // namespace Crm::Core::Import::Xlsx
