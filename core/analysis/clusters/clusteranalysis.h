#pragma once

#include "analysis/common/purchasehistory.h"
#include "common/money.h"
#include "common/progress.h"
#include "common/result.h"

#include <QDate>
#include <QString>

#include <vector>

namespace Crm::Core::Analysis::Clusters {

struct ClusterRequest
{
    QDate asOf;  // recency is measured to this day (histories hold activity before it)
    int k = 0;  // 0: choose k in [minimumK, maximumK] by the mean silhouette
    int minimumK = 2;
    int maximumK = 8;
    quint64 seed = 20240618;
    qsizetype silhouetteSample = 2000;  // customers scored per k when choosing k
};

struct CustomerCluster
{
    QString customerId;
    int cluster = 0;
    qint64 recencyDays = 0;  // last purchase day → as-of date
    int frequency = 0;  // purchase orders
    MoneyMinor monetary = 0;  // net value
};

struct ClusterProfile
{
    int cluster = 0;
    qint64 customers = 0;
    double meanRecencyDays = 0;
    double meanFrequency = 0;
    MoneyMinor meanMonetary = 0;  // rounded to the minor unit
};

struct ClusterResult
{
    int k = 0;
    double silhouette = 0;  // of the chosen k
    std::vector<std::pair<int, double>> silhouetteByK;  // when k was chosen
    std::vector<CustomerCluster> customers;
    std::vector<ClusterProfile> profiles;
};

// k-means (k-means++ seeding, fixed seed) on the standardised log(1 + R), log(1 + F),
// log(1 + M) of every customer with a purchase (M floored at 0). Clusters are numbered by
// their recency centroid, most recent first. Deterministic.
Result<ClusterResult> clusterCustomers(const std::vector<CustomerHistory> &histories, const ClusterRequest &request,
                                       const ProgressSink &progress = {});

}  // namespace Crm::Core::Analysis::Clusters
