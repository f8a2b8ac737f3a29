// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/charts/mapspec.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace core::charts {

enum class ChartKind {
    KeyFigure, ///< one big number and its label
    HorizontalBars, ///< one bar per category, value written on the bar
    StackedPercent, ///< 100 % stacked bars: each value is the ESS share, the rest fills to 100
    Columns, ///< vertical bars over years (evolution), value axis from zero
    Map, ///< the communes of a territory (see `map`)
};

/// One mark: a category's value (or range), its French text and what to say beside it.
struct ChartValue
{
    QString category; ///< "CAPH", "Hauts-de-France"
    QString detail; ///< "2024 · La Gazette NPDC"
    std::optional<double> value;
    std::optional<double> low;
    std::optional<double> high;
    QString text; ///< formatted for the mark: "10 %", "8–9 %", "non disponible"
    std::optional<Method> method; ///< empty: no value (methodLabel() gives the French word)
    int year = 0; ///< the figure's reference year; 0 when not stated
    bool highlight = false; ///< the selected territory
    bool reference = false; ///< the reference territory ("Comparer avec")
    // Provenance of the value, one CSV row each (tidy data).
    QString territoryCode; ///< the territory of the row
    QString levelCode; ///< the territory the value belongs to (a parent when inherited)
    QString indicatorId;
    int publishedYear = 0;
    QString qualifier;
    QString unitCounted;
    QString source; ///< citation
    QString note;
    /// A series break (source, unit or perimeter change) between the previous value drawn and
    /// this one: the short label drawn beside a dashed vertical mark ("rupture"); empty if none.
    QString breakBefore;
};

/// What to draw, independent of Qt Charts: the GUI, exports and the press kit all use it.
struct ChartSpec
{
    QString id; ///< stable id: "jobs-share", "families", ...
    ChartKind kind = ChartKind::HorizontalBars;
    QString title;
    QString subtitle;
    QString unit; ///< "percent", "count", "ratio"
    QString valueAxisTitle;
    QList<ChartValue> values;
    QString sourceLine; ///< "Sources : Insee (2024) ; PHARE, Manifeste (2025)"
    QStringList sourceCitations; ///< the sources the line names, each once, in order
    QStringList notes;
    QString emptyMessage; ///< shown instead of an empty frame
    int latestYear = 0; ///< vintage of the newest figure drawn
    QString territoryCode; ///< the territory the chart is about ("ARR:596")
    QString territoryName; ///< its name, for provenance and file metadata
    /// The wider territory whose figures are drawn when the chart's own has none (the region's
    /// families for a commune); empty when the chart is about its own territory. Such a chart
    /// is the same for every territory below that level: a press kit writes it once.
    QString levelCode;
    std::shared_ptr<const MapSpec> map; ///< set for ChartKind::Map

    [[nodiscard]] bool hasData() const
    {
        for (const ChartValue &v : values)
            if (v.value || (v.low && v.high))
                return true;
        return false;
    }
};

} // namespace core::charts
