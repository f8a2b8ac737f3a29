// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/charts/communeranking.h"
#include "support/qtprinters.h"

#include <catch2/catch.hpp>

using namespace core;

TEST_CASE("a commune ranking is largest first, stable, and says what it left out", "[charts]")
{
    charts::ChartSpec spec;
    const struct
    {
        const char *name;
        double value;
    } communes[] = { { "Anzin", 3 }, { "Bruay", 5 }, { "Condé", 1 }, { "Denain", 5 } };
    for (const auto &c : communes) {
        charts::ChartValue v;
        v.category = QString::fromUtf8(c.name);
        v.value = c.value;
        spec.values.append(v);
    }

    SECTION("all kept when within the limit")
    {
        charts::rankCommunes(spec, 0);
        REQUIRE(spec.values.size() == 4);
        CHECK(spec.values[0].category == QStringLiteral("Bruay")); // ties keep their order
        CHECK(spec.values[1].category == QStringLiteral("Denain"));
        CHECK(spec.values[2].category == QStringLiteral("Anzin"));
        CHECK(spec.values[3].category == QString::fromUtf8("Condé"));
        CHECK(spec.notes.isEmpty());
    }
    SECTION("cut to the limit with a note naming both counts")
    {
        charts::rankCommunes(spec, 2);
        REQUIRE(spec.values.size() == 2);
        CHECK(spec.values[0].category == QStringLiteral("Bruay"));
        CHECK(spec.values[1].category == QStringLiteral("Denain"));
        REQUIRE(spec.notes.size() == 1);
        CHECK(spec.notes[0].contains(QStringLiteral("2")));
        CHECK(spec.notes[0].contains(QStringLiteral("4")));
    }
}
