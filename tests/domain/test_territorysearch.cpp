// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/territorysearch.h"
#include "support/qtprinters.h"

#include <catch2/catch.hpp>

using namespace core;

namespace {
Territory commune(const char *code, const char *name, qint64 population)
{
    Territory t;
    t.code = QString::fromUtf8(code);
    t.name = QString::fromUtf8(name);
    t.kind = TerritoryKind::Commune;
    t.population = population;
    return t;
}

QList<Territory> sample()
{
    Territory cavm;
    cavm.code = QStringLiteral("EPCI:245901160");
    cavm.kind = TerritoryKind::Epci;
    cavm.name = QString::fromUtf8("Communauté d'agglomération Valenciennes Métropole");
    cavm.shortName = QStringLiteral("CAVM");
    cavm.population = 191000;
    return { commune("COM:59606", "Valenciennes", 43000),
             commune("COM:59032", "Aulnoy-lez-Valenciennes", 7200),
             commune("COM:59153", "Condé-sur-l'Escaut", 9500),
             commune("COM:59526", "Saint-Amand-les-Eaux", 16000),
             commune("COM:59544", "Saint-Saulve", 11000),
             commune("COM:59122", "Bruay-sur-l'Escaut", 11800),
             cavm };
}

QStringList codes(const QList<TerritoryMatch> &matches)
{
    QStringList out;
    for (const TerritoryMatch &m : matches)
        out << m.territory.code;
    return out;
}
} // namespace

TEST_CASE("search text is folded: case, accents, hyphens and apostrophes", "[domain][search]")
{
    CHECK(foldForSearch(QString::fromUtf8("Condé-sur-l'Escaut"))
          == QStringLiteral("conde sur l escaut"));
    CHECK(foldForSearch(QString::fromUtf8("  SAINT–Amand  ")) == QStringLiteral("saint amand"));
    CHECK(foldForSearch(QString::fromUtf8("Œuvre’s")) == QStringLiteral("oeuvre s"));
    CHECK(foldForSearch(QString()).isEmpty());
}

TEST_CASE("territories are found by name without accents, hyphens or apostrophes",
          "[domain][search]")
{
    const QList<Territory> all = sample();
    CHECK(codes(searchTerritories(all, QStringLiteral("conde")))
          == QStringList { QStringLiteral("COM:59153") });
    CHECK(codes(searchTerritories(all, QStringLiteral("CONDE SUR L ESCAUT")))
          == QStringList { QStringLiteral("COM:59153") });
    CHECK(codes(searchTerritories(all, QStringLiteral("saint amand")))
          == QStringList { QStringLiteral("COM:59526") });
    CHECK(codes(searchTerritories(all, QStringLiteral("saintamand")))
          == QStringList { QStringLiteral("COM:59526") });
    CHECK(codes(searchTerritories(all, QStringLiteral("l'escaut")))
          == QStringList { QStringLiteral("COM:59122"), QStringLiteral("COM:59153") });
    CHECK(searchTerritories(all, QStringLiteral("zzz")).isEmpty());
    CHECK(searchTerritories(all, QStringLiteral("  -' ")).isEmpty());
}

TEST_CASE("territories are found by INSEE code, SIREN and short name", "[domain][search]")
{
    const QList<Territory> all = sample();
    const auto byCode = searchTerritories(all, QStringLiteral("59606"));
    REQUIRE(byCode.size() == 1);
    CHECK(byCode.first().territory.name == QStringLiteral("Valenciennes"));
    CHECK(byCode.first().rank == MatchRank::Exact);
    CHECK(codes(searchTerritories(all, QStringLiteral("COM:59606")))
          == QStringList { QStringLiteral("COM:59606") });
    CHECK(codes(searchTerritories(all, QStringLiteral("245901160")))
          == QStringList { QStringLiteral("EPCI:245901160") });
    CHECK(codes(searchTerritories(all, QStringLiteral("cavm")))
          == QStringList { QStringLiteral("EPCI:245901160") });
    // Digits match codes from their start only: "606" is not a prefix of any code.
    CHECK(searchTerritories(all, QStringLiteral("606")).isEmpty());
    CHECK(searchTerritories(all, QStringLiteral("5960")).size() == 1);
}

TEST_CASE("the best match comes first: exact, prefix, word prefix, substring", "[domain][search]")
{
    const QList<Territory> all = sample();
    const auto matches = searchTerritories(all, QStringLiteral("valenciennes"));
    // Exact Valenciennes; the CAVM (word prefix) before Aulnoy (word prefix, smaller).
    REQUIRE(matches.size() == 3);
    CHECK(matches.at(0).territory.code == QStringLiteral("COM:59606"));
    CHECK(matches.at(0).rank == MatchRank::Exact);
    CHECK(matches.at(1).territory.code == QStringLiteral("EPCI:245901160"));
    CHECK(matches.at(1).rank == MatchRank::WordPrefix);
    CHECK(matches.at(2).territory.code == QStringLiteral("COM:59032"));

    const auto saint = searchTerritories(all, QStringLiteral("saint"));
    // Both are prefixes: the larger population first.
    CHECK(codes(saint) == QStringList { QStringLiteral("COM:59526"), QStringLiteral("COM:59544") });
    CHECK(saint.first().rank == MatchRank::Prefix);

    const auto sub = searchTerritories(all, QStringLiteral("lenc"));
    REQUIRE_FALSE(sub.isEmpty());
    CHECK(sub.first().rank == MatchRank::Substring);

    const auto words = searchTerritories(all, QStringLiteral("eaux amand"));
    REQUIRE(words.size() == 1);
    CHECK(words.first().rank == MatchRank::WordPrefix);
}
