#pragma once

#include "common/error.h"

#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>

#include <functional>

namespace Crm::Cli {

// Exit statuses of DESIGN.md.
enum ExitCode : int {
    ExitOk = 0,
    ExitBadUsage = 1,
    ExitBadInput = 2,
    ExitInternal = 3,
};

struct Console
{
    QTextStream &out;
    QTextStream &err;
};

// One subcommand: its options and what it does. `run` gets a parser that has already
// accepted the arguments.
struct Command
{
    QString name;
    QString summary;
    QString positionalSyntax;  // e.g. "FILE", shown in the usage line
    std::function<void(QCommandLineParser &)> addOptions;
    std::function<int(const QCommandLineParser &, Console &)> run;
};

// The subcommands this build implements, in the order --help lists them.
QList<Command> commands();

Command demoCommand();
Command analyzeCommand();
Command importCommand();
Command inspectCommand();
Command reportCommand();
Command exportCommand();

// Parses and dispatches; returns the process exit status.
int runCommandLine(const QStringList &arguments, Console &console);

int exitCodeFor(const Core::Error &error);

// Prints "crmwb: <message>" to stderr and returns the matching exit status.
int fail(Console &console, const Core::Error &error);
int failUsage(Console &console, const QString &message);

}  // namespace Crm::Cli
