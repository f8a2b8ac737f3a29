// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/sirene/reportjson.h"
#include "core/import/sirene/sirenereader.h"
#include "import/sirene/sirenetestsupport.h"
#include "support/qtprinters.h"

#include <catch2/catch.hpp>

#include <QFileInfo>

using namespace core::sirene;
using sirenetest::dataPath;

namespace {

core::Result<SireneReport> run(const QString &units, const QString &establishments,
                               std::vector<SireneTerritory> territories,
                               std::size_t blockSize = std::size_t(4) << 20)
{
    SireneRequest request;
    request.unitsPath = dataPath(units);
    request.establishmentsPath = dataPath(establishments);
    request.territories = std::move(territories);
    request.blockSize = blockSize;
    return SireneReader(sirenetest::benchClassification()).run(request);
}

QStringList diffWithExpected(const SireneReport &report, const QString &expectedPath)
{
    QStringList diffs;
    sirenetest::jsonDiff(sirenetest::readJson(expectedPath),
                         reportJsonObject(report, sirenetest::benchClassification()), QString(),
                         diffs);
    return diffs;
}

/// Two territories over the hand-made files: T1 = 59014 + 59019, T2 = 59606.
std::vector<SireneTerritory> handTerritories()
{
    return { { QStringLiteral("T1"),
               QStringLiteral("EPCI:1"),
               QStringLiteral("1"),
               { QStringLiteral("59014"), QStringLiteral("59019") } },
             { QStringLiteral("T2"),
               QStringLiteral("EPCI:2"),
               QStringLiteral("2"),
               { QStringLiteral("59606") } } };
}

QString errorOf(const core::Result<SireneReport> &r)
{
    return r.ok() ? QString() : r.error().message;
}

} // namespace

TEST_CASE("generated stock files give exactly EXPECTED.json", "[sirene]")
{
    const QString expected = dataPath(QStringLiteral("gen/EXPECTED.json"));
    const QString et = QStringLiteral("StockEtablissement_utf8");
    const QString ul = QStringLiteral("StockUniteLegale_utf8");
    SECTION("plain CSV, 4 MiB blocks and tiny blocks that split records and the header")
    {
        for (std::size_t block :
             { std::size_t(4) << 20, std::size_t(4096), std::size_t(97), std::size_t(1) }) {
            INFO("block size " << block);
            const auto r = run(QStringLiteral("gen/") + ul + QStringLiteral(".csv"),
                               QStringLiteral("gen/") + et + QStringLiteral(".csv"),
                               sirenetest::benchTerritories(), block);
            REQUIRE(errorOf(r) == QString());
            CHECK(diffWithExpected(r.value(), expected) == QStringList());
        }
    }
    SECTION("columns reversed, extra columns, CRLF and a BOM")
    {
        const auto r = run(QStringLiteral("variant/") + ul + QStringLiteral(".csv"),
                           QStringLiteral("variant/") + et + QStringLiteral(".csv"),
                           sirenetest::benchTerritories(), 1000);
        REQUIRE(errorOf(r) == QString());
        CHECK(diffWithExpected(r.value(), expected) == QStringList());
    }
    SECTION("read inside the official ZIP files")
    {
        const auto r = run(QStringLiteral("zip/") + ul + QStringLiteral(".zip"),
                           QStringLiteral("zip/") + et + QStringLiteral(".zip"),
                           sirenetest::benchTerritories());
        REQUIRE(errorOf(r) == QString());
        CHECK(diffWithExpected(r.value(), expected) == QStringList());
        CHECK(r->provenance.establishments.zipEntry == et + QStringLiteral(".csv"));
        CHECK(r->provenance.establishments.contentSize
              == QFileInfo(dataPath(QStringLiteral("gen/") + et + QStringLiteral(".csv"))).size());
    }
}

TEST_CASE("provenance names the files, their SHA-256, rows and the convention", "[sirene]")
{
    const auto r = run(QStringLiteral("hand/unites.csv"), QStringLiteral("hand/etablissements.csv"),
                       handTerritories());
    REQUIRE(errorOf(r) == QString());
    const SireneProvenance &p = r->provenance;
    CHECK(p.classificationId == QStringLiteral("sirene-ess-bench/1"));
    CHECK(p.establishments.fileName == QStringLiteral("etablissements.csv"));
    CHECK(p.establishments.rows == 11);
    CHECK(p.units.rows == 8);
    CHECK(p.establishments.size == 546);
    // sha256sum tests/data/sirene/hand/unites.csv
    CHECK(p.units.sha256.size() == 64);
    CHECK(p.units.sha256
          == QByteArray("0552a73cd6fbbaecb9fe1e0d1a4b0afe1577f0f7b2e919e91edf0dc6e33117c4"));
    CHECK(p.stockDate.isValid());
    CHECK(p.stockDateOrigin == QStringLiteral("file-modified"));
}

TEST_CASE("hand-made files: quoting, reordered columns, closed, flags, other communes", "[sirene]")
{
    const QString variant = GENERATE(QStringLiteral(""), QStringLiteral("-bom-crlf"));
    INFO("variant " << variant.toStdString());
    const auto r =
            run(QStringLiteral("hand/unites%1.csv").arg(variant),
                QStringLiteral("hand/etablissements%1.csv").arg(variant), handTerritories(), 5);
    REQUIRE(errorOf(r) == QString());
    REQUIRE(r->territories.size() == 2);
    const SireneTerritoryFigures &t1 = r->territories[0];
    REQUIRE(t1.communes.size() == 2);
    // 59014: rows a, b, c, k active (d closed; i in 59350 with codeCommune2 59014; j foreign).
    const SireneMetrics &c59014 = t1.communes[0].metrics;
    CHECK(c59014.activeEstablishments == 4);
    CHECK(c59014.activeEssEstablishments == 3); // a association, b and k flag O
    CHECK(c59014.essByFamily == std::vector<qint64> { 1, 0, 0, 0, 2 });
    CHECK(c59014.activeEmployerEstablishments == 2); // a, b (c and k are N)
    CHECK(c59014.activeEmployerEssEstablishments == 2);
    // bands 01 + 02 + 53 + 00: low 1 + 3 + 10000, high 2 + 5 + 10000
    CHECK(c59014.employeesAll.low == 10004);
    CHECK(c59014.employeesAll.high == 10007);
    CHECK(c59014.employeesAll.mid() == 10005.5);
    CHECK(c59014.employeesEss.low == 4);
    CHECK(c59014.employeesEss.mid() == 5.5);
    // 59019: a SCOP flagged N (cooperative) and a mutuelle with an empty flag; NN and empty.
    const SireneMetrics &c59019 = t1.communes[1].metrics;
    CHECK(c59019.activeEssEstablishments == 2);
    CHECK(c59019.essByFamily == std::vector<qint64> { 0, 1, 1, 0, 0 });
    CHECK(c59019.employeesAll.high == 0);
    CHECK(t1.total.activeEstablishments == 6);
    CHECK(t1.total.activeEssEstablishments == 5);
    // 59606: a foundation (band 03) and 9224 (not ESS, band 11).
    const SireneMetrics &t2 = r->territories[1].total;
    CHECK(t2.activeEstablishments == 2);
    CHECK(t2.essByFamily == std::vector<qint64> { 0, 0, 0, 1, 0 });
    CHECK(t2.employeesAll.low == 16);
    CHECK(t2.employeesAll.high == 28);
    CHECK(t2.employeesEss.mid() == 7.5);
    CHECK(t2.activeEmployerEstablishments == 2);
    CHECK(t2.activeEmployerEssEstablishments == 1);
    CHECK(r->allTerritories.activeEstablishments == 8);
    CHECK(r->allTerritories.activeEssEstablishments == 6);

    const QJsonObject json = reportJsonObject(r.value(), sirenetest::benchClassification());
    const QJsonObject total = json.value(u"territories")
                                      .toObject()
                                      .value(u"T1")
                                      .toObject()
                                      .value(u"total")
                                      .toObject();
    CHECK(total.keys()
          == QStringList { QStringLiteral("active_ess_by_family"),
                           QStringLiteral("active_ess_establishments"),
                           QStringLiteral("active_establishments"), QStringLiteral("employees_all"),
                           QStringLiteral("employees_ess") });
    CHECK(total.value(u"employees_all").toObject().value(u"mid").toDouble() == 10005.5);
}

TEST_CASE("every headcount band is summed exactly", "[sirene]")
{
    const auto r = run(QStringLiteral("hand/bands-unites.csv"),
                       QStringLiteral("hand/bands-etablissements.csv"),
                       { { QStringLiteral("T"),
                           QStringLiteral("COM:59014"),
                           QString(),
                           { QStringLiteral("59014") } } });
    REQUIRE(errorOf(r) == QString());
    const SireneMetrics &m = r->territories[0].total;
    CHECK(m.activeEstablishments == 18);
    CHECK(m.activeEssEstablishments == 18);
    // 1+3+6+10+20+50+100+200+250+500+1000+2000+5000+10000; NN, 00, XX and empty count 0
    CHECK(m.employeesAll.low == 19140);
    // 2+5+9+19+49+99+199+249+499+999+1999+4999+9999+10000
    CHECK(m.employeesAll.high == 29126);
    CHECK(m.employeesAll.mid() == 24133);
}

TEST_CASE("bad input fails with the file name and the physical line", "[sirene]")
{
    const QString units = QStringLiteral("hand/unites.csv");
    SECTION("unterminated quote after a quoted newline")
    {
        const QString e =
                errorOf(run(units, QStringLiteral("hand/unterminated.csv"), handTerritories(), 16));
        CHECK(e.contains(QStringLiteral("unterminated.csv, line 5:")));
        CHECK(e.contains(QStringLiteral("never closed")));
    }
    SECTION("non-UTF-8 byte in a used field")
    {
        const QString e =
                errorOf(run(units, QStringLiteral("hand/non-utf8.csv"), handTerritories()));
        CHECK(e.contains(QStringLiteral("non-utf8.csv, line 5:")));
        CHECK(e.contains(QStringLiteral("UTF-8")));
    }
    SECTION("file cut in the middle of a record")
    {
        const QString e =
                errorOf(run(units, QStringLiteral("hand/truncated.csv"), handTerritories()));
        CHECK(e.contains(QStringLiteral("truncated.csv, line 4:")));
    }
    SECTION("record with too few fields")
    {
        const QString e =
                errorOf(run(units, QStringLiteral("hand/short-row.csv"), handTerritories()));
        CHECK(e.contains(QStringLiteral("short-row.csv, line 3: 3 fields instead of 8")));
    }
    SECTION("a stray comma in a record of a commune not asked for")
    {
        // Its commune column reads "m": before, the establishment of 59014 vanished (exit 0).
        const QString e =
                errorOf(run(units, QStringLiteral("hand/extra-comma.csv"), handTerritories()));
        CHECK(e.contains(QStringLiteral("extra-comma.csv, line 3: 9 fields instead of 8")));
        CHECK(e.contains(QStringLiteral("not between quotes")));
        // The same in the legal-unit file, whose filter is the SIREN.
        const QString u =
                errorOf(run(QStringLiteral("hand/unites-extra-comma.csv"),
                            QStringLiteral("hand/etablissements.csv"), handTerritories()));
        CHECK(u.contains(QStringLiteral("unites-extra-comma.csv, line 10: 6 fields instead of 5")));
    }
    SECTION("missing required column is named")
    {
        const QString e =
                errorOf(run(units, QStringLiteral("hand/missing-column.csv"), handTerritories()));
        CHECK(e.contains(QStringLiteral("missing-column.csv, line 1")));
        CHECK(e.contains(QStringLiteral("trancheEffectifsEtablissement")));
    }
    SECTION("the two files swapped")
    {
        const auto r = run(QStringLiteral("hand/etablissements.csv"), units, handTerritories());
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().message.contains(QStringLiteral("swapped")));
    }
    SECTION("empty file")
    {
        const QString e = errorOf(run(units, QStringLiteral("hand/empty.csv"), handTerritories()));
        CHECK(e.contains(QStringLiteral("empty.csv is empty")));
    }
    SECTION("truncated ZIP")
    {
        const QString e =
                errorOf(run(QStringLiteral("zip/StockUniteLegale_utf8.zip"),
                            QStringLiteral("zip/truncated.zip"), sirenetest::benchTerritories()));
        CHECK(e.contains(QStringLiteral("truncated.zip")));
        CHECK(e.contains(QStringLiteral("damaged or truncated")));
    }
    SECTION("missing file")
    {
        const QString e = errorOf(run(units, QStringLiteral("hand/nope.csv"), handTerritories()));
        CHECK(e.contains(QStringLiteral("nope.csv")));
    }
}

TEST_CASE("cancellation stops the import and progress is reported", "[sirene]")
{
    SireneRequest request;
    request.unitsPath = dataPath(QStringLiteral("gen/StockUniteLegale_utf8.csv"));
    request.establishmentsPath = dataPath(QStringLiteral("gen/StockEtablissement_utf8.csv"));
    request.territories = sirenetest::benchTerritories();
    request.blockSize = 4096;
    std::atomic<bool> cancel { false };
    SECTION("progress reaches the total")
    {
        std::vector<SireneProgress> seen;
        request.progress = [&](const SireneProgress &p) { seen.push_back(p); };
        const auto r = SireneReader(sirenetest::benchClassification()).run(request);
        REQUIRE(r.ok());
        REQUIRE_FALSE(seen.empty());
        CHECK(seen.back().bytesRead <= seen.back().totalBytes);
        CHECK(seen.back().rows == r->provenance.units.rows + r->provenance.establishments.rows);
        CHECK(seen.size() <= 4); // throttled: small files take far less than a second
    }
    SECTION("cancel")
    {
        request.cancel = &cancel;
        request.progress = [&](const SireneProgress &) { cancel = true; };
        cancel = true;
        const auto r = SireneReader(sirenetest::benchClassification()).run(request);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == core::Error::Code::Cancelled);
    }
}
