#pragma once

#include "common/result.h"
#include "partdevice.h"

#include <QHash>
#include <QString>

#include <memory>

class QuaZip;

namespace Crm::Core::Import::Xlsx {

// The zip container of an OOXML package. Part names are looked up the way Excel does:
// case-insensitively, with backslashes read as slashes and without a leading slash.
class ZipPackage
{
public:
    ~ZipPackage();

    static Result<std::unique_ptr<ZipPackage>> open(const QString &path);

    // "xl/workbook.xml" for "/XL\Workbook.xml".
    static QString normalizedName(const QString &partName);

    bool contains(const QString &partName) const;
    qint64 uncompressedSize(const QString &partName) const;
    // Opens one part for streaming. Only one part may be open at a time.
    Result<std::unique_ptr<PartDevice>> openPart(const QString &partName, PartDevice::Limits limits = {}) const;

    const QString &path() const { return m_path; }

private:
    struct Entry
    {
        QString name;  // as stored in the zip
        qint64 compressedSize = 0;
        qint64 uncompressedSize = 0;
    };

    ZipPackage() = default;

    QString m_path;
    std::unique_ptr<QuaZip> m_zip;
    QHash<QString, Entry> m_entries;  // by normalized name
};

}  // namespace Crm::Core::Import::Xlsx
