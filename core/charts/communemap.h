// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/charts/chartspec.h"

#include <QList>
#include <QString>

namespace core {
class Workspace;
}

namespace core::charts {

/// The chart id of the commune map in the catalogue and on the command line.
inline const QString kCommuneMapId = QStringLiteral("commune-map");

/// An indicator the commune map can show: "population", "density",
/// "employees:ess" (an imported measure with its scope) or a register estimate
/// ("register-ess-share").
struct MapIndicator
{
    QString id;
    QString label; ///< translated, for choosers and `export --list`
};

/// Builds commune maps (ChartKind::Map) from the workspace: per commune value,
/// state, class, provenance; classes and legend. GUI thread, as ChartBuilder.
class CommuneMapBuilder
{
public:
    explicit CommuneMapBuilder(const Workspace &workspace)
        : m_workspace(workspace)
    {
    }

    /// Indicators with data for the 82 communes: population and density always,
    /// then imported measures (latest year), then the register estimates when a
    /// SIRENE import exists.
    [[nodiscard]] QList<MapIndicator> indicators() const;
    /// The territory whose communes a map of `territory` draws: ARR:596 for the
    /// arrondissement and larger areas, the EPCI itself, a commune's EPCI (the
    /// commune highlighted).
    [[nodiscard]] QString extentOf(const QString &territory) const;
    /// The map of `indicator` for `territory`; an unknown indicator gives an
    /// empty map that says so.
    [[nodiscard]] ChartSpec build(const QString &territory, const QString &indicator) const;

private:
    const Workspace &m_workspace;
};

/// French alternative text of a map: highest and lowest communes, range,
/// classes, gaps.
[[nodiscard]] QString mapAltText(const ChartSpec &spec);
/// The map's data as CSV (UTF-8 with BOM, ";", decimal comma, CRLF): commune
/// code, name, value, low, high, class, state, method, year, source.
[[nodiscard]] QByteArray mapCsv(const ChartSpec &spec);

} // namespace core::charts
