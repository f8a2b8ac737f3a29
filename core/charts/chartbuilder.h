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
    explicit ChartBuilder(const Workspace &workspace) : m_workspace(workspace) { }

    /// Chart ids in display order.
    [[nodiscard]] static QStringList chartIds();
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

    /// Short citation of a source: "Insee, Insee Analyses n° 174 (2024)".
    [[nodiscard]] QString citation(qint64 sourceId) const;

private:
    [[nodiscard]] ChartSpec comparison(const QString &chartId, const QString &indicatorId,
                                       const QString &territory, const QString &reference) const;
    [[nodiscard]] QStringList comparedTerritories(const QString &territory,
                                                  const QString &reference) const;

    const Workspace &m_workspace;
};

/// French alternative text for a chart: what it shows and its main values.
[[nodiscard]] QString altText(const ChartSpec &spec);
/// The chart's data as CSV bytes: UTF-8 with BOM, ";" separator, decimal comma, CRLF.
[[nodiscard]] QByteArray toCsv(const ChartSpec &spec);

} // namespace core::charts
