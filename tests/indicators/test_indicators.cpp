// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/indicators/indicators.h"
#include "core/indicators/wording.h"
#include "support/qtprinters.h"

#include <catch2/catch.hpp>

using namespace core;
using namespace core::indicators;

namespace {
Observation obs(const char *measure, const char *scope, std::optional<double> value,
                int year = 2020, qint64 source = 1, const char *territory = "REG:32")
{
    Observation o;
    o.territoryCode = QString::fromLatin1(territory);
    o.year = year;
    o.measure = QString::fromLatin1(measure);
    o.scope = QString::fromLatin1(scope);
    o.value = value;
    o.unit = measure == std::string_view("employees")
                    || measure == std::string_view("establishments")
            ? QStringLiteral("count")
            : QStringLiteral("percent");
    if (measure == std::string_view("avg_employees"))
        o.unit = QStringLiteral("ratio");
    // What the count counts, as a source would state it.
    if (measure == std::string_view("employees"))
        o.unitCounted = QStringLiteral("employees");
    else if (measure == std::string_view("establishments"))
        o.unitCounted = QStringLiteral("establishments");
    else if (measure == std::string_view("employer_units"))
        o.unitCounted = QStringLiteral("employer_units");
    o.sourceId = source;
    return o;
}

QHash<qint64, Source> twoSources()
{
    QHash<qint64, Source> s;
    s.insert(1,
             Source { 1,
                      QString(),
                      QStringLiteral("Source A"),
                      QStringLiteral("Insee"),
                      {},
                      QStringLiteral("2022"),
                      {},
                      {} });
    s.insert(2,
             Source { 2,
                      QString(),
                      QStringLiteral("Source B"),
                      QStringLiteral("CRESS"),
                      {},
                      QStringLiteral("2023"),
                      {},
                      {} });
    return s;
}

const Indicator *find(const std::vector<Indicator> &list, const char *id, const char *scope,
                      qint64 source = 0)
{
    for (const Indicator &i : list)
        if (i.id == QLatin1String(id) && i.scope == QLatin1String(scope)
            && (source == 0 || i.sources.value(0).id == source))
            return &i;
    return nullptr;
}
} // namespace

TEST_CASE("shares are computed from counts when both counts exist", "[indicators]")
{
    // 100 × 2 820 / 28 200 = 10 %
    const std::vector<Observation> list { obs("employees", "ess", 2820),
                                          obs("employees", "all", 28200) };
    const auto result = compute(list, twoSources());
    const Indicator *share = find(result, "employment_share", "ess");
    REQUIRE(share);
    CHECK(share->method == Method::Computed);
    CHECK(*share->value == Approx(10.0).epsilon(1e-12));
    CHECK(share->unitCounted == QStringLiteral("employees"));
    CHECK(share->qualifier == QStringLiteral("exact"));
    CHECK_FALSE(share->formula.isEmpty());
    CHECK(share->sources.value(0).title == QStringLiteral("Source A"));
}

TEST_CASE("a published value beats the one computed from the same counts", "[indicators]")
{
    // Insee published 13,1 salariés per establishment and 84 % of jobs in associations (2014);
    // 208 100 / 15 900 = 13,09 and 100 × 174 900 / 208 100 = 84,05 stay only as checks.
    const std::vector<Observation> list { obs("employees", "ess", 208100, 2014),
                                          obs("establishments", "ess", 15900, 2014),
                                          obs("avg_employees", "ess", 13.1, 2014),
                                          obs("employees", "associations", 174900, 2014),
                                          obs("ess_employment_share", "associations", 84, 2014) };
    const auto result = compute(list, twoSources());
    const Indicator *size = find(result, "avg_employees", "ess");
    REQUIRE(size);
    CHECK(size->method == Method::Published);
    CHECK(*size->value == 13.1);
    CHECK(size->check.contains(QStringLiteral("208")));
    const Indicator *assoc = find(result, "ess_employment_share", "associations");
    REQUIRE(assoc);
    CHECK(assoc->method == Method::Published);
    CHECK(*assoc->value == 84.0);
    int count = 0;
    for (const Indicator &i : result)
        count += i.id == u"avg_employees" && i.scope == u"ess";
    CHECK(count == 1);

    SECTION("also when another source publishes it for the same territory and year")
    {
        std::vector<Observation> other { obs("employees", "ess", 208100, 2014, 2),
                                         obs("establishments", "ess", 15900, 2014, 2),
                                         obs("avg_employees", "ess", 13.1, 2014, 1) };
        const auto r = compute(other, twoSources());
        int computed = 0;
        for (const Indicator &i : r)
            computed += i.id == u"avg_employees" && i.method == Method::Computed;
        CHECK(computed == 0);
        const Indicator *published = find(r, "avg_employees", "ess", 1);
        REQUIRE(published);
        CHECK(published->check.contains(QStringLiteral("Source B")));
    }
}

TEST_CASE("two counts of unknown units give no ratio, the same counts with known units do",
          "[indicators]")
{
    // CRESS bilan 2024: 233 683 "emplois" and 14 186 "établissements", units not stated.
    std::vector<Observation> list { obs("employees", "ess", 233683, 2020),
                                    obs("establishments", "ess", 14186, 2020) };
    SECTION("jobs (unit not stated) per establishment: nothing")
    {
        list[0].unitCounted = QStringLiteral("jobs");
        CHECK_FALSE(find(compute(list, twoSources()), "avg_employees", "ess"));
    }
    SECTION("no unit recorded: nothing")
    {
        list[0].unitCounted.clear();
        list[1].unitCounted.clear();
        CHECK_FALSE(find(compute(list, twoSources()), "avg_employees", "ess"));
    }
    SECTION("structures: nothing")
    {
        list[1].unitCounted = QStringLiteral("structures");
        CHECK_FALSE(find(compute(list, twoSources()), "avg_employees", "ess"));
    }
    SECTION("a share of two different units: nothing")
    {
        std::vector<Observation> mixed { obs("employees", "ess", 2820),
                                         obs("employees", "all", 28200) };
        mixed[1].unitCounted = QStringLiteral("posts");
        CHECK_FALSE(find(compute(mixed, twoSources()), "employment_share", "ess"));
    }
    SECTION("employees per employer establishment: computed, the unit named")
    {
        list[1].unitCounted = QStringLiteral("employer_establishments");
        const auto result = compute(list, twoSources());
        const Indicator *size = find(result, "avg_employees", "ess");
        REQUIRE(size);
        // 233 683 / 14 186 = 16,47
        CHECK(*size->value == Approx(16.4728).epsilon(1e-4));
        CHECK(size->unitCounted == QStringLiteral("employees_per_employer_establishment"));
    }
}

TEST_CASE("counts of unknown year compute nothing", "[indicators]")
{
    std::vector<Observation> list { obs("employees", "ess", 2820, kUnknownYear),
                                    obs("employees", "all", 28200, kUnknownYear) };
    for (Observation &o : list)
        o.publishedYear = 2024;
    CHECK_FALSE(find(compute(list, twoSources()), "employment_share", "ess"));
}

TEST_CASE("a value computed from approximate counts is approximate and rounded", "[indicators]")
{
    // Atlas: "environ 2 M" salariés in associations out of "2,6 millions": 76,9 % -> environ 77 %.
    std::vector<Observation> list { obs("employees", "associations", 2000000, 2019),
                                    obs("employees", "ess", 2600000, 2019) };
    list[0].qualifier = QStringLiteral("approximately");
    list[1].qualifier = QStringLiteral("approximately");
    const auto result = compute(list, twoSources());
    const Indicator *family = find(result, "ess_employment_share", "associations");
    REQUIRE(family);
    CHECK(family->qualifier == QStringLiteral("approximately"));
    CHECK(*family->value == 77.0);
    CHECK(roundSignificant(12.380952, 2) == Approx(12.0));
    CHECK(roundSignificant(16.47, 3) == Approx(16.5));
}

TEST_CASE("the headline prefers a known reference year", "[indicators]")
{
    // CRESS bilan 2024 (11,4 %, year not stated) must not displace Insee's 10,7 % (end 2021).
    Observation unknown = obs("employment_share", "ess", 11.4, kUnknownYear, 2);
    unknown.publishedYear = 2024;
    const auto result = compute({ obs("employment_share", "ess", 10.7, 2021, 1),
                                  obs("employment_share", "ess", 11.2, 2014, 1), unknown },
                                twoSources());
    const auto h = headline(result, QStringLiteral("employment_share"), QStringLiteral("ess"));
    REQUIRE(h);
    CHECK(*h->value == 10.7);
    CHECK(h->year == 2021);
    // Alone, a figure of unknown year is the headline, still of unknown year.
    const auto only = headline(compute({ unknown }, twoSources()),
                               QStringLiteral("employment_share"), QStringLiteral("ess"));
    REQUIRE(only);
    CHECK_FALSE(only->yearKnown());
    CHECK(only->publishedYear == 2024);
}

TEST_CASE("a share without counts is taken as published, a range stays a range", "[indicators]")
{
    Observation range = obs("establishment_share", "ess", std::nullopt);
    range.low = 8;
    range.high = 9;
    const auto result = compute({ obs("employment_share", "ess", 10.0), range }, twoSources());
    const Indicator *jobs = find(result, "employment_share", "ess");
    REQUIRE(jobs);
    CHECK(jobs->method == Method::Published);
    CHECK(*jobs->value == 10.0);
    const Indicator *est = find(result, "establishment_share", "ess");
    REQUIRE(est);
    CHECK_FALSE(est->value.has_value());
    CHECK(*est->low == 8.0);
    CHECK(*est->high == 9.0);
    CHECK(*est->centralValue() == 8.5);
}

TEST_CASE("average size and family shares are computed from counts", "[indicators]")
{
    // 10 138 salariés / 454 employer associations = 22.33
    const std::vector<Observation> list { obs("employees", "associations", 10138, 2016),
                                          obs("employer_units", "associations", 454, 2016),
                                          obs("employees", "ess", 200000, 2016),
                                          obs("establishments", "ess", 15000, 2016) };
    const auto result = compute(list, twoSources());
    const Indicator *assoc = find(result, "avg_employees", "associations");
    REQUIRE(assoc);
    CHECK(*assoc->value == Approx(22.3304).epsilon(1e-4));
    CHECK(assoc->method == Method::Computed);
    const Indicator *essSize = find(result, "avg_employees", "ess");
    REQUIRE(essSize);
    CHECK(*essSize->value == Approx(200000.0 / 15000.0));
    const Indicator *family = find(result, "ess_employment_share", "associations");
    REQUIRE(family);
    CHECK(*family->value == Approx(100.0 * 10138 / 200000));
}

TEST_CASE("estimates with bounds keep them and stay estimated", "[indicators]")
{
    Observation emp = obs("employees", "ess", 2268.5);
    emp.low = 1578;
    emp.high = 2959;
    emp.method = Method::Estimated;
    Observation est = obs("establishments", "ess", 477);
    est.method = Method::Estimated;
    const auto result = compute({ emp, est }, twoSources());
    const Indicator *size = find(result, "avg_employees", "ess");
    REQUIRE(size);
    CHECK(size->method == Method::Estimated);
    CHECK(*size->low == Approx(1578.0 / 477));
    CHECK(*size->high == Approx(2959.0 / 477));
}

TEST_CASE("sources that differ beyond the thresholds are flagged, naming them", "[indicators]")
{
    SECTION("shares: more than one point apart")
    {
        auto result = compute({ obs("employment_share", "ess", 10.7, 2021, 1),
                                obs("employment_share", "ess", 12.0, 2021, 2) },
                              twoSources());
        flagDisagreements(result);
        REQUIRE(result.size() == 2);
        for (const Indicator &i : result) {
            CHECK_FALSE(i.disagreement.isEmpty());
            CHECK(i.disagreement.contains(QStringLiteral("Source A")));
            CHECK(i.disagreement.contains(QStringLiteral("Source B")));
        }
    }
    SECTION("shares within one point are not flagged")
    {
        auto result = compute({ obs("employment_share", "ess", 10.7, 2021, 1),
                                obs("employment_share", "ess", 11.6, 2021, 2) },
                              twoSources());
        flagDisagreements(result);
        REQUIRE(result.size() == 2); // the loop below must have something to check
        for (const Indicator &i : result)
            CHECK(i.disagreement.isEmpty());
    }
    SECTION("counts: more than 10 % relative")
    {
        auto result = compute({ obs("employees", "ess", 100000, 2021, 1),
                                obs("employees", "ess", 89000, 2021, 2) },
                              twoSources());
        flagDisagreements(result);
        REQUIRE(result.size() == 2);
        CHECK_FALSE(result.front().disagreement.isEmpty());
        auto close = compute({ obs("employees", "ess", 100000, 2021, 1),
                               obs("employees", "ess", 91000, 2021, 2) },
                             twoSources());
        flagDisagreements(close);
        REQUIRE(close.size() == 2);
        CHECK(close.front().disagreement.isEmpty());
    }
    SECTION("different years are not a disagreement")
    {
        auto result = compute({ obs("employment_share", "ess", 10.0, 2020, 1),
                                obs("employment_share", "ess", 14.0, 2021, 2) },
                              twoSources());
        flagDisagreements(result);
        REQUIRE(result.size() == 2); // the loop below must have something to check
        for (const Indicator &i : result)
            CHECK(i.disagreement.isEmpty());
    }
}

TEST_CASE("a local figure far from the region's value gets it beside", "[indicators]")
{
    auto local = compute({ obs("avg_employees", "ess", 20, 2025, 1, "ARR:596"),
                           obs("employment_share", "ess", 10, 2025, 1, "ARR:596") },
                         twoSources());
    const auto regional = compute({ obs("avg_employees", "ess", 13.1, 2014, 2),
                                    obs("avg_employees", "ess", 13.5, 2020, 2),
                                    obs("employment_share", "ess", 11.4, 2024, 2) },
                                  twoSources());
    addRegionalComparisons(local, regional);
    const Indicator *size = find(local, "avg_employees", "ess");
    REQUIRE(size);
    REQUIRE(size->comparison.has_value());
    CHECK(size->comparison->value == 13.5); // 2020 is nearer to 2025 than 2014
    CHECK(size->comparison->year == 2020);
    CHECK(size->comparison->territoryCode == QStringLiteral("REG:32"));
    const Indicator *jobs = find(local, "employment_share", "ess");
    REQUIRE(jobs);
    CHECK_FALSE(jobs->comparison.has_value()); // 10 vs 11.4: 12 % apart, under 30 %
}

TEST_CASE("the headline prefers published figures over estimates, then the latest year",
          "[indicators]")
{
    Observation estimate = obs("employment_share", "ess", 7.0, 2026);
    estimate.method = Method::Estimated;
    const auto result = compute({ obs("employment_share", "ess", 10.0, 2020),
                                  obs("employment_share", "ess", 11.0, 2024), estimate },
                                twoSources());
    auto h = headline(result, QStringLiteral("employment_share"), QStringLiteral("ess"));
    REQUIRE(h.has_value());
    CHECK(*h->value == 11.0);
    CHECK_FALSE(
            headline(result, QStringLiteral("avg_employees"), QStringLiteral("ess")).has_value());
}

TEST_CASE("a local figure of unknown year and vague unit is compared across units", "[indicators]")
{
    // The manifesto's 20 "salariés par structure" (year not stated) against the region's 13,5
    // salariés per establishment (2020): the comparison says the units differ.
    Observation claim = obs("avg_employees", "ess", 20, kUnknownYear, 1, "ARR:596");
    claim.publishedYear = 2025;
    claim.unitCounted = QStringLiteral("employees_per_structure");
    auto local = compute({ claim, obs("employees", "associations", 10138, 2016, 1, "ARR:596"),
                           obs("employer_units", "associations", 454, 2016, 1, "ARR:596") },
                         twoSources());
    Observation r2014 = obs("avg_employees", "ess", 13.1, 2014, 2);
    Observation r2020 = obs("avg_employees", "ess", 13.5, 2020, 2);
    Observation rUnknown = obs("avg_employees", "ess", 16.5, kUnknownYear, 2);
    rUnknown.publishedYear = 2024;
    for (Observation *o : { &r2014, &r2020, &rUnknown })
        o->unitCounted = QStringLiteral("employees_per_establishment");
    addRegionalComparisons(local, compute({ r2014, r2020, rUnknown }, twoSources()));
    const Indicator *size = find(local, "avg_employees", "ess");
    REQUIRE(size);
    REQUIRE(size->comparison.has_value());
    // Placed at its publication year (2025): the nearest known year, not the undated 16,5.
    CHECK(size->comparison->value == 13.5);
    CHECK(size->comparison->unitsDiffer);
    // 22,3 salariés per employer association (2016): no regional figure for associations, so
    // the ESS's per establishment of the nearest year (2014, two years off; 2020 is four),
    // scope and units different.
    const Indicator *assoc = find(local, "avg_employees", "associations");
    REQUIRE(assoc);
    CHECK(assoc->unitCounted == QStringLiteral("employees_per_employer_unit"));
    REQUIRE(assoc->comparison.has_value());
    CHECK(assoc->comparison->value == 13.1);
    CHECK(assoc->comparison->year == 2014);
    CHECK(assoc->comparison->scope == QStringLiteral("ess"));
    CHECK(assoc->comparison->unitsDiffer);
}

TEST_CASE("the regional comparison takes the same reference year, else the nearest known one",
          "[indicators]")
{
    const auto regional = compute({ obs("avg_employees", "ess", 13.1, 2014, 2),
                                    obs("avg_employees", "ess", 13.5, 2020, 2),
                                    obs("avg_employees", "ess", 14.0, 2021, 2) },
                                  twoSources());
    const auto comparedFor = [&regional](int year, int published = 0) {
        Observation o = obs("avg_employees", "ess", 25, year, 1, "ARR:596");
        o.publishedYear = published;
        auto local = compute({ o }, twoSources());
        addRegionalComparisons(local, regional);
        const Indicator *ind = find(local, "avg_employees", "ess");
        REQUIRE(ind);
        REQUIRE(ind->comparison.has_value());
        // Every surface writes the comparison through comparisonText, which says its year.
        CHECK(comparisonText(*ind, QStringLiteral("Hauts-de-France"))
                      .contains(QString::number(ind->comparison->year)));
        return ind->comparison->year;
    };
    CHECK(comparedFor(2020) == 2020); // the same year, though 2021 is later
    CHECK(comparedFor(2016) == 2014); // two years off beats four
    CHECK(comparedFor(2017) == 2020); // three years off either way: the later
    CHECK(comparedFor(2030) == 2021);
    CHECK(comparedFor(kUnknownYear, 2015) == 2014); // placed at its publication year
}
