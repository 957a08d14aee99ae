// detectFileFormat() and openTableReader() decide by content, never by file name: every
// fixture here carries a misleading or neutral extension.
#include "import/formatsniffer.h"
#include "import/tablereader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Crm::Core;
using namespace Crm::Core::Import;

Q_DECLARE_METATYPE(Crm::Core::Import::FileFormat)

namespace {

QString fixture(const QString &name)
{
    return QString(qEnvironmentVariable("CRM_SOURCE_DIR") + QStringLiteral("/tests/data/import/") + name);
}

}  // namespace

class TestFormatSniffer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldDetectFixtures_data();
    void shouldDetectFixtures();
    void shouldDetectSmallFiles_data();
    void shouldDetectSmallFiles();
    void shouldRefuseWithAPreciseMessage_data();
    void shouldRefuseWithAPreciseMessage();
    void shouldOpenTheRightReader();
    void shouldFailForAMissingFile();

private:
    QTemporaryDir m_dir;
};

void TestFormatSniffer::shouldDetectFixtures_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<FileFormat>("format");
    QTest::newRow("xlsx") << QStringLiteral("date_1904_01.xlsx") << FileFormat::Xlsx;
    QTest::newRow("strict xlsx") << QStringLiteral("SampleSS.strict.xlsx") << FileFormat::Xlsx;
    QTest::newRow("lower-case content types") << QStringLiteral("49609.xlsx") << FileFormat::Xlsx;
    QTest::newRow("encrypted xlsx") << QStringLiteral("encryptAES.xlsx") << FileFormat::EncryptedOoxml;
    QTest::newRow("xls named xlsx") << QStringLiteral("type_excel.xlsx") << FileFormat::Xls;
    QTest::newRow("ods named xlsx") << QStringLiteral("type_openoffice.xlsx") << FileFormat::Ods;
    QTest::newRow("html named xls") << QStringLiteral("crlf_htm_named.xls") << FileFormat::Html;
    QTest::newRow("csv named xlsx") << QStringLiteral("web_page_csv_named.xlsx") << FileFormat::Text;
    QTest::newRow("biff8") << QStringLiteral("1904.xls") << FileFormat::Xls;
    QTest::newRow("encrypted biff8") << QStringLiteral("issue_385.xls") << FileFormat::Xls;
}

void TestFormatSniffer::shouldDetectFixtures()
{
    QFETCH(QString, name);
    QFETCH(FileFormat, format);
    const auto detected = detectFileFormat(fixture(name));
    QVERIFY(detected);
    QCOMPARE(detected.value(), format);
}

void TestFormatSniffer::shouldDetectSmallFiles_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<FileFormat>("format");
    QTest::newRow("empty") << QByteArray() << FileFormat::Empty;
    QTest::newRow("csv") << QByteArray("a,b\n1,2\n") << FileFormat::Text;
    QTest::newRow("utf-16 text") << QByteArray("\xFF\xFE"
                                               "a\0,\0b\0",
                                               8)
                                 << FileFormat::Text;
    QTest::newRow("html with bom") << QByteArray("\xEF\xBB\xBF  <HTML><body><table>") << FileFormat::Html;
    QTest::newRow("bare table") << QByteArray("<table><tr><td>1</td></tr></table>") << FileFormat::Html;
    QTest::newRow("spreadsheetml 2003") << QByteArray(
        "<?xml version=\"1.0\"?>\n<Workbook xmlns=\"urn:schemas-microsoft-com:office:spreadsheet\">")
                                        << FileFormat::SpreadsheetMl2003;
    QTest::newRow("biff2 stream") << QByteArray("\x09\x00\x04\x00\x02\x00\x10\x00", 8) << FileFormat::Xls;
    QTest::newRow("broken zip") << QByteArray("PK\x03\x04garbage that is no archive") << FileFormat::BrokenZip;
}

void TestFormatSniffer::shouldDetectSmallFiles()
{
    QFETCH(QByteArray, bytes);
    QFETCH(FileFormat, format);
    const QString path
        = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('_')));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    file.close();
    const auto detected = detectFileFormat(path);
    QVERIFY(detected);
    QCOMPARE(detected.value(), format);
}

void TestFormatSniffer::shouldRefuseWithAPreciseMessage_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("message");
    QTest::newRow("encrypted") << QStringLiteral("encryptAES.xlsx") << QStringLiteral("password-protected");
    QTest::newRow("ods") << QStringLiteral("type_openoffice.xlsx") << QStringLiteral("OpenDocument");
}

void TestFormatSniffer::shouldRefuseWithAPreciseMessage()
{
    QFETCH(QString, name);
    QFETCH(QString, message);
    const auto reader = openTableReader(fixture(name));
    QVERIFY(!reader);
    QCOMPARE(reader.error().code, Error::Code::BadInput);
    QVERIFY2(reader.error().message.contains(message), qPrintable(reader.error().message));
    QVERIFY2(reader.error().describe().contains(name), qPrintable(reader.error().describe()));
}

void TestFormatSniffer::shouldOpenTheRightReader()
{
    // A BIFF workbook named .xlsx is read by the .xls reader (roo's type_excel: "Date" in C3).
    const auto xls = openTableReader(fixture(QStringLiteral("type_excel.xlsx")));
    QVERIFY2(xls, xls ? "" : qPrintable(xls.error().describe()));
    QVERIFY(xls.value()->formatDescription().contains(QLatin1String("97-2003")));
    QVariant firstCell;
    QVERIFY(xls.value()->readRows([&](const SourceRow &row) {
        firstCell = row.cells.value(0);
        return false;
    }));
    QCOMPARE(firstCell, QVariant(QStringLiteral("Date")));
}

void TestFormatSniffer::shouldFailForAMissingFile()
{
    const auto detected = detectFileFormat(m_dir.filePath(QStringLiteral("missing.xlsx")));
    QVERIFY(!detected);
    QCOMPARE(detected.error().code, Error::Code::Io);
}

QTEST_GUILESS_MAIN(TestFormatSniffer)
#include "tst_formatsniffer.moc"
