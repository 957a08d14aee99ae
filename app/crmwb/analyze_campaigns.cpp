#include "analysis/campaigns/campaigns.h"
#include "analyzers.h"
#include "lifecycleoptions.h"

#include <QCoreApplication>

namespace Crm::Cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Crm::Cli)
};

using Core::Analysis::CampaignStats;
using Core::Report::DataColumn;
using Core::Report::DataTable;

QVariant optionalReal(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant();
}

QVariant optionalMoney(const std::optional<Core::MoneyMinor> &value)
{
    return value ? QVariant(*value) : QVariant();
}

QString flag(bool value)
{
    return value ? QStringLiteral("true") : QStringLiteral("false");
}

DataTable campaignsTable(const Core::Analysis::CampaignsResult &result, bool details)
{
    DataTable table;
    table.addColumn(QStringLiteral("campaign_id"), DataColumn::Type::Text);
    table.addColumn(QStringLiteral("name"), DataColumn::Type::Text);
    table.addColumn(QStringLiteral("contacts"), DataColumn::Type::Integer);
    table.addColumn(QStringLiteral("control"), DataColumn::Type::Integer);
    table.addColumn(QStringLiteral("responders"), DataColumn::Type::Integer);
    table.addColumn(QStringLiteral("response_rate"), DataColumn::Type::Percent);
    table.addColumn(QStringLiteral("control_responders"), DataColumn::Type::Integer);
    table.addColumn(QStringLiteral("control_response_rate"), DataColumn::Type::Percent);
    table.addColumn(QStringLiteral("uplift"), DataColumn::Type::Percent);
    table.addColumn(QStringLiteral("revenue"), DataColumn::Type::Money);
    table.addColumn(QStringLiteral("incremental_revenue"), DataColumn::Type::Money);
    table.addColumn(QStringLiteral("cost"), DataColumn::Type::Money);
    table.addColumn(QStringLiteral("roas"), DataColumn::Type::Real);
    table.addColumn(QStringLiteral("roi"), DataColumn::Type::Real);
    table.addColumn(QStringLiteral("p_value"), DataColumn::Type::Real);
    table.addColumn(QStringLiteral("reactivation_rate"), DataColumn::Type::Percent);
    table.addColumn(QStringLiteral("average_order_value"), DataColumn::Type::Money);
    // "false": no control group, so the revenue is attributed, not incremental.
    table.addColumn(QStringLiteral("incremental"), DataColumn::Type::Text);
    if (details) {
        table.addColumn(QStringLiteral("control_revenue"), DataColumn::Type::Money);
        table.addColumn(QStringLiteral("orders"), DataColumn::Type::Integer);
        table.addColumn(QStringLiteral("dormant_contacts"), DataColumn::Type::Integer);
        table.addColumn(QStringLiteral("reactivated"), DataColumn::Type::Integer);
        table.addColumn(QStringLiteral("repeat_buyers"), DataColumn::Type::Integer);
        table.addColumn(QStringLiteral("window_open"), DataColumn::Type::Text);
    }
    for (const CampaignStats &c : result.campaigns) {
        QVariantList row {c.campaignId,
                          c.name,
                          c.contacts,
                          c.control,
                          c.responders,
                          optionalReal(c.responseRate),
                          c.controlResponders,
                          optionalReal(c.controlResponseRate),
                          optionalReal(c.uplift),
                          c.revenue,
                          optionalMoney(c.incrementalRevenue),
                          c.cost,
                          optionalReal(c.roas),
                          optionalReal(c.roi),
                          optionalReal(c.pValue),
                          optionalReal(c.reactivationRate),
                          optionalMoney(c.averageOrderValue),
                          flag(c.incremental)};
        if (details) {
            row << c.controlRevenue << c.orders << c.dormantContacts << c.reactivated << c.repeatBuyers
                << flag(c.windowOpen);
        }
        table.rows.append(row);
    }
    return table;
}

Core::Result<AnalyzerOutput> runCampaignsAnalyzer(const AnalyzeContext &context)
{
    Core::Analysis::CampaignsRequest request;
    request.asOf = context.asOf;
    if (auto ok = applyLifecycleRuleOptions(context.parser, request.lifecycle); !ok) {
        return ok.error();
    }
    auto window = intOption(context.parser, QStringLiteral("window-days"), request.windowDays, 0, 100000);
    if (!window) {
        return window.error();
    }
    auto margin = realOption(context.parser, QStringLiteral("margin"), request.margin, 0);
    if (!margin) {
        return margin.error();
    }
    request.windowDays = window.value();
    request.margin = margin.value();
    auto result = Core::Analysis::runCampaigns(context.db, request);
    if (!result) {
        return result.error();
    }
    AnalyzerOutput output;
    output.table = campaignsTable(result.value(), context.parser.isSet(QStringLiteral("campaign-details")));
    return output;
}

}  // namespace

Analyzer campaignsAnalyzer()
{
    Analyzer analyzer;
    analyzer.name = QStringLiteral("campaigns");
    analyzer.summary = Text::tr("Campaign response, uplift against control, revenue, ROAS, ROI and p-value");
    analyzer.options = lifecycleRuleOptions();
    analyzer.options << QCommandLineOption(QStringLiteral("window-days"),
                                           Text::tr("Campaigns: attribution window, days after the contact day "
                                                    "(the contact day counts as day 0) (30)."),
                                           QStringLiteral("N"))
                     << QCommandLineOption(QStringLiteral("margin"),
                                           Text::tr("Campaigns: share of revenue that is profit, for ROI (1.0)."),
                                           QStringLiteral("M"))
                     << QCommandLineOption(QStringLiteral("campaign-details"),
                                           Text::tr("Campaigns: add control revenue, orders, dormant contacts, "
                                                    "reactivated, repeat buyers and an open-window flag."));
    analyzer.run = runCampaignsAnalyzer;
    return analyzer;
}

}  // namespace Crm::Cli
