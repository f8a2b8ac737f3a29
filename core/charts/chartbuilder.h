// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/charts/chartspec.h"

#include <QList>
#include <QString>

namespace core {
class Workspace;
}

namespace core::charts {

/// Builds the dashboard's charts from the workspace's indicators. Stateless; GUI thread.
class ChartBuilder
{
public:
    explicit ChartBuilder(const Workspace &workspace)
        : m_workspace(workspace)
    {
    }

    /// Chart ids in display order.
    [[nodiscard]] static QStringList chartIds();
    /// True for charts drawn only when their data exist (sectors, evolution, ranking, sources).
    [[nodiscard]] static bool isConditional(const QString &id);
    /// One line saying what the chart `id` shows (for `export --list`); empty when unknown.
    [[nodiscard]] static QString describe(const QString &id);
    /// The chart `id` for `territory`, compared with `reference`. Unknown id: empty spec.
    [[nodiscard]] ChartSpec build(const QString &id, const QString &territory,
                                  const QString &reference) const;
    /// ESS share of salaried jobs by territory (selected, CAVM, CAPH, both, Nord, region, France).
    [[nodiscard]] ChartSpec jobsShare(const QString &territory, const QString &reference) const;
    /// ESS share of establishments by territory.
    [[nodiscard]] ChartSpec establishmentsShare(const QString &territory,
                                                const QString &reference) const;
    /// Employees per structure: the local claim, local evidence and the regional averages.
    [[nodiscard]] ChartSpec averageSize(const QString &territory, const QString &reference) const;
    /// ESS jobs by family for the territory, else its reference territory.
    [[nodiscard]] ChartSpec families(const QString &territory, const QString &reference) const;
    /// Key-figure card: ESS share of jobs.
    [[nodiscard]] ChartSpec keyFigure(const QString &territory) const;
    /// ESS vs the rest of the economy, 100 % stacked, for the compared territories.
    [[nodiscard]] ChartSpec essVsRest(const QString &territory, const QString &reference) const;
    /// ESS jobs by sector (NAF section) when sector data exist.
    [[nodiscard]] ChartSpec sectors(const QString &territory, const QString &reference) const;
    /// ESS share of jobs over the years, at the nearest level with several years.
    [[nodiscard]] ChartSpec evolution(const QString &territory, const QString &reference) const;
    /// The communes of the territory ranked by their ESS share of jobs, when communes have one.
    [[nodiscard]] ChartSpec communeRanking(const QString &territory) const;
    /// The ESS share of jobs as each source gives it, side by side, at the nearest level with
    /// several sources.
    [[nodiscard]] ChartSpec sourcesCompared(const QString &territory,
                                            const QString &reference) const;

    /// Short citation of a source: "Insee, Insee Analyses n° 174 (2024)".
    [[nodiscard]] QString citation(qint64 sourceId) const;

private:
    /// After a failed database read, an empty chart says so instead of "no source gives…".
    [[nodiscard]] ChartSpec withReadStatus(ChartSpec spec) const;
    [[nodiscard]] ChartSpec comparison(const QString &chartId, const QString &indicatorId,
                                       const QString &territory, const QString &reference) const;
    [[nodiscard]] QStringList candidateLevels(const QString &territory,
                                              const QString &reference) const;
    [[nodiscard]] QStringList comparedTerritories(const QString &territory,
                                                  const QString &reference) const;

    const Workspace &m_workspace;
};

/// French alternative text for a chart: what it shows and its main values.
[[nodiscard]] QString altText(const ChartSpec &spec);
/// The chart's data as CSV bytes: UTF-8 with BOM, ";" separator, decimal comma, CRLF.
[[nodiscard]] QByteArray toCsv(const ChartSpec &spec);

} // namespace core::charts
