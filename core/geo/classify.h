// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

namespace core::geo {

/// How a choropleth's classes are cut.
enum class ClassMethod {
    Quantiles, ///< (nearly) equal numbers of communes per class
    NaturalBreaks, ///< Jenks–Fisher: least squared deviation within classes
                   ///< (exact optimum)
};

/// Upper bounds of at most `classes` classes of `values` (ascending, the last
/// is the maximum); fewer classes when the values have fewer distinct numbers.
/// A value belongs to the first class whose upper bound it does not exceed.
/// Empty for no values.
///
/// Quantiles: class j takes the sorted values of rank floor(j·n/k) to
/// floor((j+1)·n/k) − 1, its upper bound is the last of them; classes that
/// would repeat a bound are merged.
[[nodiscard]] QList<double> quantileBreaks(QList<double> values, int classes);
/// Natural breaks (Fisher 1958, "On grouping for maximum homogeneity", the
/// exact algorithm behind Jenks' method): the partition of the sorted values
/// into `classes` runs minimising the sum of squared deviations from the class
/// means.
[[nodiscard]] QList<double> naturalBreaks(QList<double> values, int classes);
/// The largest 1, 2 or 5 times a power of ten not above `v` (0 for v <= 0):
/// round values for legends (reference circles, scale bars).
[[nodiscard]] double roundDown125(double v);
/// Index of the class of `value` given upper bounds (the last class for
/// anything above).
[[nodiscard]] int classIndex(double value, const QList<double> &upperBounds);

} // namespace core::geo
