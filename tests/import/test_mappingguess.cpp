// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/mappingguess.h"

#include "support/qtprinters.h"

#include <catch2/catch.hpp>

using namespace core::import;

namespace {
QString measureOf(const QString &header)
{
    const auto g = guessMeasure(header);
    return g ? g->measure + u':' + g->scope : QStringLiteral("-");
}
} // namespace

TEST_CASE("French headers give a measure and a scope", "[import]")
{
    CHECK(measureOf(QStringLiteral("Salariés ESS")) == QStringLiteral("employees:ess"));
    CHECK(measureOf(QStringLiteral("Effectifs")) == QStringLiteral("employees:all"));
    CHECK(measureOf(QStringLiteral("Emploi total")) == QStringLiteral("employees:all"));
    CHECK(measureOf(QStringLiteral("Établissements ESS")) == QStringLiteral("establishments:ess"));
    CHECK(measureOf(QStringLiteral("Part de l'ESS (%)")) == QStringLiteral("employment_share:ess"));
    CHECK(measureOf(QStringLiteral("Part des établissements ESS"))
          == QStringLiteral("establishment_share:ess"));
    CHECK(measureOf(QStringLiteral("Taux %")) == QStringLiteral("employment_share:all"));
    CHECK(measureOf(QStringLiteral("Commune")) == QStringLiteral("-"));
    CHECK(measureOf(QString()) == QStringLiteral("-"));
}

TEST_CASE("a whole mapping is guessed from the header and the first row", "[import]")
{
    SECTION("territory from the first cell shaped like a code, year by its name")
    {
        const MappingGuess g = guessMapping(
                { QStringLiteral("Libellé"), QStringLiteral("Code"), QStringLiteral("Année"),
                  QStringLiteral("Salariés ESS"), QStringLiteral("Remarque") },
                { QStringLiteral("Valenciennes"), QStringLiteral("59606"), QStringLiteral("2021"),
                  QStringLiteral("1 234"), QString() });
        CHECK(g.territoryColumn == 1);
        CHECK(g.yearColumn == 2);
        REQUIRE(g.values.size() == 1);
        CHECK(g.values[0].column == 3);
        CHECK(g.values[0].guess.measure == QStringLiteral("employees"));
        CHECK(g.values[0].guess.scope == QStringLiteral("ess"));
    }
    SECTION("no code-shaped cell and no year column: first column, fixed year")
    {
        const MappingGuess g =
                guessMapping({ QStringLiteral("Territoire"), QStringLiteral("Effectifs") },
                             { QStringLiteral("Valenciennes"), QStringLiteral("12") });
        CHECK(g.territoryColumn == 0);
        CHECK(g.yearColumn == -1);
        REQUIRE(g.values.size() == 1);
        CHECK(g.values[0].column == 1);
    }
    SECTION("no data row: nothing is read from cells")
    {
        const MappingGuess g =
                guessMapping({ QStringLiteral("Année"), QStringLiteral("Code") }, {});
        CHECK(g.territoryColumn == 0);
        CHECK(g.yearColumn == 0);
        CHECK(g.values.isEmpty());
    }
    SECTION("the territory column is never also a value column")
    {
        const MappingGuess g = guessMapping({ QStringLiteral("Établissements") },
                                            { QStringLiteral("EPCI:245901160") });
        CHECK(g.territoryColumn == 0);
        CHECK(g.values.isEmpty());
    }
}
