// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/format/french.h"
#include "support/qtprinters.h"

#include <catch2/catch.hpp>

using namespace core;

namespace {
const QString nnbsp = QString(QChar(0x202F));
QString fr(const char *utf8WithUnderscores)
{
    // "_" stands for U+202F in expectations, to keep them readable.
    return QString::fromUtf8(utf8WithUnderscores).replace(u'_', QChar(0x202F));
}
} // namespace

TEST_CASE("numbers use a decimal comma and narrow no-break spaces", "[format]")
{
    CHECK(format::number(12345.6, 1) == fr("12_345,6"));
    CHECK(format::number(2820) == fr("2_820"));
    CHECK(format::number(999) == QStringLiteral("999"));
    CHECK(format::number(1234567) == fr("1_234_567"));
    CHECK(format::number(-1500.25, 2) == QString(QChar(0x2212)) + fr("1_500,25"));
    CHECK(format::number(-0.01, 1) == QStringLiteral("0,0"));
    CHECK(format::compact(10.0) == QStringLiteral("10"));
    CHECK(format::compact(13.5) == QStringLiteral("13,5"));
    CHECK(format::compact(22.333, 1) == QStringLiteral("22,3"));
}

TEST_CASE("percentages, points and ranges follow French typography", "[format]")
{
    CHECK(format::percent(10) == fr("10_%"));
    CHECK(format::percent(10.7) == fr("10,7_%"));
    CHECK(format::points(1.26) == fr("+1,3_pt"));
    CHECK(format::points(-0.5) == QString(QChar(0x2212)) + fr("0,5_pt"));
    CHECK(format::range(8, 9, true) == QString::fromUtf8("8\u2013") + fr("9_%"));
    CHECK(format::value(std::nullopt, QStringLiteral("percent"), 8.0, 9.0)
          == QString::fromUtf8("8\u2013") + fr("9_%"));
    CHECK(format::value(std::nullopt, QStringLiteral("count")) == format::notAvailable());
    CHECK(format::value(2820.0, QStringLiteral("count")) == fr("2_820"));
    CHECK(format::csvNumber(12345.6) == QStringLiteral("12345,6"));
    CHECK(format::csvNumber(10) == QStringLiteral("10"));
}
