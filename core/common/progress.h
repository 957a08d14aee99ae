#pragma once

#include <QtGlobal>

#include <functional>

namespace Crm::Core {

// Long operations report progress through this callback and stop, leaving no partial
// result behind, as soon as it returns false. `total` is 0 when unknown.
using ProgressSink = std::function<bool(qint64 done, qint64 total)>;

// Calls sink if set; an unset sink never cancels.
inline bool reportProgress(const ProgressSink &sink, qint64 done, qint64 total)
{
    return !sink || sink(done, total);
}

}  // namespace Crm::Core
