#pragma once

#include "common/result.h"
#include "partdevice.h"

#include <QXmlStreamReader>

#include <functional>

namespace Crm::Core::Import::Xlsx {

class ZipPackage;

// How reading a part ended, the worst first: refused for its inflated size (zip bomb),
// damaged (CRC), refused for a DTD, malformed XML (`detail` at `line`); success otherwise.
VoidResult partOutcome(const QString &partName, const PartDevice *device, bool dtdSeen, bool malformed, qint64 line,
                       const QString &detail, const ErrorContext &where);

// Streams one XML part of a package through QXmlStreamReader with the package's safety
// rules: a DTD (and so any entity declaration) is refused, the part's inflated size is
// capped, and malformed XML becomes an error naming the part and line.
class XmlPart
{
public:
    XmlPart(const ZipPackage &package, QString partName);

    // Calls onElement for every start element; it may consume the element's content
    // (e.g. readElementText()) and returns false to stop early.
    VoidResult parse(const std::function<bool(QXmlStreamReader &xml)> &onElement);

    // Opens the part and hands back the reader positioned before the first token.
    VoidResult open();
    QXmlStreamReader &xml() { return m_xml; }
    qint64 inflatedBytes() const { return m_device ? m_device->inflatedBytes() : 0; }

    // Reads the next token, turning a DTD into an error. False at the end or on error.
    bool next();
    // The error after next() returned false, or an empty value at a clean end.
    VoidResult finish(const ErrorContext &context = {}) const;
    // True when the part was refused for safety (DTD, zip bomb) or fails its CRC, not merely
    // malformed.
    bool wasRefused() const { return m_dtdSeen || (m_device && (m_device->limitExceeded() || m_device->corrupt())); }

private:
    const ZipPackage &m_package;
    QString m_partName;
    std::unique_ptr<PartDevice> m_device;
    QXmlStreamReader m_xml;
    bool m_dtdSeen = false;
};

}  // namespace Crm::Core::Import::Xlsx
