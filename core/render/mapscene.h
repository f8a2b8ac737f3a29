// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/charts/chartspec.h"
#include "core/render/chartscene.h"

#include <QByteArray>
#include <QColor>
#include <QList>

class QGraphicsItem;
class QGraphicsScene;

namespace core::render {

/// Item data keys of a map scene: the commune code on every commune shape and
/// circle, the "Nom (code INSEE) : valeur" text on the commune shapes, the
/// layer name.
inline constexpr int kMapCodeKey = 0x4d01;
inline constexpr int kMapTitleKey = 0x4d02;
inline constexpr int kMapLayerKey = 0x4d03;

/// Lays out a commune map (ChartKind::Map) between `top` and `bottom` of a
/// ChartScene: the communes (choropleth classes, or grey under proportional
/// circles; hatched without value), EPCI outlines, the selected commune, labels
/// of the most populous communes without overlap, scale bar, north arrow and
/// legend on the right.
void layoutMap(QGraphicsScene &scene, const charts::ChartSpec &spec, const RenderOptions &options,
               qreal top, qreal bottom, qreal u);
/// Colour of class `index` of `count` (ColorBrewer YlGnBu, sequential,
/// colour-blind safe).
[[nodiscard]] QColor mapClassColor(int index, int count);
/// The colours a map puts side by side (its classes, or the circles and the
/// ground).
[[nodiscard]] QList<QColor> mapColors(const charts::ChartSpec &spec);
/// The commune layer of a map as SVG: the background, then one <path> per
/// commune carrying a <title> "Nom (code INSEE) : valeur", hatching as an SVG
/// pattern. encodeScene() renders the rest of the scene with these items hidden
/// and inserts this layer beneath it.
[[nodiscard]] QByteArray svgCommuneLayer(const ChartScene &chart);
/// Scene items of the commune layer (shapes and background), for hiding while
/// rendering SVG.
[[nodiscard]] QList<QGraphicsItem *> communeLayerItems(const ChartScene &chart);
/// The ground of a map in paint order: background, commune shapes and EPCI
/// outlines, the same for every commune of a territory at a preset (the
/// selected commune is outlined above it). Empty when the chart is not a map or
/// when an item painted before the last of them overlaps them: only painting
/// everything in order is exact then.
[[nodiscard]] QList<QGraphicsItem *> mapGroundItems(const ChartScene &chart);
/// What the ground items draw (shapes, pens, brushes, places), as bytes: equal
/// bytes give equal pixels.
[[nodiscard]] QByteArray mapGroundKey(const QList<QGraphicsItem *> &ground);
/// The commune names of a map with their halos (the same for every commune of a territory), in
/// paint order; empty when one is not a plain top-level item.
[[nodiscard]] QList<QGraphicsItem *> mapLabelItems(const ChartScene &chart);
/// What the label items draw, as bytes (as mapGroundKey() for shapes; text blocks by their
/// lines, font, colour and places); empty when an item cannot be described.
[[nodiscard]] QByteArray mapLabelKey(const QList<QGraphicsItem *> &labels);

} // namespace core::render
