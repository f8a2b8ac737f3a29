// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/observation.h"
#include "core/domain/source.h"
#include "core/domain/territory.h"
#include "core/domain/territoryindex.h"
#include "core/indicators/indicators.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>
#include <vector>

namespace core::indicators {

/// Below this many establishments a commune's ESS share is flagged as a small count: one
/// establishment more or less moves it by 20 points or more (with 5, 1/5 = 20 %), so such a
/// share says little and must not lead a ranking. The Communes tab, its chart and the map
/// use this one threshold.
inline constexpr double kSmallCountThreshold = 5;

/// Where register figures come from: one stored `import-sirene` dataset.
struct RegisterProvenance
{
    qint64 datasetId = 0;
    qint64 sourceId = 0;
    int year = 0;
    QString stockDate; ///< "2026-10-01"
    QString convention; ///< "sirene-ess-bench/1"
    QString sourceTitle;
};

/// One territory's counts from the register (all estimated). Missing stays empty.
struct RegisterCounts
{
    std::optional<double> active; ///< active establishments, employer or not
    std::optional<double> activeEss;
    std::optional<double> employers; ///< active employer establishments
    std::optional<double> employersEss;
    std::optional<double> employeesEssLow;
    std::optional<double> employeesEssMid;
    std::optional<double> employeesEssHigh;

    /// 100 × activeEss / active; empty when either is missing or active <= 0.
    [[nodiscard]] std::optional<double> essShare() const;
    /// 100 × employersEss / employers; empty when either is missing or employers <= 0.
    [[nodiscard]] std::optional<double> employerEssShare() const;
    /// True when essShare() rests on fewer than kSmallCountThreshold establishments.
    [[nodiscard]] bool smallActiveCount() const { return active && *active < kSmallCountThreshold; }
    /// True when employerEssShare() rests on fewer than kSmallCountThreshold establishments.
    [[nodiscard]] bool smallEmployerCount() const
    {
        return employers && *employers < kSmallCountThreshold;
    }
};

struct RegisterCommune
{
    Territory commune;
    QString epciName; ///< short name of its EPCI ("CAVM"), empty when none
    RegisterCounts counts;
};

/// The register's figures for the communes of a territory, from the latest stored stock.
struct RegisterFigures
{
    RegisterProvenance provenance;
    std::vector<RegisterCommune> communes; ///< territory order; only communes with figures
    [[nodiscard]] bool isEmpty() const { return provenance.datasetId == 0 || communes.empty(); }
};

/// The register runs among `datasets` (kind "sirene"), latest stock first, then latest import,
/// with their convention and stock date as stored and their source's title.
[[nodiscard]] std::vector<RegisterProvenance>
registerDatasets(const QList<Dataset> &datasets, const QHash<qint64, Source> &sources);

/// One commune with its stored observations (of any dataset), as the caller read them.
struct CommuneObservations
{
    Territory commune;
    const std::vector<Observation> *observations = nullptr; ///< never null
};

/// Register figures of `communes` from the run of `runs` (latest first, as registerDatasets()
/// orders them) that is the latest to cover any of them; sector "all" only. Empty when no run
/// covers them. `index` names each commune's EPCI.
[[nodiscard]] RegisterFigures registerFigures(const std::vector<RegisterProvenance> &runs,
                                              const std::vector<CommuneObservations> &communes,
                                              const TerritoryIndex &index);

/// An indicator computed from the register for one territory, with its provenance.
struct RegisterEstimate
{
    Indicator indicator;
    RegisterProvenance provenance;
};

/// The register's own estimate of indicator (`id`, `scope`) among a territory's `indicators`
/// (no inheritance from a larger area): the estimated one of the run's year and source, latest
/// run first; empty when the register gives none.
[[nodiscard]] std::optional<RegisterEstimate>
registerEstimate(const std::vector<RegisterProvenance> &runs,
                 const std::vector<Indicator> &indicators, const QString &id, const QString &scope);

} // namespace core::indicators
