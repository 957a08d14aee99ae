#pragma once

#include "common/result.h"
#include "xmlscanner.h"

#include <QString>

#include <memory>

namespace Crm::Core::Import::Xlsx {

class PartDevice;
class ZipPackage;

// One big XML part (a worksheet, the shared strings) read through XmlScanner with the
// package's safety rules: the part's inflated size is capped (zip bombs), its CRC checked at
// the end, and a DTD or malformed XML becomes an error naming the part and line, like
// XmlPart does for the small parts.
class ScannedPart
{
public:
    ScannedPart(const ZipPackage &package, QString partName, XmlScanner::Limits limits = {});
    ~ScannedPart();

    VoidResult open();
    XmlScanner &xml() { return *m_scanner; }
    qint64 inflatedBytes() const;
    // After the scan stopped (EndDocument or Invalid): reads the rest of the entry so that
    // its CRC is checked, and reports what went wrong, if anything.
    VoidResult finish(const ErrorContext &context = {});

private:
    const ZipPackage &m_package;
    QString m_partName;
    XmlScanner::Limits m_limits;
    std::unique_ptr<PartDevice> m_device;
    std::unique_ptr<XmlScanner> m_scanner;
};

}  // namespace Crm::Core::Import::Xlsx
