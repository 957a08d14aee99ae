#include "commandline.h"
#include "store/demogenerator.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace Crm::Cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Crm::Cli)
};

int runDemo(const QCommandLineParser &parser, Console &console)
{
    if (!parser.positionalArguments().isEmpty()) {
        return failUsage(console, Text::tr("unexpected argument '%1'").arg(parser.positionalArguments().constFirst()));
    }
    const QString path = parser.value(QStringLiteral("db"));
    if (path.isEmpty()) {
        return failUsage(console, Text::tr("--db FILE is required"));
    }
    Core::Store::DemoOptions options;
    bool ok = true;
    if (parser.isSet(QStringLiteral("customers"))) {
        options.customers = parser.value(QStringLiteral("customers")).toInt(&ok);
        if (!ok || options.customers < 1 || options.customers > 5'000'000) {
            return failUsage(console, Text::tr("--customers must be a whole number from 1 to 5000000"));
        }
    }
    if (parser.isSet(QStringLiteral("seed"))) {
        options.seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
        if (!ok) {
            return failUsage(console, Text::tr("--seed must be a non-negative whole number"));
        }
    }
    const bool existed = QFileInfo::exists(path);
    auto workspace = existed ? Core::Store::Workspace::open(path) : Core::Store::Workspace::create(path);
    if (!workspace) {
        return fail(console, workspace.error());
    }
    auto summary = Core::Store::generateDemo(workspace.value(), options);
    if (!summary) {
        if (!existed) {
            // Nothing written: a half-made workspace would only confuse.
            for (const char *suffix : {"", "-wal", "-shm"}) {
                QFile::remove(path + QLatin1String(suffix));
            }
        }
        return fail(console, summary.error());
    }
    console.out << Text::tr(
                       "Created demo workspace %1: %2 customers, %3 orders, %4 returns, %5 campaigns, %6 contacts.")
                       .arg(QFileInfo(path).fileName())
                       .arg(summary->customers)
                       .arg(summary->orders)
                       .arg(summary->returns)
                       .arg(summary->campaigns)
                       .arg(summary->contacts)
                << Qt::endl;
    return ExitOk;
}

}  // namespace

Command demoCommand()
{
    Command command;
    command.name = QStringLiteral("demo");
    command.summary = Text::tr("Create a workspace filled with realistic demo customers, orders and campaigns");
    command.addOptions = [](QCommandLineParser &parser) {
        parser.addOption(
            {QStringLiteral("db"), Text::tr("Workspace file to create (must be new or empty)."), Text::tr("FILE")});
        parser.addOption({QStringLiteral("customers"), Text::tr("Number of customers (default 5000)."), Text::tr("N")});
        parser.addOption(
            {QStringLiteral("seed"), Text::tr("Random seed; the same seed gives the same data."), Text::tr("S")});
    };
    command.run = runDemo;
    return command;
}

}  // namespace Crm::Cli
