// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/xlsxreader.h"

#include "support/qtprinters.h"

#include <catch2/catch.hpp>

#include <limits>

using namespace core;
using namespace core::import;

namespace {
QString data(const char *name)
{
    return QStringLiteral(ESS_TEST_DATA "/import/") + QLatin1String(name);
}
} // namespace

TEST_CASE("XLSX: sheets by name, strings, numbers, dates, formulas, sparse cells", "[import]")
{
    auto first = XlsxReader::open(data("features.xlsx"));
    REQUIRE(first.ok());
    CHECK(first.value()->sheetNames()
          == QStringList { QStringLiteral("Notes"), QStringLiteral("Donn\u00e9es") });
    CHECK(first.value()->sheetName() == QStringLiteral("Notes"));

    auto missing = XlsxReader::open(data("features.xlsx"), QStringLiteral("Nope"));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().code == Error::Code::NotFound);
    CHECK(missing.error().message.contains(QStringLiteral("Notes")));

    auto reader = XlsxReader::open(data("features.xlsx"), QStringLiteral("Donn\u00e9es"));
    REQUIRE(reader.ok());
    RawRow row;
    REQUIRE(*reader.value()->next(row));
    CHECK(row.line == 1);
    CHECK(row.cells.at(6) == QStringLiteral("Bool\u00e9en"));
    REQUIRE(*reader.value()->next(row));
    CHECK(row.line == 2);
    CHECK(row.cells
          == QStringList { QStringLiteral("59606"), QStringLiteral("Valenciennes"),
                           QStringLiteral("1234.5"), QStringLiteral("2021-12-31"),
                           QStringLiteral("2469"), QStringLiteral("en ligne"),
                           QStringLiteral("TRUE") });
    REQUIRE(*reader.value()->next(row));
    CHECK(row.line == 3);
    REQUIRE(row.cells.size() == 7);
    CHECK(row.cells.at(1).isEmpty()); // B3 absent
    CHECK(row.cells.at(2) == QStringLiteral("0.1"));
    CHECK(row.cells.at(3).isEmpty()); // D3 absent
    CHECK(row.cells.at(4) == QStringLiteral("xy")); // formula string result
    CHECK(row.cells.at(5) == QStringLiteral("2021-01-01 12:00:00")); // custom dd/mm/yyyy
    CHECK(row.cells.at(6) == QStringLiteral("12.5")); // number format, not a date
    auto end = reader.value()->next(row);
    REQUIRE(end.ok());
    CHECK_FALSE(*end);
}

TEST_CASE("XLSX helpers: A1 references and serial dates", "[import]")
{
    CHECK(XlsxReader::columnOfReference(u"A1") == 0);
    CHECK(XlsxReader::columnOfReference(u"Z9") == 25);
    CHECK(XlsxReader::columnOfReference(u"AA10") == 26);
    CHECK(XlsxReader::columnOfReference(u"1") == -1);
    CHECK(XlsxReader::serialToIso(1, false) == QStringLiteral("1900-01-01"));
    CHECK(XlsxReader::serialToIso(61, false) == QStringLiteral("1900-03-01"));
    CHECK(XlsxReader::serialToIso(44561, false) == QStringLiteral("2021-12-31"));
    CHECK(XlsxReader::serialToIso(0, true) == QStringLiteral("1904-01-01"));
    // Out of Excel's date range (0 to 9999-12-31): the number, never undefined behaviour.
    CHECK(XlsxReader::serialToIso(1e300, false) == QStringLiteral("1e+300"));
    CHECK(XlsxReader::serialToIso(-5, false) == QStringLiteral("-5"));
    CHECK(XlsxReader::serialToIso(2958465, false) == QStringLiteral("9999-12-31"));
    CHECK(XlsxReader::serialToIso(std::numeric_limits<double>::quiet_NaN(), false)
          == QStringLiteral("nan"));
}

TEST_CASE("XLSX zip bombs are refused with a clear error", "[import]")
{
    SECTION("ratio read from the ZIP directory")
    {
        auto bomb = XlsxReader::open(data("bomb.xlsx"));
        REQUIRE_FALSE(bomb.ok());
        CHECK(bomb.error().message.contains(QStringLiteral("zip bomb")));
        CHECK(bomb.error().message.contains(QStringLiteral("sheet1.xml")));
    }
    SECTION("a directory that lies about the size is caught while inflating")
    {
        auto reader = XlsxReader::open(data("bomb_lying.xlsx"));
        Error error;
        if (reader.ok()) {
            RawRow row;
            auto more = reader.value()->next(row);
            REQUIRE_FALSE(more.ok());
            error = more.error();
        } else {
            error = reader.error();
        }
        CHECK(error.message.contains(QStringLiteral("zip bomb")));
    }
    SECTION("the size limit applies to honest files too")
    {
        XlsxLimits limits;
        limits.maxEntrySize = 100;
        auto small = XlsxReader::open(data("features.xlsx"), QString(), limits);
        REQUIRE_FALSE(small.ok());
        CHECK(small.error().message.contains(QStringLiteral("zip bomb")));
    }
    SECTION("not a ZIP archive")
    {
        auto csv = XlsxReader::open(data("utf8.csv"));
        REQUIRE_FALSE(csv.ok());
        CHECK(csv.error().message.contains(QStringLiteral("XLSX")));
    }
}
