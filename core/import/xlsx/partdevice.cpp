#include "partdevice.h"

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

namespace Crm::Core::Import::Xlsx {

PartDevice::PartDevice(QuaZip *zip, qint64 compressedSize, Limits limits)
    : m_file(std::make_unique<QuaZipFile>(zip))
    , m_compressedSize(compressedSize)
    , m_limits(limits)
{ }

PartDevice::~PartDevice() = default;

bool PartDevice::openPart()
{
    if (!m_file->open(QIODevice::ReadOnly)) {
        setErrorString(m_file->errorString());
        return false;
    }
    return open(QIODevice::ReadOnly);
}

qint64 PartDevice::readData(char *data, qint64 maxSize)
{
    if (m_limitExceeded || m_corrupt) {
        return -1;
    }
    if (!m_file->isOpen()) {
        return 0;  // closed at the end after the CRC check
    }
    const qint64 count = m_file->read(data, maxSize);
    if (count < 0) {
        setErrorString(m_file->errorString());
        return -1;
    }
    if (count == 0 && maxSize > 0 && m_file->isOpen()) {
        // At the end: closing verifies the CRC, the only sign of silently corrupted data.
        m_file->close();
        if (m_file->getZipError() != UNZ_OK) {
            m_corrupt = true;
            return -1;
        }
    }
    m_inflated += count;
    const bool tooBig = m_inflated > m_limits.maxBytes;
    const bool tooDense
        = m_inflated > m_limits.ratioFloor && m_inflated > m_limits.maxRatio * qMax<qint64>(m_compressedSize, 1);
    if (tooBig || tooDense) {
        m_limitExceeded = true;
        return -1;
    }
    return count;
}

void PartDevice::drain()
{
    char buffer[16384];
    while (readData(buffer, sizeof buffer) > 0) { }
}

qint64 PartDevice::writeData(const char *, qint64)
{
    return -1;
}

}  // namespace Crm::Core::Import::Xlsx
