#pragma once

#include "analysisfilter.h"
#include "historycache.h"
#include "report/datatable.h"
#include "store/workspacesettings.h"

#include <QHash>
#include <QSqlDatabase>

namespace Crm::Ui {

// The figures of the Overview page for one period (the 12 months before a date).
struct PeriodFigures
{
    qint64 customers = 0;  // acquired: a purchase before the period's end
    qint64 active = 0;  // lifecycle stage new or active at the period's end
    qint64 dormant = 0;
    Core::MoneyMinor revenue = 0;  // net, within the period
    Core::MoneyMinor averageOrderValue = 0;  // gross purchases / purchase orders
    double repeatRate = 0;  // buyers of the period with >= 2 purchase orders in it / buyers
};

struct OverviewData
{
    PeriodFigures current;  // the 12 months before D
    PeriodFigures previous;  // the 12 months before that
    bool hasPrevious = false;  // some purchase happened before the previous period ended
    Core::Report::DataTable tiers;  // tier (by the settings' rule), customers
    Core::Report::DataTable funnel;  // step, customers, pct_of_previous
    Core::Report::DataTable revenueByMonth;  // month, revenue, orders
};

// The figures of the 12 months before `end` (julian day), lifecycle at `end` by the
// settings' lifecycle rule.
PeriodFigures periodFigures(const Histories &histories, QDate end, const Core::Store::WorkspaceSettings &settings = {});

// Everything but the monthly revenue, from the shared history. pointsBalance: the
// customers' points, for the points tier rule.
OverviewData overviewFromHistories(const Histories &histories, QDate asOf,
                                   const Core::Store::WorkspaceSettings &settings = {},
                                   const QHash<QString, qint64> &pointsBalance = {});

// Net revenue and purchase orders per calendar month before asOf, with the filter's
// date range, channel, city and tier applied.
Core::Result<Core::Report::DataTable> revenueByMonth(QSqlDatabase db, const AnalysisFilter &filter);

}  // namespace Crm::Ui
