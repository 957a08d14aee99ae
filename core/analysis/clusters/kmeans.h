#pragma once

#include <QtGlobal>

#include <vector>

namespace Crm::Core::Analysis::Clusters {

// Points as rows of a row-major matrix: point i is values[i·dimensions … (i+1)·dimensions).
struct PointSet
{
    int dimensions = 0;
    std::vector<double> values;

    qsizetype size() const { return dimensions > 0 ? qsizetype(values.size()) / dimensions : 0; }
    const double *point(qsizetype i) const { return values.data() + i * dimensions; }
};

struct KMeansResult
{
    int k = 0;
    std::vector<int> assignment;  // cluster of each point, 0 … k−1
    std::vector<double> centroids;  // k × dimensions, row-major
    double inertia = 0;  // Σ squared distance to the own centroid
    int iterations = 0;
};

// Lloyd's k-means seeded by k-means++ (Arthur & Vassilvitskii 2007). Deterministic for a
// seed on every platform (core/common/random.h, no std distributions). The best of
// `restarts` seedings by inertia is returned. Clusters are renumbered by their first
// coordinate's centroid, ascending, so labels do not depend on the seeding.
KMeansResult kMeans(const PointSet &points, int k, quint64 seed, int restarts = 4, int maxIterations = 300);

// Mean silhouette coefficient (Rousseeuw 1987) of an assignment; for more than
// `sampleSize` points a deterministic sample (seeded) is scored against all points.
double silhouette(const PointSet &points, const std::vector<int> &assignment, int k, quint64 seed,
                  qsizetype sampleSize = 2000);

}  // namespace Crm::Core::Analysis::Clusters
