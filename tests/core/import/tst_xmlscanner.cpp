// The streaming XML scanner of the xlsx reader (core/import/xlsx/xmlscanner.h) on its own:
// what it reports for hand-written documents, at every chunk size, and what it refuses.
#include "import/xlsx/xmlscanner.h"

#include <QBuffer>
#include <QTest>

using namespace Crm::Core::Import::Xlsx;

namespace {

struct Scan
{
    QString events;  // one line per token: "<name a=v>", "</name>", "text" (collected)
    bool ok = false;
    QString error;
    bool overflow = false;
    bool dtd = false;
    qint64 line = 0;
};

// Scans `xml` fed in chunks of `chunk` bytes, collecting all character data inside the root.
Scan scan(const QByteArray &xml, qsizetype chunk, XmlScanner::Limits limits = {}, qsizetype maxText = 1 << 20)
{
    QByteArray copy = xml;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    limits.chunkBytes = chunk;
    XmlScanner scanner(&buffer, limits);
    Scan result;
    std::string text;
    for (int guard = 0; guard < 100000; ++guard) {
        text.clear();
        const XmlScanner::Token token = scanner.nextCollecting(text, maxText);
        if (!text.empty()) {
            result.events += QLatin1String("text ") + QString::fromStdString(text) + u'\n';
        }
        if (token == XmlScanner::Token::StartElement) {
            QString line = u'<' + QString::fromUtf8(scanner.qualifiedName()) + u'|' + QString::fromUtf8(scanner.name());
            for (const char *name : {"r", "t", "s", "xml:space", "x:r"}) {
                if (const auto value = scanner.attribute(name)) {
                    line += u' ' + QLatin1String(name) + u'=' + QString::fromUtf8(*value);
                }
            }
            result.events += line + QLatin1String(">\n");
        } else if (token == XmlScanner::Token::EndElement) {
            result.events += QLatin1String("</") + QString::fromUtf8(scanner.name()) + QLatin1String(">\n");
        } else {
            result.ok = token == XmlScanner::Token::EndDocument;
            break;
        }
    }
    result.error = scanner.errorString();
    result.overflow = scanner.textOverflowed();
    result.dtd = scanner.dtdSeen();
    result.line = scanner.lineNumber();
    return result;
}

// Everything the worksheet reader meets, in one document.
const QByteArray kSheet = QByteArray("\xEF\xBB\xBF", 3)
    + "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n"
      "<!-- written by hand -->\n"
      "<x:worksheet xmlns:x=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
      "<x:sheetData>\n  "
      "<x:row r=\"1\" spans=\"1:3\"><x:c r=\"A1\" t=\"s\"><x:v>0</x:v></x:c>"
      "<x:c\n r = 'B1'\ts=\"2\" ><x:v>4&lt;5 &amp; 6&gt;2 &quot;&apos;</x:v></x:c>"
      "<x:c t='inlineStr' r=\"C1\"><x:is><x:r><x:t xml:space=\"preserve\"> a </x:t></x:r><x:r><x:t>b&#233;&#x4E2D;"
      "&#x1F600;</x:t></x:r></x:is></x:c></x:row>"
      "<x:row><x:c/><x:c r=\"B2\"><x:f>SUM(A1:A2)</x:f><x:v><![CDATA[<1 & 2>]]></x:v></x:c>"
      "<x:c r=\"C2\"><?pi skipped?><x:v>line1\r\nline2\rline3</x:v></x:c></x:row>"
      "<x:row r=\"3\"/>"
      "</x:sheetData></x:worksheet>\n<!-- after -->\n";

const char *const kSheetEvents = "<x:worksheet|worksheet>\n"
                                 "<x:sheetData|sheetData>\n"
                                 "text \n  \n"
                                 "<x:row|row r=1>\n"
                                 "<x:c|c r=A1 t=s>\n"
                                 "<x:v|v>\n"
                                 "text 0\n"
                                 "</v>\n"
                                 "</c>\n"
                                 "<x:c|c r=B1 s=2>\n"
                                 "<x:v|v>\n"
                                 "text 4<5 & 6>2 \"'\n"
                                 "</v>\n"
                                 "</c>\n"
                                 "<x:c|c r=C1 t=inlineStr>\n"
                                 "<x:is|is>\n"
                                 "<x:r|r>\n"
                                 "<x:t|t xml:space=preserve>\n"
                                 "text  a \n"
                                 "</t>\n"
                                 "</r>\n"
                                 "<x:r|r>\n"
                                 "<x:t|t>\n"
                                 "text b\u00E9\u4E2D\U0001F600\n"
                                 "</t>\n"
                                 "</r>\n"
                                 "</is>\n"
                                 "</c>\n"
                                 "</row>\n"
                                 "<x:row|row>\n"
                                 "<x:c|c>\n"
                                 "</c>\n"
                                 "<x:c|c r=B2>\n"
                                 "<x:f|f>\n"
                                 "text SUM(A1:A2)\n"
                                 "</f>\n"
                                 "<x:v|v>\n"
                                 "text <1 & 2>\n"
                                 "</v>\n"
                                 "</c>\n"
                                 "<x:c|c r=C2>\n"
                                 "<x:v|v>\n"
                                 "text line1\nline2\nline3\n"
                                 "</v>\n"
                                 "</c>\n"
                                 "</row>\n"
                                 "<x:row|row r=3>\n"
                                 "</row>\n"
                                 "</sheetData>\n"
                                 "</worksheet>\n";

}  // namespace

class TestXmlScanner final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldReportEveryConstructOfASheet();
    void shouldGiveTheSameResultAtEveryChunkSize();
    void shouldResolveEntities_data();
    void shouldResolveEntities();
    void shouldRefuseMalformedXml_data();
    void shouldRefuseMalformedXml();
    void shouldRefuseADtd_data();
    void shouldRefuseADtd();
    void shouldStopCollectingAtTheTextLimit();
    void shouldSkipLongTextWithoutCollectingIt();
    void shouldLimitTagsAndDepth();
    void shouldSkipTheCurrentElement();
    void shouldReadUtf16();
    void shouldCountLines();
    void shouldValidateCollectedText_data();
    void shouldValidateCollectedText();
};

void TestXmlScanner::shouldReportEveryConstructOfASheet()
{
    const Scan result = scan(kSheet, 1 << 16);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.events, QString::fromUtf8(kSheetEvents));
}

void TestXmlScanner::shouldGiveTheSameResultAtEveryChunkSize()
{
    // Every tag, entity, CDATA terminator and UTF-8 sequence of the sheet lands across a
    // chunk boundary at one of these sizes.
    for (qsizetype chunk = 1; chunk <= 64; ++chunk) {
        const Scan result = scan(kSheet, chunk);
        QVERIFY2(result.ok, qPrintable(QStringLiteral("chunk %1: %2").arg(chunk).arg(result.error)));
        QCOMPARE(result.events, QString::fromUtf8(kSheetEvents));
    }
    // Errors do not depend on the chunk size either.
    const QByteArray broken = "<a><b x=\"1\">text &bogus; more</b></a>";
    for (qsizetype chunk = 1; chunk <= 64; ++chunk) {
        const Scan result = scan(broken, chunk);
        QVERIFY(!result.ok);
        QCOMPARE(result.error, QStringLiteral("undefined entity &bogus;"));
    }
}

void TestXmlScanner::shouldResolveEntities_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expected");  // empty: refused
    QTest::newRow("predefined") << QByteArray("&lt;&gt;&amp;&quot;&apos;") << QStringLiteral("<>&\"'");
    QTest::newRow("decimal") << QByteArray("&#65;&#0000066;") << QStringLiteral("AB");
    QTest::newRow("hex") << QByteArray("&#x41;&#X42;") << QString();  // XML's hex marker is a lower-case x
    QTest::newRow("hex lower") << QByteArray("&#x41;&#x4e2d;") << QStringLiteral("A\u4E2D");
    QTest::newRow("astral") << QByteArray("&#x10FFFF;")
                            << QString(QChar::highSurrogate(0x10FFFF)) + QChar::lowSurrogate(0x10FFFF);
    QTest::newRow("tab, LF, CR") << QByteArray("&#9;&#10;&#13;") << QStringLiteral("\t\n\r");
    QTest::newRow("NUL") << QByteArray("&#0;") << QString();
    QTest::newRow("control") << QByteArray("&#x1;") << QString();
    QTest::newRow("surrogate") << QByteArray("&#xD800;") << QString();
    QTest::newRow("FFFE") << QByteArray("&#xFFFE;") << QString();
    QTest::newRow("beyond Unicode") << QByteArray("&#x110000;") << QString();
    QTest::newRow("huge") << QByteArray("&#99999999999999999999;") << QString();
    QTest::newRow("empty reference") << QByteArray("&#;") << QString();
    QTest::newRow("hex without digits") << QByteArray("&#x;") << QString();
    QTest::newRow("not a digit") << QByteArray("&#12a;") << QString();
    QTest::newRow("undefined") << QByteArray("&nbsp;") << QString();
    QTest::newRow("empty name") << QByteArray("&;") << QString();
    QTest::newRow("unterminated") << QByteArray("a & b") << QString();
    QTest::newRow("unterminated at end") << QByteArray("a &amp") << QString();
    // The scanner looks at the first 32 bytes of a text inline and at the rest with memchr.
    for (const int offset : {30, 31, 32, 33, 40}) {
        QTest::addRow("entity after %d bytes", offset)
            << QByteArray(offset, 'a') + "&amp;b" << QString(offset, u'a') + QStringLiteral("&b");
        QTest::addRow("CR LF after %d bytes", offset)
            << QByteArray(offset, 'a') + "\r\nb\rc" << QString(offset, u'a') + QStringLiteral("\nb\nc");
        QTest::addRow("undefined entity after %d bytes", offset) << QByteArray(offset, 'a') + "&b;" << QString();
    }
}

void TestXmlScanner::shouldResolveEntities()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, expected);
    const QByteArray xml = "<v>" + content + "</v>";
    for (const qsizetype chunk : {qsizetype(1), qsizetype(3), qsizetype(4096)}) {
        const Scan result = scan(xml, chunk);
        if (expected.isEmpty()) {
            QVERIFY2(!result.ok, qPrintable(result.events));
            QVERIFY(!result.error.isEmpty());
        } else {
            QVERIFY2(result.ok, qPrintable(result.error));
            QCOMPARE(result.events, QStringLiteral("<v|v>\ntext %1\n</v>\n").arg(expected));
        }
    }
}

void TestXmlScanner::shouldRefuseMalformedXml_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<QString>("error");
    QTest::newRow("empty part") << QByteArray() << QStringLiteral("the part holds no XML element");
    QTest::newRow("only blanks") << QByteArray("  \n ") << QStringLiteral("the part holds no XML element");
    QTest::newRow("truncated element") << QByteArray("<a><b>1</b>")
                                       << QStringLiteral("the part ends inside element <a>");
    QTest::newRow("truncated tag") << QByteArray("<a><b x=\"1") << QStringLiteral("the part ends inside a tag");
    QTest::newRow("truncated end tag") << QByteArray("<a></a") << QStringLiteral("the part ends inside a tag");
    QTest::newRow("truncated comment") << QByteArray(
        "<a><!-- x") << QStringLiteral("the part ends inside a comment, CDATA section or processing instruction");
    QTest::newRow("truncated CDATA") << QByteArray(
        "<a><![CDATA[x]]") << QStringLiteral("the part ends inside a comment, CDATA section or processing instruction");
    QTest::newRow("mismatched") << QByteArray("<a><b></a></b>") << QStringLiteral("element <b> is closed by </a>");
    QTest::newRow("stray end tag") << QByteArray("</a>") << QStringLiteral("end tag </a> without a start tag");
    QTest::newRow("text before the root")
        << QByteArray("<?xml version=\"1.0\"?>\nfoo\n<a/>") << QStringLiteral("text outside the root element");
    QTest::newRow("entity after the root")
        << QByteArray("<a/> &amp;") << QStringLiteral("text outside the root element");
    QTest::newRow("two roots") << QByteArray("<a/><b/>") << QStringLiteral("content after the end of the root element");
    QTest::newRow("unquoted") << QByteArray("<a x=1/>") << QStringLiteral("the value of attribute x is not quoted");
    QTest::newRow("no value") << QByteArray("<a x/>") << QStringLiteral("attribute x has no value");
    QTest::newRow("duplicate") << QByteArray("<a x=\"1\" x='2'/>")
                               << QStringLiteral("attribute x appears twice in one tag");
    QTest::newRow("no blank between") << QByteArray("<a x=\"1\"y=\"2\"/>")
                                      << QStringLiteral("malformed attribute in tag <a>");
    QTest::newRow("lt in value") << QByteArray("<a x=\"<\"/>") << QStringLiteral("'<' in the value of attribute x");
    QTest::newRow("blank name") << QByteArray("< a/>") << QStringLiteral("malformed tag");
    QTest::newRow("digit name") << QByteArray("<1a/>") << QStringLiteral("malformed tag");
    QTest::newRow("lt in tag") << QByteArray("<a <b/>") << QStringLiteral("malformed tag");
    QTest::newRow("declaration") << QByteArray("<a><!foo></a>") << QStringLiteral("malformed markup declaration");
    QTest::newRow("CDATA outside root") << QByteArray("<![CDATA[x]]><a/>")
                                        << QStringLiteral("CDATA section outside the root element");
    QTest::newRow("bad entity in attribute")
        << QByteArray("<a x=\"&foo;\"/>") << QStringLiteral("undefined entity &foo;");
    QTest::newRow("unsupported encoding") << QByteArray("<?xml version=\"1.0\" encoding=\"x-no-such\"?><a/>")
                                          << QStringLiteral("the text encoding x-no-such is not supported");
}

void TestXmlScanner::shouldRefuseMalformedXml()
{
    QFETCH(QByteArray, xml);
    QFETCH(QString, error);
    for (qsizetype chunk = 1; chunk <= 16; ++chunk) {
        const Scan result = scan(xml, chunk);
        QVERIFY2(!result.ok, qPrintable(result.events));
        QCOMPARE(result.error, error);
        QVERIFY(!result.dtd);
    }
}

void TestXmlScanner::shouldRefuseADtd_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::newRow("doctype") << QByteArray("<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY b \"c\">]><a>&b;</a>");
    QTest::newRow("entity inside the root") << QByteArray("<a><!ENTITY b \"c\"></a>");
    QTest::newRow("lower case is malformed, not a DTD") << QByteArray();
}

void TestXmlScanner::shouldRefuseADtd()
{
    QFETCH(QByteArray, xml);
    if (xml.isEmpty()) {
        const Scan result = scan("<a><!doctype a></a>", 4);
        QVERIFY(!result.ok);
        QVERIFY(!result.dtd);
        return;
    }
    for (qsizetype chunk = 1; chunk <= 16; ++chunk) {
        const Scan result = scan(xml, chunk);
        QVERIFY(!result.ok);
        QVERIFY(result.dtd);
        QVERIFY2(!result.events.contains(u'c'), qPrintable(result.events));
    }
}

void TestXmlScanner::shouldStopCollectingAtTheTextLimit()
{
    const QByteArray xml = "<a><v>" + QByteArray(100, 'x') + "</v><v>" + QByteArray(10, 'y') + "&amp;</v></a>";
    for (const qsizetype chunk : {qsizetype(1), qsizetype(7), qsizetype(4096)}) {
        const Scan exact = scan(xml, chunk, {}, 100);
        QVERIFY2(exact.ok, qPrintable(exact.error));
        const Scan over = scan(xml, chunk, {}, 99);
        QVERIFY(!over.ok);
        QVERIFY(over.overflow);
        QVERIFY(!over.events.contains(QString(100, u'x')));  // never more than the limit collected
        const Scan entity = scan("<a><v>" + QByteArray(10, 'y') + "&amp;</v></a>", chunk, {}, 10);
        QVERIFY(entity.overflow);
    }
}

void TestXmlScanner::shouldSkipLongTextWithoutCollectingIt()
{
    // 8 MB of blanks between rows, and a long text the caller does not collect: next() reads
    // through them with its buffer at the chunk size.
    QByteArray xml = "<a><row/>" + QByteArray(8 << 20, ' ') + "<row>" + QByteArray(4 << 20, 'z') + "</row></a>";
    QBuffer buffer(&xml);
    buffer.open(QIODevice::ReadOnly);
    XmlScanner scanner(&buffer);
    int rows = 0;
    XmlScanner::Token token;
    while ((token = scanner.next()) == XmlScanner::Token::StartElement || token == XmlScanner::Token::EndElement) {
        rows += token == XmlScanner::Token::StartElement && scanner.name() == "row";
    }
    QCOMPARE(token, XmlScanner::Token::EndDocument);
    QCOMPARE(rows, 2);
    QCOMPARE(scanner.bytesRead(), qint64(xml.size()));
}

void TestXmlScanner::shouldLimitTagsAndDepth()
{
    XmlScanner::Limits limits;
    limits.maxTagBytes = 100;
    const QByteArray longTag = "<a x=\"" + QByteArray(200, 'v') + "\"/>";
    for (const qsizetype chunk : {qsizetype(1), qsizetype(16), qsizetype(4096)}) {
        Scan result = scan(longTag, chunk, limits);
        QVERIFY(!result.ok);
        QCOMPARE(result.error, QStringLiteral("a tag is longer than 100 bytes"));
        result = scan("<a>" + QByteArray(200, ' ') + "</a>", chunk, limits);
        QVERIFY2(result.ok, qPrintable(result.error));  // long text is not a long tag
        result = scan("<a></a" + QByteArray(200, ' ') + ">", chunk, limits);
        QCOMPARE(result.error, QStringLiteral("a tag is longer than 100 bytes"));
    }
    limits = {};
    limits.maxDepth = 10;
    QByteArray deep;
    for (int i = 0; i < 10; ++i) {
        deep += "<a>";
    }
    for (int i = 0; i < 10; ++i) {
        deep += "</a>";
    }
    QVERIFY(scan(deep, 5, limits).ok);
    const Scan tooDeep = scan("<a>" + deep + "</a>", 5, limits);
    QCOMPARE(tooDeep.error, QStringLiteral("elements are nested more than 10 deep"));
}

void TestXmlScanner::shouldSkipTheCurrentElement()
{
    QByteArray xml = "<c><f t='shared'>A1<g>&amp;<f/></g></f><v>2</v><f/><v>3</v></c>";
    for (const qsizetype chunk : {qsizetype(1), qsizetype(5), qsizetype(4096)}) {
        QBuffer buffer(&xml);
        buffer.open(QIODevice::ReadOnly);
        XmlScanner::Limits limits;
        limits.chunkBytes = chunk;
        XmlScanner scanner(&buffer, limits);
        QCOMPARE(scanner.next(), XmlScanner::Token::StartElement);
        QCOMPARE(scanner.next(), XmlScanner::Token::StartElement);
        QCOMPARE(scanner.attribute("t").value_or(""), QByteArrayView("shared"));
        QCOMPARE(scanner.skipCurrentElement(), XmlScanner::Token::EndElement);
        QCOMPARE(scanner.name(), QByteArrayView("f"));
        QCOMPARE(scanner.depth(), 1);
        QCOMPARE(scanner.next(), XmlScanner::Token::StartElement);
        std::string text;
        QCOMPARE(scanner.nextCollecting(text, 10), XmlScanner::Token::EndElement);
        QCOMPARE(text, std::string("2"));
        QCOMPARE(scanner.next(), XmlScanner::Token::StartElement);  // <f/>
        QCOMPARE(scanner.skipCurrentElement(), XmlScanner::Token::EndElement);
        QCOMPARE(scanner.depth(), 1);
        QCOMPARE(scanner.next(), XmlScanner::Token::StartElement);
        text.clear();
        QCOMPARE(scanner.nextCollecting(text, 10), XmlScanner::Token::EndElement);
        QCOMPARE(text, std::string("3"));
        QCOMPARE(scanner.next(), XmlScanner::Token::EndElement);
        QCOMPARE(scanner.next(), XmlScanner::Token::EndDocument);
    }
}

void TestXmlScanner::shouldReadUtf16()
{
    const QString xml
        = QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-16\"?><a><v t=\"\u4E2D\">\u00E9&amp;\u4E2D</v></a>");
    const QByteArray expected = "<a|a>\n<v|v t=\u4E2D>\ntext \u00E9&\u4E2D\n</v>\n</a>\n";
    QByteArray little("\xFF\xFE", 2);
    QByteArray big("\xFE\xFF", 2);
    for (const QChar c : xml) {
        little.append(char(c.unicode() & 0xFF)).append(char(c.unicode() >> 8));
        big.append(char(c.unicode() >> 8)).append(char(c.unicode() & 0xFF));
    }
    for (const QByteArray &bytes : {little, big, little.mid(2), big.mid(2)}) {
        for (const qsizetype chunk : {qsizetype(1), qsizetype(3), qsizetype(4096)}) {
            const Scan result = scan(bytes, chunk);
            QVERIFY2(result.ok, qPrintable(result.error));
            QCOMPARE(result.events, QString::fromUtf8(expected));
        }
    }
    QByteArray latin1 = "<?xml version='1.0' encoding='ISO-8859-1'?><a>caf\xE9</a>";
    const Scan result = scan(latin1, 4);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.events, QStringLiteral("<a|a>\ntext caf\u00E9\n</a>\n"));
}

void TestXmlScanner::shouldCountLines()
{
    const QByteArray xml = "<a>\n<b>\n\n<c>&oops;</c></b></a>";
    for (const qsizetype chunk : {qsizetype(1), qsizetype(2), qsizetype(4096)}) {
        const Scan result = scan(xml, chunk);
        QVERIFY(!result.ok);
        QCOMPARE(result.line, qint64(4));
    }
}

void TestXmlScanner::shouldValidateCollectedText_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("valid");
    QTest::newRow("ASCII") << QByteArray("abc\t\r\n") << true;
    QTest::newRow("CJK and emoji") << QByteArray("\xE4\xB8\xAD\xF0\x9F\x98\x80") << true;
    QTest::newRow("control character") << QByteArray("a\x01") << false;
    QTest::newRow("NUL") << QByteArray("a\0b", 3) << false;
    QTest::newRow("lone continuation") << QByteArray("\x80") << false;
    QTest::newRow("truncated sequence") << QByteArray("\xE4\xB8") << false;
    QTest::newRow("overlong") << QByteArray("\xC0\xAF") << false;
    QTest::newRow("surrogate") << QByteArray("\xED\xA0\x80") << false;
    QTest::newRow("beyond Unicode") << QByteArray("\xF4\x90\x80\x80") << false;
    QTest::newRow("FFFF") << QByteArray("\xEF\xBF\xBF") << false;
}

void TestXmlScanner::shouldValidateCollectedText()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, valid);
    const std::optional<QString> text = XmlScanner::decodeText(bytes);
    QCOMPARE(text.has_value(), valid);
    if (valid) {
        QCOMPARE(*text, QString::fromUtf8(bytes));
    }
}

QTEST_GUILESS_MAIN(TestXmlScanner)
#include "tst_xmlscanner.moc"
