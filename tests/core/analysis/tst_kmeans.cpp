// k-means++ and the silhouette choice of k on hand-made data where the answer is known.

#include "analysis/clusters/clusteranalysis.h"
#include "analysis/clusters/kmeans.h"
#include "common/random.h"

#include <QTest>

#include <cmath>
#include <set>

using namespace Crm::Core::Analysis::Clusters;

namespace {

// Three well separated 2-D blobs of 50 points around (0, 0), (10, 0) and (5, 8); point i
// belongs to blob i / 50.
PointSet threeBlobs()
{
    Crm::Core::Random random(3);
    PointSet points;
    points.dimensions = 2;
    const double centres[3][2] = {{0, 0}, {10, 0}, {5, 8}};
    for (const auto &centre : centres) {
        for (int i = 0; i < 50; ++i) {
            points.values.push_back(centre[0] + 0.5 * random.normal());
            points.values.push_back(centre[1] + 0.5 * random.normal());
        }
    }
    return points;
}

}  // namespace

class TestKMeans final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldRecoverThreeBlobs();
    void shouldPreferThreeBySilhouette();
    void shouldBeDeterministic();
    void shouldComputeSilhouetteByHand();
    void shouldClusterCustomers();
};

void TestKMeans::shouldRecoverThreeBlobs()
{
    const PointSet points = threeBlobs();
    const KMeansResult result = kMeans(points, 3, 42);
    QCOMPARE(result.k, 3);
    // Labels are ordered by centroid: (0,0) → 0, (5,8) → 1, (10,0) → 2.
    const int expectedLabel[3] = {0, 2, 1};
    for (qsizetype i = 0; i < points.size(); ++i) {
        QCOMPARE(result.assignment[size_t(i)], expectedLabel[i / 50]);
    }
    QVERIFY(std::abs(result.centroids[2] - 5) < 0.3 && std::abs(result.centroids[3] - 8) < 0.3);
}

void TestKMeans::shouldPreferThreeBySilhouette()
{
    const PointSet points = threeBlobs();
    double best = -1;
    int bestK = 0;
    for (int k = 2; k <= 8; ++k) {
        const KMeansResult result = kMeans(points, k, 42);
        const double score = silhouette(points, result.assignment, k, 42);
        if (score > best) {
            best = score;
            bestK = k;
        }
    }
    QCOMPARE(bestK, 3);
    QVERIFY(best > 0.8);
}

void TestKMeans::shouldBeDeterministic()
{
    const PointSet points = threeBlobs();
    const KMeansResult a = kMeans(points, 5, 99);
    const KMeansResult b = kMeans(points, 5, 99);
    QCOMPARE(a.assignment, b.assignment);
    QCOMPARE(a.centroids, b.centroids);
    QCOMPARE(silhouette(points, a.assignment, 5, 1, 40), silhouette(points, b.assignment, 5, 1, 40));
}

void TestKMeans::shouldComputeSilhouetteByHand()
{
    // 1-D points 0, 1 | 10, 12. Point 0: a = 1, b = (10 + 12) / 2 = 11, s = 10/11; point 1:
    // a = 1, b = 10, s = 0.9; point 10: a = 2, b = 9.5, s = 7.5/9.5; point 12: a = 2, b = 11.5,
    // s = 9.5/11.5.
    PointSet points;
    points.dimensions = 1;
    points.values = {0, 1, 10, 12};
    const double expected = (10.0 / 11 + 0.9 + 7.5 / 9.5 + 9.5 / 11.5) / 4;
    QVERIFY(std::abs(silhouette(points, {0, 0, 1, 1}, 2, 1) - expected) < 1e-12);
}

void TestKMeans::shouldClusterCustomers()
{
    // Two obvious groups: recent frequent big spenders and lapsed one-time small buyers.
    std::vector<Crm::Core::Analysis::CustomerHistory> histories;
    const QDate asOf(2025, 1, 1);
    for (int i = 0; i < 40; ++i) {
        Crm::Core::Analysis::CustomerHistory h;
        h.customerId = QStringLiteral("vip%1").arg(i, 2, 10, QLatin1Char('0'));
        for (int d = 10 + i % 3; d-- > 0;) {  // ascending days
            const Crm::Core::Analysis::PurchaseDay day {asOf.toJulianDay() - 5 - 7 * d - i % 4, 1, 50000 + 100 * i, 0};
            h.days.push_back(day);
        }
        histories.push_back(h);
        Crm::Core::Analysis::CustomerHistory lapsed;
        lapsed.customerId = QStringLiteral("old%1").arg(i, 2, 10, QLatin1Char('0'));
        const Crm::Core::Analysis::PurchaseDay once {asOf.toJulianDay() - 400 - 3 * i, 1, 2000 + 10 * i, 0};
        lapsed.days.push_back(once);
        histories.push_back(lapsed);
    }
    ClusterRequest request;
    request.asOf = asOf;
    auto result = clusterCustomers(histories, request);
    QVERIFY(result);
    QCOMPARE(result->k, 2);
    QCOMPARE(result->silhouetteByK.size(), size_t(7));  // k = 2 … 8 tried
    for (const CustomerCluster &c : result->customers) {
        // Cluster 0 has the lowest recency centroid: the recent buyers.
        QCOMPARE(c.cluster, c.customerId.startsWith(QLatin1String("vip")) ? 0 : 1);
    }
    QCOMPARE(result->profiles[0].customers, qint64(40));
    QVERIFY(result->profiles[0].meanFrequency > 9);
    request.k = 3;
    auto fixed = clusterCustomers(histories, request);
    QVERIFY(fixed);
    QCOMPARE(fixed->k, 3);
    QVERIFY(fixed->silhouetteByK.empty());
}

QTEST_APPLESS_MAIN(TestKMeans)
#include "tst_kmeans.moc"
