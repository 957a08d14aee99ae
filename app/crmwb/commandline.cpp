#include "commandline.h"

#include "analyzers.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Crm::Cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Crm::Cli)
};

QString programName()
{
    return QStringLiteral("crmwb");
}

QString generalHelp()
{
    QString text = Text::tr("Usage: %1 <command> [options]\n\n"
                            "CRM Workbench on the command line: analyse customer, order and campaign data "
                            "kept in a workspace file (.crmdb).\n\n"
                            "Commands:\n")
                       .arg(programName());
    for (const Command &command : commands()) {
        text += QStringLiteral("  %1  %2\n").arg(command.name.leftJustified(10), command.summary);
    }
    text += Text::tr("\nGeneral options:\n"
                     "  -h, --help     Show this help, or a command's help after the command\n"
                     "  -v, --version  Show the version\n\n"
                     "Run '%1 help <command>' or '%1 <command> --help' for a command's options.\n"
                     "Exit status: 0 success, 1 bad usage, 2 bad input (nothing written), 3 internal error.\n")
                .arg(programName());
    return text;
}

void prepareParser(QCommandLineParser &parser, const Command &command)
{
    parser.setApplicationDescription(command.summary);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addHelpOption();
    command.addOptions(parser);
}

QString commandHelp(const Command &command)
{
    QCommandLineParser parser;
    prepareParser(parser, command);
    QString help = parser.helpText();
    // Qt prints "Usage: crmwb [options]"; name the subcommand and its arguments.
    const QString usage = QStringLiteral("%1 %2 %3").arg(programName(), command.name, command.positionalSyntax);
    help.replace(QRegularExpression(QStringLiteral("^[^\\n]*\\[options\\][^\\n]*")),
                 Text::tr("Usage: %1 [options]").arg(usage.simplified()));
    return help;
}

const Command *findCommand(const QString &name)
{
    static const QList<Command> all = commands();
    for (const Command &command : all) {
        if (command.name == name) {
            return &command;
        }
    }
    return nullptr;
}

}  // namespace

QList<Command> commands()
{
    QList<Command> all {demoCommand(), importCommand(), inspectCommand()};
    // Subcommands appear only once they do something: analyze needs at least one analysis.
    if (!analyzers().isEmpty()) {
        all << analyzeCommand();
    }
    all << reportCommand() << exportCommand();
    return all;
}

int exitCodeFor(const Core::Error &error)
{
    switch (error.code) {
    case Core::Error::Code::BadUsage:
        return ExitBadUsage;
    case Core::Error::Code::BadInput:
    case Core::Error::Code::Cancelled:
    case Core::Error::Code::Io:
        return ExitBadInput;
    case Core::Error::Code::Database:
    case Core::Error::Code::Internal:
        return ExitInternal;
    }
    return ExitInternal;
}

int fail(Console &console, const Core::Error &error)
{
    console.err << programName() << ": " << error.describe() << Qt::endl;
    return exitCodeFor(error);
}

int failUsage(Console &console, const QString &message)
{
    console.err << programName() << ": " << message << '\n'
                << Text::tr("Run '%1 --help' for usage.").arg(programName()) << Qt::endl;
    return ExitBadUsage;
}

int runCommandLine(const QStringList &arguments, Console &console)
{
    const QStringList args = arguments.mid(1);
    if (args.isEmpty()) {
        console.err << generalHelp();
        console.err.flush();
        return ExitBadUsage;
    }
    const QString first = args.first();
    if (first == QLatin1String("-h") || first == QLatin1String("--help")) {
        console.out << generalHelp();
        return ExitOk;
    }
    if (first == QLatin1String("-v") || first == QLatin1String("--version")) {
        console.out << programName() << ' ' << QStringLiteral(CRM_VERSION) << '\n';
        return ExitOk;
    }
    if (first == QLatin1String("help")) {
        if (args.size() == 1) {
            console.out << generalHelp();
            return ExitOk;
        }
        const Command *command = findCommand(args.at(1));
        if (!command) {
            return failUsage(console, Text::tr("unknown command '%1'").arg(args.at(1)));
        }
        console.out << commandHelp(*command);
        return ExitOk;
    }
    const Command *command = findCommand(first);
    if (!command) {
        return failUsage(console, Text::tr("unknown command '%1'").arg(first));
    }
    QCommandLineParser parser;
    prepareParser(parser, *command);
    QStringList commandArguments = args;
    commandArguments[0] = programName() + QLatin1Char(' ') + command->name;
    if (!parser.parse(commandArguments)) {
        return failUsage(console, parser.errorText());
    }
    if (parser.isSet(QStringLiteral("help"))) {
        console.out << commandHelp(*command);
        return ExitOk;
    }
    return command->run(parser, console);
}

}  // namespace Crm::Cli
