// The compound file reader on containers built here sector by sector: a stream whose FAT
// entries are only reachable through a DIFAT sector (files over ~7 MB with 512-byte
// sectors), and a chain that loops back on itself.
#include "import/ole2file.h"

#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using namespace Crm::Core::Import;

namespace {

constexpr qint64 sectorSize = 512;
constexpr quint32 freeSector = 0xFFFFFFFF;
constexpr quint32 endOfChain = 0xFFFFFFFE;
constexpr quint32 fatSector = 0xFFFFFFFD;
constexpr quint32 difatSector = 0xFFFFFFFC;

// A sparse file of 512-byte sectors, written where a test puts something.
class CompoundFileBuilder
{
public:
    explicit CompoundFileBuilder(const QString &path)
        : m_file(path)
    {
        m_file.open(QIODevice::ReadWrite | QIODevice::Truncate);
        m_header = QByteArray(sectorSize, '\0');
        m_header.replace(0, 8, QByteArrayView("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8));
        put16(m_header, 0x1A, 3);
        put16(m_header, 0x1C, 0xFFFE);
        put16(m_header, 0x1E, 9);
        put16(m_header, 0x20, 6);
        put32(m_header, 0x3C, endOfChain);
        put32(m_header, 0x44, endOfChain);
        for (int i = 0; i < 109; ++i) {
            put32(m_header, 0x4C + 4 * i, freeSector);
        }
    }

    static void put16(QByteArray &data, qsizetype at, quint16 value) { qToLittleEndian(value, data.data() + at); }
    static void put32(QByteArray &data, qsizetype at, quint32 value) { qToLittleEndian(value, data.data() + at); }

    QByteArray &header() { return m_header; }

    void writeSector(quint32 sector, const QByteArray &data)
    {
        m_file.seek(qint64(sector + 1) * sectorSize);
        m_file.write(data.leftJustified(sectorSize, '\0', true));
    }

    // A FAT sector: entries (index in the sector -> value), the rest free.
    static QByteArray fat(const QList<std::pair<int, quint32>> &entries)
    {
        QByteArray data(sectorSize, '\xFF');
        for (const auto &[index, value] : entries) {
            put32(data, 4 * index, value);
        }
        return data;
    }

    // A directory sector with the root entry and one stream.
    static QByteArray directory(quint32 start, quint32 size)
    {
        QByteArray data(sectorSize, '\0');
        const auto entry = [&](int index, const QString &name, char type, quint32 child, quint32 first, quint32 bytes) {
            const qsizetype base = index * 128;
            for (qsizetype i = 0; i < name.size(); ++i) {
                put16(data, base + 2 * i, name.at(i).unicode());
            }
            put16(data, base + 64, quint16((name.size() + 1) * 2));
            data[base + 66] = type;
            put32(data, base + 68, freeSector);
            put32(data, base + 72, freeSector);
            put32(data, base + 76, child);
            put32(data, base + 116, first);
            put32(data, base + 120, bytes);
        };
        entry(0, QStringLiteral("Root Entry"), 5, 1, endOfChain, 0);
        entry(1, QStringLiteral("Workbook"), 2, freeSector, start, size);
        return data;
    }

    void finish(quint32 sectors)
    {
        m_file.resize(qint64(sectors + 1) * sectorSize);
        m_file.seek(0);
        m_file.write(m_header);
        m_file.close();
    }

private:
    QFile m_file;
    QByteArray m_header;
};

}  // namespace

class TestOle2File final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldFollowTheDifatToFatSectorsPastTheHeader();
    void shouldStopAChainThatLoops();
};

void TestOle2File::shouldFollowTheDifatToFatSectorsPastTheHeader()
{
    // Sector 0: FAT sector #0 (sectors 0..127); 1: directory; 2: DIFAT sector listing FAT
    // sector #109 (the header holds #0..#108) at sector 3, which maps sectors 13952..14079.
    // The stream's eight sectors are 13952..13959.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("difat.xls"));
    CompoundFileBuilder file(path);
    constexpr quint32 first = 109 * 128;
    CompoundFileBuilder::put32(file.header(), 0x2C, 2);
    CompoundFileBuilder::put32(file.header(), 0x30, 1);
    CompoundFileBuilder::put32(file.header(), 0x4C, 0);
    CompoundFileBuilder::put32(file.header(), 0x44, 2);
    CompoundFileBuilder::put32(file.header(), 0x48, 1);
    file.writeSector(0, CompoundFileBuilder::fat({{0, fatSector}, {1, endOfChain}, {2, difatSector}, {3, fatSector}}));
    file.writeSector(1, CompoundFileBuilder::directory(first, 8 * sectorSize));
    QByteArray difat(sectorSize, '\xFF');
    CompoundFileBuilder::put32(difat, 0, 3);
    CompoundFileBuilder::put32(difat, sectorSize - 4, endOfChain);
    file.writeSector(2, difat);
    QList<std::pair<int, quint32>> chain;
    for (int i = 0; i < 8; ++i) {
        chain.append({i, i < 7 ? first + i + 1 : endOfChain});
    }
    file.writeSector(3, CompoundFileBuilder::fat(chain));
    QByteArray expected;
    for (int i = 0; i < 8; ++i) {
        const QByteArray sector(sectorSize, char('a' + i));
        file.writeSector(first + i, sector);
        expected += sector;
    }
    file.finish(first + 8);

    QFile input(path);
    QVERIFY(input.open(QIODevice::ReadOnly));
    Ole2File container(input);
    QVERIFY(container.isValid());
    QCOMPARE(container.streamSize(QStringLiteral("Workbook")), qint64(expected.size()));
    QCOMPARE(container.readStream(QStringLiteral("Workbook"), 1 << 20), expected);
}

void TestOle2File::shouldStopAChainThatLoops()
{
    // The stream's FAT entries send sector 3 to 2 and 2 back to 3, for a declared 64 MB.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("loop.xls"));
    CompoundFileBuilder file(path);
    CompoundFileBuilder::put32(file.header(), 0x2C, 1);
    CompoundFileBuilder::put32(file.header(), 0x30, 1);
    CompoundFileBuilder::put32(file.header(), 0x4C, 0);
    file.writeSector(0, CompoundFileBuilder::fat({{0, fatSector}, {1, endOfChain}, {2, 3}, {3, 2}}));
    file.writeSector(1, CompoundFileBuilder::directory(2, 64 << 20));
    file.writeSector(2, QByteArray(sectorSize, 'x'));
    file.writeSector(3, QByteArray(sectorSize, 'y'));
    file.finish(4);

    QFile input(path);
    QVERIFY(input.open(QIODevice::ReadOnly));
    Ole2File container(input);
    const QByteArray stream = container.readStream(QStringLiteral("Workbook"), qint64(1) << 30);
    QVERIFY(stream.size() < 64 << 20);
    QVERIFY(stream.size() <= 5 * sectorSize);  // at most one pass over the file's sectors
    QVERIFY(stream.startsWith(QByteArray(QByteArray(sectorSize, 'x') + QByteArray(sectorSize, 'y'))));
}

QTEST_GUILESS_MAIN(TestOle2File)
#include "tst_ole2file.moc"
