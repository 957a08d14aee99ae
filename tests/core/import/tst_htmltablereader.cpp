// HTML pages saved as .xls (web "Excel exports") are read from their first table.
#include "import/tablereader.h"

#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace Crm::Core;
using namespace Crm::Core::Import;

namespace {

QList<SourceRow> readAll(const QString &path, QString *error)
{
    QList<SourceRow> rows;
    auto reader = openTableReader(path);
    if (!reader) {
        *error = reader.error().describe();
        return rows;
    }
    const auto read = reader.value()->readRows([&](const SourceRow &row) {
        rows.append(row);
        return true;
    });
    if (!read) {
        *error = read.error().describe();
    }
    return rows;
}

}  // namespace

class TestHtmlTableReader final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldReadExcelsHtmlExport();
    void shouldDecodeCharsetEntitiesAndSpans();
    void shouldRefuseAPageWithoutTable();

private:
    QTemporaryDir m_dir;
};

void TestHtmlTableReader::shouldReadExcelsHtmlExport()
{
    // SheetJS crlf.htm (Excel's "Web Page" export) named .xls: line breaks are <br>.
    QString error;
    const QList<SourceRow> rows = readAll(
        qEnvironmentVariable("CRM_SOURCE_DIR") + QStringLiteral("/tests/data/import/crlf_htm_named.xls"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(0).cells, (QVariantList {QStringLiteral("Normal"), QStringLiteral("abc\ndef")}));
    QCOMPARE(rows.at(1).cells, (QVariantList {QStringLiteral("Formula"), QStringLiteral("abc\n\ndef")}));
    QCOMPARE(rows.at(2).cells, (QVariantList {QStringLiteral("Test")}));
    QCOMPARE(rows.at(2).number, qint64(3));
}

void TestHtmlTableReader::shouldDecodeCharsetEntitiesAndSpans()
{
    const QString html = QStringLiteral(
        "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">"
        "<style>td {color: red}</style><script>var t = '<table>';</script></head><body>"
        "<!-- <table><tr><td>not this</td></tr></table> -->"
        "<TABLE border=1><TR><TH>会员编号</TH><TH colspan=2>实付金额</TH><th>备注</th></TR>\n"
        "<tr><td> 00123 </td><td>&yen;1,234.50</td><td></td><td>A &amp; B&nbsp;&#x4E2D;&#25991;</td></tr>"
        "<tr><td></td></tr></table><table><tr><td>second table</td></tr></table></body></html>");
    QStringEncoder encoder("GB18030");
    QVERIFY(encoder.isValid());
    const QString path = m_dir.filePath(QStringLiteral("export.xls"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(encoder.encode(html));
    file.close();
    QString error;
    const QList<SourceRow> rows = readAll(path, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(rows.size(), 2);
    QCOMPARE(
        rows.at(0).cells,
        (QVariantList {QStringLiteral("会员编号"), QStringLiteral("实付金额"), QVariant(), QStringLiteral("备注")}));
    QCOMPARE(rows.at(1).cells,
             (QVariantList {QStringLiteral("00123"), QStringLiteral("¥1,234.50"), QVariant(),
                            QStringLiteral("A & B 中文")}));
}

void TestHtmlTableReader::shouldRefuseAPageWithoutTable()
{
    const QString path = m_dir.filePath(QStringLiteral("page.xls"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("<html><body><p>Session expired, please log in again.</p></body></html>");
    file.close();
    auto reader = openTableReader(path);
    QVERIFY(!reader);
    QCOMPARE(reader.error().code, Error::Code::BadInput);
    QVERIFY(reader.error().message.contains(QLatin1String("HTML")));
    QVERIFY(reader.error().describe().contains(QLatin1String("page.xls")));
}

QTEST_GUILESS_MAIN(TestHtmlTableReader)
#include "tst_htmltablereader.moc"
