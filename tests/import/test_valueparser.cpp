// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/valueparser.h"

#include "support/qtprinters.h"

#include <catch2/catch.hpp>

using namespace core::import;

namespace {
double number(const QString &text)
{
    auto parsed = ValueParser::parseNumber(text);
    INFO(text.toStdString());
    REQUIRE(parsed.ok());
    REQUIRE(parsed.value().value.has_value());
    return *parsed.value().value;
}
bool rejected(const QString &text)
{
    return !ValueParser::parseNumber(text).ok();
}
} // namespace

TEST_CASE("French and English numbers", "[import]")
{
    CHECK(number(QStringLiteral("12 345,6")) == Approx(12345.6).epsilon(1e-12));
    CHECK(number(QStringLiteral("12345.6")) == Approx(12345.6).epsilon(1e-12));
    CHECK(number(QStringLiteral("12 345")) == 12345);
    CHECK(number(QStringLiteral("12\u00a0345")) == 12345);
    CHECK(number(QStringLiteral("12\u202f345")) == 12345);
    CHECK(number(QStringLiteral("1 234 567,25")) == Approx(1234567.25));
    CHECK(number(QStringLiteral(" -3,5 ")) == -3.5);
    CHECK(number(QStringLiteral("\u22123")) == -3);
    CHECK(number(QStringLiteral("+7")) == 7);
    CHECK(number(QStringLiteral("1.5E-3")) == Approx(0.0015));
    // Decided: a lone separator is decimal; both: the last is decimal, the other thousands.
    CHECK(number(QStringLiteral("1,234")) == Approx(1.234));
    CHECK(number(QStringLiteral("1.234")) == Approx(1.234));
    CHECK(number(QStringLiteral("1.234,5")) == Approx(1234.5));
    CHECK(number(QStringLiteral("1,234.5")) == Approx(1234.5));
    CHECK(number(QStringLiteral("1.234.567")) == 1234567);
}

TEST_CASE("percent signs are kept as percent values", "[import]")
{
    auto ten = ValueParser::parseNumber(QStringLiteral("10 %"));
    REQUIRE(ten.ok());
    CHECK(ten.value().percent);
    CHECK(*ten.value().value == 10);
    auto tenComma = ValueParser::parseNumber(QStringLiteral("10,0%"));
    REQUIRE(tenComma.ok());
    CHECK(*tenComma.value().value == 10);
    CHECK(ValueParser::parseNumber(QStringLiteral("10\u00a0%")).ok());
}

TEST_CASE("secrecy and missing markers are missing, never zero", "[import]")
{
    for (const char *marker : { "s", "S", "nd", "ND", "n.d.", "secret", "Secret", "-", "\u2013", "",
                                "  ", "c", "x", "NA", "na" }) {
        auto parsed = ValueParser::parseNumber(QString::fromUtf8(marker));
        INFO(marker);
        REQUIRE(parsed.ok());
        CHECK_FALSE(parsed.value().value.has_value());
        CHECK(parsed.value().missing != ParsedNumber::Missing::No);
    }
    CHECK(ValueParser::parseNumber(QString()).value().missing == ParsedNumber::Missing::Empty);
    CHECK(ValueParser::parseNumber(QStringLiteral("s")).value().missing
          == ParsedNumber::Missing::Marker);
}

TEST_CASE("anything else is not a number, with what was expected", "[import]")
{
    for (const char *text : { "beaucoup", "12 34", "1,2,3.4,5", "12,", "1.2.3", "12abc", "--3",
                              "1,5 000", "0x10", "nan", "inf" })
        CHECK(rejected(QString::fromUtf8(text)));
    auto error = ValueParser::parseNumber(QStringLiteral("abc"));
    REQUIRE_FALSE(error.ok());
    CHECK(error.error().message.contains(QStringLiteral("expected a number")));
}

TEST_CASE("years are whole numbers from 1900 to 2100", "[import]")
{
    CHECK(ValueParser::parseYear(QStringLiteral(" 2021 ")).value() == 2021);
    CHECK(ValueParser::parseYear(QStringLiteral("1900")).ok());
    CHECK(ValueParser::parseYear(QStringLiteral("2100")).ok());
    CHECK(ValueParser::parseYear(QStringLiteral("1899")).error().code
          == core::Error::Code::Validation);
    CHECK(ValueParser::parseYear(QStringLiteral("2101")).error().code
          == core::Error::Code::Validation);
    CHECK(ValueParser::parseYear(QStringLiteral("2021.5")).error().code
          == core::Error::Code::Parse);
    CHECK(ValueParser::parseYear(QStringLiteral("vingt")).error().code == core::Error::Code::Parse);
}
