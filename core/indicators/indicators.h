// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/observation.h"
#include "core/domain/source.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>
#include <vector>

namespace core::indicators {

/// A source as cited beside a figure.
struct SourceRef
{
    qint64 id = 0;
    QString title;
    QString publisher;
    QString url;
    int year = 0; ///< publication year, 0 when unknown
    QString producer; ///< who made the statistic, when not the publisher
};

/// The regional value shown beside a local figure that differs from it a lot.
struct Comparison
{
    QString territoryCode;
    double value = 0;
    int year = 0; ///< reference year; kUnknownYear when not stated
    int publishedYear = 0;
    QString unit;
    QString scope; ///< "ess", or the local figure's family
    QString qualifier;
    QString unitCounted;
    bool unitsDiffer = false; ///< counts, scope or unit differ from the local figure's
    SourceRef source;
};

/// One indicator of one territory, year and source, with its provenance.
struct Indicator
{
    QString id; ///< employment_share, establishment_share, avg_employees, ...
    QString scope; ///< "ess" or an ESS family
    QString territoryCode; ///< the territory the figure belongs to
    int year = 0; ///< reference year; kUnknownYear when the source does not state it
    int publishedYear = 0; ///< publication year of the figure, 0 when not recorded
    std::optional<double> value;
    std::optional<double> low;
    std::optional<double> high;
    QString unit;
    Method method = Method::Published;
    QString qualifier = QStringLiteral("exact");
    QString unitCounted; ///< vocabulary::unitsCounted(), a ratio of two, or empty (unknown)
    QString basis;
    QString perimeter;
    QString note;
    QString formula; ///< for computed figures: what was divided by what
    QString check; ///< on a published figure: the value computed from its counts
    QList<SourceRef> sources;
    QString disagreement; ///< empty, or which sources disagree and by how much
    std::optional<Comparison> comparison;

    [[nodiscard]] std::optional<double> centralValue() const
    {
        return core::centralValue(value, low, high);
    }
    [[nodiscard]] bool yearKnown() const { return year != kUnknownYear; }
};

/// Relative gap above which sources "disagree" (10 %), or 1 point for shares.
inline constexpr double kDisagreementRelative = 0.10;
inline constexpr double kDisagreementPoints = 1.0;
/// Relative gap above which a local figure is shown with its region's value (30 %).
inline constexpr double kRegionalGapRelative = 0.30;

/// Indicator ids in display order.
[[nodiscard]] const QStringList &indicatorIds();

/// Indicators of one territory from its observations, grouped by year and source.
/// A ratio is computed only from counts of the same source, territory and reference year whose
/// units counted are known and compatible (method "computed", formula filled in); counts of
/// unknown unit ("jobs", "structures", none) or unknown year compute nothing. A published figure
/// always wins over a computed one for the same indicator, scope, territory and year; the
/// computed value then stays as its `check`. A value computed from approximate inputs is
/// approximate and rounded to what they support (two significant digits at most).
/// ESS share of jobs = 100 × employees(ess) / employees(all);
/// ESS share of establishments = 100 × establishments(ess) / establishments(all);
/// average size = employees(scope) / establishments(scope), or / employer_units(scope);
/// family share = 100 × employees(family) / employees(ess) (same for establishments).
[[nodiscard]] std::vector<Indicator> compute(const std::vector<Observation> &observations,
                                             const QHash<qint64, Source> &sources);

/// Flags indicators of the same id, scope and year from different sources whose values
/// differ by more than 10 % relative (1 point for shares), naming the sources.
void flagDisagreements(std::vector<Indicator> &indicators);

/// Sets `comparison` on local shares and averages that differ by more than 30 % relative from
/// the region's published indicator of the same id and scope (for a family's average size
/// without a regional one, the ESS's, marked as differing units) of the same reference year,
/// else of the nearest known year (the later when two are as near; a local figure of unknown
/// year is placed at its publication year); a regional figure of unknown year only when none of
/// known year exists. The comparison carries its year, which every surface writes.
void addRegionalComparisons(std::vector<Indicator> &local, const std::vector<Indicator> &regional);

/// The figure to headline for (id, scope): published or computed before estimated, then a known
/// reference year before an unknown one, then the latest year.
[[nodiscard]] std::optional<Indicator> headline(const std::vector<Indicator> &indicators,
                                                const QString &id, const QString &scope);

/// Rounds a value computed from approximate inputs to `digits` significant digits.
[[nodiscard]] double roundSignificant(double value, int digits);

/// True when two values of the same unit disagree by the thresholds above.
[[nodiscard]] bool disagree(double a, double b, const QString &unit);

} // namespace core::indicators
