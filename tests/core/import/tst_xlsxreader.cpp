// The xlsx reader against hand-computed cases (small packages written here) and against
// corpus fixtures in tests/data/import whose expected values come from the programs that
// generated them (rust_xlsxwriter, libxlsxwriter, calamine's assertions).
#include "import/tablereader.h"
#include "import/xlsx/cellvalue.h"
#include "import/xlsx/workbookparts.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <cmath>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

using namespace Crm::Core;
using namespace Crm::Core::Import;
using namespace Crm::Core::Import::Xlsx;

Q_DECLARE_METATYPE(Crm::Core::Import::Xlsx::DateKind)

namespace {

QString fixture(const QString &name)
{
    return QString(qEnvironmentVariable("CRM_SOURCE_DIR") + QStringLiteral("/tests/data/import/") + name);
}

struct Sheet
{
    QList<SourceRow> rows;
    QList<ReadWarning> warnings;
    QString error;  // describe() of a failure
    Error::Code code = Error::Code::Internal;
    QList<SheetInfo> sheets;
    QString current;

    QVariant cell(qint64 row, int column) const
    {
        for (const SourceRow &r : rows) {
            if (r.number == row) {
                return r.cells.value(column - 1);
            }
        }
        return {};
    }
};

Sheet readSheet(const QString &path, const QString &sheetName = {})
{
    Sheet sheet;
    ReadOptions options;
    options.sheet = sheetName;
    auto reader = openTableReader(path, options);
    if (!reader) {
        sheet.error = reader.error().describe();
        sheet.code = reader.error().code;
        return sheet;
    }
    sheet.sheets = reader.value()->sheets();
    sheet.current = reader.value()->currentSheet();
    const auto read = reader.value()->readRows([&](const SourceRow &row) {
        sheet.rows.append(row);
        return true;
    });
    if (!read) {
        sheet.error = read.error().describe();
        sheet.code = read.error().code;
    }
    sheet.warnings = reader.value()->warnings();
    return sheet;
}

const QByteArray contentTypes
    = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">\n"
      "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>\n"
      "<Default Extension=\"xml\" ContentType=\"application/xml\"/>\n"
      "<Override PartName=\"/xl/workbook.xml\" "
      "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>\n"
      "</Types>";
const QByteArray rootRels = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                            "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\n"
                            "<Relationship Id=\"rId1\" "
                            "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                            "officeDocument\" Target=\"xl/workbook.xml\"/>\n"
                            "</Relationships>";
const QByteArray workbookRels
    = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\n"
      "<Relationship Id=\"rId1\" "
      "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
      "Target=\"worksheets/sheet1.xml\"/>\n"
      "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" "
      "Target=\"styles.xml\"/>\n"
      "<Relationship Id=\"rId3\" "
      "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" "
      "Target=\"sharedStrings.xml\"/>\n"
      "</Relationships>";

QByteArray workbook(bool date1904)
{
    return QByteArray("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                      "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                      "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">\n"
                      "<workbookPr date1904=\"")
        + (date1904 ? "1" : "0") + "\"/><sheets><sheet name=\"Data\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";
}

// Styles: xf 0 General, 1 built-in 14 (date), 2 custom "yyyy/m/d h:mm", 3 custom "0.00",
// 4 built-in 21 (h:mm:ss), 5 custom quoted text that mentions "d" in a number format.
const QByteArray styles = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                          "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">\n"
                          "<numFmts count=\"3\"><numFmt numFmtId=\"164\" formatCode=\"yyyy/m/d h:mm\"/><numFmt "
                          "numFmtId=\"165\" formatCode=\"0.00\"/>\n"
                          "<numFmt numFmtId=\"166\" formatCode=\"#,##0 &quot;days&quot;\"/></numFmts>\n"
                          "<cellStyleXfs count=\"1\"><xf numFmtId=\"14\"/></cellStyleXfs>\n"
                          "<cellXfs count=\"6\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/><xf numFmtId=\"164\"/><xf "
                          "numFmtId=\"165\"/><xf numFmtId=\"21\"/><xf numFmtId=\"166\"/></cellXfs>\n"
                          "</styleSheet>";

QByteArray sharedStrings(const QByteArray &items)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst "
           "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        + items + "</sst>";
}

QByteArray worksheet(const QByteArray &sheetData, const QByteArray &after = {})
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet "
           "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><dimension ref=\"A1\"/><sheetData>"
        + sheetData + "</sheetData>" + after + "</worksheet>";
}

bool writePackage(const QString &path, const QList<std::pair<QString, QByteArray>> &parts)
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdCreate)) {
        return false;
    }
    for (const auto &[name, data] : parts) {
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(name), nullptr, 0, Z_DEFLATED, Z_BEST_COMPRESSION)
            || file.write(data) != data.size()) {
            return false;
        }
        file.close();
    }
    zip.close();
    return zip.getZipError() == 0;
}

// A minimal workbook with one sheet "Data".
bool writeWorkbook(const QString &path, const QByteArray &sheetXml, const QByteArray &sst = sharedStrings({}),
                   bool date1904 = false)
{
    return writePackage(path,
                        {{QStringLiteral("[Content_Types].xml"), contentTypes},
                         {QStringLiteral("_rels/.rels"), rootRels},
                         {QStringLiteral("xl/workbook.xml"), workbook(date1904)},
                         {QStringLiteral("xl/_rels/workbook.xml.rels"), workbookRels},
                         {QStringLiteral("xl/styles.xml"), styles},
                         {QStringLiteral("xl/sharedStrings.xml"), sst},
                         {QStringLiteral("xl/worksheets/sheet1.xml"), sheetXml}});
}

QDateTime utc(int y, int m, int d, int h, int min, int s = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min, s), QTimeZone::utc());
}

}  // namespace

class TestXlsxReader final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldClassifyNumberFormats_data();
    void shouldClassifyNumberFormats();
    void shouldConvertSerialNumbers_data();
    void shouldConvertSerialNumbers();
    void shouldDecodeEscapes_data();
    void shouldDecodeEscapes();
    void shouldParseCellReferences();
    void shouldReadCellTypesAndDateFormats();
    void shouldUseThe1904DateSystem();
    void shouldReadSparseCellsAndRowsWithoutReferences();
    void shouldWarnAboutFormulasWithoutCachedValues();
    void shouldRefuseADtd();
    void shouldRefuseAZipBomb();
    void shouldReadExcelDates1904Fixture();
    void shouldDecodeSharedStringEscapes();
    void shouldReadFormulaResultsBooleansAndErrors();
    void shouldReadInlineStringsWithoutCoordinates();
    void shouldJoinRichTextRunsAndSkipPhonetics();
    void shouldReadRepeatedInlineStringsAsWritten();
    void shouldReadStrictOoxmlLikeTransitional();
    void shouldListHiddenAndChartSheets();
    void shouldWarnAboutMergedCells();
    void shouldTolerateWrongDimensionAndMissingReferences();
    void shouldMatchPartNamesCaseInsensitively();
    void shouldNameFileSheetAndLineForBrokenXml();
    void shouldStreamTheOnlineRetailWorkbook();
    void shouldReadPrefixedQuotedAndCommentedXml();
    void shouldParseNumbersLikeQt_data();
    void shouldParseNumbersLikeQt();
    void shouldNameTheRowBeyondExcelsLimit();
    void shouldRefuseCellsLongerThanTheLimit();
    void shouldNameRowAndColumnOfMalformedXml();

private:
    QTemporaryDir m_dir;
};

void TestXlsxReader::shouldClassifyNumberFormats_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<DateKind>("kind");
    QTest::newRow("iso date") << QStringLiteral("yyyy-mm-dd") << DateKind::Date;
    QTest::newRow("us date time") << QStringLiteral("m/d/yy h:mm") << DateKind::DateTime;
    QTest::newRow("time") << QStringLiteral("h:mm:ss") << DateKind::Time;
    QTest::newRow("minutes seconds") << QStringLiteral("mm:ss") << DateKind::Time;
    QTest::newRow("elapsed hours") << QStringLiteral("[h]:mm:ss") << DateKind::Time;
    QTest::newRow("month name") << QStringLiteral("mmmm") << DateKind::Date;
    QTest::newRow("locale prefix") << QStringLiteral("[$-409]mmmm d, yyyy") << DateKind::Date;
    QTest::newRow("chinese") << QStringLiteral("yyyy\"年\"m\"月\"d\"日\"") << DateKind::Date;
    QTest::newRow("text section") << QStringLiteral("dd/mm/yyyy;@") << DateKind::Date;
    QTest::newRow("decimal") << QStringLiteral("0.00") << DateKind::None;
    QTest::newRow("quoted days") << QStringLiteral("#,##0 \"days\"") << DateKind::None;
    QTest::newRow("colour") << QStringLiteral("[Red]0.00") << DateKind::None;
    QTest::newRow("currency") << QStringLiteral("[$€-2] #,##0.00") << DateKind::None;
    QTest::newRow("scientific") << QStringLiteral("0.00E+00") << DateKind::None;
    QTest::newRow("general") << QStringLiteral("General") << DateKind::None;
    QTest::newRow("escaped d") << QStringLiteral("0\\d") << DateKind::None;
}

void TestXlsxReader::shouldClassifyNumberFormats()
{
    QFETCH(QString, code);
    QFETCH(DateKind, kind);
    QCOMPARE(dateKindOfFormatCode(code), kind);
}

void TestXlsxReader::shouldConvertSerialNumbers_data()
{
    // Expected values computed by hand from Excel's rules: serial 1 = 1900-01-01, the
    // fictitious 1900-02-29 is serial 60, 1904 system: serial 0 = 1904-01-01.
    QTest::addColumn<double>("serial");
    QTest::addColumn<DateKind>("kind");
    QTest::addColumn<bool>("date1904");
    QTest::addColumn<QVariant>("expected");
    QTest::newRow("first day") << 1.0 << DateKind::Date << false << QVariant(QDate(1900, 1, 1));
    QTest::newRow("before bug") << 59.0 << DateKind::Date << false << QVariant(QDate(1900, 2, 28));
    QTest::newRow("after bug") << 61.0 << DateKind::Date << false << QVariant(QDate(1900, 3, 1));
    QTest::newRow("2024") << 45292.0 << DateKind::Date << false << QVariant(QDate(2024, 1, 1));
    QTest::newRow("noon") << 45292.5 << DateKind::DateTime << false << QVariant(utc(2024, 1, 1, 12, 0));
    QTest::newRow("date with time") << 45292.25 << DateKind::Date << false << QVariant(utc(2024, 1, 1, 6, 0));
    QTest::newRow("rounds to second") << 45292.0 + 1.0 / 86400.0 - 1e-10 << DateKind::DateTime << false
                                      << QVariant(utc(2024, 1, 1, 0, 0, 1));
    QTest::newRow("time of day") << 0.75 << DateKind::Time << false << QVariant(QTime(18, 0));
    QTest::newRow("1904 zero") << 0.0 << DateKind::Date << true << QVariant(QDate(1904, 1, 1));
    QTest::newRow("1904 one") << 1.0 << DateKind::Date << true << QVariant(QDate(1904, 1, 2));
    QTest::newRow("negative stays") << -1.0 << DateKind::Date << false << QVariant(-1.0);
    QTest::newRow("not a date") << 42.0 << DateKind::None << false << QVariant(42.0);
}

void TestXlsxReader::shouldConvertSerialNumbers()
{
    QFETCH(double, serial);
    QFETCH(DateKind, kind);
    QFETCH(bool, date1904);
    QFETCH(QVariant, expected);
    QCOMPARE(serialToVariant(serial, kind, date1904), expected);
}

void TestXlsxReader::shouldDecodeEscapes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("decoded");
    QTest::newRow("carriage return") << QStringLiteral("a_x000D_b") << QStringLiteral("a\rb");
    QTest::newRow("literal escape") << QStringLiteral("_x005F_x000D_") << QStringLiteral("_x000D_");
    QTest::newRow("cjk") << QStringLiteral("_x597D_") << QStringLiteral("好");
    QTest::newRow("lower case hex") << QStringLiteral("_x597d_") << QStringLiteral("好");
    QTest::newRow("not hex") << QStringLiteral("_x00G1_") << QStringLiteral("_x00G1_");
    QTest::newRow("too short") << QStringLiteral("_x00_") << QStringLiteral("_x00_");
    QTest::newRow("plain") << QStringLiteral("plain_text") << QStringLiteral("plain_text");
}

void TestXlsxReader::shouldDecodeEscapes()
{
    QFETCH(QString, text);
    QFETCH(QString, decoded);
    QCOMPARE(decodeEscapes(text), decoded);
}

void TestXlsxReader::shouldParseCellReferences()
{
    QCOMPARE(columnOfReference(u"A1"), 1);
    QCOMPARE(columnOfReference(u"Z9"), 26);
    QCOMPARE(columnOfReference(u"AA10"), 27);
    QCOMPARE(columnOfReference(u"XFD1048576"), 16384);
    QCOMPARE(columnOfReference(u"XFE1"), -1);
    QCOMPARE(rowOfReference(u"XFD1048576"), qint64(1048576));
    QCOMPARE(rowOfReference(u"$B$7"), qint64(7));
}

void TestXlsxReader::shouldReadCellTypesAndDateFormats()
{
    const QString path = m_dir.filePath(QStringLiteral("types.xlsx"));
    const QByteArray data
        = "<row r=\"1\">\n"
          "<c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"inlineStr\"><is><t>in</t><r><t>line</t></r></is></c>\n"
          "<c r=\"C1\" t=\"b\"><v>1</v></c><c r=\"D1\" t=\"e\"><v>#N/A</v></c><c r=\"E1\" "
          "t=\"str\"><f>A1</f><v>x_x0041_</v></c>\n"
          "<c r=\"F1\" t=\"d\"><v>2024-03-05T10:30:00</v></c></row>\n"
          "<row r=\"2\"><c r=\"A2\" s=\"1\"><v>45356</v></c><c r=\"B2\" s=\"2\"><v>45356.4375</v></c><c r=\"C2\" "
          "s=\"3\"><v>45356</v></c>\n"
          "<c r=\"D2\" s=\"4\"><v>0.5</v></c><c r=\"E2\" s=\"5\"><v>12</v></c><c r=\"F2\" s=\"1\"><v>60</v></c></row>";
    QVERIFY(writeWorkbook(path, worksheet(data), sharedStrings("<si><t>shared</t></si>")));
    const Sheet sheet = readSheet(path);
    QVERIFY2(sheet.error.isEmpty(), qPrintable(sheet.error));
    QCOMPARE(sheet.cell(1, 1), QVariant(QStringLiteral("shared")));
    QCOMPARE(sheet.cell(1, 2), QVariant(QStringLiteral("inline")));
    QCOMPARE(sheet.cell(1, 3), QVariant(true));
    QCOMPARE(sheet.cell(1, 4).value<CellError>().code, QStringLiteral("#N/A"));
    QCOMPARE(sheet.cell(1, 5), QVariant(QStringLiteral("xA")));
    QCOMPARE(sheet.cell(1, 6), QVariant(utc(2024, 3, 5, 10, 30)));
    // 45356 = 2024-03-05 (45292 = 2024-01-01, + 31 + 29 + 4 days).
    QCOMPARE(sheet.cell(2, 1), QVariant(QDate(2024, 3, 5)));
    QCOMPARE(sheet.cell(2, 2), QVariant(utc(2024, 3, 5, 10, 30)));
    QCOMPARE(sheet.cell(2, 3), QVariant(45356.0));
    QCOMPARE(sheet.cell(2, 4), QVariant(QTime(12, 0)));
    QCOMPARE(sheet.cell(2, 5), QVariant(12.0));
    QCOMPARE(sheet.cell(2, 6), QVariant(QDate(1900, 2, 28)));  // Excel's 1900-02-29
}

void TestXlsxReader::shouldUseThe1904DateSystem()
{
    const QString path = m_dir.filePath(QStringLiteral("1904.xlsx"));
    QVERIFY(writeWorkbook(
        path, worksheet("<row r=\"1\"><c r=\"A1\" s=\"1\"><v>0</v></c><c r=\"B1\" s=\"1\"><v>43894</v></c></row>"),
        sharedStrings({}), true));
    const Sheet sheet = readSheet(path);
    QVERIFY2(sheet.error.isEmpty(), qPrintable(sheet.error));
    QCOMPARE(sheet.cell(1, 1), QVariant(QDate(1904, 1, 1)));
    QCOMPARE(sheet.cell(1, 2), QVariant(QDate(2024, 3, 5)));  // 45356 in the 1900 system, minus 1462 days
}

void TestXlsxReader::shouldReadSparseCellsAndRowsWithoutReferences()
{
    const QString path = m_dir.filePath(QStringLiteral("sparse.xlsx"));
    QVERIFY(writeWorkbook(
        path,
        worksheet(
            "<row r=\"2\"><c r=\"C2\"><v>1</v></c><c r=\"F2\"><v>2</v></c></row>\n"
            "<row><c><v>3</v></c><c><v>4</v></c><c r=\"E4\"><v>5</v></c><c><v>6</v></c></row>\n"
            "<row r=\"7\" spans=\"1:3\"><c r=\"A7\" s=\"1\"/></row><row r=\"9\"><c r=\"B9\"><v>7</v></c></row>")));
    const Sheet sheet = readSheet(path);
    QVERIFY2(sheet.error.isEmpty(), qPrintable(sheet.error));
    QCOMPARE(sheet.rows.size(), 3);  // row 7 holds only a styled empty cell
    QCOMPARE(sheet.rows.at(0).number, qint64(2));
    QCOMPARE(sheet.rows.at(0).cells, (QVariantList {{}, {}, 1.0, {}, {}, 2.0}));
    QCOMPARE(sheet.rows.at(1).number, qint64(3));
    QCOMPARE(sheet.rows.at(1).cells, (QVariantList {3.0, 4.0, {}, {}, 5.0, 6.0}));
    QCOMPARE(sheet.rows.at(2).number, qint64(9));
    QCOMPARE(sheet.rows.at(2).cells, (QVariantList {{}, 7.0}));
}

void TestXlsxReader::shouldWarnAboutFormulasWithoutCachedValues()
{
    const QString path = m_dir.filePath(QStringLiteral("formula.xlsx"));
    QVERIFY(writeWorkbook(path,
                          worksheet("<row r=\"1\"><c r=\"A1\"><v>2</v></c><c r=\"B1\"><f>A1*2</f></c></row>\n"
                                    "<row r=\"2\"><c r=\"B2\"><f>A2*2</f><v></v></c></row>")));
    const Sheet sheet = readSheet(path);
    QVERIFY2(sheet.error.isEmpty(), qPrintable(sheet.error));
    QCOMPARE(sheet.cell(1, 2), QVariant());
    QCOMPARE(sheet.warnings.size(), 1);
    QCOMPARE(sheet.warnings.at(0).kind, ReadWarning::Kind::FormulaWithoutValue);
    QCOMPARE(sheet.warnings.at(0).row, qint64(1));
    QVERIFY(sheet.warnings.at(0).detail.contains(QLatin1String("B1")));
}

void TestXlsxReader::shouldRefuseADtd()
{
    const QString path = m_dir.filePath(QStringLiteral("dtd.xlsx"));
    QVERIFY(writeWorkbook(
        path, worksheet("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"),
        "<?xml version=\"1.0\"?><!DOCTYPE sst [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;\">]>\n"
        "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>&b;</t></si></sst>"));
    const Sheet sheet = readSheet(path);
    QCOMPARE(sheet.code, Error::Code::BadInput);
    QVERIFY2(sheet.error.contains(QLatin1String("DTD")), qPrintable(sheet.error));
    QVERIFY(sheet.error.contains(QLatin1String("dtd.xlsx")));
    // The corpus' billion-laughs file is refused the same way.
    const Sheet bomb = readSheet(fixture(QStringLiteral("poc-xmlbomb.xlsx")));
    QVERIFY2(bomb.error.contains(QLatin1String("DTD")), qPrintable(bomb.error));
}

void TestXlsxReader::shouldRefuseAZipBomb()
{
    // 64 MiB of white space between rows deflates about 1030:1, past the 1000:1 limit.
    const QString path = m_dir.filePath(QStringLiteral("bomb.xlsx"));
    const QByteArray padding(64 << 20, ' ');
    QVERIFY(writeWorkbook(path, worksheet("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>" + padding)));
    QVERIFY(QFileInfo(path).size() < 200000);
    QElapsedTimer timer;
    timer.start();
    const Sheet sheet = readSheet(path);
    QCOMPARE(sheet.code, Error::Code::BadInput);
    QVERIFY2(sheet.error.contains(QLatin1String("zip bomb")), qPrintable(sheet.error));
    QVERIFY(timer.elapsed() < 10000);
}

void TestXlsxReader::shouldReadExcelDates1904Fixture()
{
    // libxlsxwriter test_date_1904_01.c writes these dates into a 1904 workbook.
    const Sheet sheet = readSheet(fixture(QStringLiteral("date_1904_01.xlsx")));
    QVERIFY2(sheet.error.isEmpty(), qPrintable(sheet.error));
    const QList<QDate> expected {QDate(1900, 1, 1),  QDate(1902, 9, 26),  QDate(1913, 9, 8),
                                 QDate(1927, 5, 18), QDate(2173, 10, 14), QDate(4637, 11, 26)};
    for (int i = 0; i < expected.size(); ++i) {
        QCOMPARE(sheet.cell(i + 1, 1), QVariant(expected.at(i)));
    }
}

void TestXlsxReader::shouldDecodeSharedStringEscapes()
{
    // rust_xlsxwriter shared_strings01: A1..A32 hold the control characters 0x00..0x1F.
    const Sheet controls = readSheet(fixture(QStringLiteral("shared_strings01.xlsx")));
    QVERIFY2(controls.error.isEmpty(), qPrintable(controls.error));
    for (int c = 0; c < 32; ++c) {
        QCOMPARE(controls.cell(c + 1, 1), QVariant(QString(QChar(c))));
    }
    // shared_strings02: strings that merely look like escapes survive unchanged.
    const Sheet lookalikes = readSheet(fixture(QStringLiteral("shared_strings02.xlsx")));
    QVERIFY2(lookalikes.error.isEmpty(), qPrintable(lookalikes.error));
    const QStringList expected {QStringLiteral("_"),
                                QStringLiteral("_x"),
                                QStringLiteral("_x0"),
                                QStringLiteral("_x00"),
                                QStringLiteral("_x000"),
                                QStringLiteral("_x0000"),
                                QStringLiteral("_x0000_"),
                                QStringLiteral("_x005F_"),
                                QStringLiteral("_x000G_"),
                                QStringLiteral("_X0000_"),
                                QStringLiteral("_x000a_"),
                                QStringLiteral("_x000A_"),
                                QStringLiteral("_x0000__x0000_"),
                                QStringLiteral("__x0000__"),
                                QStringLiteral("_x597D_"),
                                QStringLiteral("_x597d_"),
                                QStringLiteral("_x597G_"),
                                QStringLiteral("_x_x_x")};
    for (int i = 0; i < expected.size(); ++i) {
        QCOMPARE(lookalikes.cell(i + 1, 1), QVariant(expected.at(i)));
    }
}

void TestXlsxReader::shouldReadFormulaResultsBooleansAndErrors()
{
    // rust_xlsxwriter formula_results01: cached results 2, "Foo", TRUE, FALSE, then errors.
    const Sheet sheet = readSheet(fixture(QStringLiteral("formula_results01.xlsx")));
    QVERIFY2(sheet.error.isEmpty(), qPrintable(sheet.error));
    QCOMPARE(sheet.cell(1, 1), QVariant(2.0));
    QCOMPARE(sheet.cell(2, 1), QVariant(QStringLiteral("Foo")));
    QCOMPARE(sheet.cell(3, 1), QVariant(true));
    QCOMPARE(sheet.cell(4, 1), QVariant(false));
    const QStringList errors {QStringLiteral("#DIV/0!"), QStringLiteral("#N/A"),   QStringLiteral("#NAME?"),
                              QStringLiteral("#NULL!"),  QStringLiteral("#NUM!"),  QStringLiteral("#REF!"),
                              QStringLiteral("#VALUE!"), QStringLiteral("#DIV/0!")};
    for (int i = 0; i < errors.size(); ++i) {
        QCOMPARE(sheet.cell(i + 5, 1).value<CellError>().code, errors.at(i));
    }
    QVERIFY(sheet.warnings.isEmpty());
}

void TestXlsxReader::shouldReadInlineStringsWithoutCoordinates()
{
    // roo implicit_coordinates: inline strings, no r= attributes, no shared strings part.
    const Sheet sheet = readSheet(fixture(QStringLiteral("implicit_coordinates.xlsx")));
    QVERIFY2(sheet.error.isEmpty(), qPrintable(sheet.error));
    QCOMPARE(sheet.rows.size(), 2);
    QCOMPARE(sheet.cell(1, 1), QVariant(QStringLiteral("Test")));
    QCOMPARE(sheet.rows.at(1).cells, (QVariantList {QStringLiteral("A2"), QStringLiteral("B2"), QStringLiteral("C2")}));
}

void TestXlsxReader::shouldJoinRichTextRunsAndSkipPhonetics()
{
    // calamine's assertions: Sheet1!A2 = "tvalrval1rval2"; rph.xlsx A1 without its reading aid.
    const Sheet runs = readSheet(fixture(QStringLiteral("richtext-after-plain.xlsx")));
    QCOMPARE(runs.cell(2, 1), QVariant(QStringLiteral("tvalrval1rval2")));
    const Sheet phonetic = readSheet(fixture(QStringLiteral("rph.xlsx")));
    QCOMPARE(phonetic.cell(1, 1), QVariant(QStringLiteral("課きく　毛こ")));
}

void TestXlsxReader::shouldReadRepeatedInlineStringsAsWritten()
{
    // The reader reuses the string of a repeated inline text per column: every cell must
    // still read as its own text, whatever the cell before it in the column or row said.
    const QString path = m_dir.filePath(QStringLiteral("repeated-inline.xlsx"));
    const auto inlineCell = [](const QByteArray &reference, const QByteArray &t) -> QByteArray {
        return "<c r=\"" + reference + "\" t=\"inlineStr\"><is>" + t + "</is></c>";
    };
    QVERIFY(writeWorkbook(
        path,
        worksheet("<row r=\"1\">" + inlineCell("A1", "<t>app</t>") + inlineCell("B1", "<t>app</t>")
                  + inlineCell("C1", "<t>web</t>") + "</row><row r=\"2\">" + inlineCell("A2", "<t>app</t>")
                  + inlineCell("B2", "<t>web</t>") + "</row><row r=\"3\">" + inlineCell("A3", "<t> app </t>")
                  + inlineCell("B3", "<t xml:space=\"preserve\"> web </t>") + "</row><row r=\"4\">"
                  + inlineCell("A4", "<t>_x0061_pp</t>") + inlineCell("B4", "<t>web</t>") + "</row><row r=\"5\">"
                  + inlineCell("A5", "<t>ap</t><r><t>p</t></r>") + inlineCell("B5", "<t></t>") + "</row>")));
    const Sheet sheet = readSheet(path);
    QVERIFY2(sheet.error.isEmpty(), qPrintable(sheet.error));
    QCOMPARE(sheet.rows.size(), 5);
    const QString app = QStringLiteral("app");
    const QString web = QStringLiteral("web");
    QCOMPARE(sheet.rows.at(0).cells, (QVariantList {app, app, web}));
    QCOMPARE(sheet.rows.at(1).cells, (QVariantList {app, web}));
    QCOMPARE(sheet.rows.at(2).cells, (QVariantList {app, QStringLiteral(" web ")}));  // trimmed unless preserved
    QCOMPARE(sheet.rows.at(3).cells, (QVariantList {app, web}));  // _x0061_ is 'a'
    QCOMPARE(sheet.rows.at(4).cells, (QVariantList {app, QString()}));  // runs joined; an empty text is a cell
}

void TestXlsxReader::shouldReadStrictOoxmlLikeTransitional()
{
    // Apache POI ships the same workbook in both flavours: the cells must be identical.
    const Sheet transitional = readSheet(fixture(QStringLiteral("SampleSS.xlsx")));
    const Sheet strict = readSheet(fixture(QStringLiteral("SampleSS.strict.xlsx")));
    QVERIFY2(transitional.error.isEmpty(), qPrintable(transitional.error));
    QVERIFY2(strict.error.isEmpty(), qPrintable(strict.error));
    QVERIFY(!strict.rows.isEmpty());
    QCOMPARE(strict.rows.size(), transitional.rows.size());
    for (qsizetype i = 0; i < strict.rows.size(); ++i) {
        QCOMPARE(strict.rows.at(i).number, transitional.rows.at(i).number);
        QCOMPARE(strict.rows.at(i).cells, transitional.rows.at(i).cells);
    }
    // Excel's own CSV export of SampleSS.xlsx starts with "Test spreadsheet".
    QCOMPARE(strict.rows.at(0).cells.value(0), QVariant(QStringLiteral("Test spreadsheet")));
}

void TestXlsxReader::shouldListHiddenAndChartSheets()
{
    const Sheet sheet = readSheet(fixture(QStringLiteral("any_sheets.xlsx")));
    QVERIFY2(sheet.error.isEmpty(), qPrintable(sheet.error));
    QCOMPARE(sheet.sheets.size(), 4);
    QCOMPARE(sheet.sheets.at(0).name, QStringLiteral("Visible"));
    QVERIFY(!sheet.sheets.at(0).hidden);
    QVERIFY(sheet.sheets.at(1).hidden);
    QVERIFY(sheet.sheets.at(2).hidden);  // veryHidden
    QVERIFY(sheet.sheets.at(3).chart);
    QCOMPARE(sheet.current, QStringLiteral("Visible"));
    QCOMPARE(sheet.rows.at(0).cells, (QVariantList {1.0, 2.0}));
    // A hidden sheet can still be asked for; a chart sheet has no cells to give.
    const Sheet hidden = readSheet(fixture(QStringLiteral("any_sheets.xlsx")), QStringLiteral("hidden"));
    QCOMPARE(hidden.current, QStringLiteral("Hidden"));
    QVERIFY2(hidden.error.isEmpty(), qPrintable(hidden.error));
    const Sheet chart = readSheet(fixture(QStringLiteral("any_sheets.xlsx")), QStringLiteral("4"));
    QVERIFY(chart.error.contains(QLatin1String("chart")));
    const Sheet missing = readSheet(fixture(QStringLiteral("any_sheets.xlsx")), QStringLiteral("Nope"));
    QCOMPARE(missing.code, Error::Code::BadUsage);
}

void TestXlsxReader::shouldWarnAboutMergedCells()
{
    // rust_xlsxwriter merge_cells01: A1:D1 hold "col1".."col4" in four merged ranges.
    const Sheet sheet = readSheet(fixture(QStringLiteral("merge_cells01.xlsx")));
    QCOMPARE(sheet.rows.at(0).cells,
             (QVariantList {QStringLiteral("col1"), QStringLiteral("col2"), QStringLiteral("col3"),
                            QStringLiteral("col4")}));
    QCOMPARE(sheet.warnings.size(), 1);
    QCOMPARE(sheet.warnings.at(0).kind, ReadWarning::Kind::MergedCells);
}

void TestXlsxReader::shouldTolerateWrongDimensionAndMissingReferences()
{
    // Both derived from rust_xlsxwriter simple03: A1 = "Foo", A2 = 123.
    for (const QString &name :
         {QStringLiteral("simple03_wrong_dimension.xlsx"), QStringLiteral("simple03_no_r_attributes.xlsx")}) {
        const Sheet sheet = readSheet(fixture(name));
        QVERIFY2(sheet.error.isEmpty(), qPrintable(sheet.error));
        QCOMPARE(sheet.cell(1, 1), QVariant(QStringLiteral("Foo")));
        QCOMPARE(sheet.cell(2, 1), QVariant(123.0));
    }
}

void TestXlsxReader::shouldMatchPartNamesCaseInsensitively()
{
    // calamine issue_419 names its part xl/SharedStrings.xml; Apache POI 49609 uses
    // backslash paths and a lower-case [content_types].xml. Excel's CSV export of 49609
    // starts with "Cycle", "A1", "A2".
    const Sheet upper = readSheet(fixture(QStringLiteral("issue_419.xlsx")));
    QVERIFY2(upper.error.isEmpty(), qPrintable(upper.error));
    QVERIFY(!upper.rows.isEmpty());
    QCOMPARE(upper.rows.at(0).cells.value(0).typeId(), QMetaType::QString);
    const Sheet backslashes = readSheet(fixture(QStringLiteral("49609.xlsx")));
    QVERIFY2(backslashes.error.isEmpty(), qPrintable(backslashes.error));
    QVERIFY(backslashes.rows.at(0).cells.contains(QVariant(QStringLiteral("Cycle"))));
}

void TestXlsxReader::shouldNameFileSheetAndLineForBrokenXml()
{
    const Sheet truncated = readSheet(fixture(QStringLiteral("simple03_sheet1_truncated_xml.xlsx")));
    QCOMPARE(truncated.code, Error::Code::BadInput);
    QVERIFY2(truncated.error.contains(QLatin1String("simple03_sheet1_truncated_xml.xlsx")),
             qPrintable(truncated.error));
    QVERIFY(truncated.error.contains(QLatin1String("Sheet1")));
    QVERIFY(truncated.error.contains(QLatin1String("xl/worksheets/sheet1.xml")));
    const Sheet entity = readSheet(fixture(QStringLiteral("simple03_undefined_entity.xlsx")));
    QCOMPARE(entity.code, Error::Code::BadInput);
    QVERIFY2(entity.error.contains(QLatin1String("nbsp")), qPrintable(entity.error));
}

void TestXlsxReader::shouldStreamTheOnlineRetailWorkbook()
{
    const QString path = qEnvironmentVariable("CRM_SOURCE_DIR")
        + QStringLiteral("/../shared/data/online_retail/online_retail_2010-12.xlsx");
    if (!QFileInfo::exists(path)) {
        QSKIP("../shared/data/online_retail/online_retail_2010-12.xlsx absent");
    }
    auto reader = openTableReader(path);
    QVERIFY(reader);
    qint64 rows = 0;
    SourceRow header, first, last;
    QElapsedTimer timer;
    timer.start();
    const auto read = reader.value()->readRows([&](const SourceRow &row) {
        if (rows == 0) {
            header = row;
        } else if (rows == 1) {
            first = row;
        }
        last = row;
        ++rows;
        return true;
    });
    const qint64 elapsed = qMax<qint64>(timer.elapsed(), 1);
    QVERIFY(read);
    // data/README.md: 42,481 rows of December 2010, plus the header row.
    QCOMPARE(rows, qint64(42482));
    QCOMPARE(header.cells.value(0), QVariant(QStringLiteral("InvoiceNo")));
    QCOMPARE(header.cells.value(4), QVariant(QStringLiteral("InvoiceDate")));
    // The first line of online_retail.csv.gz: 536365,85123A,WHITE HANGING HEART T-LIGHT
    // HOLDER,6,2010-12-01 08:26:00,2.55,17850,United Kingdom
    QCOMPARE(first.cells,
             (QVariantList {536365.0, QStringLiteral("85123A"), QStringLiteral("WHITE HANGING HEART T-LIGHT HOLDER"),
                            6.0, utc(2010, 12, 1, 8, 26), 2.55, 17850.0, QStringLiteral("United Kingdom")}));
    QCOMPARE(last.number, qint64(42482));
    QCOMPARE(last.cells.value(4).toDateTime().date().month(), 12);
    qInfo("online_retail_2010-12.xlsx: %lld rows in %lld ms = %lld rows/s", rows, elapsed, rows * 1000 / elapsed);
}

void TestXlsxReader::shouldReadPrefixedQuotedAndCommentedXml()
{
    // An x: prefix on every element (as some .NET writers do), attributes in any order with
    // either quote, blanks inside tags, comments, a processing instruction, CDATA, entities
    // and character references, self-closing rows and cells, CR LF line ends.
    const QString path = m_dir.filePath(QStringLiteral("prefixed.xlsx"));
    const QByteArray sheetXml
        = "<?xml version='1.0' encoding='UTF-8'?>\r\n<!-- generated -->\r\n"
          "<x:worksheet xmlns:x=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><x:sheetData>\r\n"
          "<x:row r='1' ><x:c t='s' r='A1'><x:v>1</x:v></x:c><x:c s = \"1\"\n r=\"B1\"><x:v>45356</x:v></x:c>"
          "<x:c r=\"C1\" t=\"inlineStr\"><x:is><x:t>A&amp;B &#x4E2D;&#25991;</x:t></x:is></x:c></x:row>\r\n"
          "<x:row r=\"2\"><x:c r=\"A2\" t=\"str\"><?skip me?><x:v><![CDATA[<tag> & ]]>more</x:v></x:c>"
          "<x:c r=\"B2\"/><x:c r=\"C2\"><!-- no value --><x:v>-1.5E3</x:v></x:c></x:row>\r\n"
          "<x:row r=\"3\"/></x:sheetData><x:mergeCells count=\"1\"><x:mergeCell ref=\"A1:B1\"/></x:mergeCells>"
          "</x:worksheet>\r\n";
    QVERIFY(writeWorkbook(path, sheetXml,
                          "<?xml version=\"1.0\"?><x:sst xmlns:x=\"http://schemas.openxmlformats.org/spreadsheetml/"
                          "2006/main\"><x:si><x:t>zero</x:t></x:si><x:si><x:r><x:t xml:space='preserve'> one </x:t>"
                          "</x:r><x:r><x:t>&lt;1&gt;</x:t></x:r></x:si></x:sst>"));
    const Sheet sheet = readSheet(path);
    QVERIFY2(sheet.error.isEmpty(), qPrintable(sheet.error));
    QCOMPARE(sheet.rows.size(), 2);
    QCOMPARE(sheet.rows.at(0).cells,
             (QVariantList {QStringLiteral(" one <1>"), QDate(2024, 3, 5), QStringLiteral("A&B \u4E2D\u6587")}));
    QCOMPARE(sheet.rows.at(1).cells, (QVariantList {QStringLiteral("<tag> & more"), {}, -1500.0}));
    QCOMPARE(sheet.warnings.size(), 1);
    QCOMPARE(sheet.warnings.at(0).kind, ReadWarning::Kind::MergedCells);
}

void TestXlsxReader::shouldParseNumbersLikeQt_data()
{
    // The reader parses plain numbers from the bytes itself; whatever it reads must be what
    // QString::toDouble() makes of the text (a number, or the text when it is none).
    QTest::addColumn<QString>("text");
    for (const char *text : {"0",
                             "-0",
                             "12",
                             "00012",
                             "1.5",
                             "-1.5",
                             ".5",
                             "-.5",
                             "5.",
                             "1e3",
                             "1E-3",
                             "1.5e+03",
                             "0.1",
                             "0.30000000000000004",
                             "123456789012345678901234567890",
                             "1.7976931348623157e308",
                             "2.2250738585072014e-308",
                             "4.9e-324",
                             "1e400",
                             "1e-400",
                             "+5",
                             " 7",
                             "7 ",
                             "-",
                             ".",
                             "1e",
                             "1e+",
                             "0x10",
                             "inf",
                             "-inf",
                             "nan",
                             "1,5",
                             "1_0",
                             "--1",
                             "1.2.3",
                             "١٢"}) {
        QTest::newRow(text) << QString::fromUtf8(text);
    }
}

void TestXlsxReader::shouldParseNumbersLikeQt()
{
    QFETCH(QString, text);
    const QString path = m_dir.filePath(QStringLiteral("number.xlsx"));
    QVERIFY(writeWorkbook(path, worksheet("<row r=\"1\"><c r=\"A1\"><v>" + text.toUtf8() + "</v></c></row>")));
    const Sheet sheet = readSheet(path);
    QVERIFY2(sheet.error.isEmpty(), qPrintable(sheet.error));
    bool ok = false;
    const double number = text.toDouble(&ok);
    const QVariant value = sheet.cell(1, 1);
    if (ok) {
        QCOMPARE(value.typeId(), QMetaType::Double);
        QCOMPARE(value.toDouble(), number);
        QCOMPARE(std::signbit(value.toDouble()), std::signbit(number));
    } else {
        QCOMPARE(value, QVariant(text));
    }
}

void TestXlsxReader::shouldNameTheRowBeyondExcelsLimit()
{
    // The last row Excel has, then a row without r=: it would be row 1,048,577.
    const QString path = m_dir.filePath(QStringLiteral("past-last-row.xlsx"));
    QVERIFY(writeWorkbook(path, worksheet("<row r=\"1048576\"><c><v>1</v></c></row><row><c><v>2</v></c></row>")));
    const Sheet sheet = readSheet(path);
    QCOMPARE(sheet.code, Error::Code::BadInput);
    QVERIFY2(sheet.error.contains(QLatin1String("row number 1048577 is outside")), qPrintable(sheet.error));
    QVERIFY2(sheet.error.contains(QLatin1String("past-last-row.xlsx")), qPrintable(sheet.error));
}

void TestXlsxReader::shouldRefuseCellsLongerThanTheLimit()
{
    // A cell of exactly kMaxCellChars characters (of which 100 written as _xHHHH_ escapes and
    // 100 as entities) is read; one character more is refused, naming the cell.
    const QByteArray plain(kMaxCellChars - 200, 'a');
    QByteArray escaped;
    for (int i = 0; i < 100; ++i) {
        escaped += "_x00E9_&#x4E2D;";
    }
    const QString limitPath = m_dir.filePath(QStringLiteral("limit.xlsx"));
    QVERIFY(writeWorkbook(limitPath,
                          worksheet("<row r=\"3\"><c r=\"B3\" t=\"inlineStr\"><is><t>" + plain + escaped
                                    + "</t></is></c><c r=\"C3\" t=\"str\"><v>" + plain + escaped + "</v></c></row>")));
    const Sheet limit = readSheet(limitPath);
    QVERIFY2(limit.error.isEmpty(), qPrintable(limit.error.left(300)));
    QCOMPARE(limit.cell(3, 2).toString().size(), kMaxCellChars);
    QCOMPARE(limit.cell(3, 3).toString().size(), kMaxCellChars);
    QVERIFY(limit.cell(3, 2).toString().endsWith(QStringLiteral("\u00E9\u4E2D")));

    const QList<std::pair<QByteArray, QByteArray>> cases {
        {"<c r=\"B3\" t=\"inlineStr\"><is><r><t>" + plain + escaped + "</t></r><r><t>b</t></r></is></c>", "B"},
        {"<c r=\"C3\" t=\"str\"><v>" + plain + escaped + "b</v></c>", "C"},
        {"<c r=\"D3\"><v>" + QByteArray(kMaxCellTextBytes + 1, '1') + "</v></c>", "D"},
    };
    for (const auto &[cell, column] : cases) {
        const QString path = m_dir.filePath(QStringLiteral("too-long.xlsx"));
        QFile::remove(path);
        QVERIFY(writeWorkbook(path, worksheet("<row r=\"3\">" + cell + "</row>")));
        const Sheet sheet = readSheet(path);
        QCOMPARE(sheet.code, Error::Code::BadInput);
        QVERIFY2(sheet.error.contains(QStringLiteral("more than %L1 characters").arg(qint64(kMaxCellChars))),
                 qPrintable(sheet.error));
        QVERIFY2(sheet.error.contains(QLatin1String("row 3, column ") + QLatin1String(column)),
                 qPrintable(sheet.error));
        QVERIFY2(sheet.error.contains(QLatin1String("too-long.xlsx")), qPrintable(sheet.error));
    }

    // The same limit for a shared string.
    const QString sharedPath = m_dir.filePath(QStringLiteral("long-shared.xlsx"));
    QVERIFY(writeWorkbook(sharedPath, worksheet("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>1</v></c></row>"),
                          sharedStrings("<si><t>short</t></si><si><t>" + plain + escaped + "b</t></si>")));
    const Sheet shared = readSheet(sharedPath);
    QCOMPARE(shared.code, Error::Code::BadInput);
    QVERIFY2(shared.error.contains(
                 QStringLiteral("shared string 1 holds more than %L1 characters").arg(qint64(kMaxCellChars))),
             qPrintable(shared.error));
}

void TestXlsxReader::shouldNameRowAndColumnOfMalformedXml()
{
    const QString path = m_dir.filePath(QStringLiteral("bad-entity.xlsx"));
    QVERIFY(writeWorkbook(path,
                          worksheet("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>\n<row r=\"2\"><c r=\"A2\"><v>2"
                                    "</v></c><c r=\"B2\" t=\"str\"><v>&#1;</v></c></row>")));
    const Sheet sheet = readSheet(path);
    QCOMPARE(sheet.code, Error::Code::BadInput);
    QVERIFY2(sheet.error.contains(QLatin1String("bad-entity.xlsx, sheet Data, row 2, column B")),
             qPrintable(sheet.error));
    QVERIFY2(sheet.error.contains(QLatin1String("line 2")), qPrintable(sheet.error));
    QVERIFY2(sheet.error.contains(QLatin1String("&#1;")), qPrintable(sheet.error));
}

QTEST_GUILESS_MAIN(TestXlsxReader)
#include "tst_xlsxreader.moc"
