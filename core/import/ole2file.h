#pragma once

#include <QByteArray>
#include <QFile>
#include <QIODevice>
#include <QList>
#include <QString>
#include <QStringList>

namespace Crm::Core::Import {

// Minimal, bounded reader of an OLE2 (Compound File Binary) container: lists the
// directory's entry names and reads a stream, from the regular sectors or the mini stream.
// Enough to tell an encrypted OOXML package from a BIFF workbook and to take a workbook's
// stream out of its container. Never trusts the file: every chain walk is bounded by the
// number of sectors the file has, anything odd gives "nothing" or a shorter stream.
class Ole2File
{
public:
    // `file` must be open for reading and outlive this object.
    explicit Ole2File(QFile &file);

    // The file has a compound file's header, whatever state the rest is in.
    bool isCompoundFile() const { return m_compoundFile; }
    // The directory could be read and lists at least one entry.
    bool isValid() const { return m_valid; }
    // Why the container's structure is unsafe to hand to a reader that trusts it (FreeXL
    // copies each directory entry's declared name length from a fixed 4 KiB buffer), in
    // words for the user; empty when nothing such was found.
    QString damage() const { return m_damage; }
    QStringList entryNames() const;
    // The size the directory declares for the named stream (case-insensitive); -1 when
    // there is no such stream.
    qint64 streamSize(const QString &name) const;
    // Up to maxBytes of the named stream (case-insensitive). Shorter than asked when its
    // sector chain breaks off early; empty when the stream is missing.
    QByteArray readStream(const QString &name, qint64 maxBytes);

private:
    struct Entry
    {
        QString name;
        quint8 type = 0;
        quint32 startSector = 0;
        quint64 size = 0;
    };

    const Entry *findStream(const QString &name) const;
    QByteArray readAt(qint64 offset, qint64 size);
    QByteArray readSector(quint32 sector);
    quint32 nextSector(quint32 sector);
    void readFatSectorList(const QByteArray &header);
    void readDirectory(quint32 firstSector);
    QByteArray readRegularChain(quint32 firstSector, qint64 wanted);
    QByteArray readMiniChain(quint32 firstSector, qint64 wanted);
    bool loadMiniStream();

    QFile &m_file;
    bool m_compoundFile = false;
    bool m_valid = false;
    int m_sectorSize = 512;
    quint32 m_sectorsInFile = 0;  // bounds every chain: a longer one loops
    QList<quint32> m_fatSectors;  // the DIFAT: where each FAT sector lies
    qsizetype m_cachedFatIndex = -1;
    QByteArray m_cachedFat;
    QList<Entry> m_entries;
    QString m_damage;
    quint32 m_miniFatStart = 0;
    quint32 m_miniFatSectors = 0;
    bool m_miniStreamLoaded = false;
    QByteArray m_miniStream;  // the root entry's stream, which holds every small stream
    QByteArray m_miniFat;
};

// Writes a compound file that holds one stream, laid out the plainest way the format
// allows: 4096-byte sectors, the FAT first, one directory sector with the root and the
// stream, then the stream's sectors in order; no mini stream and no DIFAT chain (streams
// up to ~440 MB). A reader that trusts the container's structure, as FreeXL does, then
// has nothing to trust wrongly. A stream under 4096 bytes is padded with zero bytes to
// 4096 (so it need not go in a mini stream): meant for BIFF, where they read as its end.
// False when the device fails or the stream is too large.
bool writeSingleStreamCompoundFile(QIODevice &out, const QString &streamName, const QByteArray &stream);

}  // namespace Crm::Core::Import
