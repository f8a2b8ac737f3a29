// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/sirene/sireneheader.h"
#include "core/import/sirene/sirenemetrics.h"
#include "core/import/sirene/stockdate.h"
#include "import/sirene/sirenetestsupport.h"
#include "support/qtprinters.h"

#include <catch2/catch.hpp>

#include <string>

using namespace core;
using namespace core::sirene;

namespace {
Result<Header> header(const std::string &text, bool eof = true)
{
    return parseHeader(text.data(), text.size(), eof, QStringLiteral("f.csv"));
}
} // namespace

TEST_CASE("a stock date is read from a dated file name, else from the older file time", "[sirene]")
{
    CHECK(dateInName(QStringLiteral("StockEtablissement_utf8_2025-11-01.zip"))
          == QDate(2025, 11, 1));
    CHECK(dateInName(QStringLiteral("StockUniteLegale_20251101.csv")) == QDate(2025, 11, 1));
    CHECK(dateInName(QStringLiteral("stock-2024-06.csv")) == QDate(2024, 6, 1));
    CHECK_FALSE(dateInName(QStringLiteral("StockEtablissement_utf8.zip")).isValid());

    SireneProvenance p;
    p.units.fileName = QStringLiteral("StockUniteLegale_utf8.zip");
    p.units.zipEntry = QStringLiteral("StockUniteLegale_utf8_2025-10-01.csv");
    p.establishments.fileName = QStringLiteral("StockEtablissement_utf8.zip");
    p.establishments.modified = QDateTime(QDate(2026, 3, 2), QTime(12, 0), Qt::UTC);
    p.units.modified = QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);
    SECTION("a ZIP entry's name dates the stock when the file names do not")
    {
        setStockDate(p);
        CHECK(p.stockDate == QDate(2025, 10, 1));
        CHECK(p.stockDateOrigin == QStringLiteral("file-name"));
    }
    SECTION("the establishment file's name comes first")
    {
        p.establishments.fileName = QStringLiteral("StockEtablissement_utf8_2025-11-01.zip");
        setStockDate(p);
        CHECK(p.stockDate == QDate(2025, 11, 1));
    }
    SECTION("no dated name: the older modification time, marked as such")
    {
        p.units.zipEntry.clear();
        setStockDate(p);
        CHECK(p.stockDate == QDate(2026, 3, 1));
        CHECK(p.stockDateOrigin == QStringLiteral("file-modified"));
    }
}

TEST_CASE("the stock header is parsed once: BOM, quotes, line count, kind and columns", "[sirene]")
{
    const auto h = header("\xEF\xBB\xBF"
                          "siren,\"codeCommune\nEtablissement\",x\r\n1,2,3\n");
    REQUIRE(h.ok());
    CHECK(h->names == std::vector<std::string> { "siren", "codeCommune\nEtablissement", "x" });
    CHECK(h->lines == 2);
    CHECK(h->bytes
          == std::string("\xEF\xBB\xBF"
                         "siren,\"codeCommune\nEtablissement\",x\r\n")
                     .size());

    const auto bad = header("siren,caf\xE9\n");
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().message.contains(QStringLiteral("UTF-8")));
    CHECK_FALSE(header("siren,\"unclosed\n", false).ok());
    CHECK_FALSE(header("\n").ok());

    const auto etab = header("siren,siret,codeCommuneEtablissement\n");
    const auto units = header("siren,categorieJuridiqueUniteLegale\n");
    const auto other = header("a,b\n");
    REQUIRE((etab.ok() && units.ok() && other.ok()));
    CHECK(kindOf(etab.value()) == FileKind::Establishments);
    CHECK(kindOf(units.value()) == FileKind::Units);
    CHECK(kindOf(other.value()) == FileKind::Unknown);
    CHECK(columnOf(etab.value(), "codeCommuneEtablissement") == 2);
    CHECK(columnOf(etab.value(), "nope") == -1);

    OpenedFile u;
    u.header = units.value();
    u.fileName = QStringLiteral("u.csv");
    OpenedFile e;
    e.header = etab.value();
    e.fileName = QStringLiteral("e.csv");
    CHECK(checkFileKinds(u, e).ok());
    const Status swapped = checkFileKinds(e, u);
    REQUIRE_FALSE(swapped.ok());
    CHECK(swapped.error().message.contains(QStringLiteral("swapped")));
    // Both kinds are right, but the establishment file lacks most required columns.
    const auto columns = stockColumns(u, e, sirenetest::benchClassification());
    REQUIRE_FALSE(columns.ok());
    CHECK(columns.error().message.contains(QStringLiteral("e.csv, line 1")));
    CHECK(columns.error().message.contains(QStringLiteral("etatAdministratifEtablissement")));
}

TEST_CASE("communes are indexed once across territories, empty ones are refused", "[sirene]")
{
    SireneTerritory a;
    a.code = QStringLiteral("EPCI:1");
    a.communes = { QStringLiteral("59606"), QStringLiteral("59014") };
    SireneTerritory b;
    b.code = QStringLiteral("EPCI:2");
    b.communes = { QStringLiteral("59014"), QStringLiteral("59009") };
    const auto index = indexCommunes({ a, b });
    REQUIRE(index.ok());
    CHECK(index->codes.size() == 3);
    CHECK(index->table.find("59014") == 1);
    CHECK(index->table.find("59009") == 2);
    CHECK(index->table.find("59000") == -1);

    SireneTerritory empty;
    empty.code = QStringLiteral("EPCI:3");
    CHECK_FALSE(indexCommunes({ a, empty }).ok());
    b.communes << QStringLiteral("123456789");
    CHECK_FALSE(indexCommunes({ b }).ok());

    const SireneMetrics zero = SireneMetrics::zero(4);
    CHECK(zero.essByFamily == std::vector<qint64>(4, 0));
    CHECK(zero.employerEssByFamily.size() == 4);
    CHECK(zero.employeesByFamily.size() == 4);
    CHECK(zero.activeEstablishments == 0);
}
