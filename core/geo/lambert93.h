// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointF>

namespace core::geo {

/// Lambert-93 (EPSG:2154): Lambert conformal conic on GRS 80, standard
/// parallels 44° and 49° N, origin 46°30' N 3° E, false easting 700 000 m,
/// false northing 6 600 000 m. Longitude and latitude in degrees (RGF93, taken
/// equal to WGS 84 at the metre: ETRS89 and WGS 84 differ by well under a metre
/// in 2018 data), result in metres (x east, y north).
[[nodiscard]] QPointF toLambert93(double longitude, double latitude);
/// Inverse of toLambert93(): metres -> (longitude, latitude) in degrees.
[[nodiscard]] QPointF fromLambert93(const QPointF &xy);
/// Point scale factor k of the projection at a latitude (degrees): a projected
/// length is k times the length on the ellipsoid, a projected area k² times the
/// area.
[[nodiscard]] double lambert93ScaleFactor(double latitude);

} // namespace core::geo
