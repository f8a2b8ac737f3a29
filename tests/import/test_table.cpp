// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/table.h"

#include "support/qtprinters.h"

#include <QJsonArray>

#include <catch2/catch.hpp>

using namespace core;
using namespace core::import;

namespace {
QString data(const char *name)
{
    return QStringLiteral(ESS_TEST_DATA "/import/") + QLatin1String(name);
}
} // namespace

TEST_CASE("the header is found below title lines, notes after the table are listed", "[import]")
{
    for (const char *file : { "phare_cp1252.csv", "phare.xlsx" }) {
        INFO(file);
        auto opened = Table::open(data(file));
        REQUIRE(opened.ok());
        Table &table = *opened.value();
        CHECK(table.headerRow() == 4);
        CHECK(table.columns()
              == QStringList { QStringLiteral("EPCI"), QStringLiteral("Nom"),
                               QStringLiteral("Salari\u00e9s ESS"),
                               QStringLiteral("\u00c9tablissements ESS"),
                               QStringLiteral("Part ESS (%)") });
        REQUIRE(table.titleLines().size() == 2);
        CHECK(table.titleLines().at(1).line == 2);
        QList<int> lines;
        RawRow row;
        for (;;) {
            auto more = table.next(row);
            REQUIRE(more.ok());
            if (!*more)
                break;
            lines.append(row.line);
        }
        CHECK(lines == QList<int> { 5, 6, 7 });
        REQUIRE(table.notes().size() == 2);
        CHECK(table.notes().at(0).line == 9);
        CHECK(table.notes().at(0).text == QStringLiteral("Note : s = secret statistique."));
    }
}

TEST_CASE("an explicit header row overrides detection", "[import]")
{
    TableOptions options;
    options.headerRow = 2;
    auto opened = Table::open(data("utf8.csv"), options);
    REQUIRE(opened.ok());
    CHECK(opened.value()->columns().first() == QStringLiteral("59606"));
    options.headerRow = 50;
    CHECK_FALSE(Table::open(data("utf8.csv"), options).ok());
}

TEST_CASE("inspect shows exactly what was parsed", "[import]")
{
    InspectOptions options;
    options.rows = 2;
    auto json = inspect(data("phare_cp1252.csv"), options);
    REQUIRE(json.ok());
    const QJsonObject &o = json.value();
    CHECK(o.keys()
          == QStringList { QStringLiteral("columns"), QStringLiteral("encoding"),
                           QStringLiteral("header_row"), QStringLiteral("notes"),
                           QStringLiteral("rows"), QStringLiteral("separator") });
    CHECK(o.value(QStringLiteral("encoding")).toString() == QStringLiteral("windows-1252"));
    CHECK(o.value(QStringLiteral("separator")).toString() == QStringLiteral(";"));
    CHECK(o.value(QStringLiteral("header_row")).toInt() == 4);
    const QJsonArray rows = o.value(QStringLiteral("rows")).toArray();
    REQUIRE(rows.size() == 2);
    CHECK(rows.at(0).toArray().at(2).toString() == QStringLiteral("12\u00a0345"));
    CHECK(rows.at(1).toArray().at(2).toString() == QStringLiteral("s"));
    CHECK(o.value(QStringLiteral("notes")).toArray().size() == 2);

    auto quoting = inspect(data("quoting.csv"));
    REQUIRE(quoting.ok());
    const QJsonArray q = quoting.value().value(QStringLiteral("rows")).toArray();
    CHECK(q.at(0).toArray().at(2).toString() == QStringLiteral("dit \"la belle\""));
    CHECK(q.at(1).toArray().at(2).toString() == QStringLiteral("ligne 1\r\nligne 2"));
}

TEST_CASE("a truncated file gives its good rows, then an error with the line", "[import]")
{
    auto opened = Table::open(data("truncated.csv"));
    REQUIRE(opened.ok());
    RawRow row;
    auto more = opened.value()->next(row);
    REQUIRE_FALSE(more.ok());
    CHECK(opened.value()->currentLine() == 2);
}

TEST_CASE("a header with an empty first cell is still the header", "[import]")
{
    auto opened = Table::open(data("years_header.csv"));
    REQUIRE(opened.ok());
    CHECK(opened.value()->headerRow() == 2);
    CHECK(opened.value()->columns()
          == QStringList { QString(), QStringLiteral("2019"), QStringLiteral("2020") });
    CHECK(opened.value()->titleLines().size() == 1);
}
