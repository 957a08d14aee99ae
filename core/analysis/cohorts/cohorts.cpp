#include "cohorts.h"

#include <QCoreApplication>

#include <algorithm>

namespace Crm::Core::Analysis {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Crm::Analysis)
};

// 2000-01-03 was a Monday: weeks are counted from there.
const qint64 kMondayReference = QDate(2000, 1, 3).toJulianDay();

qint64 floorDiv(qint64 a, qint64 b)
{
    return a >= 0 ? a / b : -((-a + b - 1) / b);
}

// Consecutive integers for consecutive periods, so k = index(day) - index(cohort).
class PeriodIndex
{
public:
    explicit PeriodIndex(CohortPeriod period)
        : m_period(period)
    { }

    // Precomputes the index of every day in [first, last]: calendar arithmetic per order
    // day would dominate the run time with ten million days.
    void tabulate(qint64 first, qint64 last)
    {
        m_first = first;
        m_table.resize(size_t(std::max<qint64>(0, last - first + 1)));
        for (size_t i = 0; i < m_table.size(); ++i) {
            m_table[i] = compute(first + qint64(i));
        }
    }

    qint64 of(qint64 julianDay) const
    {
        const qint64 offset = julianDay - m_first;
        return offset >= 0 && offset < qint64(m_table.size()) ? m_table[size_t(offset)] : compute(julianDay);
    }

    QDate start(qint64 index) const
    {
        switch (m_period) {
        case CohortPeriod::Month:
            return QDate(int(floorDiv(index, 12)), int(index - floorDiv(index, 12) * 12) + 1, 1);
        case CohortPeriod::Quarter:
            return QDate(int(floorDiv(index, 4)), int(index - floorDiv(index, 4) * 4) * 3 + 1, 1);
        case CohortPeriod::Week:
            return QDate::fromJulianDay(kMondayReference + index * 7);
        }
        return {};
    }

    QString label(qint64 index) const
    {
        const QDate first = start(index);
        switch (m_period) {
        case CohortPeriod::Month:
            return first.toString(QStringLiteral("yyyy-MM"));
        case CohortPeriod::Quarter:
            return QStringLiteral("%1-Q%2").arg(first.year()).arg((first.month() - 1) / 3 + 1);
        case CohortPeriod::Week:
            return first.toString(Qt::ISODate);
        }
        return {};
    }

private:
    qint64 compute(qint64 julianDay) const
    {
        if (m_period == CohortPeriod::Week) {
            return floorDiv(julianDay - kMondayReference, 7);
        }
        int year = 0;
        int month = 0;
        QDate::fromJulianDay(julianDay).getDate(&year, &month, nullptr);
        return m_period == CohortPeriod::Month ? qint64(year) * 12 + (month - 1) : qint64(year) * 4 + (month - 1) / 3;
    }

    CohortPeriod m_period;
    qint64 m_first = 0;
    std::vector<qint64> m_table;
};

}  // namespace

Result<CohortResult> analyzeCohorts(const std::vector<CustomerHistory> &histories, const CohortRequest &request)
{
    if (!request.asOf.isValid()) {
        return makeError(Error::Code::BadUsage, Text::tr("An as-of date is needed."));
    }
    CohortResult result;
    result.asOf = request.asOf;
    result.period = request.period;
    const qint64 asOf = request.asOf.toJulianDay();
    PeriodIndex index(request.period);
    // First purchase day per customer (0: none before D), found once.
    std::vector<qint64> firstDays(histories.size(), 0);
    qint64 earliest = asOf - 1;
    for (size_t i = 0; i < histories.size(); ++i) {
        const qint64 first = histories[i].firstPurchaseDay();
        if (first != 0 && first < asOf) {
            firstDays[i] = first;
            earliest = std::min(earliest, first);
        }
    }
    index.tabulate(earliest, asOf - 1);
    const qint64 lastIndex = index.of(asOf - 1);
    const qint64 firstIndex = index.of(earliest);
    const auto periods = size_t(lastIndex - firstIndex + 1);
    // One row of cells per cohort that has customers, k = 0 .. the period of D - 1: a stray
    // order decades back costs one long row, not a quadratic grid.
    std::vector<qint64> sizes(periods, 0);
    for (const qint64 first : firstDays) {
        if (first != 0) {
            ++sizes[size_t(index.of(first) - firstIndex)];
        }
    }
    std::vector<std::vector<qint64>> active(periods);
    std::vector<std::vector<MoneyMinor>> revenue(periods);
    for (size_t c = 0; c < periods; ++c) {
        if (sizes[c] > 0) {
            active[c].assign(periods - c, 0);
            revenue[c].assign(periods - c, 0);
        }
    }
    for (size_t i = 0; i < histories.size(); ++i) {
        const CustomerHistory &history = histories[i];
        const qint64 first = firstDays[i];
        if (first == 0) {
            continue;
        }
        const auto cohort = size_t(index.of(first) - firstIndex);
        qint64 lastCounted = -1;
        for (const PurchaseDay &day : history.days) {
            if (day.julianDay < first) {
                continue;  // a return before the first purchase belongs to no cohort period
            }
            if (day.julianDay >= asOf) {
                break;
            }
            const qint64 period = index.of(day.julianDay) - firstIndex;
            const auto k = size_t(period) - cohort;
            revenue[cohort][k] += day.purchases + day.returns;
            if (day.orders > 0 && period != lastCounted) {
                ++active[cohort][k];
                lastCounted = period;
            }
        }
    }
    for (size_t c = 0; c < periods; ++c) {
        if (sizes[c] == 0) {
            continue;
        }
        Cohort cohort;
        cohort.start = index.start(qint64(c) + firstIndex);
        cohort.label = index.label(qint64(c) + firstIndex);
        cohort.size = sizes[c];
        MoneyMinor cumulative = 0;
        for (size_t p = c; p < periods; ++p) {
            CohortCell cell;
            cell.period = int(p - c);
            cell.activeCustomers = active[c][p - c];
            cell.retention = double(cell.activeCustomers) / double(cohort.size);
            cell.revenue = revenue[c][p - c];
            cumulative += cell.revenue;
            cell.cumulativeRevenuePerCustomer = double(cumulative) / double(cohort.size);
            cohort.cells.push_back(cell);
        }
        result.cohorts.push_back(std::move(cohort));
    }
    return result;
}

Result<CohortResult> runCohorts(QSqlDatabase db, const CohortRequest &request, const ProgressSink &progress)
{
    PurchaseHistoryRequest scan;
    scan.asOf = request.asOf;
    scan.includeProspects = false;  // customers without a purchase belong to no cohort
    auto histories = loadPurchaseHistory(db, scan, progress);
    if (!histories) {
        return histories.error();
    }
    return analyzeCohorts(histories.value(), request);
}

}  // namespace Crm::Core::Analysis
