#include "freexlguard.h"

#include <QCoreApplication>
#include <QtEndian>

#include <cstring>
#include <set>
#include <vector>

namespace Crm::Core::Import {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Crm::Import)
};

// Record types FreeXL reads strings from, or follows to its end of stream (its names).
constexpr quint16 bofRecord = 0x0809;
constexpr quint16 continueRecord = 0x003C;
constexpr quint16 sstRecord = 0x00FC;
constexpr quint16 labelRecord = 0x0204;
constexpr quint16 formatRecord = 0x041E;
constexpr quint16 eofRecord = 0x000A;
constexpr quint16 legacyBof2 = 0x0009;
constexpr quint16 legacyBof3 = 0x0209;
constexpr quint16 legacyBof4 = 0x0409;
constexpr qint64 freeXlRecordBuffer = 8224;  // FreeXL's biff_workbook::record
constexpr quint32 freeXlMaxSharedStrings = 1 << 20;  // FreeXL refuses larger tables itself
constexpr quint16 xfRecord = 0x00E0;
constexpr quint16 legacyXf3 = 0x0243;
constexpr quint16 legacyXf4 = 0x0443;
constexpr quint16 dimensionRecord = 0x0200;
constexpr quint16 legacyDimension2 = 0x0000;
constexpr quint16 legacyFormat2 = 0x001E;
constexpr quint16 numberRecord = 0x0203;
constexpr quint16 rkRecord = 0x027E;
constexpr quint16 mulRkRecord = 0x00BD;
constexpr quint16 labelSstRecord = 0x00FD;
constexpr quint16 boolErrRecord = 0x0205;
constexpr quint16 legacyInteger2 = 0x0002;
constexpr quint16 legacyNumber2 = 0x0003;
constexpr int freeXlMaxXf = 8192;  // FreeXL's biff_xf_array (BIFF_MAX_XF)
// FreeXL keeps every sheet's cells at once, 16 bytes each, and allocates again for every
// DIMENSION record: two full BIFF8 sheets' worth (65536 x 256 each) is the most we let it.
constexpr qint64 maxWorkbookCells = qint64(1) << 25;
// FreeXL turns a date serial into a date by counting days one at a time (compute_date):
// about a nanosecond a day, so this is some 20 s of its time. 65,536 rows of five date
// columns in this century need 1.5e10.
constexpr qint64 maxDateDaysCounted = qint64(1) << 34;
// 9999-12-31, the last date Excel shows: a date cell beyond it is no date of a real file,
// and alone would cost FreeXL seconds.
constexpr qint64 lastExcelDate = 2958465;

quint16 u16(const uchar *data)
{
    return qFromLittleEndian<quint16>(data);
}

quint32 u32(const uchar *data)
{
    return qFromLittleEndian<quint32>(data);
}

double f64(const uchar *data)
{
    return qFromLittleEndian<double>(data);
}

QString pastRecord(const char *what, qsizetype offset)
{
    return Text::tr("its %1 record at byte %2 declares more text than the record holds")
        .arg(QLatin1String(what))
        .arg(offset);
}

// FreeXL's check_format: a number format is a date, date-time or time format when its text
// has the letters of one (y, m, d, h, s, either case). Only ASCII letters count, so the
// characters may be bytes or UTF-16 code units alike.
template<typename Unit>
bool isDateOrTimeFormat(const Unit *text, qsizetype length)
{
    bool y = false, m = false, d = false, h = false, s = false;
    for (qsizetype i = 0; i < length; ++i) {
        const auto c = quint32(text[i]);
        y = y || c == 'y' || c == 'Y';
        m = m || c == 'm' || c == 'M';
        d = d || c == 'd' || c == 'D';
        h = h || c == 'h' || c == 'H';
        s = s || c == 's' || c == 'S';
    }
    return (y && m) || (m && d) || (h && m) || (m && s);
}

// The days FreeXL counts for a date serial: (int) floor(value), nothing when negative.
qint64 daysCounted(double serial)
{
    if (!(serial >= 1)) {
        return 0;  // also NaN
    }
    return serial >= 2147483647.0 ? 2147483647 : qint64(serial);
}

// FreeXL's RK number decoding (decode_rk_integer, decode_rk_float).
double rkValue(quint32 rk)
{
    double value = 0;
    if (rk & 0x02) {
        value = double(qint32(rk) >> 2);
    } else {
        const quint64 bits = quint64(rk & 0xFFFFFFFC) << 32;
        std::memcpy(&value, &bits, sizeof value);
    }
    return (rk & 0x01) ? value / 100.0 : value;
}

// A BIFF8 unicode string as FreeXL reads it from a record: a 16-bit character count at
// countAt, then a flags byte with optional rich-text and phonetic fields, then the
// characters (one or two bytes each). True when all of it lies inside the record.
bool unicodeStringFits(const uchar *record, qint64 size, qint64 countAt)
{
    if (countAt + 3 > size) {
        return false;  // FreeXL would take the count and flags from the previous record's bytes
    }
    const quint16 characters = u16(record + countAt);
    const uchar flags = record[countAt + 2];
    const qint64 text = countAt + 3 + ((flags & 0x08) ? 2 : 0) + ((flags & 0x04) ? 4 : 0);
    if (characters == 0) {
        return text <= size;  // FreeXL refuses an empty string itself
    }
    return text + qint64(characters) * ((flags & 0x01) ? 2 : 1) <= size;
}

// FreeXL's parse_SST, replayed on offsets: the SST record and the CONTINUE records after
// it, with the state FreeXL carries between them (a string split across records, bytes of
// formatting to skip in the next record). FreeXL checks none of the reads below against
// the record's size except the completion of a split single-byte string.
class SharedStringReplay
{
public:
    // False when FreeXL would read past this record.
    bool feed(const uchar *record, qint64 size)
    {
        if (m_givenUp) {
            return true;
        }
        qint64 at = 0;
        if (!m_started) {
            m_started = true;
            if (size < 8) {
                return false;
            }
            m_count = u32(record + 4);
            if (m_count > freeXlMaxSharedStrings) {
                m_givenUp = true;  // FreeXL refuses the workbook: nothing it reads is at risk
                return true;
            }
            at = 8;
        } else if (m_pendingLength > 0) {
            if (!completeSplitString(record, size, at)) {
                return false;
            }
            if (m_givenUp) {
                return true;
            }
        }
        return readStrings(record, size, at);
    }

    // Whether the refused record was a split string's rest that needs yet another record:
    // legitimate for strings of thousands of characters, which FreeXL cannot follow.
    bool spansRecords() const { return m_spansRecords; }

private:
    bool completeSplitString(const uchar *record, qint64 size, qint64 &at)
    {
        if (size < 1) {
            return false;
        }
        const bool wide = record[0] & 0x01;
        const qint64 remaining = qint64(m_pendingLength) - m_pendingDone;
        at = 1 + remaining * (wide ? 2 : 1);
        if (at > size) {
            if (!wide) {
                m_givenUp = true;  // FreeXL checks this one and calls the file crafted
                return true;
            }
            m_spansRecords = true;  // a long string of a real workbook, or a crafted length
            return false;
        }
        at += m_pendingSkip;
        m_pendingSkip = at >= size ? quint32(at - size) : 0;
        m_carriedSkip = 0;
        m_pendingLength = 0;
        m_pendingDone = 0;
        ++m_index;
        return true;
    }

    bool readStrings(const uchar *record, qint64 size, qint64 at)
    {
        for (quint32 i = m_index; i < m_count; ++i) {
            if (quint32(at) >= quint64(size)) {  // FreeXL compares the offset as 32 bits
                return true;
            }
            at += m_carriedSkip;
            if (at < 0 || at + 3 > size) {
                return false;
            }
            const quint16 characters = u16(record + at);
            const uchar flags = record[at + 2];
            qint64 header = 3;
            quint32 runs = 0;
            quint32 phonetic = 0;
            if (flags & 0x08) {
                if (at + header + 2 > size) {
                    return false;
                }
                runs = u16(record + at + header);
                header += 2;
            }
            if (flags & 0x04) {
                if (at + header + 4 > size) {
                    return false;
                }
                phonetic = u32(record + at + header);
                header += 4;
            }
            at += header;
            m_pendingSkip = phonetic + runs * 4;  // unsigned, wrapping as FreeXL's does
            m_carriedSkip = 0;
            const bool wide = flags & 0x01;
            const qint64 required = qint64(characters) * (wide ? 2 : 1);
            const qint64 available = size - at;
            if (required > available) {
                m_pendingLength = characters;  // the rest follows in a CONTINUE record
                m_pendingDone = quint32(wide ? available / 2 : available);
                return true;
            }
            if (characters == 0) {
                m_givenUp = true;  // FreeXL calls the file crafted
                return true;
            }
            at += required + m_pendingSkip;
            m_carriedSkip = at >= size ? quint32(at - size) : 0;
            m_pendingSkip = 0;
            m_index = i + 1;
        }
        return true;
    }

    bool m_started = false;
    bool m_givenUp = false;
    bool m_spansRecords = false;
    quint32 m_count = 0;
    quint32 m_index = 0;
    quint32 m_pendingLength = 0;  // characters of a string split across records
    quint32 m_pendingDone = 0;
    quint32 m_pendingSkip = 0;  // formatting bytes after the current string
    quint32 m_carriedSkip = 0;  // of those, the ones that fall into the next record
};

// The workbook-wide state FreeXL builds from the BIFF5/8 records: the XF table, the number
// formats it takes for dates, and the cells it allocates per sheet (substream).
class WorkbookModel
{
public:
    explicit WorkbookModel(int version)
        : m_version(version)
    { }

    // False, with `problem`, when FreeXL must not read on.
    bool take(quint16 type, const uchar *record, qint64 size, qsizetype offset, QString &problem)
    {
        switch (type) {
        case bofRecord:
            return closeSubstream(problem) && openSubstream();
        case eofRecord:
            return closeSubstream(problem);
        case xfRecord:
            // FreeXL counts every XF but keeps 8192; a cell naming a later one is read
            // past its array.
            if (int(m_xfFormats.size()) >= freeXlMaxXf) {
                problem = Text::tr("it defines more than %1 cell formats (XF records)").arg(freeXlMaxXf);
                return false;
            }
            m_xfFormats.push_back(size >= 4 ? u16(record + 2) : 0);
            return true;
        case formatRecord:
            takeFormat(record, size);
            return true;
        case dimensionRecord:
            return takeDimension(record, size, offset, problem);
        case numberRecord:
        case rkRecord:
        case mulRkRecord:
        case labelRecord:
        case labelSstRecord:
        case boolErrRecord:
            return takeCell(record, size, offset, problem);
        default:
            return true;
        }
    }

    bool finish(QString &problem) { return closeSubstream(problem); }

    bool isDateXf(quint16 xf) const
    {
        if (xf >= m_xfFormats.size()) {
            return false;
        }
        const quint16 format = m_xfFormats[xf];
        return (format >= 14 && format <= 22) || (format >= 45 && format <= 47) || m_dateFormats.count(format) > 0;
    }

private:
    void takeFormat(const uchar *record, qint64 size)
    {
        if (size < 4) {
            return;
        }
        const quint16 index = u16(record);
        bool date = false;
        if (m_version == 8) {
            if (size < 5) {
                return;
            }
            const quint16 characters = u16(record + 2);
            const uchar flags = record[4];
            const qint64 text = 5 + ((flags & 0x08) ? 2 : 0) + ((flags & 0x04) ? 4 : 0);
            const qint64 available = qMax<qint64>(0, size - text);
            if (flags & 0x01) {
                QList<quint16> units;
                for (qint64 i = 0; i < qMin<qint64>(characters, available / 2); ++i) {
                    units.append(u16(record + text + 2 * i));
                }
                date = isDateOrTimeFormat(units.constData(), units.size());
            } else {
                date = isDateOrTimeFormat(record + text, qMin<qint64>(characters, available));
            }
        } else {
            // FreeXL takes BIFF5's length from byte 3 and the text from there too.
            date = isDateOrTimeFormat(record + 3, qMin<qint64>(record[3], size - 3));
        }
        if (date) {
            m_dateFormats.insert(index);
        }
    }

    bool takeDimension(const uchar *record, qint64 size, qsizetype offset, QString &problem)
    {
        const qint64 needed = m_version == 8 ? 12 : 8;
        if (size < needed || m_dimensionSeen) {
            // FreeXL allocates the sheet's cells anew for every DIMENSION, keeping the old.
            problem = Text::tr("its DIMENSION record at byte %1 is short or repeats one of the same sheet").arg(offset);
            return false;
        }
        m_dimensionSeen = true;
        const qint64 rows = m_version == 8 ? qint64(u32(record + 4)) : qint64(u16(record + 2));
        const qint64 columns = m_version == 8 ? u16(record + 10) : u16(record + 6);
        m_declaredCells = rows * columns;
        return true;
    }

    bool takeCell(const uchar *record, qint64 size, qsizetype offset, QString &problem)
    {
        if (size < 4) {
            problem = Text::tr("its cell record at byte %1 is too short to hold its row and column").arg(offset);
            return false;
        }
        m_maxRow = qMax<qint64>(m_maxRow, u16(record));
        m_maxColumn = qMax<qint64>(m_maxColumn, u16(record + 2));
        m_anyCell = true;
        return true;
    }

    bool openSubstream()
    {
        m_dimensionSeen = false;
        m_declaredCells = 0;
        m_anyCell = false;
        m_maxRow = 0;
        m_maxColumn = 0;
        return true;
    }

    // A sheet without a DIMENSION record gets one cell past the last one it names.
    bool closeSubstream(QString &problem)
    {
        m_cells += m_dimensionSeen ? m_declaredCells : (m_anyCell ? (m_maxRow + 1) * (m_maxColumn + 1) : 0);
        openSubstream();
        if (m_cells > maxWorkbookCells) {
            problem = Text::tr("its sheets declare more than %1 cells").arg(maxWorkbookCells);
            return false;
        }
        return true;
    }

    int m_version = 8;
    std::vector<quint16> m_xfFormats;  // per XF, its number format's index
    std::set<quint16> m_dateFormats;
    qint64 m_cells = 0;
    bool m_dimensionSeen = false;
    qint64 m_declaredCells = 0;
    bool m_anyCell = false;
    qint64 m_maxRow = 0;
    qint64 m_maxColumn = 0;
};

// The days FreeXL counts for a date cell; over the budget when past Excel's last date.
qint64 dateCellDays(double serial)
{
    const qint64 days = daysCounted(serial);
    return days > lastExcelDate ? maxDateDaysCounted + 1 : days;
}

// The days FreeXL counts for the date cells of a BIFF5/8 record.
qint64 dateDaysOf(quint16 type, const uchar *record, qint64 size, const WorkbookModel &model)
{
    if (type == numberRecord && size >= 14 && model.isDateXf(u16(record + 4))) {
        return dateCellDays(f64(record + 6));
    }
    if (type == rkRecord && size >= 10 && model.isDateXf(u16(record + 4))) {
        return dateCellDays(rkValue(u32(record + 6)));
    }
    qint64 days = 0;
    if (type == mulRkRecord) {
        for (qint64 at = 4; at + 6 < size; at += 6) {  // FreeXL's loop bound
            if (model.isDateXf(u16(record + at))) {
                days += dateCellDays(rkValue(u32(record + at + 2)));
            }
        }
    }
    return days;
}

QString tooManyDates()
{
    return Text::tr("its date cells hold serial numbers too large (or too many) for this program's .xls reader to "
                    "convert in reasonable time");
}

}  // namespace

BiffCheck checkWorkbookStreamForFreeXl(const QByteArray &stream)
{
    BiffCheck check;
    const auto *data = reinterpret_cast<const uchar *>(stream.constData());
    // Where FreeXL stops reading: its end mark, a record larger than its buffer, or a record
    // the stream cuts off.
    const auto stopsFreeXl = [&stream](qsizetype offset, quint16 type, quint16 size) {
        return (type == 0 && size == 0) || size > freeXlRecordBuffer || offset + 4 + size > stream.size();
    };
    if (stream.size() < 4 || stopsFreeXl(0, u16(data), u16(data + 2))) {
        check.damage = Text::tr("its workbook stream holds no records");
        return check;
    }
    // FreeXL takes the version from the first record, a BOF, and refuses any other start.
    const quint16 biff = u16(data + 2) >= 2 ? u16(data + 4) : 0;
    if (u16(data) != bofRecord || (biff != 0x0500 && biff != 0x0600)) {
        check.damage = Text::tr("its workbook stream does not begin as an Excel 95 or 97-2003 workbook does");
        return check;
    }
    const int version = biff == 0x0600 ? 8 : 5;
    WorkbookModel model(version);
    SharedStringReplay sharedStrings;
    quint16 previousType = 0;
    for (qsizetype offset = 0; offset + 4 <= stream.size();) {
        const quint16 type = u16(data + offset);
        const quint16 size = u16(data + offset + 2);
        if (stopsFreeXl(offset, type, size)) {
            break;
        }
        const uchar *record = data + offset + 4;
        bool fits = true;
        const char *what = "";
        if (type == continueRecord) {
            fits = previousType != sstRecord || sharedStrings.feed(record, size);
            what = "CONTINUE";
        } else {
            previousType = type;
            if (type == sstRecord) {
                fits = sharedStrings.feed(record, size);
                what = "SST";
            } else if (type == labelRecord) {
                fits = size >= 8
                    && (version == 8 ? unicodeStringFits(record, size, 6) : 8 + qint64(u16(record + 6)) <= size);
                what = "LABEL";
            } else if (type == formatRecord && version == 8) {
                fits = unicodeStringFits(record, size, 2);
                what = "FORMAT";
            }
        }
        if (!fits) {
            check.damage = type == continueRecord && sharedStrings.spansRecords()
                ? Text::tr("a shared string at byte %1 runs on over more than one CONTINUE record, which this "
                           "program's .xls reader cannot read safely")
                      .arg(offset)
                : pastRecord(what, offset);
            return check;
        }
        if (!model.take(type, record, size, offset, check.damage)) {
            return check;
        }
        offset += 4 + size;
        check.length = offset;
    }
    if (!model.finish(check.damage)) {
        return check;
    }
    // The date cells, now that every XF and format is known (FreeXL reads some sheets twice).
    qint64 days = 0;
    for (qsizetype offset = 0; offset < check.length;) {
        const quint16 type = u16(data + offset);
        const quint16 size = u16(data + offset + 2);
        days += dateDaysOf(type, data + offset + 4, size, model);
        if (days > maxDateDaysCounted) {
            check.damage = tooManyDates();
            return check;
        }
        offset += 4 + size;
    }
    return check;
}

BiffCheck checkLegacyWorksheetForFreeXl(const QByteArray &file)
{
    BiffCheck check;
    const auto *data = reinterpret_cast<const uchar *>(file.constData());
    if (file.size() < 4) {
        return check;
    }
    const quint16 bof = u16(data);
    const int version = bof == legacyBof2 ? 2 : (bof == legacyBof3 ? 3 : (bof == legacyBof4 ? 4 : 0));
    int xfRecords = 0;
    int dimensions = 0;
    bool anyDateFormat = false;
    qint64 days = 0;
    for (qsizetype offset = 0; offset + 4 <= file.size();) {
        const quint16 type = u16(data + offset);
        const quint16 size = u16(data + offset + 2);
        if (offset > 0 && type == eofRecord) {
            break;
        }
        const uchar *record = data + offset + 4;
        const qint64 available = qMin<qint64>(size, file.size() - offset - 4);
        // BIFF3 and BIFF4 LABEL: a 16-bit byte count at 6, the bytes from 8. The other
        // strings FreeXL reads here have a one-byte length and stay inside its buffer.
        if (type == labelRecord && (version == 3 || version == 4) && size <= freeXlRecordBuffer
            && (available < 8 || 8 + qint64(u16(record + 6)) > size)) {
            check.damage = Text::tr("its LABEL record at byte %1 declares more text than the record holds").arg(offset);
            return check;
        }
        if ((type == legacyXf3 && version == 3) || (type == legacyXf4 && version == 4)) {
            if (++xfRecords > freeXlMaxXf) {
                check.damage = Text::tr("it defines more than %1 cell formats (XF records)").arg(freeXlMaxXf);
                return check;
            }
        }
        // FreeXL adds a sheet and allocates its cells for every DIMENSION record.
        if ((type == legacyDimension2 && version == 2) || (type == dimensionRecord && version >= 3)) {
            if (++dimensions > 1 || available < 8 || qint64(u16(record + 2)) * u16(record + 6) > maxWorkbookCells) {
                check.damage = Text::tr("its DIMENSION record at byte %1 is short, too large or repeated").arg(offset);
                return check;
            }
        }
        if (type == legacyFormat2 && available >= 1) {
            anyDateFormat = anyDateFormat || isDateOrTimeFormat(record + 1, qMin<qint64>(record[0], available - 1));
        } else if (type == formatRecord && available >= 3) {
            anyDateFormat = anyDateFormat || isDateOrTimeFormat(record + 3, qMin<qint64>(record[2], available - 3));
        }
        // Counted whatever the cell's XF: FreeXL treats a cell as a date when its XF names a
        // date format, which only a file with date formats has.
        if (type == legacyInteger2 && available >= 9) {
            days += u16(record + 7);
        } else if (type == legacyNumber2 && available >= 15) {
            days += daysCounted(f64(record + 7));
        } else if (type == numberRecord && available >= 14) {
            days += daysCounted(f64(record + 6));
        } else if (type == rkRecord && available >= 10) {
            days += daysCounted(rkValue(u32(record + 6)));
        }
        if (anyDateFormat && days > maxDateDaysCounted) {
            check.damage = tooManyDates();
            return check;
        }
        offset += 4 + size;
    }
    return check;
}

}  // namespace Crm::Core::Import
