// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/sirene/classification.h"
#include "import/sirene/sirenetestsupport.h"
#include "support/qtprinters.h"

#include <catch2/catch.hpp>

using core::sirene::Classification;

TEST_CASE("the shipped bench classification follows classification.md", "[sirene]")
{
    const Classification &c = sirenetest::benchClassification();
    CHECK(c.id() == QStringLiteral("sirene-ess-bench/1"));
    REQUIRE(c.families().size() == 5);
    CHECK(c.families()[0].key == QStringLiteral("associations"));
    CHECK(c.families()[4].key == QStringLiteral("commercial_ess"));
    CHECK(c.families()[1].legalCategories.size() == 51);
    CHECK(c.nafExclusions().isEmpty());
    CHECK(c.note().contains(QStringLiteral("not the INSEE")));

    SECTION("rule order: category first, flag O only outside the lists")
    {
        CHECK(c.familyOf("9220", "") == 0);
        CHECK(c.familyOf("9220", "N") == 0);
        CHECK(c.familyOf("5458", "O") == 1); // SCOP stays a cooperative
        CHECK(c.familyOf("8210", "") == 2);
        CHECK(c.familyOf("6411", "N") == 2);
        CHECK(c.familyOf("9300", "") == 3);
        CHECK(c.familyOf("5710", "O") == 4);
        CHECK(c.familyOf("5710", "N") == Classification::kNotEss);
        CHECK(c.familyOf("5710", "") == Classification::kNotEss);
        CHECK(c.familyOf("5710", "o") == Classification::kNotEss); // no case folding
        CHECK(c.familyOf("9224", "") == Classification::kNotEss);
        CHECK(c.familyOf("9110", "") == Classification::kNotEss);
        CHECK(c.familyOf("9220 ", "") == Classification::kNotEss); // no trimming
    }

    SECTION("every headcount band: low / high, mid = (low + high) / 2")
    {
        const struct
        {
            const char *code;
            qint64 low, high;
        } table[] = { { "01", 1, 2 },       { "02", 3, 5 },        { "03", 6, 9 },
                      { "11", 10, 19 },     { "12", 20, 49 },      { "21", 50, 99 },
                      { "22", 100, 199 },   { "31", 200, 249 },    { "32", 250, 499 },
                      { "41", 500, 999 },   { "42", 1000, 1999 },  { "51", 2000, 4999 },
                      { "52", 5000, 9999 }, { "53", 10000, 10000 } };
        for (const auto &row : table) {
            const int i = c.bandOf(row.code);
            REQUIRE(i >= 0);
            CHECK(c.bands()[std::size_t(i)].low == row.low);
            CHECK(c.bands()[std::size_t(i)].high == row.high);
        }
        for (const char *none : { "NN", "00", "", "1", "XX" })
            CHECK(c.bandOf(none) == Classification::kNoBand);
    }
}

TEST_CASE("invalid classification files are refused with a clear message", "[sirene]")
{
    auto load = [](const char *json) {
        return Classification::fromJson(QByteArray(json), QStringLiteral("test.json"));
    };
    const char *bands = R"("headcount_bands": {"bands": [{"code": "01", "low": 1, "high": 2}]})";
    auto withFamilies = [&](const char *families) {
        return QByteArray(R"({"format": 1, "id": "x/1", "label": "X", "families": )") + families
                + ", " + bands + "}";
    };
    SECTION("not JSON")
    {
        const auto r = load("{");
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().message.contains(QStringLiteral("test.json")));
    }
    SECTION("missing id")
    {
        const auto r = load(R"({"format": 1, "label": "X", "families": []})");
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().message.contains(QStringLiteral("\"id\"")));
    }
    SECTION("a category in two families")
    {
        const auto r = Classification::fromJson(
                withFamilies(R"([{"key": "a", "legal_categories": ["9220"]},
                                 {"key": "b", "legal_categories": ["9220"]}])"),
                QStringLiteral("test.json"));
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().message.contains(QStringLiteral("9220")));
    }
    SECTION("a bad category code")
    {
        const auto r = Classification::fromJson(
                withFamilies(R"([{"key": "a", "legal_categories": ["92"]}])"),
                QStringLiteral("test.json"));
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().message.contains(QStringLiteral("4-digit")));
    }
    SECTION("a family with both rules")
    {
        const auto r = Classification::fromJson(
                withFamilies(R"([{"key": "a", "legal_categories": ["9220"], "ess_flag": "O"}])"),
                QStringLiteral("test.json"));
        REQUIRE_FALSE(r.ok());
    }
    SECTION("band high below low")
    {
        const auto r = load(R"({"format": 1, "id": "x/1", "label": "X",
            "families": [{"key": "a", "ess_flag": "O"}],
            "headcount_bands": {"bands": [{"code": "01", "low": 3, "high": 2}]}})");
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().message.contains(QStringLiteral("01")));
    }
    SECTION("a valid minimal file")
    {
        const auto r = Classification::fromJson(
                withFamilies(R"([{"key": "a", "legal_categories": ["9220"]},
                                 {"key": "b", "ess_flag": "O"}])"),
                QStringLiteral("test.json"));
        REQUIRE(r.ok());
        CHECK(r->familyOf("1000", "O") == 1);
    }
    SECTION("missing file")
    {
        const auto r = Classification::load(QStringLiteral("/nonexistent/c.json"));
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == core::Error::Code::Io);
    }
}
