#include "overviewdata.h"

#include "analysis/common/analysisparameters.h"
#include "analysis/funnel/funnel.h"
#include "analysis/lifecycle/lifecycle.h"
#include "analysis/tiers/tiers.h"
#include "store/connection.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Crm::Ui {

using Core::Report::DataColumn;
using Core::Report::DataTable;

namespace {

// " AND ..." conditions on orders for the filter's channel, city and tier.
QString orderFilterSql(const AnalysisFilter &filter)
{
    QString sql;
    if (!filter.channel.isEmpty()) {
        sql += QStringLiteral(" AND channel = :channel");
    }
    if (filter.restrictsCustomers()) {
        sql += QStringLiteral(" AND customer_id IN (SELECT customer_id FROM customers WHERE 1 = 1");
        if (!filter.city.isEmpty()) {
            sql += QStringLiteral(" AND city = :city");
        }
        if (!filter.tier.isEmpty()) {
            sql += QStringLiteral(" AND tier = :tier");
        }
        sql += QLatin1Char(')');
    }
    return sql;
}

void bindFilter(QSqlQuery &query, const AnalysisFilter &filter)
{
    if (!filter.channel.isEmpty()) {
        query.bindValue(QStringLiteral(":channel"), filter.channel);
    }
    if (!filter.city.isEmpty()) {
        query.bindValue(QStringLiteral(":city"), filter.city);
    }
    if (!filter.tier.isEmpty()) {
        query.bindValue(QStringLiteral(":tier"), filter.tier);
    }
}

}  // namespace

PeriodFigures periodFigures(const Histories &histories, QDate end, const Core::Store::WorkspaceSettings &settings)
{
    PeriodFigures figures;
    const qint64 endDay = end.toJulianDay();
    const qint64 startDay = end.addMonths(-12).toJulianDay();
    Core::MoneyMinor purchases = 0;
    qint64 orders = 0;
    qint64 buyers = 0;
    qint64 repeatBuyers = 0;
    for (const auto &history : histories) {
        int ordersInPeriod = 0;
        bool acquired = false;
        for (const auto &day : history.days) {
            if (day.julianDay >= endDay) {
                break;
            }
            acquired = acquired || day.orders > 0;
            if (day.julianDay >= startDay) {
                figures.revenue += day.purchases + day.returns;
                purchases += day.purchases;
                orders += day.orders;
                ordersInPeriod += day.orders;
            }
        }
        figures.customers += acquired ? 1 : 0;
        buyers += ordersInPeriod > 0 ? 1 : 0;
        repeatBuyers += ordersInPeriod >= 2 ? 1 : 0;
    }
    figures.averageOrderValue = orders > 0 ? (purchases + orders / 2) / orders : 0;
    figures.repeatRate = buyers > 0 ? double(repeatBuyers) / double(buyers) : 0.0;

    const Core::Analysis::LifecycleRequest request = Core::Analysis::lifecycleRequest(settings, end);
    bool isDefault = false;
    const double population = Core::Analysis::populationCycleDays(histories, endDay, request, &isDefault);
    const Core::Analysis::LifecycleClassifier classifier(request, population);
    for (const auto &history : histories) {
        switch (classifier.classify(history, endDay).stage) {
        case Core::Analysis::LifecycleStage::New:
        case Core::Analysis::LifecycleStage::Active:
            ++figures.active;
            break;
        case Core::Analysis::LifecycleStage::Dormant:
            ++figures.dormant;
            break;
        default:
            break;
        }
    }
    return figures;
}

OverviewData overviewFromHistories(const Histories &histories, QDate asOf,
                                   const Core::Store::WorkspaceSettings &settings,
                                   const QHash<QString, qint64> &pointsBalance)
{
    OverviewData data;
    data.current = periodFigures(histories, asOf, settings);
    const QDate previousEnd = asOf.addMonths(-12);
    data.previous = periodFigures(histories, previousEnd, settings);
    data.hasPrevious = data.previous.customers > 0;

    Core::Analysis::FunnelRequest request;
    request.lifecycle = Core::Analysis::lifecycleRequest(settings, asOf);
    const auto funnel = Core::Analysis::analyzeFunnel(histories, request);
    data.funnel.addColumn(QStringLiteral("step"), DataColumn::Type::Text);
    data.funnel.addColumn(QStringLiteral("customers"), DataColumn::Type::Integer);
    data.funnel.addColumn(QStringLiteral("pct_of_previous"), DataColumn::Type::Percent);
    data.funnel.addColumn(QStringLiteral("pct_of_first"), DataColumn::Type::Percent);
    for (const auto &step : funnel.steps) {
        data.funnel.rows.append({step.name, step.customers,
                                 step.pctOfPrevious ? QVariant(*step.pctOfPrevious) : QVariant(),
                                 step.pctOfFirst ? QVariant(*step.pctOfFirst) : QVariant()});
    }

    // Tiers as the analysis computes them by the settings' rule (not the imported column).
    Core::Analysis::TierRequest tierRequest = Core::Analysis::tierRequest(settings, asOf);
    tierRequest.pointsBalance = pointsBalance;
    data.tiers.addColumn(QStringLiteral("tier"), DataColumn::Type::Text);
    data.tiers.addColumn(QStringLiteral("customers"), DataColumn::Type::Integer);
    if (auto tiers = Core::Analysis::analyzeTiers(histories, tierRequest)) {
        for (const auto &row : tiers->distribution) {
            data.tiers.rows.append({Core::Analysis::tierName(row.tier), row.customers});
        }
    }
    return data;
}

Core::Result<DataTable> revenueByMonth(QSqlDatabase db, const AnalysisFilter &filter)
{
    QString sql
        = QStringLiteral("SELECT substr(ordered_at, 1, 7) AS month, SUM(amount_minor), "
                         "SUM(CASE WHEN status = 'purchase' THEN 1 ELSE 0 END) FROM orders WHERE ordered_at < :asOf");
    if (filter.from.isValid()) {
        sql += QStringLiteral(" AND ordered_at >= :from");
    }
    if (filter.to.isValid()) {
        sql += QStringLiteral(" AND ordered_at < :toExclusive");
    }
    sql += orderFilterSql(filter) + QStringLiteral(" GROUP BY substr(ordered_at, 1, 7) ORDER BY month");
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        return Core::Store::databaseError(QStringLiteral("revenue by month"), query.lastError().text());
    }
    query.bindValue(QStringLiteral(":asOf"),
                    (filter.asOf.isValid() ? filter.asOf : QDate(9999, 12, 31)).toString(Qt::ISODate));
    if (filter.from.isValid()) {
        query.bindValue(QStringLiteral(":from"), filter.from.toString(Qt::ISODate));
    }
    if (filter.to.isValid()) {
        query.bindValue(QStringLiteral(":toExclusive"), filter.to.addDays(1).toString(Qt::ISODate));
    }
    bindFilter(query, filter);
    if (!query.exec()) {
        return Core::Store::databaseError(QStringLiteral("revenue by month"), query.lastError().text());
    }
    DataTable table;
    table.addColumn(QStringLiteral("month"), DataColumn::Type::Text);
    table.addColumn(QStringLiteral("revenue"), DataColumn::Type::Money);
    table.addColumn(QStringLiteral("orders"), DataColumn::Type::Integer);
    while (query.next()) {
        table.rows.append({query.value(0).toString(), query.value(1).toLongLong(), query.value(2).toLongLong()});
    }
    return table;
}

}  // namespace Crm::Ui
