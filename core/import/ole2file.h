#pragma once

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QString>
#include <QStringList>

namespace Crm::Core::Import {

// Minimal, bounded reader of an OLE2 (Compound File Binary) container: lists the
// directory's entry names and reads the start of a large stream. Enough to tell an
// encrypted OOXML package from a BIFF workbook and to read a workbook's sheet list.
// Never trusts the file: every chain walk is bounded, anything odd gives "nothing".
class Ole2File
{
public:
    // `file` must be open for reading and outlive this object.
    explicit Ole2File(QFile &file);

    bool isValid() const { return m_valid; }
    // Why the container's structure is unsafe to hand to a reader that trusts it (FreeXL
    // copies each directory entry's declared name length from a fixed 4 KiB buffer), in
    // words for the user; empty when nothing such was found.
    QString damage() const { return m_damage; }
    QStringList entryNames() const;
    // Up to maxBytes of the named stream (case-insensitive); empty when it is missing or
    // stored in the mini stream (streams under 4096 bytes).
    QByteArray readStream(const QString &name, qint64 maxBytes);

private:
    struct Entry
    {
        QString name;
        quint8 type = 0;
        quint32 startSector = 0;
        quint64 size = 0;
    };

    QByteArray readAt(qint64 offset, qint64 size);
    QByteArray readSector(quint32 sector);
    quint32 nextSector(quint32 sector);
    void readDirectory(quint32 firstSector);

    QFile &m_file;
    bool m_valid = false;
    int m_sectorSize = 512;
    QList<quint32> m_fatSectors;
    QList<Entry> m_entries;
    QString m_damage;
};

}  // namespace Crm::Core::Import
