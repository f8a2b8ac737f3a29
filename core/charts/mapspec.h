// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/observation.h"
#include "core/geo/classify.h"
#include "core/geo/communeatlas.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace core::charts {

/// How a commune map shows its indicator: rates and shares as a choropleth,
/// counts as proportional circles (never counts as a choropleth).
enum class MapStyle { Choropleth, Circles };

/// Why a commune has, or has no, value on the map.
enum class MapValueState {
    Value,
    Missing, ///< no source gives it: hatched, "non disponible"
    Secret, ///< the source withholds it: hatched, "secret statistique"
    TooFew, ///< a share on too few establishments: hatched, "effectif trop
            ///< faible"
};

/// One commune of a map.
struct MapArea
{
    QString code; ///< "COM:59606"
    QString name;
    std::optional<double> value;
    std::optional<double> low; ///< bounds of an estimate
    std::optional<double> high;
    MapValueState state = MapValueState::Missing;
    QString text; ///< "1 234 hab./km²", "secret statistique"
    int classIndex = -1; ///< choropleth class; -1 without value
    std::optional<Method> method; ///< empty: no value
    int year = 0;
    QString source; ///< short citation
    bool highlight = false; ///< the selected commune
    qint64 population = 0; ///< ranks the communes whose names are written on the map
};

/// What a commune map draws besides ChartSpec's title, notes and source line.
/// Plain data; the contours are shared, never copied.
struct MapSpec
{
    QString indicator; ///< "density", "population", "employment_share:ess",
                       ///< "register-ess-share"
    QString indicatorLabel; ///< "Densité de population"
    QString legendTitle; ///< "Habitants par km²"
    QString unit; ///< "percent", "count", "ratio", "density"
    MapStyle style = MapStyle::Choropleth;
    geo::ClassMethod classMethod = geo::ClassMethod::NaturalBreaks;
    QList<double> upperBounds; ///< choropleth classes (ascending)
    QStringList classLabels; ///< "de 120 à 450 hab./km²", French typography
    QString classMethodLabel; ///< "Classes : seuils naturels (Jenks)"
    double maxValue = 0; ///< circles: the value of the largest circle
    QList<double> referenceValues; ///< circles drawn in the legend (2–3)
    QList<MapArea> areas; ///< the communes drawn, in code order
    QStringList epciCodes; ///< EPCI outlines drawn
    std::shared_ptr<const geo::CommuneAtlas> atlas;
};

/// Label of a state without value: "non disponible", "secret statistique",
/// "effectif trop faible".
[[nodiscard]] QString mapStateLabel(MapValueState state);

} // namespace core::charts
