// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/geo/classify.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace core::geo {

namespace {
QList<double> distinctSorted(QList<double> values)
{
    std::sort(values.begin(), values.end());
    values.erase(std::unique(values.begin(), values.end()), values.end());
    return values;
}
} // namespace

QList<double> quantileBreaks(QList<double> values, int classes)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    QList<double> bounds;
    if (n == 0 || classes < 1)
        return bounds;
    const int k = int(std::min<qsizetype>(classes, distinctSorted(values).size()));
    for (int j = 0; j < k; ++j) {
        const qsizetype last = (qsizetype(j) + 1) * n / k - 1;
        const double bound = values.at(std::max<qsizetype>(0, last));
        if (bounds.isEmpty() || bound > bounds.constLast())
            bounds.append(bound);
    }
    if (bounds.constLast() < values.constLast())
        bounds.last() = values.constLast();
    return bounds;
}

QList<double> naturalBreaks(QList<double> values, int classes)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    if (n == 0 || classes < 1)
        return {};
    const int k = int(std::min<qsizetype>(classes, distinctSorted(values).size()));
    // Prefix sums give the squared deviation of any run [i, j] in O(1).
    std::vector<double> s(size_t(n) + 1, 0.0), s2(size_t(n) + 1, 0.0);
    for (qsizetype i = 0; i < n; ++i) {
        s[size_t(i) + 1] = s[size_t(i)] + values.at(i);
        s2[size_t(i) + 1] = s2[size_t(i)] + values.at(i) * values.at(i);
    }
    const auto ssd = [&](qsizetype i, qsizetype j) { // values i..j inclusive
        const double count = double(j - i + 1);
        const double sum = s[size_t(j) + 1] - s[size_t(i)];
        return s2[size_t(j) + 1] - s2[size_t(i)] - sum * sum / count;
    };
    const double inf = std::numeric_limits<double>::infinity();
    // cost[c][j]: best cost of the first j + 1 values in c + 1 classes;
    // from[c][j]: where the last class starts.
    std::vector<std::vector<double>> cost(size_t(k), std::vector<double>(size_t(n), inf));
    std::vector<std::vector<qsizetype>> from(size_t(k), std::vector<qsizetype>(size_t(n), 0));
    for (qsizetype j = 0; j < n; ++j)
        cost[0][size_t(j)] = ssd(0, j);
    for (int c = 1; c < k; ++c)
        for (qsizetype j = c; j < n; ++j)
            for (qsizetype start = c; start <= j; ++start) {
                const double v = cost[size_t(c) - 1][size_t(start) - 1] + ssd(start, j);
                if (v < cost[size_t(c)][size_t(j)]) {
                    cost[size_t(c)][size_t(j)] = v;
                    from[size_t(c)][size_t(j)] = start;
                }
            }
    QList<double> bounds(k);
    qsizetype end = n - 1;
    for (int c = k - 1; c >= 0; --c) {
        bounds[c] = values.at(end);
        if (c > 0)
            end = from[size_t(c)][size_t(end)] - 1;
    }
    // Equal values split across two runs would repeat a bound: merge such
    // classes.
    bounds.erase(std::unique(bounds.begin(), bounds.end()), bounds.end());
    return bounds;
}

double roundDown125(double v)
{
    if (v <= 0)
        return 0;
    const double p = std::pow(10.0, std::floor(std::log10(v)));
    for (const double m : { 5.0, 2.0, 1.0 })
        if (m * p <= v)
            return m * p;
    return p;
}

int classIndex(double value, const QList<double> &upperBounds)
{
    for (qsizetype i = 0; i < upperBounds.size(); ++i)
        if (value <= upperBounds.at(i))
            return int(i);
    return int(upperBounds.size()) - 1;
}

} // namespace core::geo
