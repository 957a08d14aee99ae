#include "scannedpart.h"

#include "partdevice.h"
#include "xmlpart.h"
#include "zippackage.h"

namespace Crm::Core::Import::Xlsx {

ScannedPart::ScannedPart(const ZipPackage &package, QString partName, XmlScanner::Limits limits)
    : m_package(package)
    , m_partName(std::move(partName))
    , m_limits(limits)
{ }

ScannedPart::~ScannedPart() = default;

VoidResult ScannedPart::open()
{
    auto device = m_package.openPart(m_partName);
    if (!device) {
        return device.error();
    }
    m_device = std::move(device.value());
    m_scanner = std::make_unique<XmlScanner>(m_device.get(), m_limits);
    return {};
}

qint64 ScannedPart::inflatedBytes() const
{
    return m_device ? m_device->inflatedBytes() : 0;
}

VoidResult ScannedPart::finish(const ErrorContext &context)
{
    if (m_device) {
        m_device->drain();
    }
    ErrorContext where = context;
    where.file = m_package.path();
    const bool malformed = m_scanner && m_scanner->hasError();
    return partOutcome(m_partName, m_device.get(), m_scanner && m_scanner->dtdSeen(), malformed,
                       malformed ? m_scanner->lineNumber() : 0, malformed ? m_scanner->errorString() : QString(),
                       where);
}

}  // namespace Crm::Core::Import::Xlsx
