// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/geo/communeatlas.h"
#include "core/referencedata.h"

#include "support/qtprinters.h"
#include "support/testdb.h"

#include <catch2/catch.hpp>

#include <QSet>

using namespace core::geo;

TEST_CASE("the shipped contours hold the 82 communes, each once, with their EPCI", "[geo]")
{
    auto atlas = CommuneAtlas::load(testsupport::referenceDataDir());
    REQUIRE(atlas.ok());
    REQUIRE(atlas->communes().size() == 82);
    auto reference = core::ReferenceData::load(testsupport::referenceDataDir());
    REQUIRE(reference.ok());
    QSet<QString> codes;
    for (const CommuneShape &s : atlas->communes()) {
        CHECK_FALSE(codes.contains(s.code));
        codes.insert(s.code);
    }
    int cavm = 0, caph = 0;
    for (const core::Territory &t : reference->territories) {
        if (t.kind != core::TerritoryKind::Commune)
            continue;
        const CommuneShape *s = atlas->commune(t.code);
        REQUIRE(s != nullptr);
        CHECK(s->epciCode == t.parentCode); // the 2018 contour file agrees with the DGCL 2026 list
        cavm += t.parentCode == u"EPCI:245901160";
        caph += t.parentCode == u"EPCI:200042190";
    }
    CHECK(cavm == 35);
    CHECK(caph == 47);
    REQUIRE(atlas->epcis().size() == 2);
}

TEST_CASE("commune areas sum to the area of the EPCI outlines", "[geo]")
{
    auto atlas = CommuneAtlas::load(testsupport::referenceDataDir());
    REQUIRE(atlas.ok());
    double communes = 0;
    QHash<QString, double> byEpci;
    for (const CommuneShape &s : atlas->communes()) {
        CHECK(s.areaKm2 > 0.5);
        communes += s.areaKm2;
        byEpci[s.epciCode] += s.areaKm2;
    }
    double outlines = 0;
    for (const EpciOutline &e : atlas->epcis()) {
        outlines += e.areaKm2;
        // Each EPCI outline is the union of its communes: same area to 0.1 %.
        CHECK(byEpci.value(e.code) == Approx(e.areaKm2).epsilon(0.001));
    }
    CHECK(communes == Approx(outlines).epsilon(0.001));
    // Insee gives 13.83 km² for Valenciennes; the contours are generalised (about
    // 25 % of the vertices kept), so within 2 %.
    CHECK(atlas->commune(QStringLiteral("COM:59606"))->areaKm2 == Approx(13.83).epsilon(0.02));
}

TEST_CASE("contour files are checked as they are read", "[geo]")
{
    CommuneAtlas atlas;
    SECTION("not GeoJSON")
    {
        auto st = atlas.addCommunes("{\"type\": \"Feature\"}", QStringLiteral("x.geojson"));
        REQUIRE_FALSE(st.ok());
        CHECK(st.error().message.contains(u"x.geojson"));
    }
    SECTION("a point instead of a polygon")
    {
        auto st = atlas.addCommunes(
                R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":)"
                R"({"insee_code":"59606"},"geometry":{"type":"Point","coordinates":[3,50]}}]})",
                QStringLiteral("x.geojson"));
        REQUIRE_FALSE(st.ok());
        CHECK(st.error().message.contains(u"Point"));
    }
    SECTION("a square of 0.01° at 50.35° N has the area of the ellipsoid's patch")
    {
        auto st = atlas.addCommunes(
                R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":)"
                R"({"insee_code":"59606"},"geometry":{"type":"Polygon","coordinates":)"
                R"([[[3.5,50.35],[3.51,50.35],[3.51,50.36],[3.5,50.36],[3.5,50.35]]]}}]})",
                QStringLiteral("x.geojson"));
        REQUIRE(st.ok());
        // On GRS 80 at 50.355° N: 0.01° of longitude = 711.7 m, 0.01° of latitude =
        // 1112.4 m (meridian and parallel radii M = 6 373 348 m, N cos φ = 4 077
        // 536 m): 0.7916 km².
        CHECK(atlas.commune(QStringLiteral("COM:59606"))->areaKm2 == Approx(0.7916).epsilon(0.001));
    }
}
