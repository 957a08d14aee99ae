// The checks that stand between a workbook's records and FreeXL 1.0.6, which copies
// strings of the length a record declares without comparing it with the record's size.
// Each case is a hand-built record stream; the lengths are counted in the comments.
#include "import/xls/freexlguard.h"

#include <QTest>
#include <QtEndian>

using namespace Crm::Core::Import;

namespace {

QByteArray u16(quint16 value)
{
    QByteArray bytes(2, '\0');
    qToLittleEndian(value, bytes.data());
    return bytes;
}

QByteArray u32(quint32 value)
{
    QByteArray bytes(4, '\0');
    qToLittleEndian(value, bytes.data());
    return bytes;
}

QByteArray record(quint16 type, const QByteArray &body)
{
    return u16(type) + u16(quint16(body.size())) + body;
}

// A BIFF8 (0x0600) or BIFF5 (0x0500) workbook globals BOF: 16 bytes.
QByteArray bof(quint16 version = 0x0600)
{
    return record(0x0809, u16(version) + u16(0x0005) + QByteArray(12, '\0'));
}

QByteArray eof()
{
    return record(0x000A, {});
}

QByteArray xf(quint16 format)
{
    return record(0x00E0, u16(0) + u16(format) + QByteArray(16, '\0'));
}

QByteArray dimension(quint32 rows, quint16 columns)
{
    return record(0x0200, u32(0) + u32(rows) + u16(0) + u16(columns) + u16(0));
}

// A NUMBER cell: row, column, XF, then the value as a double.
QByteArray number(quint16 xfIndex, double value)
{
    QByteArray bytes(8, '\0');
    qToLittleEndian(value, bytes.data());
    return record(0x0203, u16(0) + u16(0) + u16(xfIndex) + bytes);
}

// A BIFF8 FORMAT record: index, then its text as one-byte characters.
QByteArray format8(quint16 index, const QByteArray &text)
{
    return record(0x041E, u16(index) + u16(quint16(text.size())) + QByteArray(1, '\0') + text);
}

// A BIFF8 LABEL: row, column, XF, then a unicode string (count, flags, text).
QByteArray label8(quint16 characters, const QByteArray &text)
{
    return record(0x0204, u16(0) + u16(0) + u16(15) + u16(characters) + QByteArray(1, '\0') + text);
}

}  // namespace

class TestFreeXlGuard final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldHandOverWholeRecordsUpToWhereFreeXlStops();
    void shouldRefuseAStreamThatIsNotAWorkbook();
    void shouldRefuseAFormatLongerThanItsRecord();
    void shouldRefuseALabelLongerThanItsRecord_data();
    void shouldRefuseALabelLongerThanItsRecord();
    void shouldFollowASharedStringIntoItsContinueRecord();
    void shouldRefuseASharedStringWhoseRestOutrunsItsContinueRecord();
    void shouldCarryFormattingBytesIntoTheNextRecord();
    void shouldRefuseFormattingThatSkipsPastTheNextRecord();
    void shouldCheckLegacyLabels();
    void shouldRefuseMoreCellFormatsThanFreeXlKeeps();
    void shouldRefuseARepeatedDimensionAndTooManyCells();
    void shouldRefuseDatesFreeXlWouldCountForSeconds();
    void shouldCheckLegacyFormatsAndDimensions();
};

void TestFreeXlGuard::shouldHandOverWholeRecordsUpToWhereFreeXlStops()
{
    const QByteArray whole = bof() + label8(3, "abc") + eof();
    // A record longer than FreeXL's 8224-byte buffer ends its reading, as does a record
    // the stream cuts off; what follows is not handed over.
    const QByteArray oversized = u16(0x0204) + u16(9000) + QByteArray(9000, 'x');
    BiffCheck check = checkWorkbookStreamForFreeXl(whole + oversized + label8(1, "z"));
    QVERIFY2(check.damage.isEmpty(), qPrintable(check.damage));
    QCOMPARE(check.length, whole.size());
    check = checkWorkbookStreamForFreeXl(whole + label8(3, "abc").left(9));
    QVERIFY(check.damage.isEmpty());
    QCOMPARE(check.length, whole.size());
    check = checkWorkbookStreamForFreeXl(whole + u16(0) + u16(0) + label8(1, "z"));  // FreeXL's end mark
    QCOMPARE(check.length, whole.size());
}

void TestFreeXlGuard::shouldRefuseAStreamThatIsNotAWorkbook()
{
    QVERIFY(!checkWorkbookStreamForFreeXl(label8(3, "abc") + eof()).damage.isEmpty());
    QVERIFY(!checkWorkbookStreamForFreeXl(bof(0x0400)).damage.isEmpty());
    QVERIFY(checkWorkbookStreamForFreeXl(QByteArray("\x09\x08", 2)).damage.contains(QLatin1String("no records")));
}

void TestFreeXlGuard::shouldRefuseAFormatLongerThanItsRecord()
{
    // As the fuzzer's find: format 0xFFF1 declares 65514 two-byte characters (131028
    // bytes) in a record of 26 bytes, 21 of them text.
    const QByteArray fits = record(0x041E, u16(0xA4) + u16(10) + QByteArray(1, '\1') + QByteArray(20, 'G'));
    const QByteArray overruns = record(0x041E, u16(0xFFF1) + u16(65514) + QByteArray(1, '\1') + QByteArray(21, 'G'));
    QVERIFY(checkWorkbookStreamForFreeXl(bof() + fits + eof()).damage.isEmpty());
    const BiffCheck check = checkWorkbookStreamForFreeXl(bof() + fits + overruns + eof());
    QVERIFY(check.damage.contains(QLatin1String("FORMAT")));
    QVERIFY2(check.damage.contains(QString::number(bof().size() + fits.size())), qPrintable(check.damage));
    // BIFF5 formats have a one-byte length, which cannot leave FreeXL's buffer.
    QVERIFY(checkWorkbookStreamForFreeXl(bof(0x0500) + overruns + eof()).damage.isEmpty());
}

void TestFreeXlGuard::shouldRefuseALabelLongerThanItsRecord_data()
{
    QTest::addColumn<QByteArray>("stream");
    QTest::addColumn<bool>("refused");
    QTest::newRow("biff8 fits") << bof() + label8(3, "abc") + eof() << false;
    QTest::newRow("biff8 one short") << bof() + label8(4, "abc") + eof() << true;
    QTest::newRow("biff8 no count") << bof() + record(0x0204, QByteArray(6, '\0')) + eof() << true;
    const QByteArray label5 = record(0x0204, u16(0) + u16(0) + u16(15) + u16(3) + "abc");
    const QByteArray label5Long = record(0x0204, u16(0) + u16(0) + u16(15) + u16(40000) + "abc");
    QTest::newRow("biff5 fits") << bof(0x0500) + label5 + eof() << false;
    QTest::newRow("biff5 overruns") << bof(0x0500) + label5Long + eof() << true;
}

void TestFreeXlGuard::shouldRefuseALabelLongerThanItsRecord()
{
    QFETCH(QByteArray, stream);
    QFETCH(bool, refused);
    const BiffCheck check = checkWorkbookStreamForFreeXl(stream);
    QCOMPARE(!check.damage.isEmpty(), refused);
    if (refused) {
        QVERIFY2(check.damage.contains(QLatin1String("LABEL")), qPrintable(check.damage));
    }
}

void TestFreeXlGuard::shouldFollowASharedStringIntoItsContinueRecord()
{
    // Two strings: "abc" (one byte a character), then ten two-byte characters of which
    // the SST record holds three (6 bytes); the CONTINUE record holds a flags byte and
    // the other seven (14 bytes), then a third string.
    const QByteArray sst = record(0x00FC,
                                  u32(3) + u32(3) + u16(3) + QByteArray(1, '\0') + "abc" + u16(10) + QByteArray(1, '\1')
                                      + QByteArray(6, 'w'));
    const QByteArray rest
        = record(0x003C, QByteArray(1, '\1') + QByteArray(14, 'w') + u16(1) + QByteArray(1, '\0') + "z");
    const QByteArray stream = bof() + sst + rest + eof();
    const BiffCheck check = checkWorkbookStreamForFreeXl(stream);
    QVERIFY2(check.damage.isEmpty(), qPrintable(check.damage));
    QCOMPARE(check.length, stream.size());
}

void TestFreeXlGuard::shouldRefuseASharedStringWhoseRestOutrunsItsContinueRecord()
{
    // The split string's other 60000 characters do not fit the CONTINUE record: FreeXL
    // would copy 120000 bytes from its 8224-byte buffer.
    const QByteArray sst = record(0x00FC, u32(1) + u32(1) + u16(60003) + QByteArray(1, '\1') + QByteArray(6, 'w'));
    const QByteArray rest = record(0x003C, QByteArray(1, '\1') + QByteArray(20, 'w'));
    const BiffCheck check = checkWorkbookStreamForFreeXl(bof() + sst + rest + eof());
    QVERIFY2(check.damage.contains(QLatin1String("CONTINUE")), qPrintable(check.damage));
    // With one-byte characters FreeXL checks the record's end itself and gives up cleanly.
    const QByteArray narrow = record(0x00FC, u32(1) + u32(1) + u16(60003) + QByteArray(1, '\0') + "www");
    const QByteArray narrowRest = record(0x003C, QByteArray(1, '\0') + QByteArray(20, 'w'));
    QVERIFY(checkWorkbookStreamForFreeXl(bof() + narrow + narrowRest + eof()).damage.isEmpty());
    // Without a CONTINUE record FreeXL never completes the string, and reads nothing more.
    QVERIFY(checkWorkbookStreamForFreeXl(bof() + sst + eof()).damage.isEmpty());
}

void TestFreeXlGuard::shouldCarryFormattingBytesIntoTheNextRecord()
{
    // "ab" with two rich-text runs (8 bytes) of which 3 fit the SST record: FreeXL skips
    // the other 5 at the start of the CONTINUE record, then reads "z".
    const QByteArray sst
        = record(0x00FC, u32(2) + u32(2) + u16(2) + QByteArray(1, '\x08') + u16(2) + "ab" + QByteArray(3, 'r'));
    const QByteArray rest = record(0x003C, QByteArray(5, 'r') + u16(1) + QByteArray(1, '\0') + "z");
    const BiffCheck check = checkWorkbookStreamForFreeXl(bof() + sst + rest + eof());
    QVERIFY2(check.damage.isEmpty(), qPrintable(check.damage));
}

void TestFreeXlGuard::shouldRefuseFormattingThatSkipsPastTheNextRecord()
{
    // A phonetic block of 2^31 bytes: FreeXL would take the next string's count from
    // two gigabytes past its buffer.
    const QByteArray sst = record(0x00FC, u32(2) + u32(2) + u16(2) + QByteArray(1, '\x04') + u32(0x80000000) + "ab");
    const QByteArray rest = record(0x003C, u16(1) + QByteArray(1, '\0') + "z");
    const BiffCheck check = checkWorkbookStreamForFreeXl(bof() + sst + rest + eof());
    QVERIFY2(check.damage.contains(QLatin1String("CONTINUE")), qPrintable(check.damage));
}

void TestFreeXlGuard::shouldCheckLegacyLabels()
{
    // BIFF4 worksheet: BOF 0x0409, then a LABEL with a 16-bit byte count at offset 6.
    const QByteArray bof4 = record(0x0409, u16(0) + u16(0x0010) + u16(0) + u16(0));
    const QByteArray label = record(0x0204, u16(0) + u16(0) + u16(0) + u16(3) + "abc");
    const QByteArray longLabel = record(0x0204, u16(0) + u16(0) + u16(0) + u16(30000) + "abc");
    QVERIFY(checkLegacyWorksheetForFreeXl(bof4 + label + eof()).damage.isEmpty());
    QVERIFY(checkLegacyWorksheetForFreeXl(bof4 + longLabel + eof()).damage.contains(QLatin1String("LABEL")));
    // BIFF2 labels have a one-byte length: left to FreeXL.
    const QByteArray bof2 = record(0x0009, u16(0) + u16(0x0010));
    QVERIFY(checkLegacyWorksheetForFreeXl(bof2 + longLabel + eof()).damage.isEmpty());
}

void TestFreeXlGuard::shouldRefuseMoreCellFormatsThanFreeXlKeeps()
{
    // FreeXL keeps 8192 XF records; a cell naming the 8193rd is read past its array.
    QByteArray formats;
    for (int i = 0; i < 8192; ++i) {
        formats += xf(0);
    }
    QVERIFY(checkWorkbookStreamForFreeXl(bof() + formats + eof()).damage.isEmpty());
    const BiffCheck check = checkWorkbookStreamForFreeXl(bof() + formats + xf(0) + eof());
    QVERIFY2(check.damage.contains(QLatin1String("8192")), qPrintable(check.damage));
}

void TestFreeXlGuard::shouldRefuseARepeatedDimensionAndTooManyCells()
{
    const QByteArray sheet = bof() + dimension(65536, 256) + eof();
    QVERIFY(checkWorkbookStreamForFreeXl(bof() + eof() + sheet + sheet).damage.isEmpty());  // 2^25 cells
    // FreeXL allocates anew for every DIMENSION and keeps every sheet's cells.
    QVERIFY(
        checkWorkbookStreamForFreeXl(bof() + eof() + sheet + sheet + sheet).damage.contains(QLatin1String("cells")));
    const QByteArray twice = bof() + dimension(10, 2) + dimension(10, 2) + eof();
    QVERIFY(checkWorkbookStreamForFreeXl(bof() + eof() + twice).damage.contains(QLatin1String("DIMENSION")));
    // Without a DIMENSION a sheet gets one cell past the last it names: row 65535 and
    // column 65535 would be 2^32 cells.
    const QByteArray far = record(0x0203, u16(65535) + u16(65535) + u16(0) + QByteArray(8, '\0'));
    QVERIFY(!checkWorkbookStreamForFreeXl(bof() + eof() + bof() + far + eof()).damage.isEmpty());
}

void TestFreeXlGuard::shouldRefuseDatesFreeXlWouldCountForSeconds()
{
    // XF 0 uses the built-in date format 14, XF 1 a custom date format, XF 2 a number
    // format: FreeXL counts the days of a date one by one, so a serial of 2e9 costs it
    // seconds; a number of that size (a phone number) costs nothing.
    const QByteArray globals = bof() + format8(164, "yyyy-mm-dd") + format8(165, "0.00") + xf(14) + xf(164) + xf(165);
    const auto sheet = [](const QByteArray &cells) -> QByteArray { return bof() + dimension(10, 2) + cells + eof(); };
    QVERIFY(
        checkWorkbookStreamForFreeXl(globals + eof() + sheet(number(0, 45000) + number(1, 2958465))).damage.isEmpty());
    QVERIFY(checkWorkbookStreamForFreeXl(globals + eof() + sheet(number(2, 13812345678.0))).damage.isEmpty());
    const BiffCheck huge = checkWorkbookStreamForFreeXl(globals + eof() + sheet(number(0, 2e9)));
    QVERIFY2(huge.damage.contains(QLatin1String("date")), qPrintable(huge.damage));
    QVERIFY(checkWorkbookStreamForFreeXl(globals + eof() + sheet(number(1, 2958466)))
                .damage.contains(QLatin1String("date")));
    // Many plausible dates add up: 2^34 days is the budget.
    QByteArray many;
    for (int i = 0; i < 6000; ++i) {
        many += number(0, 2958465);
    }
    QVERIFY(checkWorkbookStreamForFreeXl(globals + eof() + sheet(many)).damage.contains(QLatin1String("date")));
}

void TestFreeXlGuard::shouldCheckLegacyFormatsAndDimensions()
{
    const QByteArray bof4 = record(0x0409, u16(0) + u16(0x0010) + u16(0) + u16(0));
    QByteArray formats;
    for (int i = 0; i < 8193; ++i) {
        formats += record(0x0443, QByteArray(12, '\0'));
    }
    QVERIFY(checkLegacyWorksheetForFreeXl(bof4 + formats + eof()).damage.contains(QLatin1String("8192")));
    const QByteArray legacyDimension = record(0x0200, u16(0) + u16(100) + u16(0) + u16(5) + u16(0));
    QVERIFY(checkLegacyWorksheetForFreeXl(bof4 + legacyDimension + eof()).damage.isEmpty());
    QVERIFY(checkLegacyWorksheetForFreeXl(bof4 + legacyDimension + legacyDimension + eof())
                .damage.contains(QLatin1String("DIMENSION")));
}

QTEST_GUILESS_MAIN(TestFreeXlGuard)
#include "tst_freexlguard.moc"
