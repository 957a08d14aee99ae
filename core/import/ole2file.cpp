#include "ole2file.h"

#include <QCoreApplication>
#include <QtEndian>

#include <algorithm>

namespace Crm::Core::Import {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Crm::Import)
};

constexpr quint32 endOfChain = 0xFFFFFFFA;  // this and above: special sector ids
constexpr quint32 endOfChainMark = 0xFFFFFFFE;
constexpr quint32 fatSectorMark = 0xFFFFFFFD;
constexpr quint32 freeSector = 0xFFFFFFFF;
constexpr quint64 miniStreamCutoff = 4096;
constexpr int miniSectorSize = 64;
constexpr int maxNameBytes = 64;  // [MS-CFB] 2.6.1: 32 UTF-16 code units with the terminator
constexpr int headerDifatEntries = 109;
constexpr int maxDirectorySectors = 4096;
constexpr int maxRunSectors = 2048;  // sectors read at once when a chain runs straight on

quint32 readU32(const QByteArray &data, qsizetype offset)
{
    return qFromLittleEndian<quint32>(data.constData() + offset);
}

}  // namespace

Ole2File::Ole2File(QFile &file)
    : m_file(file)
{
    const QByteArray header = readAt(0, 512);
    if (header.size() < 512 || !header.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")) {
        return;
    }
    const quint16 shift = qFromLittleEndian<quint16>(header.constData() + 0x1E);
    if (shift != 9 && shift != 12) {
        return;
    }
    m_compoundFile = true;
    m_sectorSize = 1 << shift;
    m_sectorsInFile = quint32(qMax<qint64>(0, m_file.size() / m_sectorSize - 1));
    readFatSectorList(header);
    m_miniFatStart = readU32(header, 0x3C);
    m_miniFatSectors = readU32(header, 0x40);
    readDirectory(readU32(header, 0x30));
    m_valid = !m_entries.isEmpty();
}

QStringList Ole2File::entryNames() const
{
    QStringList names;
    for (const Entry &entry : m_entries) {
        names.append(entry.name);
    }
    return names;
}

qint64 Ole2File::streamSize(const QString &name) const
{
    const Entry *entry = findStream(name);
    return entry ? qint64(entry->size) : -1;
}

QByteArray Ole2File::readStream(const QString &name, qint64 maxBytes)
{
    const Entry *entry = findStream(name);
    if (!entry) {
        return {};
    }
    const qint64 wanted = qMin<qint64>(maxBytes, qint64(entry->size));
    return entry->size < miniStreamCutoff ? readMiniChain(entry->startSector, wanted)
                                          : readRegularChain(entry->startSector, wanted);
}

const Ole2File::Entry *Ole2File::findStream(const QString &name) const
{
    for (const Entry &entry : m_entries) {
        if (entry.type == 2 && entry.name.compare(name, Qt::CaseInsensitive) == 0) {
            return &entry;
        }
    }
    return nullptr;
}

QByteArray Ole2File::readAt(qint64 offset, qint64 size)
{
    if (!m_file.seek(offset)) {
        return {};
    }
    return m_file.read(size);
}

QByteArray Ole2File::readSector(quint32 sector)
{
    if (sector >= m_sectorsInFile) {
        return {};  // also the special ids, and a free slot of the header's DIFAT
    }
    const QByteArray data = readAt((qint64(sector) + 1) * m_sectorSize, m_sectorSize);
    return data.size() == m_sectorSize ? data : QByteArray();
}

quint32 Ole2File::nextSector(quint32 sector)
{
    const quint32 perSector = quint32(m_sectorSize / 4);
    const qsizetype fatIndex = sector / perSector;
    if (fatIndex >= m_fatSectors.size()) {
        return endOfChainMark;  // beyond the DIFAT: stop rather than guess
    }
    if (fatIndex != m_cachedFatIndex) {
        m_cachedFat = readSector(m_fatSectors.at(fatIndex));
        m_cachedFatIndex = fatIndex;
    }
    if (m_cachedFat.isEmpty()) {
        return endOfChainMark;
    }
    return readU32(m_cachedFat, 4 * (sector % perSector));
}

// The header lists the first 109 FAT sectors; larger files chain DIFAT sectors, each
// listing more of them and ending with the next DIFAT sector's id.
void Ole2File::readFatSectorList(const QByteArray &header)
{
    for (int i = 0; i < headerDifatEntries; ++i) {
        m_fatSectors.append(readU32(header, 0x4C + 4 * i));
    }
    const qsizetype perSector = m_sectorSize / 4;
    quint32 difatSector = readU32(header, 0x44);
    const quint32 difatSectors = readU32(header, 0x48);
    // No file has more FAT sectors than sectors: a longer list comes from a looping chain.
    for (quint32 visited = 0;
         visited < difatSectors && difatSector < endOfChain && m_fatSectors.size() <= qsizetype(m_sectorsInFile);
         ++visited) {
        const QByteArray data = readSector(difatSector);
        if (data.isEmpty()) {
            break;
        }
        for (qsizetype i = 0; i + 1 < perSector && m_fatSectors.size() <= qsizetype(m_sectorsInFile); ++i) {
            m_fatSectors.append(readU32(data, 4 * i));
        }
        difatSector = readU32(data, 4 * (perSector - 1));
    }
}

void Ole2File::readDirectory(quint32 firstSector)
{
    const QByteArray data = readRegularChain(firstSector, qint64(maxDirectorySectors) * m_sectorSize);
    for (qsizetype offset = 0; offset + 128 <= data.size(); offset += 128) {
        const char *raw = data.constData() + offset;
        const quint16 nameBytes = qFromLittleEndian<quint16>(raw + 64);
        // Checked for every entry, used or not: a reader that converts each entry's
        // name in turn reads that many bytes past the entry, and past its buffer.
        if (nameBytes > maxNameBytes && m_damage.isEmpty()) {
            m_damage = Text::tr("its directory entry %1 declares a name of %2 bytes, more than the %3 a "
                                "name can hold")
                           .arg(offset / 128)
                           .arg(nameBytes)
                           .arg(maxNameBytes);
        }
        Entry entry;
        entry.type = quint8(raw[66]);
        if (entry.type == 0 || nameBytes < 2 || nameBytes > maxNameBytes) {
            continue;
        }
        for (int i = 0; i + 1 < nameBytes - 1; i += 2) {
            entry.name.append(QChar(qFromLittleEndian<quint16>(raw + i)));
        }
        entry.startSector = qFromLittleEndian<quint32>(raw + 116);
        entry.size = qFromLittleEndian<quint32>(raw + 120);  // high half unused below 4 GiB
        m_entries.append(entry);
    }
}

// Follows a chain of regular sectors, reading runs of consecutive sectors at once.
QByteArray Ole2File::readRegularChain(quint32 firstSector, qint64 wanted)
{
    QByteArray data;
    data.reserve(qMin(wanted, m_file.size()));
    quint32 sector = firstSector;
    for (quint32 visited = 0; sector < endOfChain && data.size() < wanted && visited <= m_sectorsInFile;) {
        const quint32 runStart = sector;
        qint64 runLength = 1;
        quint32 next = nextSector(sector);
        ++visited;
        while (next == sector + 1 && runLength < maxRunSectors && data.size() + runLength * m_sectorSize < wanted
               && visited <= m_sectorsInFile) {
            sector = next;
            next = nextSector(sector);
            ++runLength;
            ++visited;
        }
        const QByteArray run = readAt(qint64(runStart + 1) * m_sectorSize, runLength * m_sectorSize);
        data.append(run.constData(), run.size() - run.size() % m_sectorSize);
        if (run.size() < runLength * m_sectorSize) {
            break;
        }
        sector = next;
    }
    return data.left(wanted);
}

// Small streams live in 64-byte sectors inside the root entry's stream, chained by the
// mini FAT (itself a regular stream).
QByteArray Ole2File::readMiniChain(quint32 firstSector, qint64 wanted)
{
    if (!loadMiniStream()) {
        return {};
    }
    QByteArray data;
    quint32 sector = firstSector;
    const qint64 sectors = m_miniStream.size() / miniSectorSize;
    for (qint64 visited = 0; sector < endOfChain && data.size() < wanted && visited < sectors; ++visited) {
        if (qint64(sector) >= sectors || qint64(sector) * 4 + 4 > m_miniFat.size()) {
            break;
        }
        data.append(m_miniStream.constData() + qint64(sector) * miniSectorSize, miniSectorSize);
        sector = readU32(m_miniFat, qsizetype(sector) * 4);
    }
    return data.left(wanted);
}

bool Ole2File::loadMiniStream()
{
    if (!m_miniStreamLoaded) {
        m_miniStreamLoaded = true;
        const auto root
            = std::find_if(m_entries.cbegin(), m_entries.cend(), [](const Entry &entry) { return entry.type == 5; });
        if (root != m_entries.cend()) {
            m_miniStream = readRegularChain(root->startSector, qint64(root->size));
            m_miniFat = readRegularChain(m_miniFatStart, qint64(m_miniFatSectors) * m_sectorSize);
        }
    }
    return !m_miniStream.isEmpty() && !m_miniFat.isEmpty();
}

bool writeSingleStreamCompoundFile(QIODevice &out, const QString &streamName, const QByteArray &stream)
{
    constexpr qint64 sectorSize = 4096;
    constexpr qint64 entriesPerFatSector = sectorSize / 4;
    // A stream below the mini stream cutoff belongs in the mini stream; padded to the
    // cutoff it may stay in regular sectors. Zero bytes end a BIFF stream (FreeXL stops at a
    // record of type 0 and size 0), so the padding reads as nothing.
    const QByteArray padded = stream.size() < qsizetype(miniStreamCutoff)
        ? stream + QByteArray(qsizetype(miniStreamCutoff) - stream.size(), '\0')
        : QByteArray();
    const QByteArray &content = padded.isEmpty() ? stream : padded;
    const qint64 streamSectors = (content.size() + sectorSize - 1) / sectorSize;
    // f FAT sectors map themselves, the directory and the stream: f * 1024 >= f + 1 + s.
    const qint64 fatSectors = (streamSectors + 1 + entriesPerFatSector - 2) / (entriesPerFatSector - 1);
    const qint64 directorySector = fatSectors;
    const qint64 firstStreamSector = fatSectors + 1;
    if (fatSectors > headerDifatEntries || streamName.isEmpty() || streamName.size() > 31) {
        return false;
    }
    const auto put16
        = [](QByteArray &data, qsizetype offset, quint16 value) { qToLittleEndian(value, data.data() + offset); };
    const auto put32
        = [](QByteArray &data, qsizetype offset, quint32 value) { qToLittleEndian(value, data.data() + offset); };

    QByteArray header(sectorSize, '\0');  // version 4: the header fills the first sector
    header.replace(0, 8, QByteArrayView("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8));
    put16(header, 0x18, 0x003E);  // minor version
    put16(header, 0x1A, 0x0004);  // major version: 4096-byte sectors
    put16(header, 0x1C, 0xFFFE);  // little-endian
    put16(header, 0x1E, 12);
    put16(header, 0x20, 6);
    put32(header, 0x28, 1);  // directory sectors
    put32(header, 0x2C, quint32(fatSectors));
    put32(header, 0x30, quint32(directorySector));
    put32(header, 0x38, quint32(miniStreamCutoff));
    put32(header, 0x3C, endOfChainMark);  // no mini FAT
    put32(header, 0x44, endOfChainMark);  // no DIFAT sectors
    for (int i = 0; i < headerDifatEntries; ++i) {
        put32(header, 0x4C + 4 * i, i < fatSectors ? quint32(i) : freeSector);
    }

    QByteArray fat(fatSectors * sectorSize, '\xFF');
    for (qint64 i = 0; i < fatSectors; ++i) {
        put32(fat, 4 * i, fatSectorMark);
    }
    put32(fat, 4 * directorySector, endOfChainMark);
    for (qint64 i = 0; i < streamSectors; ++i) {
        const qint64 sector = firstStreamSector + i;
        put32(fat, 4 * sector, i + 1 < streamSectors ? quint32(sector + 1) : endOfChainMark);
    }

    QByteArray directory(sectorSize, '\0');
    const auto putEntry = [&](int index, const QString &name, quint8 type, quint32 child, quint32 start, quint64 size) {
        const qsizetype base = qsizetype(index) * 128;
        for (qsizetype i = 0; i < name.size(); ++i) {
            put16(directory, base + 2 * i, name.at(i).unicode());
        }
        put16(directory, base + 64, quint16((name.size() + 1) * 2));
        directory[base + 66] = char(type);
        directory[base + 67] = 1;  // black: a valid one-node red-black tree
        put32(directory, base + 68, freeSector);
        put32(directory, base + 72, freeSector);
        put32(directory, base + 76, child);
        put32(directory, base + 116, start);
        qToLittleEndian(size, directory.data() + base + 120);
    };
    for (int i = 0; i < sectorSize / 128; ++i) {
        for (int field = 68; field < 80; field += 4) {
            put32(directory, i * 128 + field, freeSector);  // unused entries: no siblings, no child
        }
    }
    putEntry(0, QStringLiteral("Root Entry"), 5, 1, endOfChainMark, 0);
    putEntry(1, streamName, 2, freeSector, quint32(firstStreamSector), quint64(content.size()));

    const QByteArray padding(streamSectors * sectorSize - content.size(), '\0');
    return out.write(header) == header.size() && out.write(fat) == fat.size()
        && out.write(directory) == directory.size() && out.write(content) == content.size()
        && out.write(padding) == padding.size();
}

}  // namespace Crm::Core::Import
