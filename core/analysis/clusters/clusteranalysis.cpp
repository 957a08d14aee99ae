#include "clusteranalysis.h"

#include "kmeans.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace Crm::Core::Analysis::Clusters {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Crm::Clusters)
};

// Standardises each column to mean 0 and standard deviation 1 (a constant column becomes 0).
void standardise(PointSet &points)
{
    const qsizetype n = points.size();
    for (int d = 0; d < points.dimensions; ++d) {
        double mean = 0;
        for (qsizetype i = 0; i < n; ++i) {
            mean += points.values[size_t(i * points.dimensions + d)] / double(n);
        }
        double variance = 0;
        for (qsizetype i = 0; i < n; ++i) {
            const double diff = points.values[size_t(i * points.dimensions + d)] - mean;
            variance += diff * diff / double(n);
        }
        const double sd = std::sqrt(variance);
        for (qsizetype i = 0; i < n; ++i) {
            double &value = points.values[size_t(i * points.dimensions + d)];
            value = sd > 0 ? (value - mean) / sd : 0.0;
        }
    }
}

}  // namespace

Result<ClusterResult> clusterCustomers(const std::vector<CustomerHistory> &histories, const ClusterRequest &request,
                                       const ProgressSink &progress)
{
    if (!request.asOf.isValid()) {
        return makeError(Error::Code::BadUsage, Text::tr("An as-of date is needed."));
    }
    ClusterResult result;
    PointSet points;
    points.dimensions = 3;
    const qint64 asOf = request.asOf.toJulianDay();
    for (const CustomerHistory &history : histories) {
        const int orders = history.purchaseOrders();
        if (orders == 0) {
            continue;
        }
        CustomerCluster customer {history.customerId, 0, std::max<qint64>(0, asOf - history.lastPurchaseDay()), orders,
                                  history.netValue()};
        const double monetary = std::max(0.0, double(customer.monetary) / kMinorPerMajor);
        points.values.insert(
            points.values.end(),
            {std::log1p(double(customer.recencyDays)), std::log1p(double(customer.frequency)), std::log1p(monetary)});
        result.customers.push_back(customer);
    }
    const auto n = qsizetype(result.customers.size());
    const int lowK = request.k > 0 ? request.k : std::max(request.minimumK, 2);
    const int highK = request.k > 0 ? request.k : std::max(request.maximumK, lowK);
    if (n < qsizetype(lowK) + 1) {
        return makeError(Error::Code::BadInput,
                         Text::tr("Clustering into %1 groups needs at least %2 customers with a purchase; found %3.")
                             .arg(lowK)
                             .arg(lowK + 1)
                             .arg(n));
    }
    standardise(points);
    KMeansResult best;
    double bestScore = -2;
    for (int k = lowK; k <= std::min<qsizetype>(highK, n - 1); ++k) {
        KMeansResult candidate = kMeans(points, k, request.seed);
        const double score
            = silhouette(points, candidate.assignment, candidate.k, request.seed, request.silhouetteSample);
        if (request.k == 0) {
            result.silhouetteByK.emplace_back(k, score);
        }
        if (score > bestScore + 1e-12) {  // ties keep the smaller k
            bestScore = score;
            best = std::move(candidate);
        }
        if (!reportProgress(progress, k - lowK + 1, highK - lowK + 1)) {
            return makeError(Error::Code::Cancelled, Text::tr("The analysis was cancelled."));
        }
    }
    result.k = best.k;
    result.silhouette = bestScore;
    result.profiles.resize(size_t(best.k));
    std::vector<MoneyMinor> monetarySums(size_t(best.k), 0);
    for (qsizetype i = 0; i < n; ++i) {
        CustomerCluster &customer = result.customers[size_t(i)];
        customer.cluster = best.assignment[size_t(i)];
        ClusterProfile &profile = result.profiles[size_t(customer.cluster)];
        ++profile.customers;
        profile.meanRecencyDays += double(customer.recencyDays);
        profile.meanFrequency += customer.frequency;
        monetarySums[size_t(customer.cluster)] += customer.monetary;
    }
    for (int c = 0; c < best.k; ++c) {
        ClusterProfile &profile = result.profiles[size_t(c)];
        profile.cluster = c;
        if (profile.customers > 0) {
            profile.meanRecencyDays /= double(profile.customers);
            profile.meanFrequency /= double(profile.customers);
            profile.meanMonetary = qRound64(double(monetarySums[size_t(c)]) / double(profile.customers));
        }
    }
    return result;
}

}  // namespace Crm::Core::Analysis::Clusters
