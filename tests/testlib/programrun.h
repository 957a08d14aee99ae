#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Crm::Test {

// What a finished command-line program printed and returned.
struct ProgramRun
{
    int exitCode = -1;  // -1 when it crashed or timed out
    QByteArray stdoutBytes;
    QString out;  // stdoutBytes as UTF-8 text
    QString err;
};

// Runs `program` to completion with LC_ALL=C, so messages come out in English whatever
// the machine's locale.
ProgramRun runProgram(const QString &program, const QStringList &arguments, int timeoutMs = 120000);

}  // namespace Crm::Test
