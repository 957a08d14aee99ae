#pragma once

#include <QStringList>
#include <QtGlobal>

namespace Crm::Bench {

// Peak resident memory of this process so far, in KiB (getrusage ru_maxrss).
qint64 selfPeakKib();

struct ChildStats
{
    double seconds = 0;
    double cpuSeconds = 0;  // user + system time of the child
    qint64 peakKib = 0;  // the child's ru_maxrss from wait4
    int exitCode = -1;  // -1 when killed by a signal or not started
};

// Runs a program to completion with stdin from /dev/null and measures wall time and peak
// memory. stdout goes to `stdoutPath` (empty: inherited).
ChildStats runMeasured(const QStringList &command, const QString &stdoutPath = {});

}  // namespace Crm::Bench
