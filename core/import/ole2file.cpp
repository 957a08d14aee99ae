#include "ole2file.h"

#include <QCoreApplication>
#include <QtEndian>

namespace Crm::Core::Import {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Crm::Import)
};

constexpr quint32 endOfChain = 0xFFFFFFFA;  // this and above: special sector ids
constexpr int maxChainLength = 1 << 16;
constexpr quint64 miniStreamCutoff = 4096;
constexpr int maxNameBytes = 64;  // [MS-CFB] 2.6.1: 32 UTF-16 code units with the terminator

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
    m_sectorSize = 1 << shift;
    for (int i = 0; i < 109; ++i) {
        m_fatSectors.append(qFromLittleEndian<quint32>(header.constData() + 0x4C + 4 * i));
    }
    readDirectory(qFromLittleEndian<quint32>(header.constData() + 0x30));
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

QByteArray Ole2File::readStream(const QString &name, qint64 maxBytes)
{
    for (const Entry &entry : std::as_const(m_entries)) {
        if (entry.type != 2 || entry.name.compare(name, Qt::CaseInsensitive) != 0 || entry.size < miniStreamCutoff) {
            continue;
        }
        QByteArray data;
        const qint64 wanted = qMin<qint64>(maxBytes, qint64(entry.size));
        quint32 sector = entry.startSector;
        for (int visited = 0; sector < endOfChain && data.size() < wanted && visited < maxChainLength; ++visited) {
            const QByteArray chunk = readSector(sector);
            if (chunk.isEmpty()) {
                break;
            }
            data.append(chunk);
            sector = nextSector(sector);
        }
        return data.left(wanted);
    }
    return {};
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
    const QByteArray data = readAt(qint64(sector + 1) * m_sectorSize, m_sectorSize);
    return data.size() == m_sectorSize ? data : QByteArray();
}

quint32 Ole2File::nextSector(quint32 sector)
{
    const quint32 perSector = quint32(m_sectorSize / 4);
    const quint32 fatIndex = sector / perSector;
    if (fatIndex >= quint32(m_fatSectors.size())) {
        return endOfChain;  // beyond the header's DIFAT: stop rather than guess
    }
    const QByteArray fat = readSector(m_fatSectors.at(fatIndex));
    if (fat.isEmpty()) {
        return endOfChain;
    }
    return qFromLittleEndian<quint32>(fat.constData() + 4 * (sector % perSector));
}

void Ole2File::readDirectory(quint32 firstSector)
{
    quint32 sector = firstSector;
    for (int visited = 0; sector < endOfChain && visited < 4096; ++visited) {
        const QByteArray data = readSector(sector);
        if (data.isEmpty()) {
            break;
        }
        for (int offset = 0; offset + 128 <= data.size(); offset += 128) {
            const char *raw = data.constData() + offset;
            const quint16 nameBytes = qFromLittleEndian<quint16>(raw + 64);
            // Checked for every entry, used or not: a reader that converts each entry's
            // name in turn reads that many bytes past the entry, and past its buffer.
            if (nameBytes > maxNameBytes && m_damage.isEmpty()) {
                m_damage = Text::tr("its directory entry %1 declares a name of %2 bytes, more than the %3 a "
                                    "name can hold")
                               .arg(visited * (data.size() / 128) + offset / 128)
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
        sector = nextSector(sector);
    }
}

}  // namespace Crm::Core::Import
