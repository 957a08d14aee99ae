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

    // A writer that always puts a space after the comma (Python's skipinitialspace, Pollock's
    // file_field_delimiter_0x2C_0x20.csv): quoted fields after ", " are still quoted.
    void shouldSkipSpaceAfterDelimiter_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("skip");
        QTest::newRow("space before quotes") << QStringLiteral("a, b\n1, \"x, y\"\n2, \"z, w\"\n") << true;
        // Nothing to gain when no quote follows the space: the plain reading stays.
        QTest::newRow("space, no quotes") << QStringLiteral("a, b\n1, x\n2, y\n") << false;
        QTest::newRow("quotes, no space") << QStringLiteral("a,b\n1,\"x, y\"\n2,\"z, w\"\n") << false;
    }

    void shouldSkipSpaceAfterDelimiter()
    {
        QFETCH(QString, text);
        QFETCH(bool, skip);
        const SniffedDialect sniffed = sniffDialect(text);
        QCOMPARE(sniffed.dialect.delimiter, QChar(u','));
        QCOMPARE(sniffed.dialect.skipInitialSpace, skip);
        QCOMPARE(sniffed.columns, 2);
    }

    void shouldReadCommaSpaceFile()
    {
        auto reader = openCsvReader(importDataPath(QStringLiteral("comma_space_quoted.csv")));
        QVERIFY(reader.hasValue());
        const QList<SourceRow> rows = readAllRows(*reader.value());
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows[0].cells.value(3).toString(), QStringLiteral("amount"));
        QCOMPARE(rows[1].cells.size(), 4);
        QCOMPARE(rows[1].cells.value(1).toString(), QStringLiteral("Smith, Ann"));
        QCOMPARE(rows[1].cells.value(2).toString(), QStringLiteral("said \"hi\""));
        QCOMPARE(rows[2].cells.value(2).toString(), QStringLiteral("plain"));
        QCOMPARE(rows[3].cells.value(2).toString(), QStringLiteral("a, b, c"));
        QVERIFY(rows[3].cells.value(3).isNull());
    }

    // Pollock's file_quotation_char_0x27.csv: '…' quoting whose writer escaped '"' as "".
    void shouldChooseDoubleQuoteEscapeInSingleQuotes()
    {
        auto reader = openCsvReader(importDataPath(QStringLiteral("single_quotes_double_escape.csv")));
        QVERIFY(reader.hasValue());
        const QList<SourceRow> rows = readAllRows(*reader.value());
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows[1].cells.value(1).toString(), QStringLiteral("Table, Round 48\""));
        QCOMPARE(rows[2].cells.value(1).toString(), QStringLiteral("Boxer, 5\" Inseam"));
        QCOMPARE(rows[2].cells.value(2).toString(), QStringLiteral("Quick, dry"));
        const SniffedDialect sniffed = sniffDialect(QStringLiteral("id,p\n1,'Round 48\"\"'\n2,'x, y'\n3,'u, v'\n"));
        QCOMPARE(sniffed.dialect.quote, QChar(u'\''));
        QCOMPARE(sniffed.dialect.escape, QChar(u'"'));
        // Without "" inside the '…' fields the quotes are doubled as usual.
        const SniffedDialect plain = sniffDialect(QStringLiteral("id,p\n1,'Round 48'\n2,'x, y'\n3,'u, v'\n"));
        QCOMPARE(plain.dialect.quote, QChar(u'\''));
        QCOMPARE(plain.dialect.escape, QChar());
    }
};

QTEST_GUILESS_MAIN(TestDialectSniffer)
#include "tst_dialectsniffer.moc"
