#include "workbookparts.h"

#include "import/importerror.h"
#include "scannedpart.h"
#include "xmlpart.h"
#include "zippackage.h"

#include <QCoreApplication>
#include <QHash>

namespace Crm::Core::Import::Xlsx {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Crm::Import)
};

constexpr qint64 maxSharedStringChars = qint64(256) << 20;  // 512 MB of UTF-16

struct Relationship
{
    QString type;  // last path segment of the relationship type, e.g. "worksheet"
    QString target;  // resolved part name
};

// "xl/_rels/workbook.xml.rels" for "xl/workbook.xml"; "_rels/.rels" for "".
QString relationshipsPartOf(const QString &part)
{
    const qsizetype slash = part.lastIndexOf(QLatin1Char('/'));
    const QString directory = slash < 0 ? QString() : part.left(slash + 1);
    return QString(directory + QStringLiteral("_rels/") + part.mid(slash + 1) + QStringLiteral(".rels"));
}

// Resolves a relationship target against the directory of the source part.
QString resolveTarget(const QString &sourcePart, QString target)
{
    target.replace(QLatin1Char('\\'), QLatin1Char('/'));
    QStringList segments;
    if (!target.startsWith(QLatin1Char('/'))) {
        const qsizetype slash = sourcePart.lastIndexOf(QLatin1Char('/'));
        if (slash > 0) {
            segments = sourcePart.left(slash).split(QLatin1Char('/'), Qt::SkipEmptyParts);
        }
    }
    const QStringList parts = target.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (const QString &segment : parts) {
        if (segment == QLatin1String("..")) {
            if (!segments.isEmpty()) {
                segments.removeLast();
            }
        } else if (segment != QLatin1String(".")) {
            segments.append(segment);
        }
    }
    return segments.join(QLatin1Char('/'));
}

Result<QHash<QString, Relationship>> readRelationships(const ZipPackage &package, const QString &sourcePart)
{
    QHash<QString, Relationship> relationships;
    const QString part = relationshipsPartOf(sourcePart);
    if (!package.contains(part)) {
        return relationships;
    }
    XmlPart xml(package, part);
    auto parsed = xml.parse([&](QXmlStreamReader &reader) {
        if (reader.name() == QLatin1String("Relationship")
            && reader.attributes().value(QLatin1String("TargetMode")) != QLatin1String("External")) {
            const QXmlStreamAttributes attributes = reader.attributes();
            const QString type = attributes.value(QLatin1String("Type")).toString();
            relationships.insert(
                attributes.value(QLatin1String("Id")).toString(),
                Relationship {type.mid(type.lastIndexOf(QLatin1Char('/')) + 1),
                              resolveTarget(sourcePart, attributes.value(QLatin1String("Target")).toString())});
        }
        return true;
    });
    if (!parsed && xml.wasRefused()) {
        return parsed.error();
    }
    // Damaged relationships: Excel still opens such files by the usual part names, and so
    // do we (the callers fall back to them).
    return relationships;
}

QString findWorkbookPart(const ZipPackage &package, const QHash<QString, Relationship> &rootRelationships)
{
    for (const Relationship &relationship : rootRelationships) {
        if (relationship.type == QLatin1String("officeDocument") && package.contains(relationship.target)) {
            return relationship.target;
        }
    }
    return QStringLiteral("xl/workbook.xml");
}

bool isTrue(QStringView value)
{
    return value == QLatin1String("1") || value == QLatin1String("true");
}

// The relationship id of a <sheet>: r:id in either the Transitional or Strict namespace.
QString relationshipId(const QXmlStreamAttributes &attributes)
{
    for (const QXmlStreamAttribute &attribute : attributes) {
        if (attribute.name() == QLatin1String("id") && !attribute.namespaceUri().isEmpty()) {
            return attribute.value().toString();
        }
    }
    return {};
}

}  // namespace

Result<WorkbookInfo> readWorkbookInfo(const ZipPackage &package)
{
    auto rootRelationships = readRelationships(package, QString());
    if (!rootRelationships) {
        return rootRelationships.error();
    }
    const QString workbookPart = findWorkbookPart(package, rootRelationships.value());
    if (!package.contains(workbookPart)) {
        return makeError(Error::Code::BadInput,
                         Text::tr("the workbook is damaged: it has no workbook part (xl/workbook.xml)"),
                         errorContext(package.path()));
    }
    auto relationships = readRelationships(package, workbookPart);
    if (!relationships) {
        return relationships.error();
    }
    WorkbookInfo info;
    QStringList sheetIds;
    XmlPart xml(package, workbookPart);
    auto parsed = xml.parse([&](QXmlStreamReader &reader) {
        if (reader.namespaceUri().startsWith(QLatin1String("http://purl.oclc.org/ooxml"))) {
            info.strict = true;
        }
        const QXmlStreamAttributes attributes = reader.attributes();
        if (reader.name() == QLatin1String("workbookPr")) {
            info.date1904 = isTrue(attributes.value(QLatin1String("date1904")));
        } else if (reader.name() == QLatin1String("sheet")) {
            SheetInfo sheet;
            sheet.name = attributes.value(QLatin1String("name")).toString();
            const QStringView state = attributes.value(QLatin1String("state"));
            sheet.hidden = state == QLatin1String("hidden") || state == QLatin1String("veryHidden");
            info.sheets.append(sheet);
            sheetIds.append(relationshipId(attributes));
        }
        return true;
    });
    if (!parsed) {
        return parsed.error();
    }
    for (qsizetype i = 0; i < info.sheets.size(); ++i) {
        const Relationship relationship = relationships->value(sheetIds.at(i));
        info.sheets[i].chart
            = relationship.type == QLatin1String("chartsheet") || relationship.type == QLatin1String("dialogsheet");
        QString part = relationship.target;
        if (part.isEmpty()) {
            // Relationship missing: fall back to the conventional part name.
            part = QStringLiteral("xl/worksheets/sheet%1.xml").arg(i + 1);
        }
        info.sheetParts.append(package.contains(part) ? part : QString());
    }
    for (const Relationship &relationship : std::as_const(relationships.value())) {
        if (relationship.type == QLatin1String("sharedStrings") && package.contains(relationship.target)) {
            info.sharedStringsPart = relationship.target;
        } else if (relationship.type == QLatin1String("styles") && package.contains(relationship.target)) {
            info.stylesPart = relationship.target;
        }
    }
    // Some writers forget the relationships; Excel still finds the usual parts.
    if (info.sharedStringsPart.isEmpty() && package.contains(QStringLiteral("xl/sharedStrings.xml"))) {
        info.sharedStringsPart = QStringLiteral("xl/sharedStrings.xml");
    }
    if (info.stylesPart.isEmpty() && package.contains(QStringLiteral("xl/styles.xml"))) {
        info.stylesPart = QStringLiteral("xl/styles.xml");
    }
    return info;
}

Result<QList<DateKind>> readCellFormats(const ZipPackage &package, const QString &stylesPart)
{
    QList<DateKind> formats;
    if (stylesPart.isEmpty()) {
        return formats;
    }
    QHash<int, DateKind> custom;
    bool inCellXfs = false;
    XmlPart xml(package, stylesPart);
    auto parsed = xml.parse([&](QXmlStreamReader &reader) {
        const QStringView name = reader.name();
        if (name == QLatin1String("numFmt")) {
            const QXmlStreamAttributes attributes = reader.attributes();
            custom.insert(attributes.value(QLatin1String("numFmtId")).toInt(),
                          dateKindOfFormatCode(attributes.value(QLatin1String("formatCode"))));
        } else if (name == QLatin1String("cellXfs")) {
            inCellXfs = true;
        } else if (name == QLatin1String("cellStyles") || name == QLatin1String("dxfs")) {
            inCellXfs = false;
        } else if (name == QLatin1String("xf") && inCellXfs) {
            bool ok = false;
            const int id = reader.attributes().value(QLatin1String("numFmtId")).toInt(&ok);
            formats.append(!ok ? DateKind::None : custom.value(id, dateKindOfBuiltInFormat(id)));
        }
        return true;
    });
    if (!parsed) {
        return parsed.error();
    }
    return formats;
}

bool preservesSpace(const XmlScanner &xml, bool fallback)
{
    const std::optional<QByteArrayView> space = xml.attribute("xml:space");
    return !space || space->isEmpty() ? fallback : isBytes(*space, "preserve");
}

namespace {

bool isXmlSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// Trims XML white space only: a leading ideographic space (U+3000) is content.
QByteArrayView xmlTrimmed(QByteArrayView text)
{
    qsizetype begin = 0;
    qsizetype end = text.size();
    while (begin < end && isXmlSpace(text.at(begin))) {
        ++begin;
    }
    while (end > begin && isXmlSpace(text.at(end - 1))) {
        --end;
    }
    return text.sliced(begin, end - begin);
}

}  // namespace

bool readRichText(XmlScanner &xml, bool preserve, std::string &text, std::string &run, qsizetype maxBytes)
{
    preserve = preservesSpace(xml, preserve);
    const int depth = xml.depth();
    int skipDepth = -1;  // inside <rPh> (phonetic guide)
    for (;;) {
        XmlScanner::Token token = xml.next();
        if (token == XmlScanner::Token::StartElement) {
            if (skipDepth < 0 && isBytes(xml.name(), "rPh")) {
                skipDepth = xml.depth();
            } else if (skipDepth < 0 && isBytes(xml.name(), "t")) {
                const bool keep = preservesSpace(xml, preserve);
                run.clear();
                token = xml.nextCollecting(run, maxBytes - qsizetype(text.size()));
                if (token == XmlScanner::Token::StartElement) {
                    xml.raiseError(Text::tr("an element inside a text run"));
                    return false;
                }
                if (token != XmlScanner::Token::EndElement) {
                    return false;
                }
                const QByteArrayView shown = keep ? QByteArrayView(run) : xmlTrimmed(run);
                text.append(shown.data(), size_t(shown.size()));
            }
        } else if (token == XmlScanner::Token::EndElement) {
            if (xml.depth() < depth) {
                return true;
            }
            if (xml.depth() < skipDepth) {
                skipDepth = -1;
            }
        } else {
            if (token == XmlScanner::Token::EndDocument) {
                xml.raiseError(Text::tr("the part ends inside a text"));
            }
            return false;
        }
    }
}

std::optional<QString> richTextString(XmlScanner &xml, QByteArrayView text)
{
    std::optional<QString> decoded = XmlScanner::decodeText(text);
    if (!decoded) {
        xml.raiseError(Text::tr("text that is not valid UTF-8 or holds a character XML does not allow"));
        return std::nullopt;
    }
    if (!std::memchr(text.data(), '_', size_t(text.size()))) {
        return decoded;  // no _xHHHH_ escape
    }
    return decodeEscapes(*decoded);
}

Result<QStringList> readSharedStrings(const ZipPackage &package, const QString &part, const ProgressSink &progress)
{
    QStringList strings;
    if (part.isEmpty()) {
        return strings;
    }
    qint64 chars = 0;
    bool preserve = false;  // xml:space on the <sst> root
    const qint64 total = package.uncompressedSize(part);
    ScannedPart sharedStrings(package, part);
    if (auto opened = sharedStrings.open(); !opened) {
        return opened.error();
    }
    XmlScanner &xml = sharedStrings.xml();
    std::string text;
    std::string run;
    const auto tooLong = [&] {
        return makeError(Error::Code::BadInput,
                         Text::tr("the workbook is damaged: shared string %1 holds more than %L2 characters, more "
                                  "than any spreadsheet program keeps in one cell")
                             .arg(strings.size())
                             .arg(qint64(kMaxCellChars)),
                         errorContext(package.path()));
    };
    for (;;) {
        const XmlScanner::Token token = xml.next();
        if (token != XmlScanner::Token::StartElement) {
            if (token == XmlScanner::Token::EndElement) {
                continue;
            }
            break;
        }
        // <sstItem> is the Office 2007 beta spelling of <si>.
        if (isBytes(xml.name(), "sst")) {
            preserve = preservesSpace(xml, false);
            continue;
        }
        if (!isBytes(xml.name(), "si") && !isBytes(xml.name(), "sstItem")) {
            continue;
        }
        text.clear();
        if (!readRichText(xml, preserve, text, run, kMaxCellTextBytes)) {
            if (xml.textOverflowed()) {
                return tooLong();
            }
            break;
        }
        std::optional<QString> string = richTextString(xml, text);
        if (!string) {
            break;
        }
        if (string->size() > kMaxCellChars) {
            return tooLong();
        }
        chars += string->size();
        strings.append(std::move(*string));
        if (chars > maxSharedStringChars) {
            return makeError(Error::Code::BadInput,
                             Text::tr("refused: the shared strings table holds more text than the safety limit "
                                      "(256 million characters)"),
                             errorContext(package.path()));
        }
        if ((strings.size() & 0xFFFF) == 0 && !reportProgress(progress, sharedStrings.inflatedBytes(), total)) {
            return makeError(Error::Code::Cancelled, Text::tr("cancelled"), errorContext(package.path()));
        }
    }
    if (auto finished = sharedStrings.finish(); !finished) {
        return finished.error();
    }
    return strings;
}

}  // namespace Crm::Core::Import::Xlsx
