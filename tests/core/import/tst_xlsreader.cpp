// The legacy .xls (BIFF) reader through FreeXL, against fixtures whose values come from
// calamine's and SheetJS' test suites (and xlrd's reading recorded in the corpus manifest).
#include "import/tablereader.h"

#include <QDateTime>
#include <QTest>

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

QTEST_GUILESS_MAIN(TestXlsReader)
#include "tst_xlsreader.moc"
