#include "freexlguard.h"

#include <QCoreApplication>
#include <QtEndian>

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

quint16 u16(const uchar *data)
{
    return qFromLittleEndian<quint16>(data);
}

quint32 u32(const uchar *data)
{
    return qFromLittleEndian<quint32>(data);
}

QString pastRecord(const char *what, qsizetype offset)
{
    return Text::tr("its %1 record at byte %2 of the workbook stream declares more text than the record holds")
        .arg(QLatin1String(what))
        .arg(offset);
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
    qint64 text = countAt + 3 + ((flags & 0x08) ? 2 : 0) + ((flags & 0x04) ? 4 : 0);
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
    quint32 m_count = 0;
    quint32 m_index = 0;
    quint32 m_pendingLength = 0;  // characters of a string split across records
    quint32 m_pendingDone = 0;
    quint32 m_pendingSkip = 0;  // formatting bytes after the current string
    quint32 m_carriedSkip = 0;  // of those, the ones that fall into the next record
};

}  // namespace

BiffCheck checkWorkbookStreamForFreeXl(const QByteArray &stream)
{
    BiffCheck check;
    const auto *data = reinterpret_cast<const uchar *>(stream.constData());
    SharedStringReplay sharedStrings;
    int version = 0;
    quint16 previousType = 0;
    for (qsizetype offset = 0; offset + 4 <= stream.size();) {
        const quint16 type = u16(data + offset);
        const quint16 size = u16(data + offset + 2);
        if ((type == 0 && size == 0) || size > freeXlRecordBuffer || offset + 4 + size > stream.size()) {
            break;  // where FreeXL stops reading
        }
        const uchar *record = data + offset + 4;
        if (offset == 0) {
            const quint16 biff = size >= 2 ? u16(record) : 0;
            if (type != bofRecord || (biff != 0x0500 && biff != 0x0600)) {
                check.damage = Text::tr("its workbook stream does not begin as an Excel 95 or 97-2003 workbook does");
                return check;
            }
            version = biff == 0x0600 ? 8 : 5;
        }
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
            check.damage = pastRecord(what, offset);
            return check;
        }
        offset += 4 + size;
        check.length = offset;
    }
    if (check.length == 0) {
        check.damage = Text::tr("its workbook stream holds no records");
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
    for (qsizetype offset = 0; offset + 4 <= file.size();) {
        const quint16 type = u16(data + offset);
        const quint16 size = u16(data + offset + 2);
        if (offset > 0 && type == eofRecord) {
            break;
        }
        // BIFF3 and BIFF4 LABEL: a 16-bit byte count at 6, the bytes from 8. The other
        // strings FreeXL reads here have a one-byte length and stay inside its buffer.
        const qint64 available = qMin<qint64>(size, file.size() - offset - 4);
        if (type == labelRecord && (version == 3 || version == 4) && size <= freeXlRecordBuffer
            && (available < 8 || 8 + qint64(u16(data + offset + 4 + 6)) > size)) {
            check.damage = pastRecord("LABEL", offset);
            return check;
        }
        offset += 4 + size;
        check.length = qMin(offset, file.size());
    }
    return check;
}

}  // namespace Crm::Core::Import
