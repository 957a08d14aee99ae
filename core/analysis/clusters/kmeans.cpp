#include "kmeans.h"

#include "common/random.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace Crm::Core::Analysis::Clusters {

namespace {

double squaredDistance(const double *a, const double *b, int dimensions)
{
    double sum = 0;
    for (int d = 0; d < dimensions; ++d) {
        const double diff = a[d] - b[d];
        sum += diff * diff;
    }
    return sum;
}

std::vector<double> seedPlusPlus(const PointSet &points, int k, Random &random)
{
    const qsizetype n = points.size();
    const int dims = points.dimensions;
    std::vector<double> centroids;
    centroids.reserve(size_t(k * dims));
    const qsizetype first = random.uniformInt(0, int(n - 1));
    centroids.insert(centroids.end(), points.point(first), points.point(first) + dims);
    std::vector<double> nearest(size_t(n), std::numeric_limits<double>::infinity());
    for (int c = 1; c < k; ++c) {
        const double *last = centroids.data() + (c - 1) * dims;
        for (qsizetype i = 0; i < n; ++i) {
            nearest[size_t(i)] = std::min(nearest[size_t(i)], squaredDistance(points.point(i), last, dims));
        }
        // D² sampling: the next centre is drawn with probability proportional to the squared
        // distance to the nearest centre chosen so far.
        const qsizetype pick = random.weightedIndex(nearest);
        centroids.insert(centroids.end(), points.point(pick), points.point(pick) + dims);
    }
    return centroids;
}

KMeansResult lloyd(const PointSet &points, int k, std::vector<double> centroids, int maxIterations)
{
    const qsizetype n = points.size();
    const int dims = points.dimensions;
    KMeansResult result;
    result.k = k;
    result.assignment.assign(size_t(n), -1);
    for (result.iterations = 0; result.iterations < maxIterations; ++result.iterations) {
        bool changed = false;
        result.inertia = 0;
        for (qsizetype i = 0; i < n; ++i) {
            int best = 0;
            double bestDistance = std::numeric_limits<double>::infinity();
            for (int c = 0; c < k; ++c) {
                const double d = squaredDistance(points.point(i), centroids.data() + c * dims, dims);
                if (d < bestDistance) {
                    bestDistance = d;
                    best = c;
                }
            }
            changed = changed || result.assignment[size_t(i)] != best;
            result.assignment[size_t(i)] = best;
            result.inertia += bestDistance;
        }
        if (!changed) {
            break;
        }
        std::vector<double> sums(size_t(k * dims), 0.0);
        std::vector<qsizetype> counts(size_t(k), 0);
        for (qsizetype i = 0; i < n; ++i) {
            const int c = result.assignment[size_t(i)];
            ++counts[size_t(c)];
            for (int d = 0; d < dims; ++d) {
                sums[size_t(c * dims + d)] += points.point(i)[d];
            }
        }
        for (int c = 0; c < k; ++c) {
            if (counts[size_t(c)] == 0) {
                continue;  // an emptied cluster keeps its centre; rare with k-means++ seeding
            }
            for (int d = 0; d < dims; ++d) {
                centroids[size_t(c * dims + d)] = sums[size_t(c * dims + d)] / double(counts[size_t(c)]);
            }
        }
    }
    result.centroids = std::move(centroids);
    return result;
}

// Relabels clusters so that centroids ascend in their first coordinate.
void canonicalise(KMeansResult &result, int dims)
{
    std::vector<int> order(size_t(result.k));
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](int l, int r) {
        return std::lexicographical_compare(
            result.centroids.begin() + l * dims, result.centroids.begin() + (l + 1) * dims,
            result.centroids.begin() + r * dims, result.centroids.begin() + (r + 1) * dims);
    });
    std::vector<int> newLabel(size_t(result.k));
    std::vector<double> centroids;
    for (int c = 0; c < result.k; ++c) {
        newLabel[size_t(order[size_t(c)])] = c;
        centroids.insert(centroids.end(), result.centroids.begin() + order[size_t(c)] * dims,
                         result.centroids.begin() + (order[size_t(c)] + 1) * dims);
    }
    for (int &label : result.assignment) {
        label = newLabel[size_t(label)];
    }
    result.centroids = std::move(centroids);
}

}  // namespace

KMeansResult kMeans(const PointSet &points, int k, quint64 seed, int restarts, int maxIterations)
{
    KMeansResult best;
    const qsizetype n = points.size();
    if (n == 0 || k < 1) {
        return best;
    }
    k = int(std::min<qsizetype>(k, n));
    Random random(seed);
    best.inertia = std::numeric_limits<double>::infinity();
    for (int attempt = 0; attempt < std::max(restarts, 1); ++attempt) {
        KMeansResult result = lloyd(points, k, seedPlusPlus(points, k, random), maxIterations);
        if (result.inertia < best.inertia) {
            best = std::move(result);
        }
    }
    canonicalise(best, points.dimensions);
    return best;
}

double silhouette(const PointSet &points, const std::vector<int> &assignment, int k, quint64 seed, qsizetype sampleSize)
{
    const qsizetype n = points.size();
    if (k < 2 || n < 2) {
        return 0;
    }
    std::vector<qsizetype> sample(static_cast<size_t>(n));
    std::iota(sample.begin(), sample.end(), qsizetype(0));
    if (n > sampleSize) {
        Random random(seed);
        for (qsizetype i = 0; i < sampleSize; ++i) {  // partial Fisher–Yates
            std::swap(sample[size_t(i)], sample[size_t(random.uniformInt(int(i), int(n - 1)))]);
        }
        sample.resize(size_t(sampleSize));
    }
    std::vector<qsizetype> counts(size_t(k), 0);
    for (int label : assignment) {
        ++counts[size_t(label)];
    }
    double total = 0;
    std::vector<double> distanceSums(static_cast<size_t>(k));
    for (qsizetype i : sample) {
        std::fill(distanceSums.begin(), distanceSums.end(), 0.0);
        for (qsizetype j = 0; j < n; ++j) {
            distanceSums[size_t(assignment[size_t(j)])]
                += std::sqrt(squaredDistance(points.point(i), points.point(j), points.dimensions));
        }
        const int own = assignment[size_t(i)];
        if (counts[size_t(own)] <= 1) {
            continue;  // silhouette of a singleton is 0 by definition
        }
        const double a = distanceSums[size_t(own)] / double(counts[size_t(own)] - 1);
        double b = std::numeric_limits<double>::infinity();
        for (int c = 0; c < k; ++c) {
            if (c != own && counts[size_t(c)] > 0) {
                b = std::min(b, distanceSums[size_t(c)] / double(counts[size_t(c)]));
            }
        }
        const double denominator = std::max(a, b);
        total += denominator > 0 && std::isfinite(b) ? (b - a) / denominator : 0.0;
    }
    return total / double(sample.size());
}

}  // namespace Crm::Core::Analysis::Clusters
