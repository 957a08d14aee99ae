#include "tasks/task.h"

#include <QFutureWatcher>
#include <QSignalSpy>
#include <QTest>

#include <atomic>

using Crm::Core::ProgressSink;
namespace Tasks = Crm::Core::Tasks;

class TestTask final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldScaleProgress_data();
    void shouldScaleProgress();
    void shouldDeliverTheResultAndProgress();
    void shouldStopTheFunctionWhenCancelled();
};

void TestTask::shouldScaleProgress_data()
{
    QTest::addColumn<qint64>("done");
    QTest::addColumn<qint64>("total");
    QTest::addColumn<int>("expected");
    QTest::newRow("unknown total") << qint64(5) << qint64(0) << -1;
    QTest::newRow("start") << qint64(0) << qint64(10) << 0;
    QTest::newRow("half") << qint64(5) << qint64(10) << 500;
    QTest::newRow("a million rows") << qint64(999'999) << qint64(1'000'000) << 999;
    QTest::newRow("beyond the total") << qint64(12) << qint64(10) << 1000;
    QTest::newRow("billions") << qint64(3'000'000'000) << qint64(6'000'000'000) << 500;
}

void TestTask::shouldScaleProgress()
{
    QFETCH(qint64, done);
    QFETCH(qint64, total);
    QFETCH(int, expected);
    QCOMPARE(Tasks::scaledProgress(done, total), expected);
}

void TestTask::shouldDeliverTheResultAndProgress()
{
    // Given a function that reports progress over 4 steps and returns their sum
    QFutureWatcher<int> watcher;
    QSignalSpy progress(&watcher, &QFutureWatcherBase::progressValueChanged);
    QSignalSpy finished(&watcher, &QFutureWatcherBase::finished);
    // When it runs as a task
    watcher.setFuture(Tasks::run([](const ProgressSink &sink) {
        int sum = 0;
        for (int i = 1; i <= 4; ++i) {
            sum += i;
            sink(i, 4);
        }
        return sum;
    }));
    // Then the watcher sees the result and the range of the scaled progress
    QVERIFY(finished.wait(5000));
    QCOMPARE(watcher.future().resultCount(), 1);
    QCOMPARE(watcher.result(), 10);
    QCOMPARE(watcher.progressMaximum(), Tasks::kProgressScale);
    QCOMPARE(watcher.progressValue(), Tasks::kProgressScale);
}

void TestTask::shouldStopTheFunctionWhenCancelled()
{
    // Given a task that runs until its sink says stop
    std::atomic<bool> started = false;
    std::atomic<bool> stoppedBySink = false;
    QFuture<int> future = Tasks::run([&](const ProgressSink &sink) {
        started = true;
        for (qint64 i = 0;; ++i) {
            if (!sink(i, 0)) {
                stoppedBySink = true;
                return -1;
            }
            QThread::msleep(1);
        }
    });
    QTRY_VERIFY_WITH_TIMEOUT(started, 5000);
    // When it is cancelled
    future.cancel();
    future.waitForFinished();
    // Then the function saw the cancellation and no result was added
    QVERIFY(stoppedBySink);
    QVERIFY(future.isCanceled());
    QCOMPARE(future.resultCount(), 0);
}

QTEST_GUILESS_MAIN(TestTask)
#include "tst_task.moc"
