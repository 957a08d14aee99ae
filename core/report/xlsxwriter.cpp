#include "xlsxwriter.h"

#include "common/money.h"
#include "report/masking.h"

#include <QCoreApplication>
#include <QDate>
#include <QRegularExpression>
#include <QSaveFile>
#include <QXmlStreamWriter>

#include <cmath>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

namespace Crm::Core::Report {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Crm::Report)
};

const QString kMainNs = QStringLiteral("http://schemas.openxmlformats.org/spreadsheetml/2006/main");
const QString kRelNs = QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships");
const QString kPackageRelNs = QStringLiteral("http://schemas.openxmlformats.org/package/2006/relationships");

// Style indices into cellXfs of styles.xml.
enum Style { StyleDefault = 0, StyleDate = 1, StyleMoney = 2, StylePercent = 3, StyleHeader = 4, StyleQuoted = 5 };

// XML 1.0 forbids most control characters; a stray one in a customer name must not make
// the whole workbook unreadable.
QString xmlSafe(const QString &text)
{
    QString safe;
    safe.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= 0x20 || u == u'\t' || u == u'\n' || u == u'\r') {
            if (u != 0xFFFE && u != 0xFFFF) {
                safe += c;
            }
        }
    }
    // Readers decode "_xHHHH_" as an escaped character; a literal one must escape its '_'.
    static const QRegularExpression escapeLike(QStringLiteral("_(x[0-9A-Fa-f]{4}_)"));
    safe.replace(escapeLike, QStringLiteral("_x005F_\\1"));
    return safe;
}

void writeContentTypes(QXmlStreamWriter &xml)
{
    xml.writeStartDocument();
    xml.writeDefaultNamespace(QStringLiteral("http://schemas.openxmlformats.org/package/2006/content-types"));
    xml.writeStartElement(QStringLiteral("Types"));
    auto addDefault = [&](const QString &extension, const QString &type) {
        xml.writeEmptyElement(QStringLiteral("Default"));
        xml.writeAttribute(QStringLiteral("Extension"), extension);
        xml.writeAttribute(QStringLiteral("ContentType"), type);
    };
    auto addOverride = [&](const QString &part, const QString &type) {
        xml.writeEmptyElement(QStringLiteral("Override"));
        xml.writeAttribute(QStringLiteral("PartName"), part);
        xml.writeAttribute(QStringLiteral("ContentType"), type);
    };
    addDefault(QStringLiteral("rels"), QStringLiteral("application/vnd.openxmlformats-package.relationships+xml"));
    addDefault(QStringLiteral("xml"), QStringLiteral("application/xml"));
    addOverride(QStringLiteral("/xl/workbook.xml"),
                QStringLiteral("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"));
    addOverride(QStringLiteral("/xl/worksheets/sheet1.xml"),
                QStringLiteral("application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"));
    addOverride(QStringLiteral("/xl/styles.xml"),
                QStringLiteral("application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"));
    xml.writeEndElement();
    xml.writeEndDocument();
}

void writeRelationships(QXmlStreamWriter &xml, const QList<std::pair<QString, QString>> &typeAndTarget)
{
    xml.writeStartDocument();
    xml.writeDefaultNamespace(kPackageRelNs);
    xml.writeStartElement(QStringLiteral("Relationships"));
    int id = 1;
    for (const auto &[type, target] : typeAndTarget) {
        xml.writeEmptyElement(QStringLiteral("Relationship"));
        xml.writeAttribute(QStringLiteral("Id"), QStringLiteral("rId%1").arg(id++));
        xml.writeAttribute(QStringLiteral("Type"), type);
        xml.writeAttribute(QStringLiteral("Target"), target);
    }
    xml.writeEndElement();
    xml.writeEndDocument();
}

void writeWorkbook(QXmlStreamWriter &xml, const QString &sheetName)
{
    xml.writeStartDocument();
    xml.writeDefaultNamespace(kMainNs);
    xml.writeNamespace(kRelNs, QStringLiteral("r"));
    xml.writeStartElement(QStringLiteral("workbook"));
    xml.writeStartElement(QStringLiteral("sheets"));
    xml.writeEmptyElement(QStringLiteral("sheet"));
    xml.writeAttribute(QStringLiteral("name"), sheetName);
    xml.writeAttribute(QStringLiteral("sheetId"), QStringLiteral("1"));
    xml.writeAttribute(kRelNs, QStringLiteral("id"), QStringLiteral("rId1"));
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
}

void writeStyles(QXmlStreamWriter &xml)
{
    xml.writeStartDocument();
    xml.writeDefaultNamespace(kMainNs);
    xml.writeStartElement(QStringLiteral("styleSheet"));

    xml.writeStartElement(QStringLiteral("numFmts"));
    xml.writeAttribute(QStringLiteral("count"), QStringLiteral("2"));
    xml.writeEmptyElement(QStringLiteral("numFmt"));
    xml.writeAttribute(QStringLiteral("numFmtId"), QStringLiteral("164"));
    xml.writeAttribute(QStringLiteral("formatCode"), QStringLiteral("yyyy-mm-dd"));
    xml.writeEmptyElement(QStringLiteral("numFmt"));
    xml.writeAttribute(QStringLiteral("numFmtId"), QStringLiteral("165"));
    xml.writeAttribute(QStringLiteral("formatCode"), QStringLiteral("#,##0.00"));
    xml.writeEndElement();

    xml.writeStartElement(QStringLiteral("fonts"));
    xml.writeAttribute(QStringLiteral("count"), QStringLiteral("2"));
    for (const bool bold : {false, true}) {
        xml.writeStartElement(QStringLiteral("font"));
        if (bold) {
            xml.writeEmptyElement(QStringLiteral("b"));
        }
        xml.writeEmptyElement(QStringLiteral("sz"));
        xml.writeAttribute(QStringLiteral("val"), QStringLiteral("11"));
        xml.writeEmptyElement(QStringLiteral("name"));
        xml.writeAttribute(QStringLiteral("val"), QStringLiteral("Calibri"));
        xml.writeEndElement();
    }
    xml.writeEndElement();

    // Excel insists on the first two fills being "none" and "gray125".
    xml.writeStartElement(QStringLiteral("fills"));
    xml.writeAttribute(QStringLiteral("count"), QStringLiteral("2"));
    for (const char *pattern : {"none", "gray125"}) {
        xml.writeStartElement(QStringLiteral("fill"));
        xml.writeEmptyElement(QStringLiteral("patternFill"));
        xml.writeAttribute(QStringLiteral("patternType"), QLatin1String(pattern));
        xml.writeEndElement();
    }
    xml.writeEndElement();

    xml.writeStartElement(QStringLiteral("borders"));
    xml.writeAttribute(QStringLiteral("count"), QStringLiteral("1"));
    xml.writeStartElement(QStringLiteral("border"));
    for (const char *side : {"left", "right", "top", "bottom", "diagonal"}) {
        xml.writeEmptyElement(QLatin1String(side));
    }
    xml.writeEndElement();
    xml.writeEndElement();

    xml.writeStartElement(QStringLiteral("cellStyleXfs"));
    xml.writeAttribute(QStringLiteral("count"), QStringLiteral("1"));
    xml.writeEmptyElement(QStringLiteral("xf"));
    xml.writeAttribute(QStringLiteral("numFmtId"), QStringLiteral("0"));
    xml.writeAttribute(QStringLiteral("fontId"), QStringLiteral("0"));
    xml.writeAttribute(QStringLiteral("fillId"), QStringLiteral("0"));
    xml.writeAttribute(QStringLiteral("borderId"), QStringLiteral("0"));
    xml.writeEndElement();

    struct Xf
    {
        int numFmt;
        int font;
        bool quotePrefix;
    };
    // Order matches enum Style.
    const Xf xfs[] = {{0, 0, false}, {164, 0, false}, {165, 0, false}, {10, 0, false}, {0, 1, false}, {49, 0, true}};
    xml.writeStartElement(QStringLiteral("cellXfs"));
    xml.writeAttribute(QStringLiteral("count"), QString::number(std::size(xfs)));
    for (const Xf &xf : xfs) {
        xml.writeEmptyElement(QStringLiteral("xf"));
        xml.writeAttribute(QStringLiteral("numFmtId"), QString::number(xf.numFmt));
        xml.writeAttribute(QStringLiteral("fontId"), QString::number(xf.font));
        xml.writeAttribute(QStringLiteral("fillId"), QStringLiteral("0"));
        xml.writeAttribute(QStringLiteral("borderId"), QStringLiteral("0"));
        xml.writeAttribute(QStringLiteral("xfId"), QStringLiteral("0"));
        if (xf.numFmt != 0) {
            xml.writeAttribute(QStringLiteral("applyNumberFormat"), QStringLiteral("1"));
        }
        if (xf.font != 0) {
            xml.writeAttribute(QStringLiteral("applyFont"), QStringLiteral("1"));
        }
        if (xf.quotePrefix) {
            xml.writeAttribute(QStringLiteral("quotePrefix"), QStringLiteral("1"));
        }
    }
    xml.writeEndElement();

    xml.writeStartElement(QStringLiteral("cellStyles"));
    xml.writeAttribute(QStringLiteral("count"), QStringLiteral("1"));
    xml.writeEmptyElement(QStringLiteral("cellStyle"));
    xml.writeAttribute(QStringLiteral("name"), QStringLiteral("Normal"));
    xml.writeAttribute(QStringLiteral("xfId"), QStringLiteral("0"));
    xml.writeAttribute(QStringLiteral("builtinId"), QStringLiteral("0"));
    xml.writeEndElement();

    xml.writeEndElement();
    xml.writeEndDocument();
}

// Excel shows sheet names of at most 31 characters without []:*?/\ .
QString sanitizedSheetName(const QString &name)
{
    QString sheet = name;
    for (const QChar bad : {u'[', u']', u':', u'*', u'?', u'/', u'\\'}) {
        sheet.replace(bad, QLatin1Char('_'));
    }
    sheet = sheet.left(31).trimmed();
    return sheet.isEmpty() ? QStringLiteral("Sheet1") : sheet;
}

}  // namespace

struct XlsxWriter::Private
{
    QSaveFile file;
    QuaZip zip {&file};
    QuaZipFile sheetPart {&zip};
    QXmlStreamWriter xml;
    QList<DataColumn> columns;
    qint64 rowNumber = 0;
    bool open = false;
    bool quoteFormulaText = true;

    Error zipError(const QString &what) const
    {
        return makeError(Error::Code::Io,
                         Text::tr("Cannot write the workbook %1 (%2, zip error %3).")
                             .arg(file.fileName(), what)
                             .arg(zip.getZipError()));
    }

    VoidResult writePart(const QString &name, const std::function<void(QXmlStreamWriter &)> &body)
    {
        QuaZipFile part(&zip);
        if (!part.open(QIODevice::WriteOnly, QuaZipNewInfo(name))) {
            return zipError(name);
        }
        QXmlStreamWriter writer(&part);
        body(writer);
        part.close();
        if (writer.hasError() || part.getZipError() != 0) {
            return zipError(name);
        }
        return {};
    }

    void writeInlineString(const QString &reference, const QString &text, int style)
    {
        xml.writeStartElement(QStringLiteral("c"));
        xml.writeAttribute(QStringLiteral("r"), reference);
        if (style != StyleDefault) {
            xml.writeAttribute(QStringLiteral("s"), QString::number(style));
        }
        xml.writeAttribute(QStringLiteral("t"), QStringLiteral("inlineStr"));
        xml.writeStartElement(QStringLiteral("is"));
        xml.writeStartElement(QStringLiteral("t"));
        const QString safe = xmlSafe(text);
        if (!safe.isEmpty() && (safe.front().isSpace() || safe.back().isSpace())) {
            xml.writeAttribute(QStringLiteral("xml:space"), QStringLiteral("preserve"));
        }
        xml.writeCharacters(safe);
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
    }

    void writeNumber(const QString &reference, const QString &number, int style)
    {
        xml.writeStartElement(QStringLiteral("c"));
        xml.writeAttribute(QStringLiteral("r"), reference);
        if (style != StyleDefault) {
            xml.writeAttribute(QStringLiteral("s"), QString::number(style));
        }
        xml.writeTextElement(QStringLiteral("v"), number);
        xml.writeEndElement();
    }

    void writeCell(qsizetype column, const QVariant &value)
    {
        if (value.isNull() || !value.isValid()) {
            return;  // empty cells are simply absent
        }
        const QString reference = columnName(column) + QString::number(rowNumber);
        const DataColumn::Type type = column < columns.size() ? columns.at(column).type : DataColumn::Type::Text;
        switch (type) {
        case DataColumn::Type::Integer:
            writeNumber(reference, QString::number(value.toLongLong()), StyleDefault);
            return;
        case DataColumn::Type::Real:
        case DataColumn::Type::Percent: {
            const double number = value.toDouble();
            if (std::isfinite(number)) {
                writeNumber(reference, QString::number(number, 'g', 15),
                            type == DataColumn::Type::Percent ? StylePercent : StyleDefault);
            }
            return;
        }
        case DataColumn::Type::Money:
            writeNumber(reference, formatMoneyPlain(value.toLongLong()), StyleMoney);
            return;
        case DataColumn::Type::Date: {
            const QDate date = value.typeId() == QMetaType::QDate ? value.toDate()
                                                                  : QDate::fromString(value.toString(), Qt::ISODate);
            if (date.isValid()) {
                writeNumber(reference, QString::number(excelSerial(date)), StyleDate);
            } else {
                writeInlineString(reference, value.toString(), StyleDefault);
            }
            return;
        }
        case DataColumn::Type::Text: {
            const QString text = value.toString();
            writeInlineString(reference, text, quoteFormulaText && looksLikeFormula(text) ? StyleQuoted : StyleDefault);
            return;
        }
        }
    }
};

XlsxWriter::XlsxWriter()
    : d(std::make_unique<Private>())
{ }

XlsxWriter::~XlsxWriter()
{
    if (d->open) {
        d->sheetPart.close();
        d->zip.close();
        d->file.cancelWriting();
    }
}

void XlsxWriter::setQuoteFormulaText(bool quote)
{
    d->quoteFormulaText = quote;
}

qint64 XlsxWriter::excelSerial(const QDate &date)
{
    return date.toJulianDay() - QDate(1899, 12, 30).toJulianDay();
}

QString XlsxWriter::columnName(qsizetype index)
{
    QString name;
    for (qsizetype n = index + 1; n > 0; n = (n - 1) / 26) {
        name.prepend(QChar(u'A' + char16_t((n - 1) % 26)));
    }
    return name;
}

VoidResult XlsxWriter::open(const QString &path, const QString &sheetName, const QList<DataColumn> &columns,
                            const QStringList &headers)
{
    d->file.setFileName(path);
    d->columns = columns;
    d->zip.setAutoClose(false);  // we commit the QSaveFile ourselves, so a failure leaves no file
    if (!d->file.open(QIODevice::WriteOnly)) {
        return makeError(Error::Code::Io, Text::tr("Cannot write %1: %2").arg(path, d->file.errorString()));
    }
    if (!d->zip.open(QuaZip::mdCreate)) {
        d->file.cancelWriting();
        return d->zipError(QStringLiteral("open"));
    }
    d->open = true;
    const QString relBase = QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships/");
    const QList<std::pair<QString, std::function<void(QXmlStreamWriter &)>>> parts {
        {QStringLiteral("[Content_Types].xml"), writeContentTypes},
        {QStringLiteral("_rels/.rels"),
         [&](QXmlStreamWriter &xml) {
             writeRelationships(xml, {{relBase + QStringLiteral("officeDocument"), QStringLiteral("xl/workbook.xml")}});
         }},
        {QStringLiteral("xl/workbook.xml"),
         [&](QXmlStreamWriter &xml) { writeWorkbook(xml, sanitizedSheetName(sheetName)); }},
        {QStringLiteral("xl/_rels/workbook.xml.rels"),
         [&](QXmlStreamWriter &xml) {
             writeRelationships(xml,
                                {{relBase + QStringLiteral("worksheet"), QStringLiteral("worksheets/sheet1.xml")},
                                 {relBase + QStringLiteral("styles"), QStringLiteral("styles.xml")}});
         }},
        {QStringLiteral("xl/styles.xml"), writeStyles},
    };
    for (const auto &[name, body] : parts) {
        if (auto ok = d->writePart(name, body); !ok) {
            return ok;
        }
    }
    // The sheet is the last part: it stays open while rows stream in.
    if (!d->sheetPart.open(QIODevice::WriteOnly, QuaZipNewInfo(QStringLiteral("xl/worksheets/sheet1.xml")))) {
        return d->zipError(QStringLiteral("sheet1.xml"));
    }
    QXmlStreamWriter &xml = d->xml;
    xml.setDevice(&d->sheetPart);
    xml.writeStartDocument();
    xml.writeDefaultNamespace(kMainNs);
    xml.writeStartElement(QStringLiteral("worksheet"));
    // Freeze the header row so it stays visible while scrolling a long list.
    xml.writeStartElement(QStringLiteral("sheetViews"));
    xml.writeStartElement(QStringLiteral("sheetView"));
    xml.writeAttribute(QStringLiteral("workbookViewId"), QStringLiteral("0"));
    xml.writeEmptyElement(QStringLiteral("pane"));
    xml.writeAttribute(QStringLiteral("ySplit"), QStringLiteral("1"));
    xml.writeAttribute(QStringLiteral("topLeftCell"), QStringLiteral("A2"));
    xml.writeAttribute(QStringLiteral("activePane"), QStringLiteral("bottomLeft"));
    xml.writeAttribute(QStringLiteral("state"), QStringLiteral("frozen"));
    xml.writeEndElement();
    xml.writeEndElement();
    if (!columns.isEmpty()) {
        xml.writeStartElement(QStringLiteral("cols"));
        for (qsizetype i = 0; i < columns.size(); ++i) {
            xml.writeEmptyElement(QStringLiteral("col"));
            xml.writeAttribute(QStringLiteral("min"), QString::number(i + 1));
            xml.writeAttribute(QStringLiteral("max"), QString::number(i + 1));
            xml.writeAttribute(QStringLiteral("width"), QStringLiteral("16"));
            xml.writeAttribute(QStringLiteral("customWidth"), QStringLiteral("1"));
        }
        xml.writeEndElement();
    }
    xml.writeStartElement(QStringLiteral("sheetData"));
    d->rowNumber = 1;
    xml.writeStartElement(QStringLiteral("row"));
    xml.writeAttribute(QStringLiteral("r"), QStringLiteral("1"));
    for (qsizetype i = 0; i < columns.size(); ++i) {
        const QString header = i < headers.size() ? headers.at(i) : columns.at(i).name;
        d->writeInlineString(columnName(i) + QLatin1Char('1'), header, StyleHeader);
    }
    xml.writeEndElement();
    return {};
}

VoidResult XlsxWriter::writeRow(const QVariantList &values)
{
    if (!d->open) {
        return makeError(Error::Code::Internal, QStringLiteral("XlsxWriter::writeRow before open"));
    }
    ++d->rowNumber;
    QXmlStreamWriter &xml = d->xml;
    xml.writeStartElement(QStringLiteral("row"));
    xml.writeAttribute(QStringLiteral("r"), QString::number(d->rowNumber));
    for (qsizetype i = 0; i < values.size(); ++i) {
        d->writeCell(i, values.at(i));
    }
    xml.writeEndElement();
    if (xml.hasError()) {
        return d->zipError(QStringLiteral("sheet1.xml"));
    }
    return {};
}

VoidResult XlsxWriter::finish()
{
    if (!d->open) {
        return makeError(Error::Code::Internal, QStringLiteral("XlsxWriter::finish before open"));
    }
    QXmlStreamWriter &xml = d->xml;
    xml.writeEndElement();  // sheetData
    xml.writeEndElement();  // worksheet
    xml.writeEndDocument();
    d->sheetPart.close();
    const bool sheetOk = !xml.hasError() && d->sheetPart.getZipError() == 0;
    d->zip.close();
    d->open = false;
    if (!sheetOk || d->zip.getZipError() != 0) {
        d->file.cancelWriting();
        return d->zipError(QStringLiteral("close"));
    }
    if (!d->file.commit()) {
        return makeError(Error::Code::Io,
                         Text::tr("Cannot write %1: %2").arg(d->file.fileName(), d->file.errorString()));
    }
    return {};
}

}  // namespace Crm::Core::Report
