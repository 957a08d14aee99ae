#pragma once

// Shared by the libFuzzer targets: the readers take paths, so inputs go through a file in
// a RAM-backed directory, one per process so parallel fuzzing jobs do not collide.

#include <QByteArray>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QString>

#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace Crm::Fuzz {

inline QString scratchDir()
{
    static const QString dir = [] {
        const QString base = QDir(QStringLiteral("/dev/shm")).exists() ? QStringLiteral("/dev/shm") : QDir::tempPath();
        const QString path = base + QStringLiteral("/crmfuzz-") + QString::number(getpid());
        QDir().mkpath(path);
        return path;
    }();
    return dir;
}

inline QString writeScratch(const QString &name, const uint8_t *data, size_t size)
{
    const QString path = scratchDir() + QLatin1Char('/') + name;
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        file.write(reinterpret_cast<const char *>(data), qint64(size));
    }
    return path;
}

// Some Qt code (codecs, QDateTime time zones) wants an application object.
inline void ensureApplication()
{
    static int argc = 1;
    static char name[] = "crmfuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication *app = QCoreApplication::instance() ? nullptr : new QCoreApplication(argc, argv);
    (void)app;
}

// libFuzzer's entry point; tests/hardening/tst_fuzzregressions compiles the same sources with
// CRM_FUZZ_REPLAY to replay the fixtures in tests/data/fuzz/<name>/ under the normal build.
#ifdef CRM_FUZZ_REPLAY
#define CRM_FUZZ_ENTRY(name) int crmFuzz_##name(const uint8_t *data, size_t size)
#else
#define CRM_FUZZ_ENTRY(name) extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
#endif

// An invariant that must hold for every input: abort() so libFuzzer keeps the input.
#define CRM_FUZZ_ASSERT(condition)                                                                                     \
    do {                                                                                                               \
        if (!(condition)) {                                                                                            \
            fprintf(stderr, "invariant failed: %s (%s:%d)\n", #condition, __FILE__, __LINE__);                         \
            abort();                                                                                                   \
        }                                                                                                              \
    } while (false)

}  // namespace Crm::Fuzz
