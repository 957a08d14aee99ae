#include "pipelinedread.h"

#include <QCoreApplication>
#include <QMutex>
#include <QThread>
#include <QWaitCondition>

#include <deque>
#include <memory>

namespace Crm::Core::Import {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Crm::Import)
};

// 512 rows per hand-over and at most 8 batches waiting: a few MB of rows in flight at most,
// few enough lock round trips that they do not show in a profile.
constexpr qsizetype kBatchRows = 512;
constexpr qsizetype kMaxQueuedBatches = 8;

class RowQueue
{
public:
    // Reading thread: false once the consumer has stopped. Takes back the batches the
    // consumer is done with, so that their memory is freed by the thread that allocated it
    // (freeing another thread's allocations costs malloc arena locks and consolidation).
    bool push(QList<SourceRow> &&batch)
    {
        std::deque<QList<SourceRow>> spent;
        QMutexLocker lock(&m_mutex);
        while (m_batches.size() >= kMaxQueuedBatches && !m_stopped) {
            m_notFull.wait(&m_mutex);
        }
        spent.swap(m_spent);
        if (m_stopped) {
            return false;
        }
        m_batches.push_back(std::move(batch));
        m_notEmpty.wakeOne();
        lock.unlock();
        return true;  // `spent` goes here, outside the lock
    }

    // Calling thread: a batch whose rows were all handed to the sink.
    void recycle(QList<SourceRow> &&batch)
    {
        QMutexLocker lock(&m_mutex);
        if (!m_stopped) {
            m_spent.push_back(std::move(batch));
        }
    }

    void setProgress(qint64 done, qint64 total)
    {
        QMutexLocker lock(&m_mutex);
        m_done = done;
        m_total = total;
    }

    // Reading thread: no more batches.
    void close()
    {
        QMutexLocker lock(&m_mutex);
        m_closed = true;
        m_notEmpty.wakeOne();
    }

    bool stopped() const
    {
        QMutexLocker lock(&m_mutex);
        return m_stopped;
    }

    // Calling thread: false when the reader is done and every batch was taken.
    bool pop(QList<SourceRow> &batch, qint64 &done, qint64 &total)
    {
        QMutexLocker lock(&m_mutex);
        while (m_batches.empty() && !m_closed) {
            m_notEmpty.wait(&m_mutex);
        }
        done = m_done;
        total = m_total;
        if (m_batches.empty()) {
            return false;
        }
        batch = std::move(m_batches.front());
        m_batches.pop_front();
        m_notFull.wakeOne();
        return true;
    }

    // Calling thread: the reading thread gives up at its next row or progress report.
    void stop()
    {
        QMutexLocker lock(&m_mutex);
        m_stopped = true;
        m_batches.clear();
        m_notFull.wakeOne();
    }

private:
    mutable QMutex m_mutex;
    QWaitCondition m_notEmpty;
    QWaitCondition m_notFull;
    std::deque<QList<SourceRow>> m_batches;
    std::deque<QList<SourceRow>> m_spent;
    qint64 m_done = 0;
    qint64 m_total = 0;
    bool m_closed = false;
    bool m_stopped = false;
};

}  // namespace

VoidResult readRowsPipelined(TableReader &reader, const TableReader::RowSink &sink, const ProgressSink &progress)
{
    if (QThread::idealThreadCount() < 2) {
        return reader.readRows(sink, progress);  // one core: a second thread only adds hand-overs
    }
    RowQueue queue;
    VoidResult readResult;
    const std::unique_ptr<QThread> thread(QThread::create([&] {
        QList<SourceRow> batch;
        batch.reserve(kBatchRows);
        const auto rowSink = [&](const SourceRow &row) {
            batch.append(row);
            if (batch.size() < kBatchRows) {
                return true;
            }
            const bool more = queue.push(std::move(batch));
            batch = QList<SourceRow>();
            batch.reserve(kBatchRows);
            return more;
        };
        const auto rowProgress = [&](qint64 done, qint64 total) {
            queue.setProgress(done, total);
            return !queue.stopped();
        };
        readResult = reader.readRows(rowSink, rowProgress);
        if (!batch.isEmpty()) {
            (void)queue.push(std::move(batch));
        }
        queue.close();
    }));
    thread->start();

    bool sinkStopped = false;
    bool cancelled = false;
    QList<SourceRow> batch;
    qint64 done = 0;
    qint64 total = 0;
    qint64 reported = 0;  // nothing to report before the reader has read something
    while (!sinkStopped && !cancelled && queue.pop(batch, done, total)) {
        for (const SourceRow &row : std::as_const(batch)) {
            if (!sink(row)) {
                sinkStopped = true;
                break;
            }
        }
        if (!sinkStopped && done != reported) {
            reported = done;
            cancelled = !reportProgress(progress, done, total);
        }
        queue.recycle(std::move(batch));
        batch = QList<SourceRow>();
    }
    if (sinkStopped || cancelled) {
        queue.stop();
    }
    thread->wait();
    if (sinkStopped) {
        return {};  // as readRows does when its sink asks it to stop
    }
    if (cancelled) {
        return makeError(Error::Code::Cancelled, Text::tr("Reading was cancelled."));
    }
    if (!readResult) {
        return readResult;
    }
    // The rows after the last progress report of the reading thread.
    if (done != reported && !reportProgress(progress, done, total)) {
        return makeError(Error::Code::Cancelled, Text::tr("Reading was cancelled."));
    }
    return {};
}

}  // namespace Crm::Core::Import
