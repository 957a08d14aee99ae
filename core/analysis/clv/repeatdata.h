#pragma once

#include "common/result.h"

#include <QString>

#include <vector>

namespace Crm::Core::Analysis::Clv {

// Customers with identical (x, t_x, T) collapse into one row with a weight, so the
// likelihood costs as many terms as there are distinct histories (daily data over a few
// years: far fewer than customers). Rows are sorted by x; xIndex points into distinctX so
// the x-only terms (log Γ, ψ) are computed once per distinct x.
struct RepeatData
{
    struct Row
    {
        double x = 0;
        double tx = 0;
        double T = 0;
        double weight = 0;
        int xIndex = 0;
        int txIndex = 0;
        int tIndex = 0;
    };
    std::vector<Row> rows;
    std::vector<double> distinctX;
    // Distinct t_x and T values (daily data has a few thousand), so log(α + t) is computed
    // once per value and not once per row.
    std::vector<double> distinctTx;
    std::vector<double> distinctT;
    double totalWeight = 0;
    qint64 repeaters = 0;  // customers with x > 0

    // Checks the vectors (same length, x a count, 0 <= t_x <= T, t_x > 0 when x > 0)
    // and groups them. Rounding noise from the source (e.g. weeks to 2 dp) is tolerated.
    static Result<RepeatData> group(const std::vector<double> &x, const std::vector<double> &tx,
                                    const std::vector<double> &T);
};

}  // namespace Crm::Core::Analysis::Clv
