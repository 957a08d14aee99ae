#include "procstats.h"

#include <QElapsedTimer>

#include <fcntl.h>
#include <unistd.h>

#include <vector>

#include <sys/resource.h>
#include <sys/wait.h>

namespace Crm::Bench {

qint64 selfPeakKib()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

ChildStats runMeasured(const QStringList &command, const QString &stdoutPath)
{
    ChildStats stats;
    if (command.isEmpty()) {
        return stats;
    }
    std::vector<QByteArray> storage;
    for (const QString &argument : command) {
        storage.push_back(argument.toLocal8Bit());
    }
    std::vector<char *> argv;
    for (QByteArray &argument : storage) {
        argv.push_back(argument.data());
    }
    argv.push_back(nullptr);
    const QByteArray outPath = stdoutPath.toLocal8Bit();

    QElapsedTimer timer;
    timer.start();
    const pid_t pid = fork();
    if (pid == 0) {
        const int in = ::open("/dev/null", O_RDONLY);
        dup2(in, 0);
        if (!outPath.isEmpty()) {
            const int out = ::open(outPath.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
            dup2(out, 1);
        }
        execvp(argv[0], argv.data());
        _exit(127);
    }
    if (pid < 0) {
        return stats;
    }
    int status = 0;
    rusage usage {};
    wait4(pid, &status, 0, &usage);
    stats.seconds = double(timer.nsecsElapsed()) / 1e9;
    stats.cpuSeconds = double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
    stats.peakKib = usage.ru_maxrss;
    stats.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return stats;
}

}  // namespace Crm::Bench
