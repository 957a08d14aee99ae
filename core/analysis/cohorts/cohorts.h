#pragma once

#include "analysis/common/purchasehistory.h"
#include "common/money.h"
#include "common/progress.h"
#include "common/result.h"

#include <QDate>
#include <QSqlDatabase>
#include <QString>

#include <vector>

namespace Crm::Core::Analysis {

enum class CohortPeriod {
    Month,  // calendar months
    Week,  // weeks starting on Monday
    Quarter,  // calendar quarters
};

struct CohortRequest
{
    QDate asOf;  // D: only activity before D counts
    CohortPeriod period = CohortPeriod::Month;
};

struct CohortCell
{
    int period = 0;  // k: periods since the cohort's own period
    qint64 activeCustomers = 0;  // cohort customers with a purchase order in period c + k
    double retention = 0.0;  // activeCustomers / cohort size
    MoneyMinor revenue = 0;  // net revenue of the cohort's customers in period c + k
    double cumulativeRevenuePerCustomer = 0.0;  // minor units: revenue of periods 0..k / size
};

struct Cohort
{
    QDate start;  // first day of the cohort's period
    QString label;  // "2010-12", "2010-Q4", or the Monday "2010-11-29"
    qint64 size = 0;
    std::vector<CohortCell> cells;  // periods 0 .. the period holding D - 1
};

struct CohortResult
{
    QDate asOf;
    CohortPeriod period = CohortPeriod::Month;
    std::vector<Cohort> cohorts;  // oldest first
};

// Cohort = period of the first purchase order. Pure; one pass over the histories.
Result<CohortResult> analyzeCohorts(const std::vector<CustomerHistory> &histories, const CohortRequest &request);

// Runs the purchase-history scan for request.asOf and then analyzeCohorts.
Result<CohortResult> runCohorts(QSqlDatabase db, const CohortRequest &request, const ProgressSink &progress = {});

}  // namespace Crm::Core::Analysis
