#include "import/loader/pipelinedread.h"

#include <QTest>
#include <QThread>

using namespace Crm::Core;
using namespace Crm::Core::Import;

namespace {

// Rows 1..rows with one cell each, a progress report every 100 rows, and optionally an
// error after `failAt` rows; remembers on which thread it read and how far it got.
class CountingReader final : public TableReader
{
public:
    explicit CountingReader(qint64 rows, qint64 failAt = -1)
        : m_rows(rows)
        , m_failAt(failAt)
    { }

    QList<SheetInfo> sheets() const override { return {SheetInfo {currentSheet(), false, false}}; }
    QString currentSheet() const override { return QStringLiteral("counting"); }
    QList<ReadWarning> warnings() const override { return {}; }
    QString formatDescription() const override { return QStringLiteral("counting"); }

    VoidResult readRows(const RowSink &sink, const ProgressSink &progress) override
    {
        readingThread = QThread::currentThread();
        SourceRow row;
        for (qint64 i = 1; i <= m_rows; ++i) {
            if (i == m_failAt) {
                return makeError(Error::Code::BadInput, QStringLiteral("broken at %1").arg(i));
            }
            row.number = i;
            row.cells = {QVariant(QString::number(i))};
            ++delivered;
            if (!sink(row)) {
                return {};
            }
            if (i % 100 == 0 && !reportProgress(progress, i, m_rows)) {
                return makeError(Error::Code::Cancelled, QStringLiteral("cancelled"));
            }
        }
        return {};
    }

    QThread *readingThread = nullptr;
    qint64 delivered = 0;

private:
    qint64 m_rows;
    qint64 m_failAt;
};

}  // namespace

class TestPipelinedRead final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldDeliverEveryRowInOrderOnTheCallingThread_data()
    {
        QTest::addColumn<qint64>("rows");
        QTest::newRow("empty") << qint64(0);
        QTest::newRow("less than a batch") << qint64(7);
        QTest::newRow("many batches") << qint64(100000);
    }

    void shouldDeliverEveryRowInOrderOnTheCallingThread()
    {
        QFETCH(qint64, rows);
        CountingReader reader(rows);
        qint64 expected = 1;
        bool inOrder = true;
        bool onCaller = true;
        qint64 lastDone = 0;
        bool progressOnCaller = true;
        bool totalKnown = true;
        const VoidResult result = readRowsPipelined(
            reader,
            [&](const SourceRow &row) {
                inOrder
                    = inOrder && row.number == expected && row.cells.value(0).toString() == QString::number(expected);
                onCaller = onCaller && QThread::currentThread() == thread();
                ++expected;
                return true;
            },
            [&](qint64 done, qint64 total) {
                progressOnCaller = progressOnCaller && QThread::currentThread() == thread();
                totalKnown = totalKnown && total == rows;
                lastDone = done;
                return true;
            });
        QVERIFY(result.hasValue());
        QCOMPARE(expected, rows + 1);
        QVERIFY(inOrder);
        QVERIFY(onCaller);
        QVERIFY(progressOnCaller);
        QVERIFY(totalKnown);
        QCOMPARE(lastDone, rows - rows % 100);
        QVERIFY(reader.readingThread != nullptr && reader.readingThread != thread());
    }

    void shouldStopWhenTheSinkSaysSo()
    {
        CountingReader reader(1000000);
        qint64 seen = 0;
        const VoidResult result = readRowsPipelined(reader, [&](const SourceRow &) { return ++seen < 1500; });
        QVERIFY(result.hasValue());
        QCOMPARE(seen, 1500);
        // The reader stops soon after: at most the rows of the queue in flight, not the file.
        QVERIFY2(reader.delivered < 100000, qPrintable(QString::number(reader.delivered)));
    }

    void shouldCancelFromProgress()
    {
        CountingReader reader(1000000);
        qint64 seen = 0;
        const VoidResult result = readRowsPipelined(
            reader,
            [&](const SourceRow &) {
                ++seen;
                return true;
            },
            [](qint64 done, qint64) { return done < 5000; });
        QVERIFY(!result.hasValue());
        QCOMPARE(result.error().code, Error::Code::Cancelled);
        QVERIFY(seen < 1000000);
        QVERIFY2(reader.delivered < 100000, qPrintable(QString::number(reader.delivered)));
    }

    void shouldPassOnTheReadersErrorAfterItsRows()
    {
        CountingReader reader(10000, 4321);
        qint64 seen = 0;
        const VoidResult result = readRowsPipelined(reader, [&](const SourceRow &) {
            ++seen;
            return true;
        });
        QVERIFY(!result.hasValue());
        QCOMPARE(result.error().code, Error::Code::BadInput);
        QCOMPARE(result.error().message, QStringLiteral("broken at 4321"));
        QCOMPARE(seen, 4320);
    }
};

QTEST_GUILESS_MAIN(TestPipelinedRead)
#include "tst_pipelinedread.moc"
