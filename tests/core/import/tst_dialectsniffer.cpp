#include "import/csv/csvreader.h"
#include "import/csv/dialectsniffer.h"
#include "importtestdata.h"

#include <QTest>

using namespace Crm::Core;
using namespace Crm::Core::Import;
using Crm::Test::importDataPath;
using Crm::Test::readAllRows;

// Escape and quote choices the corpus sweeps (tst_csvcorpus) found wrong once.
class TestDialectSniffer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldChooseEscape_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QChar>("escape");
        // DuckDB's bad_escape.csv: both readings give two columns; \" says backslash.
        QTest::newRow("backslash escapes") << QStringLiteral("\"foo\",\"bar\"\n\"332\",\"Surname\\, Firstname\"\n"
                                                             "\"123\",\"foo (\\\"foo\\\")\"\n")
                                           << QChar(u'\\');
        QTest::newRow("doubled quotes") << QStringLiteral("a,b\n1,\"5\"\" Inseam\"\n2,\"say \"\"hi\"\"\"\n") << QChar();
        // Empty quoted fields ("") are not doubled quotes: one \" still decides.
        QTest::newRow("empty fields and a backslash")
            << QStringLiteral("a,b,c\n\"\",\"x \\\"y\\\"\",\"\"\n\"\",\"z\",\"\"\n") << QChar(u'\\');
        // A path ending in a backslash before the closing quote: doubled quotes inside text win.
        QTest::newRow("more doubled than backslashed")
            << QStringLiteral("a,b\n\"C:\\\\dir\\\\\",\"12\"\" pipe\"\n\"D:\",\"3\"\" hose\"\n") << QChar();
    }

    void shouldChooseEscape()
    {
        QFETCH(QString, text);
        QFETCH(QChar, escape);
        const SniffedDialect sniffed = sniffDialect(text);
        QCOMPARE(sniffed.dialect.delimiter, QChar(u','));
        QCOMPARE(sniffed.dialect.quote, QChar(u'"'));
        QCOMPARE(sniffed.dialect.escape, escape);
    }

    void shouldReadBackslashEscapedFile()
    {
        auto reader = openCsvReader(importDataPath(QStringLiteral("bad_escape.csv")));
        QVERIFY(reader.hasValue());
        const QList<SourceRow> rows = readAllRows(*reader.value());
        QCOMPARE(rows.size(), 3);
        // DuckDB's assertion for this file: 332 | Surname, Firstname; 123 | foo ("foo").
        QCOMPARE(rows[1].cells.value(1).toString(), QStringLiteral("Surname, Firstname"));
        QCOMPARE(rows[2].cells.value(1).toString(), QStringLiteral("foo (\"foo\")"));
    }
};

QTEST_GUILESS_MAIN(TestDialectSniffer)
#include "tst_dialectsniffer.moc"
