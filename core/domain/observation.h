// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace core {

/// How a figure was obtained. Stored as its key ("published", "computed", "estimated").
enum class Method { Published, Computed, Estimated };

[[nodiscard]] QString methodKey(Method method);
[[nodiscard]] std::optional<Method> methodFromKey(const QString &key);
/// "publié", "calculé", "estimé" (translated).
[[nodiscard]] QString methodLabel(Method method);
/// As methodLabel(), empty when there is no method (no value to qualify).
[[nodiscard]] inline QString methodLabel(std::optional<Method> method)
{
    return method ? methodLabel(*method) : QString();
}
/// As methodKey(), empty when there is no method.
[[nodiscard]] inline QString methodKey(std::optional<Method> method)
{
    return method ? methodKey(*method) : QString();
}

/// How precise the source says a figure is: "exact", "approximately" ("environ", "près de",
/// rounded millions), "at_least" ("plus de"), "at_most" ("au plus", "moins de").
[[nodiscard]] const QStringList &qualifiers();
[[nodiscard]] bool isQualifier(const QString &key);
/// French words written before the number: "" (exact), "environ ", "plus de ", "au plus ".
[[nodiscard]] QString qualifierPrefix(const QString &qualifier);

/// The reference year of data whose source does not state it.
inline constexpr int kUnknownYear = 0;

/// A figure's value for comparisons: the value, else the middle of its range, else nothing.
[[nodiscard]] inline std::optional<double> centralValue(const std::optional<double> &value,
                                                        const std::optional<double> &low,
                                                        const std::optional<double> &high)
{
    if (value)
        return value;
    if (low && high)
        return (*low + *high) / 2.0;
    return std::nullopt;
}

/// One sourced figure: territory, year, measure/scope/sector, a value or a range, its source.
/// A published range such as "8–9 %" has low/high and no value; an estimate has all three.
struct Observation
{
    qint64 id = 0;
    QString territoryCode; ///< typed code, e.g. "ARR:596"
    int year = kUnknownYear; ///< reference year of the data; kUnknownYear when not stated
    int publishedYear = 0; ///< year the source published it; 0 when not recorded
    QString measure; ///< vocabulary key, see core/domain/vocabulary.h
    QString scope = QStringLiteral("all");
    QString sector = QStringLiteral("all");
    std::optional<double> value; ///< missing (secret, not published) stays empty, never zero
    std::optional<double> low;
    std::optional<double> high;
    QString unit; ///< "percent", "count", "euro", "ratio"
    Method method = Method::Published;
    QString qualifier = QStringLiteral("exact"); ///< see qualifiers()
    QString unitCounted; ///< vocabulary::unitsCounted(); empty: not stated (unknown)
    QString basis; ///< what is counted, in French: "postes au 31 décembre", ...
    QString perimeter; ///< perimeter of the figure, in French
    QString note;
    qint64 sourceId = 0;
    qint64 datasetId = 0;

    /// Value for comparisons: the value, else the middle of the range, else nothing.
    [[nodiscard]] std::optional<double> centralValue() const
    {
        return core::centralValue(value, low, high);
    }
    [[nodiscard]] bool yearKnown() const { return year != kUnknownYear; }
};

} // namespace core
