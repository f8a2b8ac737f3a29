// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/territorycode.h"
#include "core/domain/territoryindex.h"
#include "core/referencedata.h"
#include "support/qtprinters.h"
#include "support/testdb.h"

#include <catch2/catch.hpp>

using core::parseTerritoryCode;

TEST_CASE("territory codes are read in every shape people and files write them", "[domain]")
{
    CHECK(parseTerritoryCode(u"COM:59606") == QStringLiteral("COM:59606"));
    CHECK(parseTerritoryCode(u"  com:59606\u202F") == QStringLiteral("COM:59606"));
    CHECK(parseTerritoryCode(u"epci:245901160") == QStringLiteral("EPCI:245901160"));
    CHECK(parseTerritoryCode(u"fr") == QStringLiteral("FR"));
    CHECK(parseTerritoryCode(u"59606") == QStringLiteral("COM:59606"));
    CHECK(parseTerritoryCode(u"2a004") == QStringLiteral("COM:2A004"));
    CHECK(parseTerritoryCode(u"1004") == QStringLiteral("COM:01004"));
    CHECK(parseTerritoryCode(u"245901160") == QStringLiteral("EPCI:245901160"));
    // Not a code's shape: a name, a bare arrondissement number, an unknown prefix.
    CHECK(parseTerritoryCode(u"Valenciennes").isEmpty());
    CHECK(parseTerritoryCode(u"596").isEmpty());
    CHECK(parseTerritoryCode(u"XYZ:12").isEmpty());
    CHECK(parseTerritoryCode(u"COM:").isEmpty());
    CHECK(parseTerritoryCode(u"").isEmpty());
}

TEST_CASE("the territory index resolves what the parser reads, then bare numbers", "[domain]")
{
    auto data = core::ReferenceData::load(testsupport::referenceDataDir());
    REQUIRE(data.ok());
    const core::TerritoryIndex index(data->territories);
    for (const char *text : { "com:59606", "59606", "COM:59606" }) {
        const auto t = index.resolve(QString::fromLatin1(text));
        INFO(text);
        REQUIRE(t.ok());
        CHECK(t->code == QStringLiteral("COM:59606"));
    }
    const auto arr = index.resolve(QStringLiteral("596"));
    REQUIRE(arr.ok());
    CHECK(arr->code == QStringLiteral("ARR:596"));
    const auto epci = index.resolve(QStringLiteral("245901160"));
    REQUIRE(epci.ok());
    CHECK(epci->code == QStringLiteral("EPCI:245901160"));
    CHECK_FALSE(index.resolve(QStringLiteral("COM:99999")).ok());
}
