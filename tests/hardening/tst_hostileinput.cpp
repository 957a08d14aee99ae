// Hostile input (issue 9): files built to exhaust memory or leak local files must be
// refused quickly, with a message naming the file, and with bounded memory. Memory is the
// process's peak RSS over the read (VmHWM after resetting it via /proc/self/clear_refs),
// minus the RSS before; the bounds are generous on purpose, they catch "holds the whole
// thing", not a few buffers.

#include "import/mapping/columnmapping.h"
#include "import/tablereader.h"
#include "sanitizers.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <zlib.h>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

using namespace Crm::Core;
using namespace Crm::Core::Import;

namespace {

constexpr qint64 kMiB = 1024;  // in KiB, the unit of /proc/self/status

qint64 statusKib(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    const QByteArray key = QByteArray(field) + ':';
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(key)) {
            return line.mid(key.size()).trimmed().split(' ').value(0).toLongLong();
        }
    }
    return -1;
}

void resetPeak()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    if (clear.open(QIODevice::WriteOnly)) {
        clear.write("5");
    }
}

// What happened when a file was read the way `crmwb import` reads it.
struct Outcome
{
    bool refused = false;
    QString message;  // Error::describe()
    qint64 rows = 0;
    qint64 widestRow = 0;
    qint64 longestCell = 0;
    QString firstCell;  // of the last row read
    QStringList firstCells;  // the first cell of each of the first 16 rows, whole
    double seconds = 0;
    qint64 peakDeltaKib = 0;
};

Outcome readAll(const QString &path)
{
    Outcome outcome;
    const qint64 before = statusKib("VmRSS");
    resetPeak();
    QElapsedTimer timer;
    timer.start();
    {
        auto reader = openTableReader(path);
        if (!reader) {
            outcome.refused = true;
            outcome.message = reader.error().describe();
        } else {
            auto result = reader.value()->readRows([&outcome](const SourceRow &row) {
                ++outcome.rows;
                outcome.widestRow = qMax<qint64>(outcome.widestRow, row.cells.size());
                for (const QVariant &cell : row.cells) {
                    outcome.longestCell = qMax<qint64>(outcome.longestCell, cell.toString().size());
                }
                outcome.firstCell = row.cells.value(0).toString().left(100);
                if (outcome.firstCells.size() < 16) {
                    outcome.firstCells.append(row.cells.value(0).toString().left(1000));
                }
                return true;
            });
            if (!result) {
                outcome.refused = true;
                outcome.message = result.error().describe();
            }
        }
    }
    outcome.seconds = double(timer.nsecsElapsed()) / 1e9;
    outcome.peakDeltaKib = statusKib("VmHWM") - before;
    return outcome;
}

QString describe(const Outcome &outcome)
{
    return QStringLiteral("refused=%1 rows=%2 widest=%3 longest cell=%4 chars, %5 s, peak +%6 MiB: %7")
        .arg(outcome.refused)
        .arg(outcome.rows)
        .arg(outcome.widestRow)
        .arg(outcome.longestCell)
        .arg(outcome.seconds, 0, 'f', 2)
        .arg(outcome.peakDeltaKib / kMiB)
        .arg(outcome.message);
}

// Raw deflate of `repeat` copies of `unit`, as a zip entry holds it, with its CRC.
struct Deflated
{
    QByteArray data;
    quint32 crc = 0;
    qint64 size = 0;
};

Deflated deflateRepeated(const QByteArray &prefix, const QByteArray &unit, qint64 repeat, const QByteArray &suffix)
{
    Deflated out;
    z_stream stream {};
    deflateInit2(&stream, 9, Z_DEFLATED, -MAX_WBITS, 9, Z_DEFAULT_STRATEGY);
    QByteArray buffer(1 << 16, Qt::Uninitialized);
    uLong crc = crc32(0L, Z_NULL, 0);
    auto push = [&](const QByteArray &bytes, int flush) {
        crc = crc32(crc, reinterpret_cast<const Bytef *>(bytes.constData()), uInt(bytes.size()));
        out.size += bytes.size();
        stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(bytes.constData()));
        stream.avail_in = uInt(bytes.size());
        do {
            stream.next_out = reinterpret_cast<Bytef *>(buffer.data());
            stream.avail_out = uInt(buffer.size());
            deflate(&stream, flush);
            out.data.append(buffer.constData(), buffer.size() - qsizetype(stream.avail_out));
        } while (stream.avail_out == 0);
    };
    push(prefix, Z_NO_FLUSH);
    const QByteArray block = unit.repeated(qMax<qsizetype>(1, (1 << 20) / unit.size()));
    qint64 written = 0;
    const qint64 total = unit.size() * repeat;
    while (written < total) {
        const QByteArray chunk = block.left(qsizetype(qMin<qint64>(block.size(), total - written)));
        push(chunk, Z_NO_FLUSH);
        written += chunk.size();
    }
    push(suffix, Z_FINISH);
    deflateEnd(&stream);
    out.crc = quint32(crc);
    return out;
}

const QByteArray kContentTypes = QByteArray(
    R"(<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">)"
    R"(<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>)"
    R"(<Default Extension="xml" ContentType="application/xml"/>)"
    R"(<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>)"
    R"(<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>)"
    R"(<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>)"
    R"(</Types>)");
const QByteArray kRootRels = QByteArray(
    R"(<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
    R"(<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>)"
    R"(</Relationships>)");
const QByteArray kWorkbook = QByteArray(
    R"(<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" )"
    R"(xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>)"
    R"(<sheet name="Orders" sheetId="1" r:id="rId1"/></sheets></workbook>)");
const QByteArray kWorkbookRels = QByteArray(
    R"(<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
    R"(<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>)"
    R"(<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>)"
    R"(</Relationships>)");
const QByteArray kSheetStart = QByteArray(
    R"(<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>)");
const QByteArray kSheetEnd = QByteArrayLiteral("</sheetData></worksheet>");
const QByteArray kEmptyStrings = QByteArray(
    R"(<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="0" uniqueCount="0"/>)");

QByteArray sheetWithRows(const QByteArray &rows)
{
    return kSheetStart + rows + kSheetEnd;
}

// A workbook whose parts are given; missing ones get harmless defaults. A Deflated part
// is stored pre-compressed (raw), so huge parts cost no time to pack.
bool writeWorkbook(const QString &path, const QHash<QString, QByteArray> &parts, const QString &rawPart = {},
                   const Deflated &raw = {})
{
    QHash<QString, QByteArray> all {
        {QStringLiteral("[Content_Types].xml"), kContentTypes},
        {QStringLiteral("_rels/.rels"), kRootRels},
        {QStringLiteral("xl/workbook.xml"), kWorkbook},
        {QStringLiteral("xl/_rels/workbook.xml.rels"), kWorkbookRels},
        {QStringLiteral("xl/worksheets/sheet1.xml"), sheetWithRows({})},
        {QStringLiteral("xl/sharedStrings.xml"), kEmptyStrings},
    };
    for (auto it = parts.cbegin(); it != parts.cend(); ++it) {
        all.insert(it.key(), it.value());
    }
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdCreate)) {
        return false;
    }
    QStringList order {QStringLiteral("[Content_Types].xml"),  QStringLiteral("_rels/.rels"),
                       QStringLiteral("xl/workbook.xml"),      QStringLiteral("xl/_rels/workbook.xml.rels"),
                       QStringLiteral("xl/sharedStrings.xml"), QStringLiteral("xl/worksheets/sheet1.xml")};
    for (auto it = parts.cbegin(); it != parts.cend(); ++it) {
        if (!order.contains(it.key())) {
            order.append(it.key());  // e.g. xl/styles.xml, found by name without a relationship
        }
    }
    for (const QString &name : order) {
        QuaZipFile file(&zip);
        if (name == rawPart) {
            QuaZipNewInfo info(name);
            info.uncompressedSize = ulong(raw.size);
            if (!file.open(QIODevice::WriteOnly, info, nullptr, raw.crc, Z_DEFLATED, 9, true)) {
                return false;
            }
            file.write(raw.data);
            file.close();
        } else {
            if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(name))) {
                return false;
            }
            file.write(all.value(name));
            file.close();
        }
    }
    zip.close();
    return zip.getZipError() == 0;
}

// Overwrites the uncompressed size a zip declares for `entry`, in its local header and its
// central directory record, with the 4 little-endian bytes `size`. Returns how many
// headers were patched (2 for a well-formed archive), or -1 when the file cannot be opened.
int patchDeclaredSize(const QString &path, const QByteArray &entry, const QByteArray &size)
{
    QFile zip(path);
    if (!zip.open(QIODevice::ReadWrite)) {
        return -1;
    }
    QByteArray bytes = zip.readAll();
    int patched = 0;
    for (qsizetype at = bytes.indexOf(entry); at >= 0; at = bytes.indexOf(entry, at + 1)) {
        // Local header: name at +30, uncompressed size at +22; central directory: at +46 and +24.
        const bool local = at >= 30 && bytes.mid(at - 30, 4) == QByteArray("PK\x03\x04", 4);
        const bool central = at >= 46 && bytes.mid(at - 46, 4) == QByteArray("PK\x01\x02", 4);
        const qsizetype field = local ? at - 30 + 22 : central ? at - 46 + 24 : -1;
        if (field >= 0) {
            bytes.replace(field, 4, size);
            ++patched;
        }
    }
    zip.seek(0);
    zip.write(bytes);
    return patched;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

const QByteArray kBillionLaughs
    = QByteArray(R"(<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">)"
                 R"(<!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">)"
                 R"(<!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">)"
                 R"(<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">)"
                 R"(<!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">)"
                 R"(<!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">)"
                 R"(<!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">)"
                 R"(<!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">)"
                 R"(<!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">)"
                 R"(<!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">]>)");

// AddressSanitizer makes reading several times slower; the time bounds scale with it.
constexpr double kSlowdown = Crm::Test::kSanitizerSlowdown;
constexpr double kQuickSeconds = 10.0 * kSlowdown;  // generous: CI machines are slow and shared
constexpr double kLongSeconds = 50.0 * kSlowdown;  // for the reads through hundreds of MB
// Under AddressSanitizer freed blocks wait in a quarantine (64 MB in the asan test preset)
// and every allocation costs shadow memory too: the same reads peak higher.
constexpr qint64 kPlainBoundKib = 256 * kMiB;
#if defined(CRM_UNDER_ASAN)
constexpr qint64 kBoundKib = 2 * kPlainBoundKib;
#else
constexpr qint64 kBoundKib = kPlainBoundKib;
#endif

}  // namespace

class TestHostileInput final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void shouldRefuseEntityBombs_data();
    void shouldRefuseEntityBombs();
    void shouldRefuseExternalEntities();
    void shouldBoundHighRatioZipBomb();
    void shouldNotTrustDeclaredZipSizes();
    void shouldBoundVeryLongXlsxCell();
    void shouldBoundWhitespaceBomb();
    void shouldHandleTwentyThousandColumns_data();
    void shouldHandleTwentyThousandColumns();
    void shouldBoundVeryLongCsvCell();
    void shouldRefuseNulBytes_data();
    void shouldRefuseNulBytes();
    void shouldReadUtf16WithoutBom();
    void shouldRefuseNulInSheetXml();
    void shouldRefuseUnderstatedZipSize();
    void shouldRefuseOverlongOle2DirectoryName();

private:
    QString file(const QString &name) const { return m_dir.filePath(name); }
    void checkRefusal(const Outcome &outcome, const QString &path);

    QTemporaryDir m_dir;
};

void TestHostileInput::initTestCase()
{
    QVERIFY(m_dir.isValid());
    if (statusKib("VmHWM") < 0) {
        QSKIP("needs /proc/self/status (Linux) to measure memory");
    }
}

void TestHostileInput::checkRefusal(const Outcome &outcome, const QString &path)
{
    QVERIFY2(outcome.refused, qPrintable(describe(outcome)));
    QVERIFY2(outcome.message.contains(QFileInfo(path).fileName()), qPrintable(outcome.message));
    QVERIFY2(outcome.seconds < kQuickSeconds, qPrintable(describe(outcome)));
    QVERIFY2(outcome.peakDeltaKib < kBoundKib, qPrintable(describe(outcome)));
}

void TestHostileInput::shouldRefuseEntityBombs_data()
{
    QTest::addColumn<QString>("part");
    QTest::addColumn<QByteArray>("content");
    const QByteArray lolCell = QByteArray(R"(<row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row>)");
    const QByteArray sheet = kBillionLaughs + sheetWithRows(lolCell).mid(38);
    const QByteArray strings = kBillionLaughs
        + QByteArray(R"(<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" )"
                     R"(count="1" uniqueCount="1"><si><t>&lol9;</t></si></sst>)");
    const QByteArray workbook = kBillionLaughs + QByteArray(kWorkbook).mid(38).replace("Orders", "&lol9;");
    const QByteArray styles = kBillionLaughs
        + QByteArray(R"(<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">)"
                     R"(<numFmts count="1"><numFmt numFmtId="164" formatCode="&lol9;"/></numFmts></styleSheet>)");
    const QByteArray rootRels = kBillionLaughs + QByteArray(kRootRels).mid(38).replace("xl/workbook.xml", "&lol9;");
    const QByteArray workbookRels
        = kBillionLaughs + QByteArray(kWorkbookRels).mid(38).replace("worksheets/sheet1.xml", "&lol9;");
    QTest::newRow("worksheet") << QStringLiteral("xl/worksheets/sheet1.xml") << sheet;
    QTest::newRow("shared strings") << QStringLiteral("xl/sharedStrings.xml") << strings;
    QTest::newRow("workbook") << QStringLiteral("xl/workbook.xml") << workbook;
    QTest::newRow("styles") << QStringLiteral("xl/styles.xml") << styles;
    QTest::newRow("package relationships") << QStringLiteral("_rels/.rels") << rootRels;
    QTest::newRow("workbook relationships") << QStringLiteral("xl/_rels/workbook.xml.rels") << workbookRels;
}

void TestHostileInput::shouldRefuseEntityBombs()
{
    QFETCH(QString, part);
    QFETCH(QByteArray, content);
    const QString path
        = file(QStringLiteral("lol-%1.xlsx").arg(QString::fromLatin1(QTest::currentDataTag())).replace(u' ', u'-'));
    QVERIFY(writeWorkbook(path, {{part, content}}));
    checkRefusal(readAll(path), path);
}

void TestHostileInput::shouldRefuseExternalEntities()
{
    // XXE: the entity would pull a local file into a cell (and so into the workspace).
    const QString secretPath = file(QStringLiteral("secret.txt"));
    QVERIFY(writeFile(secretPath, QByteArrayLiteral("TOP-SECRET-CONTENT")));
    const QByteArray doctype = QByteArray(R"(<?xml version="1.0"?><!DOCTYPE worksheet [<!ENTITY xxe SYSTEM "file://)")
        + secretPath.toUtf8() + QByteArray(R"(">]>)");
    const QByteArray sheet
        = doctype + sheetWithRows(R"(<row r="1"><c r="A1" t="inlineStr"><is><t>&xxe;</t></is></c></row>)").mid(38);
    const QString path = file(QStringLiteral("xxe.xlsx"));
    QVERIFY(writeWorkbook(path, {{QStringLiteral("xl/worksheets/sheet1.xml"), sheet}}));
    const Outcome outcome = readAll(path);
    QVERIFY2(!outcome.firstCell.contains(QLatin1String("TOP-SECRET")), qPrintable(describe(outcome)));
    checkRefusal(outcome, path);
}

void TestHostileInput::shouldBoundHighRatioZipBomb()
{
    // 400 MB of sheet XML (200 MB of cell text) in ~400 KB: deflate's best ratio (~1000:1).
    // Reading it may take a while, but it must not hold the inflated text or its UTF-16 copy.
    const QByteArray row = QByteArray(R"(<row><c t="inlineStr"><is><t>AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA)"
                                      R"(AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA</t></is></c></row>)");
    const Deflated bomb = deflateRepeated(kSheetStart, row, (qint64(400) << 20) / row.size(), kSheetEnd);
    const QString path = file(QStringLiteral("ratio-bomb.xlsx"));
    QVERIFY(writeWorkbook(path, {}, QStringLiteral("xl/worksheets/sheet1.xml"), bomb));
    const Outcome outcome = readAll(path);
    qInfo("%s: %lld KiB compressed -> %lld MiB: %s", qPrintable(QFileInfo(path).fileName()),
          qint64(bomb.data.size()) / 1024, bomb.size >> 20, qPrintable(describe(outcome)));
    if (outcome.refused) {
        QVERIFY2(outcome.message.contains(QFileInfo(path).fileName()), qPrintable(outcome.message));
    }
    QVERIFY2(outcome.peakDeltaKib < kBoundKib, qPrintable(describe(outcome)));
    QVERIFY2(outcome.seconds < kLongSeconds, qPrintable(describe(outcome)));
}

void TestHostileInput::shouldBoundVeryLongXlsxCell()
{
    // One inline-string cell of 100 MB (~350 KB compressed: ~300:1, under the ratio limit).
    // Excel holds at most 32,767 characters in a cell, so such a cell is refused or cut; a
    // reader that collects it whole holds it several times as UTF-16 (measured: a 400 MB cell
    // took 2.4 GB). The xlsx reader refuses cells beyond kMaxCellChars, as the CSV reader does,
    // naming the cell.
    QByteArray unit;
    for (int i = 0; i < 110; ++i) {
        unit += char('!' + i % 90);
    }
    unit.replace('<', 'x').replace('&', 'y');
    const Deflated bomb
        = deflateRepeated(kSheetStart + R"(<row r="1"><c r="A1" t="inlineStr"><is><t>)", unit,
                          (qint64(100) << 20) / unit.size(), QByteArray("</t></is></c></row>") + kSheetEnd);
    const QString path = file(QStringLiteral("long-cell.xlsx"));
    QVERIFY(writeWorkbook(path, {}, QStringLiteral("xl/worksheets/sheet1.xml"), bomb));
    const Outcome outcome = readAll(path);
    qInfo("%s: %lld KiB compressed -> %lld MiB: %s", qPrintable(QFileInfo(path).fileName()),
          qint64(bomb.data.size()) / 1024, bomb.size >> 20, qPrintable(describe(outcome)));
    if (outcome.refused) {
        QVERIFY2(outcome.message.contains(QFileInfo(path).fileName()), qPrintable(outcome.message));
    } else {
        QVERIFY2(outcome.longestCell <= 32767, qPrintable(describe(outcome)));
    }
    QVERIFY2(outcome.peakDeltaKib < kPlainBoundKib, qPrintable(describe(outcome)));
    QVERIFY2(outcome.seconds < kLongSeconds, qPrintable(describe(outcome)));
}

void TestHostileInput::shouldBoundWhitespaceBomb()
{
    // Deflate's best case (~1000:1): 200 MB of blanks between two rows, in ~200 KB. XML
    // parsers report a whitespace run as one text token; holding it costs 400 MB of UTF-16.
    const Deflated bomb
        = deflateRepeated(kSheetStart + R"(<row r="1"><c r="A1"><v>1</v></c></row>)", " ", qint64(200) << 20,
                          QByteArray(R"(<row r="2"><c r="A2"><v>2</v></c></row>)") + kSheetEnd);
    const QString path = file(QStringLiteral("whitespace-bomb.xlsx"));
    QVERIFY(writeWorkbook(path, {}, QStringLiteral("xl/worksheets/sheet1.xml"), bomb));
    const Outcome outcome = readAll(path);
    qInfo("%s: %lld KiB compressed -> %lld MiB: %s", qPrintable(QFileInfo(path).fileName()),
          qint64(bomb.data.size()) / 1024, bomb.size >> 20, qPrintable(describe(outcome)));
    if (outcome.refused) {
        QVERIFY2(outcome.message.contains(QFileInfo(path).fileName()), qPrintable(outcome.message));
    } else {
        QCOMPARE(outcome.rows, qint64(2));
    }
    // The blanks are skipped without being collected; against the plain bound even under ASan.
    QVERIFY2(outcome.peakDeltaKib < kPlainBoundKib, qPrintable(describe(outcome)));
    QVERIFY2(outcome.seconds < kLongSeconds, qPrintable(describe(outcome)));
}

void TestHostileInput::shouldNotTrustDeclaredZipSizes()
{
    // A small, valid workbook whose zip headers claim the sheet inflates to ~4 GB: a reader
    // that reserves buffers from the declared size runs out of memory before reading a byte.
    const QString path = file(QStringLiteral("declared-huge.xlsx"));
    QVERIFY(
        writeWorkbook(path,
                      {{QStringLiteral("xl/worksheets/sheet1.xml"),
                        sheetWithRows(R"(<row r="1"><c r="A1" t="inlineStr"><is><t>order_id</t></is></c></row>)")}}));
    QCOMPARE(patchDeclaredSize(path, QByteArrayLiteral("xl/worksheets/sheet1.xml"), QByteArray("\xF0\xFF\xFF\xFF", 4)),
             2);
    const Outcome outcome = readAll(path);
    if (outcome.refused) {
        checkRefusal(outcome, path);
    }
    QVERIFY2(outcome.peakDeltaKib < kBoundKib, qPrintable(describe(outcome)));
    QVERIFY2(outcome.seconds < kQuickSeconds, qPrintable(describe(outcome)));
}

void TestHostileInput::shouldHandleTwentyThousandColumns_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("mustRefuse");
    QTest::newRow("csv") << QStringLiteral("wide.csv") << false;
    // Excel stops at column XFD (16,384): a wider sheet is damaged or hostile.
    QTest::newRow("xlsx") << QStringLiteral("wide.xlsx") << true;
}

void TestHostileInput::shouldHandleTwentyThousandColumns()
{
    QFETCH(QString, name);
    QFETCH(bool, mustRefuse);
    constexpr int kColumns = 20000;
    constexpr int kRows = 50;
    const QString path = file(name);
    if (name.endsWith(QLatin1String(".csv"))) {
        QByteArray text;
        for (int row = 0; row <= kRows; ++row) {
            for (int column = 0; column < kColumns; ++column) {
                if (column > 0) {
                    text += ',';
                }
                text += row ? QByteArray::number(column) : QByteArray("col" + QByteArray::number(column));
            }
            text += '\n';
        }
        QVERIFY(writeFile(path, text));
    } else {
        QByteArray rows;
        for (int row = 1; row <= kRows; ++row) {
            rows += "<row r=\"" + QByteArray::number(row) + "\">";
            for (int column = 0; column < kColumns; ++column) {
                rows += "<c><v>" + QByteArray::number(column) + "</v></c>";
            }
            rows += "</row>";
        }
        QVERIFY(writeWorkbook(path, {{QStringLiteral("xl/worksheets/sheet1.xml"), sheetWithRows(rows)}}));
    }
    const Outcome outcome = readAll(path);
    if (mustRefuse || outcome.refused) {
        checkRefusal(outcome, path);
        return;
    }
    QCOMPARE(outcome.widestRow, qint64(kColumns));
    QVERIFY2(outcome.seconds < kQuickSeconds, qPrintable(describe(outcome)));
    QVERIFY2(outcome.peakDeltaKib < kBoundKib, qPrintable(describe(outcome)));
    // The mapper then sees 20,000 headers: it must answer quickly too.
    QStringList headers;
    for (int column = 0; column < kColumns; ++column) {
        headers << QStringLiteral("col%1").arg(column);
    }
    QElapsedTimer timer;
    timer.start();
    const auto mapping = detectMapping(headers, {});
    QVERIFY(!mapping);
    QVERIFY2(timer.elapsed() < 5000 * kSlowdown, qPrintable(QString::number(timer.elapsed())));
}

void TestHostileInput::shouldBoundVeryLongCsvCell()
{
    // One 200 MB cell. (The issue asks for 1 GB; 200 MB keeps this test within CI time and
    // still shows whether the reader holds a cell whole: as UTF-16 it would be 400 MB.)
    // The CSV reader refuses a cell over 2^20 characters (CsvLimits) as soon as it has read
    // that much, naming the row and column.
    constexpr qint64 kCellBytes = qint64(200) << 20;
    const QString path = file(QStringLiteral("long-cell.csv"));
    {
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("order_id,customer_id,amount\nSO1,");
        const QByteArray block(1 << 20, 'x');
        for (qint64 written = 0; written < kCellBytes; written += block.size()) {
            out.write(block);
        }
        out.write(",12.50\nSO2,C2,3.00\n");
    }
    const Outcome outcome = readAll(path);
    qInfo("%s", qPrintable(describe(outcome)));
    checkRefusal(outcome, path);
    QCOMPARE(outcome.rows, qint64(1));  // the header; SO1 is refused, SO2 never reached
    QVERIFY2(outcome.message.contains(QStringLiteral("row 2, column 2")), qPrintable(outcome.message));
    // Refused after reading about 1 MiB, not the 200 MB: well under the general bound.
    QVERIFY2(outcome.peakDeltaKib < 64 * kMiB, qPrintable(describe(outcome)));
    QVERIFY2(outcome.seconds < 30 * kSlowdown, qPrintable(describe(outcome)));
}

void TestHostileInput::shouldRefuseNulBytes_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<bool>("mustRefuse");
    QTest::newRow("all NUL") << QByteArray(1 << 20, '\0') << true;
    QTest::newRow("NUL-padded tail") << QByteArray("order_id,amount\nSO1,1.00\n") + QByteArray(1 << 16, '\0') << false;
    static const char nulInCell[] = "order_id,amount\nSO\0001,1.00\nSO2,2.00\n";
    QTest::newRow("NUL inside a cell") << QByteArray(nulInCell, sizeof(nulInCell) - 1) << false;
}

void TestHostileInput::shouldRefuseNulBytes()
{
    QFETCH(QByteArray, content);
    QFETCH(bool, mustRefuse);
    const QString path
        = file(QStringLiteral("nul-%1.csv").arg(QString::fromLatin1(QTest::currentDataTag())).replace(u' ', u'-'));
    QVERIFY(writeFile(path, content));
    const Outcome outcome = readAll(path);
    if (mustRefuse || outcome.refused) {
        checkRefusal(outcome, path);
        return;
    }
    // Read, then: no row may silently lose the text after a NUL, nor be made of NULs.
    const QString rows = describe(outcome) + QStringLiteral(" first cells: ") + outcome.firstCells.join(u'|');
    for (const QString &cell : outcome.firstCells) {
        QVERIFY2(cell.isEmpty() || cell.count(QChar(0)) < cell.size(), qPrintable(rows));
    }
    if (content.startsWith("order_id,amount\nSO1,")) {
        QCOMPARE(outcome.firstCells, QStringList({QStringLiteral("order_id"), QStringLiteral("SO1")}));
    } else {
        // "SO<NUL>1": the NUL kept, replaced by one character or dropped, but the "1" kept.
        QCOMPARE(outcome.rows, qint64(3));
        const QString cell = outcome.firstCells.value(1);
        QVERIFY2(cell.startsWith(QLatin1String("SO")) && cell.endsWith(u'1') && cell.size() <= 4, qPrintable(rows));
        QCOMPARE(outcome.firstCells.value(2), QStringLiteral("SO2"));
    }
}

void TestHostileInput::shouldReadUtf16WithoutBom()
{
    // Every other byte of this file is NUL, and it is a perfectly good table: the NUL checks
    // must not refuse it as binary.
    const QString text = QStringLiteral("order_id,amount\nSO1,1.00\nSO2,2.00\n");
    QByteArray bytes;
    for (QChar c : text) {
        bytes += char(c.unicode() & 0xFF);
        bytes += char(c.unicode() >> 8);
    }
    const QString path = file(QStringLiteral("utf16le-no-bom.csv"));
    QVERIFY(writeFile(path, bytes));
    const Outcome outcome = readAll(path);
    QVERIFY2(!outcome.refused, qPrintable(describe(outcome)));
    QCOMPARE(outcome.firstCells,
             QStringList({QStringLiteral("order_id"), QStringLiteral("SO1"), QStringLiteral("SO2")}));
}

void TestHostileInput::shouldRefuseNulInSheetXml()
{
    // XML forbids U+0000: a sheet holding one is damaged, and must not be read as if the text
    // ended there.
    static const char cell[] = R"(<row r="1"><c r="A1" t="inlineStr"><is><t>SO\0001</t></is></c></row>)";
    const QString path = file(QStringLiteral("nul-in-sheet.xlsx"));
    QVERIFY(writeWorkbook(
        path, {{QStringLiteral("xl/worksheets/sheet1.xml"), sheetWithRows(QByteArray(cell, sizeof(cell) - 1))}}));
    const Outcome outcome = readAll(path);
    if (!outcome.refused) {
        QVERIFY2(outcome.firstCell.endsWith(u'1'), qPrintable(describe(outcome)));
        return;
    }
    checkRefusal(outcome, path);
}

void TestHostileInput::shouldRefuseUnderstatedZipSize()
{
    // The opposite lie to a huge declared size: headers claim a 100-byte sheet that inflates
    // to 40 MB. A reader that stops at the declared size would import a silently truncated
    // sheet; the CRC of what was read cannot match, so it must be refused as damaged.
    QByteArray rows;
    for (int row = 1; row <= 200000; ++row) {
        rows += "<row r=\"" + QByteArray::number(row) + "\"><c><v>" + QByteArray::number(row) + "</v></c></row>";
    }
    const QString path = file(QStringLiteral("declared-small.xlsx"));
    QVERIFY(writeWorkbook(path, {{QStringLiteral("xl/worksheets/sheet1.xml"), sheetWithRows(rows)}}));
    QCOMPARE(patchDeclaredSize(path, QByteArrayLiteral("xl/worksheets/sheet1.xml"), QByteArray("\x64\x00\x00\x00", 4)),
             2);
    const Outcome outcome = readAll(path);
    checkRefusal(outcome, path);
}

void TestHostileInput::shouldRefuseOverlongOle2DirectoryName()
{
    // An .xls whose first directory entry declares a 5,632-byte name (a name holds 64):
    // FreeXL 1.0.6 converts that many bytes from a 4 KiB stack buffer (a stack overflow under
    // ASan, found by fuzz_tablereader). Our own pre-scan must refuse it before FreeXL runs.
    const QString source = qEnvironmentVariable("CRM_SOURCE_DIR") + QStringLiteral("/tests/data/import/date_1904.xls");
    QFile in(source);
    QVERIFY2(in.open(QIODevice::ReadOnly), qPrintable(source));
    QByteArray bytes = in.readAll();
    QVERIFY(bytes.size() >= 1024);
    const QString intact = file(QStringLiteral("intact.xls"));
    QVERIFY(writeFile(intact, bytes));
    const Outcome control = readAll(intact);
    QVERIFY2(!control.refused && control.rows > 0, qPrintable(describe(control)));

    const int sectorSize = 1 << qFromLittleEndian<quint16>(bytes.constData() + 0x1E);
    const quint32 directory = qFromLittleEndian<quint32>(bytes.constData() + 0x30);
    const qsizetype nameLength = qsizetype(directory + 1) * sectorSize + 64;  // of entry 0, Root Entry
    QVERIFY(nameLength + 2 <= bytes.size());
    QCOMPARE(qFromLittleEndian<quint16>(bytes.constData() + nameLength), quint16(22));  // "Root Entry" + NUL
    qToLittleEndian<quint16>(5632, bytes.data() + nameLength);
    const QString path = file(QStringLiteral("overlong-directory-name.xls"));
    QVERIFY(writeFile(path, bytes));
    const Outcome outcome = readAll(path);
    checkRefusal(outcome, path);
    QVERIFY2(outcome.message.contains(QLatin1String("damaged")) && outcome.message.contains(QLatin1String("5632")),
             qPrintable(outcome.message));
}

QTEST_GUILESS_MAIN(TestHostileInput)
#include "tst_hostileinput.moc"
