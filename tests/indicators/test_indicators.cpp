// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/indicators/indicators.h"
#include "support/qtprinters.h"

#include <catch2/catch.hpp>

using namespace core;
using namespace core::indicators;

namespace {
Observation obs(const char *measure, const char *scope, std::optional<double> value, int year = 2020,
                qint64 source = 1, const char *territory = "REG:32")
{
    Observation o;
    o.territoryCode = QString::fromLatin1(territory);
    o.year = year;
    o.measure = QString::fromLatin1(measure);
    o.scope = QString::fromLatin1(scope);
    o.value = value;
    o.unit = measure == std::string_view("employees") || measure == std::string_view("establishments")
            ? QStringLiteral("count")
            : QStringLiteral("percent");
    if (measure == std::string_view("avg_employees"))
        o.unit = QStringLiteral("ratio");
    o.sourceId = source;
    return o;
}

QHash<qint64, Source> twoSources()
{
    QHash<qint64, Source> s;
    s.insert(1, Source{ 1, QString(), QStringLiteral("Source A"), QStringLiteral("Insee"), {}, QStringLiteral("2022"), {}, {} });
    s.insert(2, Source{ 2, QString(), QStringLiteral("Source B"), QStringLiteral("CRESS"), {}, QStringLiteral("2023"), {}, {} });
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
    const std::vector<Observation> list{ obs("employees", "ess", 2820), obs("employees", "all", 28200),
                                         obs("employment_share", "ess", 9.0) };
    const auto result = compute(list, twoSources());
    const Indicator *share = find(result, "employment_share", "ess");
    REQUIRE(share);
    CHECK(share->method == Method::Computed);
    CHECK(*share->value == Approx(10.0).epsilon(1e-12));
    CHECK_FALSE(share->formula.isEmpty());
    CHECK(share->sources.value(0).title == QStringLiteral("Source A"));
}

TEST_CASE("a share without counts is taken as published; a range stays a range", "[indicators]")
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
    const std::vector<Observation> list{ obs("employees", "associations", 10138, 2016),
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
        for (const Indicator &i : result)
            CHECK(i.disagreement.isEmpty());
    }
    SECTION("counts: more than 10 % relative")
    {
        auto result = compute({ obs("employees", "ess", 100000, 2021, 1),
                                obs("employees", "ess", 89000, 2021, 2) },
                              twoSources());
        flagDisagreements(result);
        CHECK_FALSE(result.front().disagreement.isEmpty());
        auto close = compute({ obs("employees", "ess", 100000, 2021, 1),
                               obs("employees", "ess", 91000, 2021, 2) },
                             twoSources());
        flagDisagreements(close);
        CHECK(close.front().disagreement.isEmpty());
    }
    SECTION("different years are not a disagreement")
    {
        auto result = compute({ obs("employment_share", "ess", 10.0, 2020, 1),
                                obs("employment_share", "ess", 14.0, 2021, 2) },
                              twoSources());
        flagDisagreements(result);
        for (const Indicator &i : result)
            CHECK(i.disagreement.isEmpty());
    }
}

TEST_CASE("a local figure far from the region's nearest-year value gets it beside", "[indicators]")
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

TEST_CASE("the headline prefers published figures over estimates, then the latest year", "[indicators]")
{
    Observation estimate = obs("employment_share", "ess", 7.0, 2026);
    estimate.method = Method::Estimated;
    const auto result = compute({ obs("employment_share", "ess", 10.0, 2020),
                                  obs("employment_share", "ess", 11.0, 2024), estimate },
                                twoSources());
    auto h = headline(result, QStringLiteral("employment_share"), QStringLiteral("ess"));
    REQUIRE(h.has_value());
    CHECK(*h->value == 11.0);
    CHECK_FALSE(headline(result, QStringLiteral("avg_employees"), QStringLiteral("ess")).has_value());
}
