#include "repeatdata.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <tuple>

namespace Crm::Core::Analysis::Clv {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Crm::Clv)
};

}  // namespace

Result<RepeatData> RepeatData::group(const std::vector<double> &x, const std::vector<double> &tx,
                                     const std::vector<double> &T)
{
    if (x.size() != tx.size() || x.size() != T.size()) {
        return makeError(Error::Code::BadUsage,
                         Text::tr("Frequency, recency and age must have one value per customer."));
    }
    std::vector<Row> rows;
    rows.reserve(x.size());
    for (size_t i = 0; i < x.size(); ++i) {
        const bool valid = std::isfinite(x[i]) && std::isfinite(tx[i]) && std::isfinite(T[i]) && x[i] >= 0
            && std::abs(x[i] - std::round(x[i])) < 1e-9 && tx[i] >= 0 && tx[i] <= T[i] + 1e-9
            && (x[i] == 0 || tx[i] > 0);
        if (!valid) {
            return makeError(Error::Code::BadInput,
                             Text::tr("Customer %1 has an impossible purchase summary (frequency %2, recency %3, "
                                      "age %4).")
                                 .arg(i + 1)
                                 .arg(x[i])
                                 .arg(tx[i])
                                 .arg(T[i]));
        }
        rows.push_back({std::round(x[i]), x[i] == 0 ? 0.0 : tx[i], T[i], 1.0, 0, 0, 0});
    }
    std::sort(rows.begin(), rows.end(),
              [](const Row &l, const Row &r) { return std::tie(l.x, l.tx, l.T) < std::tie(r.x, r.tx, r.T); });
    RepeatData data;
    for (const Row &row : rows) {
        data.totalWeight += 1;
        data.repeaters += row.x > 0 ? 1 : 0;
        if (!data.rows.empty() && data.rows.back().x == row.x && data.rows.back().tx == row.tx
            && data.rows.back().T == row.T) {
            data.rows.back().weight += 1;
            continue;
        }
        if (data.distinctX.empty() || data.distinctX.back() != row.x) {
            data.distinctX.push_back(row.x);
        }
        data.rows.push_back(row);
        data.rows.back().xIndex = int(data.distinctX.size() - 1);
        data.distinctTx.push_back(row.tx);
        data.distinctT.push_back(row.T);
    }
    for (std::vector<double> *values : {&data.distinctTx, &data.distinctT}) {
        std::sort(values->begin(), values->end());
        values->erase(std::unique(values->begin(), values->end()), values->end());
    }
    auto indexOf = [](const std::vector<double> &values, double value) {
        return int(std::lower_bound(values.begin(), values.end(), value) - values.begin());
    };
    for (Row &row : data.rows) {
        row.txIndex = indexOf(data.distinctTx, row.tx);
        row.tIndex = indexOf(data.distinctT, row.T);
    }
    return data;
}

}  // namespace Crm::Core::Analysis::Clv
