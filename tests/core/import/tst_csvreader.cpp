#include "import/csv/csvparser.h"
#include "import/csv/csvreader.h"
#include "import/csv/dialectsniffer.h"
#include "import/csv/encodingdetector.h"
#include "importtestdata.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>

using namespace Crm::Core;
using namespace Crm::Core::Import;
using Crm::Test::importDataPath;
using Crm::Test::readAllRows;

namespace {

QString joinedText(const QList<SourceRow> &rows)
{
    QStringList lines;
    for (const SourceRow &row : rows) {
        QStringList cells;
        for (const QVariant &cell : row.cells) {
            cells.append(cell.toString());
        }
        lines.append(cells.join(u'|'));
    }
    return lines.join(u'\n');
}

QString writeTemp(const QTemporaryDir &dir, const QByteArray &bytes)
{
    const QString path = dir.filePath(QStringLiteral("sample.csv"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size()) {
        return {};
    }
    return path;
}

}  // namespace

class TestCsvReader final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldDetectEncodingOfRealFiles_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<QString>("expectedText");
        // Expected texts were taken by decoding each file with Python's codec of the encoding
        // its source (chardet's test suite, DuckDB, deb-sig exports) declares.
        QTest::newRow("wechat utf-8") << QStringLiteral("wechat_records.csv") << QStringLiteral("UTF-8")
                                      << QStringLiteral("微信支付账单明细");
        QTest::newRow("alipay gb18030") << QStringLiteral("alipay_records_gb18030.csv") << QStringLiteral("GB18030")
                                        << QStringLiteral("支付宝账户");
        QTest::newRow("gb2312 rss") << QStringLiteral("encodings/gb2312_w3cn.org.xml") << QStringLiteral("GB18030")
                                    << QStringLiteral("新网页设计师");
        QTest::newRow("big5") << QStringLiteral("encodings/big5_ude_1.txt") << QStringLiteral("Big5")
                              << QStringLiteral("維基大典");
        QTest::newRow("shift_jis") << QStringLiteral("encodings/shift_jis_ude_1.txt") << QStringLiteral("Shift_JIS")
                                   << QStringLiteral("或日の暮方の事");
        QTest::newRow("windows-1252") << QStringLiteral("encodings/windows1252_ude_1.txt")
                                      << QStringLiteral("Windows-1252") << QStringLiteral("gehört zum Netzwerk");
        QTest::newRow("utf-16le bom") << QStringLiteral("encodings/utf16le_bom.csv") << QStringLiteral("UTF-16LE (BOM)")
                                      << QStringLiteral("José Álvarez");
        QTest::newRow("utf-16le no bom") << QStringLiteral("encodings/utf16le_nobom.txt") << QStringLiteral("UTF-16LE")
                                         << QStringLiteral("07/19/2015 21:00:15.469");
        QTest::newRow("utf-16be no bom") << QStringLiteral("encodings/utf16be_nobom.txt") << QStringLiteral("UTF-16BE")
                                         << QStringLiteral("07/19/2015 21:00:15.469");
        QTest::newRow("big5 customers") << QStringLiteral("customers_big5.csv") << QStringLiteral("Big5")
                                        << QStringLiteral("陳大文");
        QTest::newRow("gb18030 order lines")
            << QStringLiteral("order_lines_gb18030.csv") << QStringLiteral("GB18030") << QStringLiteral("茶壶");
        QTest::newRow("cp1252 semicolon") << QStringLiteral("orders_semicolon_decimal_comma.csv")
                                          << QStringLiteral("Windows-1252") << QStringLiteral("1.234,50 €");
    }

    void shouldDetectEncodingOfRealFiles()
    {
        QFETCH(QString, file);
        QFETCH(QString, encoding);
        QFETCH(QString, expectedText);
        auto reader = openCsvReader(importDataPath(file));
        QVERIFY2(reader.hasValue(), reader ? "" : qPrintable(reader.error().describe()));
        QCOMPARE(reader.value()->encodingName(), encoding);
        const QString text = joinedText(readAllRows(*reader.value()));
        QVERIFY2(text.contains(expectedText), qPrintable(text.left(200)));
    }

    void shouldHonourExplicitEncoding()
    {
        ReadOptions options;
        options.encoding = QStringLiteral("Big5");
        auto reader = openCsvReader(importDataPath(QStringLiteral("order_lines_gb18030.csv")), options);
        QVERIFY(reader.hasValue());
        QCOMPARE(reader.value()->encodingName(), QStringLiteral("Big5"));
        options.encoding = QStringLiteral("no-such-codec");
        auto refused = openCsvReader(importDataPath(QStringLiteral("order_lines_gb18030.csv")), options);
        QVERIFY(!refused.hasValue());
        QCOMPARE(refused.error().code, Error::Code::BadUsage);
    }

    // csv-spectrum: every CSV with its JSON rendering (array of header → value objects).
    void shouldParseCsvSpectrum_data()
    {
        QTest::addColumn<QString>("name");
        const QStringList files = QDir(importDataPath(QStringLiteral("csv_spectrum")))
                                      .entryList({QStringLiteral("*.csv")}, QDir::Files, QDir::Name);
        QVERIFY(!files.isEmpty());
        for (const QString &file : files) {
            QTest::newRow(qPrintable(file)) << file.chopped(4);
        }
    }

    void shouldParseCsvSpectrum()
    {
        QFETCH(QString, name);
        QFile json(importDataPath(QStringLiteral("csv_spectrum/%1.json").arg(name)));
        QVERIFY(json.open(QIODevice::ReadOnly));
        const QJsonArray expected = QJsonDocument::fromJson(json.readAll()).array();
        auto reader = openCsvReader(importDataPath(QStringLiteral("csv_spectrum/%1.csv").arg(name)));
        QVERIFY(reader.hasValue());
        QCOMPARE(reader.value()->delimiter(), QChar(u','));
        const QList<SourceRow> rows = readAllRows(*reader.value());
        QCOMPARE(rows.size(), expected.size() + 1);
        QStringList headers;
        for (const QVariant &cell : rows.constFirst().cells) {
            headers.append(cell.toString());
        }
        for (qsizetype i = 0; i < expected.size(); ++i) {
            const QJsonObject object = expected[i].toObject();
            QCOMPARE(rows[i + 1].cells.size(), headers.size());
            for (qsizetype c = 0; c < headers.size(); ++c) {
                QCOMPARE(rows[i + 1].cells[c].toString(), object.value(headers[c]).toString());
            }
        }
    }

    void shouldSniffDialect_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QChar>("delimiter");
        QTest::addColumn<QChar>("quote");
        QTest::addColumn<QChar>("decimal");
        QTest::newRow("comma") << QStringLiteral("a,b,c\n1,2,3\n4,5,6\n") << QChar(u',') << QChar(u'"') << QChar(u'.');
        QTest::newRow("semicolon decimal comma")
            << QStringLiteral("a;b;c\n1;2,50;x\n4;1.234,75;y\n") << QChar(u';') << QChar(u'"') << QChar(u',');
        QTest::newRow("tab") << QStringLiteral("a\tb\tc\n1\t2.5\t3\n") << QChar(u'\t') << QChar(u'"') << QChar(u'.');
        QTest::newRow("pipe") << QStringLiteral("a|b|c\n1|2|3\n4|5|6\n") << QChar(u'|') << QChar(u'"') << QChar(u'.');
        QTest::newRow("times are not columns")
            << QStringLiteral("when,what\n12:45:27,tea\n13:01:02,cake\n") << QChar(u',') << QChar(u'"') << QChar(u'.');
        QTest::newRow("comma in quotes") << QStringLiteral("a;b\n\"1,5\";\"x,y\"\n\"2,5\";\"z\"\n") << QChar(u';')
                                         << QChar(u'"') << QChar(u',');
        QTest::newRow("single quotes") << QStringLiteral("'a,1','b'\n'c,2','d'\n'e,3','f'\n") << QChar(u',')
                                       << QChar(u'\'') << QChar(u'.');
        QTest::newRow("preamble lines") << QStringLiteral(
            "Report\nExported: today\n\nid,name,amount\n1,x,2.00\n2,y,3.00\n")
                                        << QChar(u',') << QChar(u'"') << QChar(u'.');
    }

    void shouldSniffDialect()
    {
        QFETCH(QString, text);
        QFETCH(QChar, delimiter);
        QFETCH(QChar, quote);
        QFETCH(QChar, decimal);
        const SniffedDialect sniffed = sniffDialect(text);
        QCOMPARE(sniffed.dialect.delimiter, delimiter);
        QCOMPARE(sniffed.dialect.quote, quote);
        QCOMPARE(sniffed.decimal, decimal);
    }

    void shouldKeepQuotedNewlinesAndReportLines()
    {
        QTemporaryDir dir;
        const QString path
            = writeTemp(dir, "id,note\r\n1,\"two\r\nlines\"\r\n2,plain\r\n3,\"a \"\"quoted\"\" word\"\r\n");
        auto reader = openCsvReader(path);
        QVERIFY(reader.hasValue());
        const QList<SourceRow> rows = readAllRows(*reader.value());
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows[1].cells[1].toString(), QStringLiteral("two\r\nlines"));
        QCOMPARE(rows[1].number, 2);
        QCOMPARE(rows[2].number, 4);  // the record after a two-line field starts on line 4
        QCOMPARE(rows[3].cells[1].toString(), QStringLiteral("a \"quoted\" word"));
    }

    void shouldReportRaggedRowsWithoutPadding()
    {
        QTemporaryDir dir;
        const QString path = writeTemp(dir, "a,b,c\n1,2,3\n4,5\n6,7,8,9\n10,11,12\n");
        auto reader = openCsvReader(path);
        QVERIFY(reader.hasValue());
        const QList<SourceRow> rows = readAllRows(*reader.value());
        QCOMPARE(rows.size(), 5);
        QCOMPARE(rows[2].cells.size(), 2);  // not padded
        QCOMPARE(rows[3].cells.size(), 4);
        QList<qint64> raggedRows;
        for (const ReadWarning &warning : reader.value()->warnings()) {
            if (warning.kind == ReadWarning::Kind::RaggedRow) {
                raggedRows.append(warning.row);
            }
        }
        QCOMPARE(raggedRows, (QList<qint64> {3, 4}));
    }

    void shouldGiveEmptyCellsAsNull()
    {
        QTemporaryDir dir;
        auto reader = openCsvReader(writeTemp(dir, "a,b,c\n1,,3\n"));
        QVERIFY(reader.hasValue());
        const QList<SourceRow> rows = readAllRows(*reader.value());
        QVERIFY(rows[1].cells[1].isNull());
    }

    void shouldStreamAcrossChunkBoundaries()
    {
        // Multi-byte characters and a quoted CRLF cut by the 1 MB read chunks.
        QByteArray bytes = "id,text\r\n";
        const QString line = QStringLiteral("%1,\"汉字\r\n第二行\"\r\n");
        int records = 0;
        while (bytes.size() < 3 * 1024 * 1024) {
            bytes += line.arg(records).toUtf8();
            ++records;
        }
        QTemporaryDir dir;
        auto reader = openCsvReader(writeTemp(dir, bytes));
        QVERIFY(reader.hasValue());
        qint64 count = 0;
        qint64 lastLine = 0;
        bool allGood = true;
        const auto result = reader.value()->readRows([&](const SourceRow &row) {
            if (row.number > 1) {
                allGood
                    = allGood && row.cells.size() == 2 && row.cells[1].toString() == QStringLiteral("汉字\r\n第二行");
                lastLine = row.number;
            }
            ++count;
            return true;
        });
        QVERIFY(result.hasValue());
        QVERIFY(allGood);
        QCOMPARE(count, records + 1);
        QCOMPARE(lastLine, 2 + 2 * qint64(records - 1));
    }

    void shouldStopAtCellAndRowLimits_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("overflow");  // CsvParser::Overflow
        QTest::addColumn<qint64>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("records");  // delivered before the stop
        // Limits below: 5 characters per cell, 12 per row.
        QTest::newRow("cells at the limit") << QStringLiteral("aaaaa,bbbbb\nccccc\n") << 0 << qint64(-1) << 0 << 2;
        QTest::newRow("unquoted cell one over") << QStringLiteral("a,b\nc,dddddd,e\n") << 1 << qint64(2) << 2 << 1;
        QTest::newRow("quoted cell with doubled quotes")
            << QStringLiteral("\"ab\"\"\"\"cd\"\n") << 1 << qint64(1) << 1 << 0;
        // An unclosed quote swallows the following lines: the record started on line 2.
        QTest::newRow("unclosed quote") << QStringLiteral("x\n\"ab\ncd\nef\n") << 1 << qint64(2) << 1 << 1;
        QTest::newRow("row over, cells fine") << QStringLiteral("aaaa,bbbb,cccc,d\n") << 2 << qint64(1) << 4 << 0;
        QTest::newRow("row at the limit") << QStringLiteral("aaaa,bbbb,cccc\n") << 0 << qint64(-1) << 0 << 1;
    }

    void shouldStopAtCellAndRowLimits()
    {
        QFETCH(QString, text);
        QFETCH(int, overflow);
        QFETCH(qint64, line);
        QFETCH(int, column);
        QFETCH(int, records);
        CsvLimits limits;
        limits.cellChars = 5;
        limits.rowChars = 12;
        // Whole and one character at a time: the limit must not depend on the chunking.
        for (const qsizetype chunk : {text.size(), qsizetype(1)}) {
            CsvParser parser(CsvDialect {}, limits);
            int delivered = 0;
            const CsvParser::RecordSink sink = [&delivered](QStringList &, qint64) {
                ++delivered;
                return true;
            };
            bool ok = true;
            for (qsizetype pos = 0; ok && pos < text.size(); pos += chunk) {
                ok = parser.feed(QStringView(text).mid(pos, qMin(chunk, text.size() - pos)), sink);
            }
            ok = ok && parser.finish(sink);
            QCOMPARE(int(parser.overflow()), overflow);
            QCOMPARE(ok, overflow == 0);
            QCOMPARE(delivered, records);
            if (overflow != 0) {
                QCOMPARE(parser.overflowLine(), line);
                if (overflow == int(CsvParser::Overflow::Cell)) {
                    QCOMPARE(parser.overflowColumn(), column);
                }
            }
        }
    }

    void shouldRefuseCellLongerThanTheLimitNamingRowAndColumn()
    {
        // The default limit is 2^20 characters: a cell of exactly that many is read, one more
        // is refused with the file, row and column.
        const qsizetype limit = CsvLimits {}.cellChars;
        QCOMPARE(limit, qsizetype(1048576));
        QTemporaryDir dir;
        const QByteArray atLimit = "id,note,amount\n1,short,2\n2," + QByteArray(limit, 'x') + ",3\n";
        {
            auto reader = openCsvReader(writeTemp(dir, atLimit));
            QVERIFY(reader.hasValue());
            const QList<SourceRow> rows = readAllRows(*reader.value());
            QCOMPARE(rows.size(), 3);
            QCOMPARE(rows[2].cells[1].toString().size(), limit);
        }
        const QByteArray over = "id,note,amount\n1,short,2\n2,\"" + QByteArray(limit + 1, 'x') + "\",3\n";
        auto reader = openCsvReader(writeTemp(dir, over));
        QVERIFY(reader.hasValue());
        qint64 rows = 0;
        const VoidResult result = reader.value()->readRows([&rows](const SourceRow &) {
            ++rows;
            return true;
        });
        QVERIFY(!result.hasValue());
        QCOMPARE(rows, 2);
        QCOMPARE(result.error().code, Error::Code::BadInput);
        QVERIFY(result.error().context.file.endsWith(QStringLiteral("sample.csv")));
        QCOMPARE(result.error().context.row, 3);
        QCOMPARE(result.error().context.column, QStringLiteral("2"));
        QVERIFY2(result.error().message.contains(QLocale().toString(qint64(limit))),
                 qPrintable(result.error().message));
    }

    // Broken quoting as Pollock's polluted files have it (row_extra_quote*,
    // file_escape_char_0x00): a stray quote opening a field, and a quote the writer did not
    // double right before the closing one. Expected values are what the file's writer meant.
    void shouldRecoverBrokenQuotes_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("lines");  // each record as line:cell|cell|...
        QTest::newRow("stray quotes") << QStringLiteral("stray_quotes.csv")
                                      << QStringList {QStringLiteral("1:date|qty|product|note"),
                                                      QStringLiteral("2:\"28/01/2018|2|Boots|Waterproof, light"),
                                                      QStringLiteral("3:29/01/2018|0|Jacket|Warm, dry"),
                                                      QStringLiteral("4:30/01/2018|1|Shoes|\""),
                                                      QStringLiteral("5:31/01/2018|4|Socks|Wool, soft")};
        // Text after a closing quote still joins the field when nothing was swallowed ("Bike"s).
        QTest::newRow("undoubled quotes")
            << QStringLiteral("undoubled_quotes.csv")
            << QStringList {QStringLiteral("1:id|product|note"),
                            QStringLiteral("2:1|Table, Round 48\"|Made in USA, 2018"),
                            QStringLiteral("3:2|Boxer, 5\" Inseam|Quick, dry"), QStringLiteral("4:3|Bikes|plain")};
    }

    void shouldRecoverBrokenQuotes()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, lines);
        const QString path = importDataPath(file);
        auto reader = openCsvReader(path);
        QVERIFY(reader.hasValue());
        QCOMPARE(reader.value()->delimiter(), QChar(u','));
        const auto render = [](const QList<SourceRow> &rows) {
            QStringList rendered;
            for (const SourceRow &row : rows) {
                QStringList cells;
                for (const QVariant &cell : row.cells) {
                    cells.append(cell.toString());
                }
                rendered.append(QString::number(row.number) + u':' + cells.join(u'|'));
            }
            return rendered;
        };
        QCOMPARE(render(readAllRows(*reader.value())), lines);
        QVERIFY(reader.value()->warnings().isEmpty());

        // The same text fed one character at a time: the recovery spans chunks.
        QFile bytes(path);
        QVERIFY(bytes.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(bytes.readAll());
        CsvParser parser(CsvDialect {});
        QList<SourceRow> rows;
        const auto sink = [&rows](QStringList &fields, qint64 line) {
            SourceRow row;
            row.number = line;
            for (const QString &field : fields) {
                row.cells.append(field);
            }
            rows.append(row);
            return true;
        };
        for (const QChar c : text) {
            QVERIFY(parser.feed(QStringView(&c, 1), sink));
        }
        QVERIFY(parser.finish(sink));
        QCOMPARE(render(rows), lines);
    }

    void shouldRefuseBinaryFile()
    {
        QTemporaryDir dir;
        QByteArray bytes(4096, '\0');
        for (int i = 0; i < bytes.size(); i += 3) {
            bytes[i] = char(i % 251);
        }
        auto reader = openCsvReader(writeTemp(dir, bytes));
        QVERIFY(!reader.hasValue());
        QCOMPARE(reader.error().code, Error::Code::BadInput);
        QVERIFY(reader.error().context.file.endsWith(QStringLiteral("sample.csv")));
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
