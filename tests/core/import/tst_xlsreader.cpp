// The legacy .xls (BIFF) reader through FreeXL, against fixtures whose values come from
// calamine's and SheetJS' test suites (and xlrd's reading recorded in the corpus manifest).
#include "import/ole2file.h"
#include "import/tablereader.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using namespace Crm::Core;
using namespace Crm::Core::Import;

namespace {

QString fixture(const QString &name)
{
    return QString(qEnvironmentVariable("CRM_SOURCE_DIR") + QStringLiteral("/tests/data/import/") + name);
}

QList<SourceRow> readAll(const QString &path, QString *error = nullptr, const QString &sheet = {})
{
    QList<SourceRow> rows;
    ReadOptions options;
    options.sheet = sheet;
    auto reader = openTableReader(path, options);
    if (!reader) {
        if (error) {
            *error = reader.error().describe();
        }
        return rows;
    }
    const auto read = reader.value()->readRows([&](const SourceRow &row) {
        rows.append(row);
        return true;
    });
    if (!read && error) {
        *error = read.error().describe();
    }
    return rows;
}

QByteArray workbookStream(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return Ole2File(file).readStream(QStringLiteral("Workbook"), qint64(1) << 30);
}

bool writeWorkbook(const QString &path, const QByteArray &stream)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && writeSingleStreamCompoundFile(file, QStringLiteral("Workbook"), stream);
}

}  // namespace

class TestXlsReader final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldReadNumbersTextAndSheets();
    void shouldUseThe1904DateSystem();
    void shouldReadDatesAndTimes();
    void shouldPickASheetByNameOrIndex();
    void shouldSayPlainlyWhatItCannotRead_data();
    void shouldSayPlainlyWhatItCannotRead();
    void shouldReadSmallWorkbooksFromTheMiniStream();
    void shouldReadTheSameFromAPlainCopyOfTheContainer();
    void shouldReadNoRowsOfASheetWithoutColumns();
    void shouldRefuseDamageBeforeFreeXlReadsIt_data();
    void shouldRefuseDamageBeforeFreeXlReadsIt();
};

void TestXlsReader::shouldReadNumbersTextAndSheets()
{
    // calamine any_sheets.xls: sheet "Visible" holds 1..6 in A1:B3 and a note in A5.
    auto reader = openTableReader(fixture(QStringLiteral("any_sheets.xls")));
    QVERIFY(reader);
    const QList<SheetInfo> sheets = reader.value()->sheets();
    QCOMPARE(sheets.size(), 4);
    QCOMPARE(sheets.at(0).name, QStringLiteral("Visible"));
    QCOMPARE(sheets.at(1).name, QStringLiteral("Hidden"));
    // Visibility and sheet type come from the BOUNDSHEET records (as calamine asserts).
    QVERIFY(!sheets.at(0).hidden);
    QVERIFY(sheets.at(1).hidden);
    QVERIFY(sheets.at(2).hidden);
    QVERIFY(sheets.at(3).chart);
    QVERIFY(!sheets.at(0).chart);
    QString error;
    const QList<SourceRow> rows = readAll(fixture(QStringLiteral("any_sheets.xls")), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(rows.size(), 4);
    QCOMPARE(rows.at(0).cells, (QVariantList {1.0, 2.0}));
    QCOMPARE(rows.at(2).cells, (QVariantList {5.0, 6.0}));
    QCOMPARE(rows.at(3).number, qint64(5));
    QVERIFY(rows.at(3).cells.value(0).toString().startsWith(QLatin1String("This workbook contains 4 sheets")));
}

void TestXlsReader::shouldUseThe1904DateSystem()
{
    // SheetJS 1904.xls: A holds n, B the date with serial n in the 1904 system (1 = 1904-01-02).
    QString error;
    const QList<SourceRow> rows = readAll(fixture(QStringLiteral("1904.xls")), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(rows.size(), 5);
    QCOMPARE(rows.at(0).cells, (QVariantList {1.0, QDate(1904, 1, 2)}));
    QCOMPARE(rows.at(1).cells, (QVariantList {11.0, QDate(1904, 1, 12)}));
    QCOMPARE(rows.at(4).cells.value(1), QVariant(QDate(1904, 1, 1).addDays(11111)));
}

void TestXlsReader::shouldReadDatesAndTimes()
{
    // calamine date_1904.xls (1904 system): xlrd reads A1 as serial 42735 = 2021-01-01.
    QString error;
    const QList<SourceRow> rows = readAll(fixture(QStringLiteral("date_1904.xls")), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(rows.at(0).cells.value(0), QVariant(QDate(2021, 1, 1)));
    QCOMPARE(rows.at(1).cells.value(0), QVariant(QDate(2021, 1, 2)));
    QCOMPARE(rows.at(2).cells.value(0), QVariant(QTime(15, 10, 10)));
}

void TestXlsReader::shouldPickASheetByNameOrIndex()
{
    QString error;
    const QList<SourceRow> byIndex = readAll(fixture(QStringLiteral("any_sheets.xls")), &error, QStringLiteral("1"));
    const QList<SourceRow> byName
        = readAll(fixture(QStringLiteral("any_sheets.xls")), &error, QStringLiteral("visible"));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!byName.isEmpty());
    QCOMPARE(byIndex.size(), byName.size());
    QCOMPARE(byIndex.at(0).cells, byName.at(0).cells);
    readAll(fixture(QStringLiteral("any_sheets.xls")), &error, QStringLiteral("Nope"));
    QVERIFY(error.contains(QLatin1String("Visible")));
}

void TestXlsReader::shouldSayPlainlyWhatItCannotRead_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("message");
    QTest::newRow("encrypted") << QStringLiteral("issue_385.xls") << QStringLiteral("password-protected");
    QTest::newRow("biff5") << QStringLiteral("biff5_write.xls") << QStringLiteral("save it as .xlsx");
}

void TestXlsReader::shouldSayPlainlyWhatItCannotRead()
{
    QFETCH(QString, name);
    QFETCH(QString, message);
    auto reader = openTableReader(fixture(name));
    QVERIFY(!reader);
    QCOMPARE(reader.error().code, Error::Code::BadInput);
    QVERIFY(reader.error().describe().contains(name));
    QVERIFY2(reader.error().message.contains(message), qPrintable(reader.error().message));
}

void TestXlsReader::shouldReadSmallWorkbooksFromTheMiniStream()
{
    // date_1904.xls keeps its 1824-byte workbook stream in the mini stream.
    QFile file(fixture(QStringLiteral("date_1904.xls")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    Ole2File container(file);
    QCOMPARE(container.streamSize(QStringLiteral("Workbook")), qint64(1824));
    const QByteArray stream = container.readStream(QStringLiteral("Workbook"), 1 << 20);
    QCOMPARE(stream.size(), 1824);
    QCOMPARE(qFromLittleEndian<quint16>(stream.constData()), quint16(0x0809));  // a BOF record
}

// FreeXL only ever reads a copy of the workbook stream in a container this program wrote;
// the copy must read exactly as the original does.
void TestXlsReader::shouldReadTheSameFromAPlainCopyOfTheContainer()
{
    const QByteArray stream = workbookStream(fixture(QStringLiteral("any_sheets.xls")));
    QCOMPARE(stream.size(), 25510);
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("copy.xls"));
    QVERIFY(writeWorkbook(copy, stream));
    QCOMPARE(workbookStream(copy), stream);
    QString error;
    const QList<SourceRow> original = readAll(fixture(QStringLiteral("any_sheets.xls")), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QList<SourceRow> copied = readAll(copy, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(copied.size(), original.size());
    for (qsizetype i = 0; i < original.size(); ++i) {
        QCOMPARE(copied.at(i).number, original.at(i).number);
        QCOMPARE(copied.at(i).cells, original.at(i).cells);
    }
}

// A DIMENSION of 4,294,967,295 rows and no columns: FreeXL keeps no cells and reports the
// rows; the reader must not walk them.
void TestXlsReader::shouldReadNoRowsOfASheetWithoutColumns()
{
    const auto le = [](quint32 value, int bytes) {
        QByteArray data(bytes, '\0');
        for (int i = 0; i < bytes; ++i) {
            data[i] = char((value >> (8 * i)) & 0xFF);
        }
        return data;
    };
    const auto record = [&](quint16 type, const QByteArray &body) -> QByteArray {
        return le(type, 2) + le(quint32(body.size()), 2) + body;
    };
    const QByteArray bof = record(0x0809, le(0x0600, 2) + le(0x0005, 2) + QByteArray(12, '\0'));
    const QByteArray sheetBof = record(0x0809, le(0x0600, 2) + le(0x0010, 2) + QByteArray(12, '\0'));
    const QByteArray eof = record(0x000A, {});
    const qsizetype sheetAt = bof.size() + 4 + 14 + eof.size();
    const QByteArray boundSheet = record(0x0085, le(quint32(sheetAt), 4) + le(0, 2) + le(6, 1) + le(0, 1) + "Sheet1");
    QVERIFY(bof.size() + boundSheet.size() + eof.size() == sheetAt);
    const QByteArray dimension = record(0x0200, le(0, 4) + le(0xFFFFFFFF, 4) + le(0, 2) + le(0, 2) + le(0, 2));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("rows.xls"));
    QVERIFY(writeWorkbook(path, bof + boundSheet + eof + sheetBof + dimension + eof));
    QElapsedTimer timer;
    timer.start();
    QString error;
    const QList<SourceRow> rows = readAll(path, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(rows.isEmpty());
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
}

void TestXlsReader::shouldRefuseDamageBeforeFreeXlReadsIt_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("message");
    QTest::newRow("format longer than its record")
        << QStringLiteral("long_format.xls") << QStringLiteral("FORMAT record at byte 1022");
    QTest::newRow("stream cut short") << QStringLiteral("cut_short.xls") << QStringLiteral("breaks off");
}

void TestXlsReader::shouldRefuseDamageBeforeFreeXlReadsIt()
{
    QFETCH(QString, name);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString path = dir.filePath(name);
    QFile original(fixture(QStringLiteral("any_sheets.xls")));
    QVERIFY(original.open(QIODevice::ReadOnly));
    if (name == QLatin1String("long_format.xls")) {
        // any_sheets.xls's first FORMAT record (at byte 1022 of the stream, 51 bytes long)
        // made to declare 65514 two-byte characters, as the fuzzer's find did.
        QByteArray stream = workbookStream(original.fileName());
        QCOMPARE(qFromLittleEndian<quint16>(stream.constData() + 1022), quint16(0x041E));
        qToLittleEndian(quint16(65514), stream.data() + 1022 + 4 + 2);
        QVERIFY(writeWorkbook(path, stream));
    } else {
        QFile cut(path);
        QVERIFY(cut.open(QIODevice::WriteOnly));
        cut.write(original.read(original.size() / 2));
    }
    auto reader = openTableReader(path);
    QVERIFY(!reader);
    QCOMPARE(reader.error().code, Error::Code::BadInput);
    QVERIFY2(reader.error().message.contains(message), qPrintable(reader.error().message));
    QVERIFY(reader.error().message.contains(QLatin1String("damaged")));
}

QTEST_GUILESS_MAIN(TestXlsReader)
#include "tst_xlsreader.moc"
