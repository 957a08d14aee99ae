#include "zippackage.h"

#include "import/importerror.h"

#include <QCoreApplication>

#include <quazip/quazip.h>
#include <quazip/quazipfileinfo.h>

namespace Crm::Core::Import::Xlsx {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Crm::Import)
};

}  // namespace

ZipPackage::~ZipPackage() = default;

Result<std::unique_ptr<ZipPackage>> ZipPackage::open(const QString &path)
{
    std::unique_ptr<ZipPackage> package(new ZipPackage);
    package->m_path = path;
    package->m_zip = std::make_unique<QuaZip>(path);
    if (!package->m_zip->open(QuaZip::mdUnzip)) {
        return makeError(Error::Code::BadInput,
                         Text::tr("the workbook is damaged: its zip container cannot be opened (zip error %1); "
                                  "open it in Excel, save it again and import the new file")
                             .arg(package->m_zip->getZipError()),
                         errorContext(path));
    }
    const QList<QuaZipFileInfo64> infos = package->m_zip->getFileInfoList64();
    for (const QuaZipFileInfo64 &info : infos) {
        package->m_entries.insert(normalizedName(info.name),
                                  Entry {info.name, qint64(info.compressedSize), qint64(info.uncompressedSize)});
    }
    if (package->m_entries.isEmpty()) {
        return makeError(Error::Code::BadInput, Text::tr("the workbook is damaged: its zip container is empty"),
                         errorContext(path));
    }
    return package;
}

QString ZipPackage::normalizedName(const QString &partName)
{
    QString name = QString(partName).replace(QLatin1Char('\\'), QLatin1Char('/'));
    while (name.startsWith(QLatin1Char('/'))) {
        name.remove(0, 1);
    }
    return name.toLower();
}

bool ZipPackage::contains(const QString &partName) const
{
    return m_entries.contains(normalizedName(partName));
}

qint64 ZipPackage::uncompressedSize(const QString &partName) const
{
    return m_entries.value(normalizedName(partName)).uncompressedSize;
}

Result<std::unique_ptr<PartDevice>> ZipPackage::openPart(const QString &partName, PartDevice::Limits limits) const
{
    const auto entry = m_entries.constFind(normalizedName(partName));
    if (entry == m_entries.constEnd() || !m_zip->setCurrentFile(entry->name, QuaZip::csSensitive)) {
        return makeError(Error::Code::BadInput, Text::tr("the workbook is damaged: part %1 is missing").arg(partName),
                         errorContext(m_path));
    }
    auto device = std::make_unique<PartDevice>(m_zip.get(), entry->compressedSize, limits);
    if (!device->openPart()) {
        return makeError(
            Error::Code::BadInput,
            Text::tr("the workbook is damaged: part %1 cannot be read (%2)").arg(partName, device->errorString()),
            errorContext(m_path));
    }
    return device;
}

}  // namespace Crm::Core::Import::Xlsx
