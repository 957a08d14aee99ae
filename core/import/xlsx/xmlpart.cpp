#include "xmlpart.h"

#include "zippackage.h"

#include <QCoreApplication>

namespace Crm::Core::Import::Xlsx {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Crm::Import)
};

}  // namespace

XmlPart::XmlPart(const ZipPackage &package, QString partName)
    : m_package(package)
    , m_partName(std::move(partName))
{ }

VoidResult XmlPart::open()
{
    auto device = m_package.openPart(m_partName);
    if (!device) {
        return device.error();
    }
    m_device = std::move(device.value());
    m_xml.setDevice(m_device.get());
    m_xml.setNamespaceProcessing(true);
    return {};
}

bool XmlPart::next()
{
    const QXmlStreamReader::TokenType token = m_xml.readNext();
    if (token == QXmlStreamReader::DTD) {
        m_dtdSeen = true;
        m_xml.raiseError(QStringLiteral("DTD"));
        return false;
    }
    if ((token == QXmlStreamReader::EndDocument || token == QXmlStreamReader::Invalid) && m_device) {
        // Reaching the entry's end is what verifies its CRC: a damaged entry is reported
        // as damaged, not as odd XML that lenient callers might work around.
        m_device->drain();
    }
    return token != QXmlStreamReader::Invalid && token != QXmlStreamReader::EndDocument;
}

VoidResult partOutcome(const QString &partName, const PartDevice *device, bool dtdSeen, bool malformed, qint64 line,
                       const QString &detail, const ErrorContext &where)
{
    if (device && device->limitExceeded()) {
        return makeError(Error::Code::BadInput,
                         Text::tr("refused: part %1 inflates to more than the safety limit (1 GiB, or more than "
                                  "1000 times its compressed size); this looks like a zip bomb")
                             .arg(partName),
                         where);
    }
    if (device && device->corrupt()) {
        return makeError(Error::Code::BadInput,
                         Text::tr("the workbook is damaged: part %1 fails its checksum (CRC)").arg(partName), where);
    }
    if (dtdSeen) {
        return makeError(Error::Code::BadInput,
                         Text::tr("refused: part %1 contains a DTD or entity declarations, which workbooks never "
                                  "need and which can be used to attack the reader")
                             .arg(partName),
                         where);
    }
    if (malformed) {
        return makeError(Error::Code::BadInput,
                         Text::tr("the workbook is damaged: part %1 is not well-formed XML (line %2: %3)")
                             .arg(partName)
                             .arg(line)
                             .arg(detail),
                         where);
    }
    return {};
}

VoidResult XmlPart::finish(const ErrorContext &context) const
{
    ErrorContext where = context;
    where.file = m_package.path();
    return partOutcome(m_partName, m_device.get(), m_dtdSeen, m_xml.hasError(), m_xml.lineNumber(), m_xml.errorString(),
                       where);
}

VoidResult XmlPart::parse(const std::function<bool(QXmlStreamReader &xml)> &onElement)
{
    if (auto opened = open(); !opened) {
        return opened;
    }
    while (next()) {
        if (m_xml.isStartElement() && !onElement(m_xml)) {
            break;
        }
    }
    // readElementText() inside onElement may hit a DTD-free error; report it too.
    return finish();
}

}  // namespace Crm::Core::Import::Xlsx
