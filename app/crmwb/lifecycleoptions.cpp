#include "lifecycleoptions.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

#include <cmath>

namespace Crm::Cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Crm::Cli)
};

// Reads "customer_id,p_alive" lines (a header line is skipped), as `analyze clv` writes them.
Core::Result<QHash<QString, double>> readPAlive(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        return Core::makeError(Core::Error::Code::Io, Text::tr("Cannot read %1: %2").arg(path, file.errorString()));
    }
    QHash<QString, double> probabilities;
    QTextStream in(&file);
    qint64 line = 0;
    while (!in.atEnd()) {
        const QString text = in.readLine().trimmed();
        ++line;
        if (text.isEmpty()) {
            continue;
        }
        const QStringList fields = text.split(QLatin1Char(','));
        bool ok = false;
        const double p = fields.size() >= 2 ? fields.at(1).trimmed().toDouble(&ok) : 0.0;
        if (!ok || p < 0 || p > 1) {
            if (line == 1) {
                continue;  // the header
            }
            return Core::makeError(
                Core::Error::Code::BadInput,
                Text::tr("%1, line %2: expected customer_id,p_alive with 0 <= p_alive <= 1").arg(path).arg(line));
        }
        probabilities.insert(fields.at(0).trimmed(), p);
    }
    return probabilities;
}

}  // namespace

QList<QCommandLineOption> lifecycleRuleOptions()
{
    return {
        {QStringLiteral("new-days"), Text::tr("Lifecycle: new = first purchase within N days before D (90)."),
         QStringLiteral("N")},
        {QStringLiteral("cycle-min-days"),
         Text::tr("Lifecycle: purchase days needed for a personal cycle; fewer use the population median (3)."),
         QStringLiteral("N")},
        {QStringLiteral("default-cycle-days"), Text::tr("Lifecycle: cycle when nobody has enough purchase days (90)."),
         QStringLiteral("DAYS")},
        {QStringLiteral("dormant-days"), Text::tr("Lifecycle: dormant when recency > max(DAYS, F x cycle) (60)."),
         QStringLiteral("DAYS")},
        {QStringLiteral("dormant-cycles"), Text::tr("Lifecycle: the factor F of the dormant rule (2)."),
         QStringLiteral("F")},
        {QStringLiteral("churned-days"), Text::tr("Lifecycle: churned when recency > max(DAYS, F x cycle) (365)."),
         QStringLiteral("DAYS")},
        {QStringLiteral("churned-cycles"), Text::tr("Lifecycle: the factor F of the churned rule (4)."),
         QStringLiteral("F")},
        {QStringLiteral("p-alive"),
         Text::tr("Lifecycle: classify by P(alive) from a CSV file customer_id,p_alive instead of the cycle rule."),
         Text::tr("FILE")},
        {QStringLiteral("p-alive-dormant"), Text::tr("Lifecycle: with --p-alive, dormant below P (0.5)."),
         QStringLiteral("P")},
        {QStringLiteral("p-alive-churned"), Text::tr("Lifecycle: with --p-alive, churned below P (0.1)."),
         QStringLiteral("P")},
    };
}

Core::Result<int> intOption(const QCommandLineParser &parser, const QString &name, int fallback, int minimum,
                            int maximum)
{
    if (!parser.isSet(name)) {
        return fallback;
    }
    bool ok = false;
    const int value = parser.value(name).toInt(&ok);
    if (!ok || value < minimum || value > maximum) {
        return Core::makeError(
            Core::Error::Code::BadUsage,
            Text::tr("--%1 must be a whole number from %2 to %3").arg(name).arg(minimum).arg(maximum));
    }
    return value;
}

Core::Result<double> realOption(const QCommandLineParser &parser, const QString &name, double fallback, double minimum)
{
    if (!parser.isSet(name)) {
        return fallback;
    }
    bool ok = false;
    const double value = parser.value(name).toDouble(&ok);
    if (!ok || !std::isfinite(value) || value < minimum) {
        return Core::makeError(Core::Error::Code::BadUsage,
                               Text::tr("--%1 must be a number of at least %2").arg(name).arg(minimum));
    }
    return value;
}

Core::VoidResult applyLifecycleRuleOptions(const QCommandLineParser &parser, Core::Analysis::LifecycleRequest &request)
{
    auto newDays = intOption(parser, QStringLiteral("new-days"), request.newWithinDays, 0, 100000);
    auto minDays = intOption(parser, QStringLiteral("cycle-min-days"), request.minPurchaseDaysForCycle, 2, 100000);
    auto defaultCycle = realOption(parser, QStringLiteral("default-cycle-days"), request.defaultCycleDays, 0);
    auto dormantDays = realOption(parser, QStringLiteral("dormant-days"), request.dormantMinDays, 0);
    auto dormantCycles = realOption(parser, QStringLiteral("dormant-cycles"), request.dormantCycles, 0);
    auto churnedDays = realOption(parser, QStringLiteral("churned-days"), request.churnedMinDays, 0);
    auto churnedCycles = realOption(parser, QStringLiteral("churned-cycles"), request.churnedCycles, 0);
    auto pDormant = realOption(parser, QStringLiteral("p-alive-dormant"), 0.5, 0);
    auto pChurned = realOption(parser, QStringLiteral("p-alive-churned"), 0.1, 0);
    for (const Core::Error *error : {newDays ? nullptr : &newDays.error(), minDays ? nullptr : &minDays.error()}) {
        if (error) {
            return *error;
        }
    }
    for (const auto *value :
         {&defaultCycle, &dormantDays, &dormantCycles, &churnedDays, &churnedCycles, &pDormant, &pChurned}) {
        if (!*value) {
            return value->error();
        }
    }
    request.newWithinDays = newDays.value();
    request.minPurchaseDaysForCycle = minDays.value();
    request.defaultCycleDays = defaultCycle.value();
    request.dormantMinDays = dormantDays.value();
    request.dormantCycles = dormantCycles.value();
    request.churnedMinDays = churnedDays.value();
    request.churnedCycles = churnedCycles.value();
    if (parser.isSet(QStringLiteral("p-alive"))) {
        auto probabilities = readPAlive(parser.value(QStringLiteral("p-alive")));
        if (!probabilities) {
            return probabilities.error();
        }
        request.pAlive = Core::Analysis::PAliveRule {probabilities.value(), pDormant.value(), pChurned.value()};
    }
    return {};
}

}  // namespace Crm::Cli
