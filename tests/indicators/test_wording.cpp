// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/charts/chartbuilder.h"
#include "core/domain/vocabulary.h"
#include "core/indicators/wording.h"
#include "core/workspace.h"
#include "support/french.h"
#include "support/qtprinters.h"
#include "support/testdb.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

using namespace core;
using namespace core::indicators;

namespace {
const QChar nnbsp(0x202F);

Indicator figure(const char *id, std::optional<double> value, const char *unitCounted,
                 const char *qualifier = "exact")
{
    Indicator ind;
    ind.id = QString::fromLatin1(id);
    ind.scope = QStringLiteral("ess");
    ind.value = value;
    ind.unit = QString::fromLatin1(id).endsWith(u"_share")
            ? QStringLiteral("percent")
            : (ind.id == u"avg_employees" ? QStringLiteral("ratio") : QStringLiteral("count"));
    ind.unitCounted = QString::fromLatin1(unitCounted);
    ind.qualifier = QString::fromLatin1(qualifier);
    return ind;
}
} // namespace

TEST_CASE("a figure is written with the unit and precision its source states", "[wording]")
{
    const testsupport::FrenchTranslation french;
    CHECK(statement(figure("employment_share", 10, "jobs"))
          == QStringLiteral("10") + nnbsp + QStringLiteral("% de l'emploi"));
    CHECK(statement(figure("employees", 2820, "jobs"))
          == QStringLiteral("2") + nnbsp + QStringLiteral("820 emplois"));
    CHECK(statement(figure("avg_employees", 20, "employees_per_structure"))
          == QStringLiteral("20 salariés par structure"));
    CHECK(statement(figure("establishments", 1500, "structures", "at_least"))
          == QStringLiteral("plus de 1") + nnbsp + QStringLiteral("500 structures"));
    CHECK(statement(figure("employment_share", 10.7, "posts"))
          == QStringLiteral("10,7") + nnbsp + QStringLiteral("% des postes salariés"));
    CHECK(valueText(figure("ess_employment_share", 77, "employees", "approximately"))
          == QStringLiteral("environ 77") + nnbsp + QStringLiteral("%"));
    Indicator assoc = figure("avg_employees", 22.3, "employees_per_employer_unit");
    assoc.scope = QStringLiteral("associations");
    CHECK(statement(assoc) == QStringLiteral("22,3 salariés par association employeuse"));
    // A count imported without its unit says no more than "emplois" / "établissements".
    CHECK(statement(figure("employees", 1234, ""))
          == QStringLiteral("1") + nnbsp + QStringLiteral("234 emplois (unité non précisée)"));
    CHECK(statement(figure("establishments", 56, ""))
          == QStringLiteral("56 établissements (employeurs ou non, non précisé)"));
}

TEST_CASE("a year is written as known", "[wording]")
{
    const testsupport::FrenchTranslation french;
    CHECK(yearText(2021, 2024) == QStringLiteral("2021"));
    CHECK(yearText(kUnknownYear, 2025)
          == QStringLiteral("publié en 2025, année des données non précisée"));
}

TEST_CASE("every surface of an inherited or compared figure carries its level and comparison",
          "[wording][charts]")
{
    const testsupport::FrenchTranslation french;
    QTemporaryDir dir;
    Workspace ws;
    REQUIRE(ws.open(dir.filePath(QStringLiteral("w.sqlite")), testsupport::referenceDataDir())
                    .ok());
    const charts::ChartBuilder builder(ws);

    SECTION("key-figure chart of a commune: the parent's name in the title, CSV and alt text")
    {
        const charts::ChartSpec spec =
                builder.build(QStringLiteral("key-figure"), QStringLiteral("COM:59606"),
                              QStringLiteral("REG:32"));
        REQUIRE(spec.hasData());
        CHECK(spec.title.contains(QStringLiteral("CAVM + CAPH")));
        CHECK_FALSE(spec.title.contains(QStringLiteral("Valenciennes —")));
        const QString csv = QString::fromUtf8(charts::toCsv(spec));
        CHECK(csv.contains(QStringLiteral("COM:59606;ARR:596;")));
        const QString alt = charts::altText(spec);
        CHECK(alt.contains(QStringLiteral("pas de chiffre propre")));
        CHECK(alt.contains(QStringLiteral("publié en 2025, année des données non précisée")));
    }
    SECTION("CAPH's share is of \"l'ensemble de l'activité\", as La Gazette NPDC writes it")
    {
        const KeyFigure key =
                ws.keyFigure(QStringLiteral("EPCI:200042190"), QStringLiteral("employment_share"),
                             QStringLiteral("ess"));
        REQUIRE(key.indicator);
        CHECK_FALSE(key.inherited);
        CHECK(statement(*key.indicator)
              == QStringLiteral("10") + nnbsp + QStringLiteral("% de l'ensemble de l'activité"));
        SentenceParts parts;
        parts.place = QStringLiteral("Dans le territoire CAPH");
        parts.citation = builder.citation(key.indicator->sources.first().id);
        const QString text = sentence(*key.indicator, parts);
        CHECK(text.contains(QStringLiteral("l'ESS représente 10") + nnbsp
                            + QStringLiteral("% de l'ensemble de l'activité")));
        CHECK(text.contains(QStringLiteral("publié en 2024, année des données non précisée")));
        CHECK_FALSE(text.contains(QStringLiteral("de l'emploi")));
        const charts::ChartSpec spec =
                builder.build(QStringLiteral("key-figure"), QStringLiteral("EPCI:200042190"),
                              QStringLiteral("REG:32"));
        REQUIRE(spec.hasData());
        const QString csv = QString::fromUtf8(charts::toCsv(spec));
        const QString alt = charts::altText(spec);
        CHECK(csv.contains(QStringLiteral("de l'ensemble de l'activité")));
        // The alt text is typeset: typographic apostrophes.
        CHECK(alt.contains(QStringLiteral("de l\u2019ensemble de l\u2019activité")));
        CHECK_FALSE(alt.contains(QStringLiteral("de l\u2019emploi")));
        CHECK(spec.subtitle.startsWith(
                QStringLiteral("Part de l\u2019ESS dans l\u2019ensemble de l\u2019activité")));
        // The year and the method said once, not "publié en 2024 … · publié".
        REQUIRE(spec.values.size() == 1);
        CHECK(spec.values.first().detail
              == QStringLiteral("publié en 2024, année des données non précisée"));
        // Nothing is computed from a share of unstated unit.
        CHECK(vocabulary::isUnitVague(QStringLiteral("activity")));
    }
    SECTION("average size: the regional comparison across units, in the key figure and charts")
    {
        const KeyFigure key = ws.keyFigure(QStringLiteral("ARR:596"),
                                           QStringLiteral("avg_employees"), QStringLiteral("ess"));
        REQUIRE(key.indicator);
        REQUIRE(key.indicator->comparison);
        const QString line = comparisonText(*key.indicator, QStringLiteral("Hauts-de-France"));
        CHECK(line
              == QStringLiteral("Hauts-de-France\u00a0: 13,5 salariés par établissement, "
                                "2020, unités différentes"));
        SentenceParts parts;
        parts.place = QStringLiteral("Dans le territoire CAVM + CAPH");
        parts.citation = QStringLiteral("PHARE, Manifeste (2025)");
        parts.comparisonName = QStringLiteral("Hauts-de-France");
        parts.comparisonCitation = QStringLiteral("CRESS");
        const QString text = sentence(*key.indicator, parts);
        CHECK(text.contains(QStringLiteral("20 salariés par structure")));
        CHECK(text.contains(QStringLiteral("publié en 2025, année des données non précisée")));
        CHECK(text.contains(QStringLiteral("13,5 salariés par établissement, 2020, unités "
                                           "différentes")));
        const charts::ChartSpec size =
                builder.build(QStringLiteral("average-size"), QStringLiteral("ARR:596"),
                              QStringLiteral("REG:32"));
        const QString csv = QString::fromUtf8(charts::toCsv(size));
        CHECK(csv.contains(QStringLiteral("employees_per_structure")));
        CHECK(csv.contains(QStringLiteral("employees_per_employer_unit")));
        CHECK(charts::altText(size).contains(
                QStringLiteral("salariés par association employeuse")));
    }
    SECTION("the regional headline is Insee's 10,7 % of posts (2021), not the undated 11,4 %")
    {
        const KeyFigure key =
                ws.keyFigure(QStringLiteral("REG:32"), QStringLiteral("employment_share"),
                             QStringLiteral("ess"));
        REQUIRE(key.indicator);
        CHECK(*key.indicator->value == 10.7);
        CHECK(key.indicator->year == 2021);
        CHECK(key.indicator->unitCounted == QStringLiteral("posts"));
        // No invented 16,5 employees per establishment: 233 683 "emplois" are of unknown unit.
        const KeyFigure size = ws.keyFigure(QStringLiteral("REG:32"),
                                            QStringLiteral("avg_employees"), QStringLiteral("ess"));
        REQUIRE(size.indicator);
        CHECK(*size.indicator->value == 13.5);
        CHECK(size.indicator->method == Method::Published);
    }
    SECTION("chart CSVs are tidy: one row per value, territory and source as columns")
    {
        const charts::ChartSpec jobs = builder.build(
                QStringLiteral("jobs-share"), QStringLiteral("ARR:596"), QStringLiteral("REG:32"));
        const QStringList lines = QString::fromUtf8(charts::toCsv(jobs))
                                          .mid(1)
                                          .split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        REQUIRE(lines.size() == jobs.values.size() + 1);
        const int columns = int(lines.first().count(u';'));
        for (const QString &line : lines)
            CHECK(line.count(u';') >= columns); // quoted cells may hold ';'
        bool region = false;
        for (const QString &line : lines)
            region = region || line.startsWith(QStringLiteral("REG:32;REG:32;"));
        CHECK(region);
    }
}
