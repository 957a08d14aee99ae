#pragma once

#include "common/progress.h"

#include <QFuture>
#include <QPromise>

#include <optional>
#include <type_traits>
#include <utility>

#include <QtConcurrent/QtConcurrentRun>

namespace Crm::Core::Tasks {

// Progress of a QFuture is an int; totals of a million rows and more are scaled to this range.
inline constexpr int kProgressScale = 1000;

// Maps (done, total) of a ProgressSink onto 0..kProgressScale; -1 when total is unknown.
int scaledProgress(qint64 done, qint64 total);

// A ProgressSink that forwards progress to `promise` and reports its cancellation.
template<typename T>
ProgressSink promiseSink(QPromise<T> &promise)
{
    // The range is set only when it changes: every call would queue an event to the GUI.
    return [&promise, rangeKnown = std::optional<bool>()](qint64 done, qint64 total) mutable {
        const int value = scaledProgress(done, total);
        if (rangeKnown != (value >= 0)) {
            rangeKnown = value >= 0;
            promise.setProgressRange(0, *rangeKnown ? kProgressScale : 0);
        }
        if (value >= 0) {
            promise.setProgressValue(value);
        }
        return !promise.isCanceled();
    };
}

// Runs a synchronous core function `fn(const ProgressSink &)` on the global thread pool.
// The future's progress follows the sink; QFuture::cancel() makes the sink return false.
// A cancelled task adds no result, so callers test `resultCount() == 0` (or isCanceled()).
template<typename Fn>
auto run(Fn fn) -> QFuture<std::invoke_result_t<Fn &, const ProgressSink &>>
{
    using ResultType = std::invoke_result_t<Fn &, const ProgressSink &>;
    return QtConcurrent::run([fn = std::move(fn)](QPromise<ResultType> &promise) mutable {
        const ProgressSink sink = promiseSink(promise);
        ResultType result = fn(sink);
        if (!promise.isCanceled()) {
            promise.addResult(std::move(result));
        }
    });
}

}  // namespace Crm::Core::Tasks
