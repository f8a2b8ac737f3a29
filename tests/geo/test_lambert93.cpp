// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/geo/lambert93.h"

#include <catch2/catch.hpp>

using core::geo::fromLambert93;
using core::geo::lambert93ScaleFactor;
using core::geo::toLambert93;

namespace {
void checkPoint(double lon, double lat, double x, double y)
{
    const QPointF p = toLambert93(lon, lat);
    CHECK(p.x() == Approx(x).margin(0.001));
    CHECK(p.y() == Approx(y).margin(0.001));
    const QPointF back = fromLambert93(QPointF(x, y));
    CHECK(back.x() == Approx(lon).margin(1e-8));
    CHECK(back.y() == Approx(lat).margin(1e-8));
}
} // namespace

TEST_CASE("Lambert-93 puts its origin at the published false easting and northing", "[geo]")
{
    // EPSG:2154 definition: latitude of origin 46°30' N, central meridian 3° E,
    // false easting 700 000 m, false northing 6 600 000 m.
    checkPoint(3.0, 46.5, 700000.0, 6600000.0);
}

TEST_CASE("Lambert-93 matches published and independently computed coordinates "
          "to the mm",
          "[geo]")
{
    SECTION("a pair published by fr.moonbooks.org (pyproj, EPSG:2154 <-> "
            "EPSG:4326)")
    {
        // "Convertir des coordonnées Lambert 93 en longitude et latitude avec
        // python 3": (882408.3, 6543019.6) <-> 5.355651287573366
        // E, 45.96240165432614 N.
        checkPoint(5.355651287573366, 45.96240165432614, 882408.3, 6543019.6);
    }
    SECTION("Valenciennes town hall, checked with PROJ's cs2cs")
    {
        // Hôtel de ville, place d'Armes, about 3.52346 E, 50.35795 N (WGS 84,
        // rounded); `echo "50.35795 3.52346" | cs2cs -f %.4f EPSG:4326 EPSG:2154`
        // (PROJ 9.1.1, Debian 12 proj-bin) gives 737300.3640 7029039.5691, an
        // independent computation.
        checkPoint(3.52346, 50.35795, 737300.3640, 7029039.5691);
    }
    SECTION("far from the origin: Dunkirk and Strasbourg, checked with cs2cs")
    {
        checkPoint(2.377, 51.03, 656197.7069, 7103982.2362);
        checkPoint(7.7521, 48.5734, 1050362.6954, 6840899.6472);
    }
}

TEST_CASE("Lambert-93 scale factor is 1 on the standard parallels", "[geo]")
{
    CHECK(lambert93ScaleFactor(44.0) == Approx(1.0).epsilon(1e-12));
    CHECK(lambert93ScaleFactor(49.0) == Approx(1.0).epsilon(1e-12));
    CHECK(lambert93ScaleFactor(46.5) < 1.0);
    // North of 49° N lengths are stretched: about 1.0013 at Valenciennes.
    CHECK(lambert93ScaleFactor(50.36) == Approx(1.0013).margin(0.0002));
}
