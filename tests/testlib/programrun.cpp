#include "programrun.h"

#include <QProcess>
#include <QProcessEnvironment>

namespace Crm::Test {

ProgramRun runProgram(const QString &program, const QStringList &arguments, int timeoutMs)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    process.waitForFinished(timeoutMs);
    ProgramRun run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.stdoutBytes = process.readAllStandardOutput();
    run.out = QString::fromUtf8(run.stdoutBytes);
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

}  // namespace Crm::Test
