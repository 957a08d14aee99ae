#include "task.h"

#include <algorithm>

namespace Crm::Core::Tasks {

int scaledProgress(qint64 done, qint64 total)
{
    if (total <= 0) {
        return -1;
    }
    const qint64 clamped = std::clamp<qint64>(done, 0, total);
    return int(clamped * kProgressScale / total);
}

}  // namespace Crm::Core::Tasks
