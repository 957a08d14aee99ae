#pragma once

#include "common/progress.h"
#include "common/result.h"

#include <QDate>

namespace Crm::Core::Store {

class Workspace;

struct DemoOptions
{
    int customers = 5000;
    quint64 seed = 20240618;
    QDate lastDay = QDate(2025, 12, 31);  // a fixed date, so the data never depends on "today"
    int years = 3;
};

struct DemoSummary
{
    qint64 customers = 0;
    qint64 orders = 0;
    qint64 returns = 0;
    qint64 campaigns = 0;
    qint64 contacts = 0;
};

// Fills an empty workspace with a realistic, deterministic shop: Chinese and English
// customers, three years of orders from a buy-till-you-die process with heterogeneous
// rates, drop-out and spend, same-day repeat orders, returns, points, and four campaigns
// with treatment and control groups (two with a real uplift, one without, one without a
// control group). Everything is written in one transaction, as one import.
Result<DemoSummary> generateDemo(const Workspace &workspace, const DemoOptions &options,
                                 const ProgressSink &progress = {});

}  // namespace Crm::Core::Store
