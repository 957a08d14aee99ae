#include "import/tablereader.h"
#include "report/tableexport.h"
#include "report/xlsxwriter.h"

#include <QBuffer>
#include <QDate>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

using namespace Crm::Core::Report;

namespace {

// A small list with everything that goes wrong in exports: Chinese, quotes, commas,
// line breaks, formula-like text, money, dates, empty cells.
DataTable sampleTable()
{
    DataTable table;
    table.addColumn(QStringLiteral("customer_id"), DataColumn::Type::Text);
    table.addColumn(QStringLiteral("name"), DataColumn::Type::Text);
    table.addColumn(QStringLiteral("phone"), DataColumn::Type::Text);
    table.addColumn(QStringLiteral("email"), DataColumn::Type::Text);
    table.addColumn(QStringLiteral("orders"), DataColumn::Type::Integer);
    table.addColumn(QStringLiteral("monetary"), DataColumn::Type::Money);
    table.addColumn(QStringLiteral("last_order"), DataColumn::Type::Date);
    table.addColumn(QStringLiteral("note"), DataColumn::Type::Text);
    table.rows << QVariantList {QStringLiteral("C001"),
                                QStringLiteral("王小明"),
                                QStringLiteral("13812341234"),
                                QStringLiteral("wang@qq.com"),
                                3,
                                qint64(123456),
                                QDate(2025, 3, 1),
                                QStringLiteral("=HYPERLINK(\"http://x\")")};
    table.rows << QVariantList {
        QStringLiteral("C002"), QStringLiteral("Smith, John"), QStringLiteral("0912345678"),      QVariant(), 1,
        qint64(-500),           QDate(2024, 12, 31),           QStringLiteral("said \"hi\"\nbye")};
    table.rows << QVariantList {
        QStringLiteral("C003"), QStringLiteral("陳靜"), QVariant(), QVariant(), 0, qint64(0), QVariant(),
        QStringLiteral("@cmd")};
    return table;
}

QByteArray readZipPart(const QString &zipPath, const QString &part)
{
    QuaZip zip(zipPath);
    if (!zip.open(QuaZip::mdUnzip) || !zip.setCurrentFile(part)) {
        return {};
    }
    QuaZipFile file(&zip);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return file.readAll();
}

// Inline-string and number cells of sheet1.xml as text, row by row (empty cells absent).
QList<QStringList> sheetCells(const QByteArray &xml, QList<QStringList> *styles = nullptr)
{
    QList<QStringList> rows;
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        reader.readNext();
        if (!reader.isStartElement()) {
            continue;
        }
        if (reader.name() == QLatin1String("row")) {
            rows.append(QStringList {});
            if (styles) {
                styles->append(QStringList {});
            }
        } else if (reader.name() == QLatin1String("c") && styles) {
            styles->last() << reader.attributes().value(QStringLiteral("s")).toString();
        } else if (reader.name() == QLatin1String("t") || reader.name() == QLatin1String("v")) {
            rows.last() << reader.readElementText();
        }
    }
    return reader.hasError() ? QList<QStringList> {} : rows;
}

}  // namespace

class TestTableExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldStartCsvWithByteOrderMark();
    void shouldQuoteCsvFields();
    void shouldNeutralizeFormulasInCsv();
    void shouldMaskContactsByDefault();
    void shouldKeepContactsWhenMaskingIsOff();
    void shouldNameColumnsLikeExcel_data();
    void shouldNameColumnsLikeExcel();
    void shouldComputeExcelSerials_data();
    void shouldComputeExcelSerials();
    void shouldWriteAValidXlsxPackage();
    void shouldStyleFormulaTextAsQuotedInXlsx();
    void shouldReadXlsxBackThroughTheImporter();
    void shouldOpenWithPythonZipfile();
    void shouldStreamLargeLists();
    void shouldRefuseUnknownSuffix();

private:
    QTemporaryDir m_dir;
};

void TestTableExport::shouldStartCsvWithByteOrderMark()
{
    const QString path = m_dir.filePath(QStringLiteral("bom.csv"));
    QVERIFY(exportTable(path, sampleTable()).hasValue());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QCOMPARE(bytes.left(3), QByteArray("\xEF\xBB\xBF"));
    QVERIFY(bytes.contains(QStringLiteral("王小明").toUtf8()));
    QVERIFY(bytes.mid(3).startsWith("customer_id,name,phone,email,orders,monetary,last_order,note\r\n"));
}

void TestTableExport::shouldQuoteCsvFields()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(writeCsvExport(buffer, sampleTable()).hasValue());
    const QString text = QString::fromUtf8(buffer.data().mid(3));
    const QStringList lines = text.split(QStringLiteral("\r\n"));
    // Given a comma in the name and a quote plus a line break in the note, those fields are
    // quoted with doubled quotes; money has two decimals, dates are ISO.
    QCOMPARE(lines.at(2),
             QStringLiteral("C002,\"Smith, John\",091***5678,,1,-5.00,2024-12-31,\"said \"\"hi\"\"\nbye\""));
}

void TestTableExport::shouldNeutralizeFormulasInCsv()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(writeCsvExport(buffer, sampleTable()).hasValue());
    const QStringList lines = QString::fromUtf8(buffer.data().mid(3)).split(QStringLiteral("\r\n"));
    QVERIFY2(lines.at(1).endsWith(QStringLiteral(",\"'=HYPERLINK(\"\"http://x\"\")\"")), qPrintable(lines.at(1)));
    QVERIFY2(lines.at(3).endsWith(QStringLiteral(",'@cmd")), qPrintable(lines.at(3)));
    // A negative amount is a number, not a formula: it stays as it is.
    QVERIFY(lines.at(2).contains(QStringLiteral(",-5.00,")));

    QBuffer raw;
    raw.open(QIODevice::WriteOnly);
    ExportOptions options;
    options.neutralizeFormulas = false;
    QVERIFY(writeCsvExport(raw, sampleTable(), options).hasValue());
    QVERIFY(QString::fromUtf8(raw.data()).contains(QStringLiteral(",@cmd\r\n")));
}

void TestTableExport::shouldMaskContactsByDefault()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(writeCsvExport(buffer, sampleTable()).hasValue());
    const QString text = QString::fromUtf8(buffer.data());
    QVERIFY(text.contains(QStringLiteral(",138****1234,w***@qq.com,")));
    QVERIFY(!text.contains(QStringLiteral("13812341234")));
    QVERIFY(!text.contains(QStringLiteral("wang@qq.com")));
}

void TestTableExport::shouldKeepContactsWhenMaskingIsOff()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    ExportOptions options;
    options.maskContacts = false;
    QVERIFY(writeCsvExport(buffer, sampleTable(), options).hasValue());
    QVERIFY(QString::fromUtf8(buffer.data()).contains(QStringLiteral(",13812341234,wang@qq.com,")));
}

void TestTableExport::shouldNameColumnsLikeExcel_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("expected");
    QTest::newRow("first") << 0 << QStringLiteral("A");
    QTest::newRow("Z") << 25 << QStringLiteral("Z");
    QTest::newRow("AA") << 26 << QStringLiteral("AA");
    QTest::newRow("AZ") << 51 << QStringLiteral("AZ");
    QTest::newRow("BA") << 52 << QStringLiteral("BA");
    QTest::newRow("ZZ") << 701 << QStringLiteral("ZZ");
    QTest::newRow("AAA") << 702 << QStringLiteral("AAA");
    QTest::newRow("XFD, the last") << 16383 << QStringLiteral("XFD");
}

void TestTableExport::shouldNameColumnsLikeExcel()
{
    QFETCH(int, index);
    QFETCH(QString, expected);
    QCOMPARE(XlsxWriter::columnName(index), expected);
}

void TestTableExport::shouldComputeExcelSerials_data()
{
    // Serial numbers as Excel shows them for these dates (=VALUE("2000-01-01") etc.).
    QTest::addColumn<QDate>("date");
    QTest::addColumn<qint64>("serial");
    QTest::newRow("1900-03-01") << QDate(1900, 3, 1) << qint64(61);
    QTest::newRow("2000-01-01") << QDate(2000, 1, 1) << qint64(36526);
    QTest::newRow("2025-12-31") << QDate(2025, 12, 31) << qint64(46022);
}

void TestTableExport::shouldComputeExcelSerials()
{
    QFETCH(QDate, date);
    QFETCH(qint64, serial);
    QCOMPARE(XlsxWriter::excelSerial(date), serial);
}

void TestTableExport::shouldWriteAValidXlsxPackage()
{
    const QString path = m_dir.filePath(QStringLiteral("package.xlsx"));
    QVERIFY(exportTable(path, sampleTable()).hasValue());
    for (const QString &part : {QStringLiteral("[Content_Types].xml"), QStringLiteral("_rels/.rels"),
                                QStringLiteral("xl/workbook.xml"), QStringLiteral("xl/_rels/workbook.xml.rels"),
                                QStringLiteral("xl/styles.xml"), QStringLiteral("xl/worksheets/sheet1.xml")}) {
        const QByteArray xml = readZipPart(path, part);
        QVERIFY2(!xml.isEmpty(), qPrintable(part));
        QXmlStreamReader reader(xml);
        while (!reader.atEnd()) {
            reader.readNext();
        }
        QVERIFY2(!reader.hasError(), qPrintable(part + QStringLiteral(": ") + reader.errorString()));
    }
    const QByteArray styles = readZipPart(path, QStringLiteral("xl/styles.xml"));
    QVERIFY(styles.contains("formatCode=\"yyyy-mm-dd\""));
    QVERIFY(styles.contains("formatCode=\"#,##0.00\""));

    const QList<QStringList> rows = sheetCells(readZipPart(path, QStringLiteral("xl/worksheets/sheet1.xml")));
    QCOMPARE(rows.size(), 4);
    QCOMPARE(rows.at(0).first(), QStringLiteral("customer_id"));
    // Money in major units, the date as Excel's serial (2025-03-01 = 45717), masked contacts.
    QCOMPARE(rows.at(1),
             (QStringList {QStringLiteral("C001"), QStringLiteral("王小明"), QStringLiteral("138****1234"),
                           QStringLiteral("w***@qq.com"), QStringLiteral("3"), QStringLiteral("1234.56"),
                           QStringLiteral("45717"), QStringLiteral("=HYPERLINK(\"http://x\")")}));
}

void TestTableExport::shouldStyleFormulaTextAsQuotedInXlsx()
{
    const QString path = m_dir.filePath(QStringLiteral("quoted.xlsx"));
    QVERIFY(exportTable(path, sampleTable()).hasValue());
    QList<QStringList> styles;
    sheetCells(readZipPart(path, QStringLiteral("xl/worksheets/sheet1.xml")), &styles);
    // The note column of row 2 (index 1) holds "=HYPERLINK(...)": style 5 is the quotePrefix xf.
    QCOMPARE(styles.at(1).last(), QStringLiteral("5"));
    QCOMPARE(styles.at(1).first(), QString());
    const QByteArray stylesXml = readZipPart(path, QStringLiteral("xl/styles.xml"));
    QVERIFY(stylesXml.contains("quotePrefix=\"1\""));
}

void TestTableExport::shouldReadXlsxBackThroughTheImporter()
{
    const QString path = m_dir.filePath(QStringLiteral("roundtrip.xlsx"));
    ExportOptions options;
    options.maskContacts = false;
    options.sheetName = QStringLiteral("客户");
    QVERIFY(exportTable(path, sampleTable(), options).hasValue());

    auto reader = Crm::Core::Import::openTableReader(path);
    QVERIFY2(reader.hasValue(), qPrintable(reader.hasValue() ? QString() : reader.error().describe()));
    QCOMPARE(reader.value()->currentSheet(), QStringLiteral("客户"));
    QList<QVariantList> rows;
    auto read = reader.value()->readRows([&](const Crm::Core::Import::SourceRow &row) {
        rows << row.cells;
        return true;
    });
    QVERIFY(read.hasValue());
    QCOMPARE(rows.size(), 4);
    const DataTable table = sampleTable();
    for (qsizetype r = 0; r < table.rows.size(); ++r) {
        const QVariantList &written = table.rows.at(r);
        const QVariantList &readBack = rows.at(r + 1);
        for (qsizetype c = 0; c < table.columns.size(); ++c) {
            const QVariant expected = written.value(c);
            const QVariant actual = readBack.value(c);
            const QString where = QStringLiteral("row %1 column %2").arg(r).arg(table.columns.at(c).name);
            switch (table.columns.at(c).type) {
            case DataColumn::Type::Money:
                QCOMPARE(qRound64(actual.toDouble() * 100), expected.toLongLong());
                break;
            case DataColumn::Type::Integer:
                QCOMPARE(actual.toLongLong(), expected.toLongLong());
                break;
            case DataColumn::Type::Date:
                QVERIFY2(expected.isNull() ? actual.isNull() : actual.toDate() == expected.toDate(), qPrintable(where));
                break;
            default:
                QVERIFY2(expected.isNull() ? actual.isNull() : actual.toString() == expected.toString(),
                         qPrintable(where + QStringLiteral(": ") + actual.toString()));
            }
        }
    }
}

void TestTableExport::shouldOpenWithPythonZipfile()
{
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty()) {
        QSKIP("python3 is not installed; the independent zip check is skipped");
    }
    const QString path = m_dir.filePath(QStringLiteral("python.xlsx"));
    QVERIFY(exportTable(path, sampleTable()).hasValue());
    // An independent zip implementation: CRCs of every member and the list of names.
    QProcess process;
    process.start(python,
                  {QStringLiteral("-c"),
                   QStringLiteral("import sys, zipfile\n"
                                  "z = zipfile.ZipFile(sys.argv[1])\n"
                                  "bad = z.testzip()\n"
                                  "print('bad' if bad else 'ok', len(z.namelist()))\n"),
                   path});
    QVERIFY(process.waitForFinished(20000));
    QCOMPARE(QString::fromUtf8(process.readAllStandardOutput()).trimmed(), QStringLiteral("ok 6"));
}

void TestTableExport::shouldStreamLargeLists()
{
    DataTable table;
    table.addColumn(QStringLiteral("id"), DataColumn::Type::Integer);
    table.addColumn(QStringLiteral("value"), DataColumn::Type::Money);
    for (int i = 0; i < 20000; ++i) {
        table.rows << QVariantList {i, qint64(i) * 7};
    }
    const QString path = m_dir.filePath(QStringLiteral("large.xlsx"));
    qint64 calls = 0;
    QVERIFY(writeXlsxExport(path, table, {}, [&](qint64, qint64) { return ++calls > 0; }).hasValue());
    QVERIFY(calls >= 20);
    const QList<QStringList> rows = sheetCells(readZipPart(path, QStringLiteral("xl/worksheets/sheet1.xml")));
    QCOMPARE(rows.size(), 20001);
    QCOMPARE(rows.last(), (QStringList {QStringLiteral("19999"), QStringLiteral("1399.93")}));

    // Cancelling leaves no file behind.
    const QString cancelledPath = m_dir.filePath(QStringLiteral("cancelled.xlsx"));
    auto cancelled = writeXlsxExport(cancelledPath, table, {}, [](qint64 done, qint64) { return done < 5000; });
    QVERIFY(!cancelled.hasValue());
    QVERIFY(!QFile::exists(cancelledPath));
}

void TestTableExport::shouldRefuseUnknownSuffix()
{
    const QString path = m_dir.filePath(QStringLiteral("list.ods"));
    QVERIFY(!exportTable(path, sampleTable()).hasValue());
    QVERIFY(!QFile::exists(path));
}

QTEST_GUILESS_MAIN(TestTableExport)
#include "tst_tableexport.moc"
