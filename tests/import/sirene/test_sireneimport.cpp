// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/charts/communeranking.h"
#include "core/format/french.h"
#include "core/import/sirene/classification.h"
#include "core/import/sirene/sireneimport.h"
#include "core/import/sirene/sirenereader.h"
#include "core/indicators/registerfigures.h"
#include "core/models/communeregistermodel.h"
#include "core/referencedata.h"
#include "core/registerqueries.h"
#include "core/storage/store.h"
#include "core/workspace.h"
#include "import/sirene/sirenetestsupport.h"
#include "support/dbdump.h"
#include "support/qtprinters.h"
#include "support/testdb.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QTemporaryDir>

#include <atomic>

using namespace core;
using namespace core::sirene;

namespace {

const Classification &classification()
{
    static const Classification c =
            Classification::load(
                    QStringLiteral(ESS_SOURCE_DIR "/data/classification/sirene-ess-1.json"))
                    .value();
    return c;
}

TerritoryIndex referenceIndex()
{
    return TerritoryIndex(ReferenceData::load(testsupport::referenceDataDir())->territories);
}

struct Run
{
    SireneSelection selection;
    Result<SireneReport> report = makeError(Error::Code::NotFound, QString());
};

Run readGenerated(const TerritoryIndex &index, const QStringList &codes,
                  const std::atomic<bool> *cancel = nullptr)
{
    Run run;
    run.selection = resolveSireneTerritories(index, codes).value();
    SireneRequest request;
    request.unitsPath = sirenetest::genFile("StockUniteLegale_utf8.csv");
    request.establishmentsPath = sirenetest::genFile("StockEtablissement_utf8.csv");
    request.territories = run.selection.territories;
    request.cancel = cancel;
    run.report = SireneReader(classification()).run(request);
    return run;
}

/// The register's observation (method Estimated), not a published one of the same measure.
const Observation *find(const std::vector<Observation> &list, const char *code, const char *measure,
                        const char *scope)
{
    for (const Observation &o : list)
        if (o.territoryCode == QLatin1String(code) && o.measure == QLatin1String(measure)
            && o.scope == QLatin1String(scope) && o.sector == u"all"
            && o.method == Method::Estimated)
            return &o;
    return nullptr;
}

const indicators::Indicator *findIndicator(const std::vector<indicators::Indicator> &list,
                                           const char *id, Method method)
{
    for (const indicators::Indicator &i : list)
        if (i.id == QLatin1String(id) && i.scope == u"ess" && i.method == method)
            return &i;
    return nullptr;
}

const SireneMetrics &totalOf(const SireneReport &report, const char *key)
{
    for (const SireneTerritoryFigures &t : report.territories)
        if (t.territory.key == QLatin1String(key))
            return t.total;
    FAIL("no territory " << key);
    return report.allTerritories;
}

/// Stores through a connection of its own, as the register import job does, then opens the
/// workspace again so that it reads what was written.
Result<SireneStoreOutcome> storeAndReopen(Workspace &workspace, const SireneDatasetContent &content,
                                          const SireneStoreOptions &options)
{
    const QString path = workspace.databasePath();
    Result<SireneStoreOutcome> stored = makeError(Error::Code::Database, QString());
    {
        auto store = Store::open(path, Store::OpenOptions {});
        if (!store)
            return store.error();
        stored = storeSireneDataset(*store.value(), content, options);
    }
    if (auto st = workspace.open(path, testsupport::referenceDataDir()); !st)
        return st.error();
    return stored;
}

} // namespace

TEST_CASE("register territories are resolved from the database's territory codes", "[sirene]")
{
    const TerritoryIndex index = referenceIndex();
    SECTION("ARR:596 gives CAVM and CAPH, stored with the area and its 82 communes")
    {
        const auto s = resolveSireneTerritories(index, { QStringLiteral("ARR:596") });
        REQUIRE(s.ok());
        REQUIRE(s->territories.size() == 2);
        CHECK(s->territories[0].key == QStringLiteral("CAVM"));
        CHECK(s->territories[0].epciSiren == QStringLiteral("245901160"));
        CHECK(s->territories[1].key == QStringLiteral("CAPH"));
        CHECK(s->territories[0].communes.size() + s->territories[1].communes.size() == 82);
        CHECK(s->storedCodes.size() == 82 + 3);
        CHECK(s->storedCodes.contains(QStringLiteral("ARR:596")));
        CHECK(s->storedCodes.contains(QStringLiteral("EPCI:200042190")));
        CHECK(s->storedCodes.contains(QStringLiteral("COM:59606")));
    }
    SECTION("a commune, an EPCI, a list of communes")
    {
        auto s = resolveSireneTerritories(index, { QStringLiteral("59606") });
        REQUIRE(s.ok());
        CHECK(s->territories.at(0).communes == QStringList { QStringLiteral("59606") });
        CHECK(s->storedCodes == QStringList { QStringLiteral("COM:59606") });
        s = resolveSireneTerritories(index, { QStringLiteral("EPCI:245901160") });
        REQUIRE(s.ok());
        CHECK(s->territories.size() == 1);
        CHECK(s->storedCodes.size() == 1 + s->territories[0].communes.size());
        s = resolveSireneTerritories(index, { QStringLiteral("59606, COM:59014") });
        REQUIRE(s.ok());
        CHECK(s->territories.size() == 1);
        CHECK(s->territories[0].communes
              == QStringList { QStringLiteral("59606"), QStringLiteral("59014") });
        CHECK(s->territories[0].code.isEmpty()); // no total stored for a list
        CHECK(s->storedCodes
              == QStringList { QStringLiteral("COM:59606"), QStringLiteral("COM:59014") });
    }
    SECTION("unknown codes and areas larger than the known communes are refused")
    {
        CHECK_FALSE(resolveSireneTerritories(index, { QStringLiteral("COM:00000") }).ok());
        CHECK_FALSE(resolveSireneTerritories(index, { QStringLiteral("DEP:59") }).ok());
        CHECK_FALSE(
                resolveSireneTerritories(index, { QStringLiteral("59606,EPCI:245901160") }).ok());
    }
}

TEST_CASE("the stored register is estimated, employer-based, and gives estimated shares with "
          "bounds",
          "[sirene]")
{
    QTemporaryDir dir;
    Workspace workspace;
    REQUIRE(workspace
                    .open(dir.filePath(QStringLiteral("reg.sqlite")),
                          testsupport::referenceDataDir())
                    .ok());
    const Run run = readGenerated(workspace.territories(), { QStringLiteral("ARR:596") });
    REQUIRE(run.report.ok());
    const SireneReport &report = run.report.value();
    const SireneDatasetContent content = sireneDatasetContent(
            report, classification(), workspace.territories(), run.selection.storedCodes);
    // 85 territories x (establishments, active_establishments, employees) x (all, ess, 5 families)
    CHECK(content.observations.size() == std::size_t(85 * 3 * 7));
    const int year = report.provenance.stockDate.year();
    for (const Observation &o : content.observations) {
        CHECK(o.method == Method::Estimated);
        CHECK(o.year == year);
    }

    const auto stored = storeAndReopen(workspace, content, {});
    REQUIRE(stored.ok());
    CHECK(stored->observations == qint64(content.observations.size()));

    // Provenance: dataset, source.
    const auto datasets = workspace.datasets().value();
    const Dataset &d = datasets.constLast();
    CHECK(d.kind == DatasetKind::Sirene);
    CHECK(d.fileName == QStringLiteral("StockUniteLegale_utf8.csv + StockEtablissement_utf8.csv"));
    CHECK(d.sha256
          == QString::fromLatin1(report.provenance.units.sha256 + '+'
                                 + report.provenance.establishments.sha256));
    // The convention is stored as data; the note still says it for people.
    CHECK(d.convention == QStringLiteral("sirene-ess-bench/1"));
    CHECK(d.note.startsWith(QStringLiteral("convention sirene-ess-bench/1 ; ")));
    CHECK(d.stockDate == report.provenance.stockDate);
    REQUIRE(d.files.size() == 2);
    CHECK(d.files[0].name == QStringLiteral("StockUniteLegale_utf8.csv"));
    CHECK(d.files[0].sha256 == QString::fromLatin1(report.provenance.units.sha256));
    CHECK(d.files[1].name == QStringLiteral("StockEtablissement_utf8.csv"));
    CHECK(d.files[1].sha256 == QString::fromLatin1(report.provenance.establishments.sha256));
    const Source s = workspace.source(d.sourceId);
    // The fixture has no date in its file names: the date comes from the files' modification
    // time, and the title says it is uncertain.
    CHECK(s.title
          == QStringLiteral("Répertoire SIRENE (Insee), stock du ")
                  + report.provenance.stockDate.toString(Qt::ISODate)
                  + QStringLiteral(" (date incertaine : date de modification des fichiers)"));
    CHECK(s.licence == QStringLiteral("Licence Ouverte 2.0 (Etalab)"));
    CHECK(s.url.startsWith(QStringLiteral("https://www.data.gouv.fr/")));

    // CAPH: `establishments` counts active employers only; active_establishments all of them.
    const SireneMetrics &caph = totalOf(report, "CAPH");
    const auto obs = workspace.observations({ QStringLiteral("EPCI:200042190") }).value();
    const Observation *employers = find(obs, "EPCI:200042190", "establishments", "all");
    REQUIRE(employers);
    CHECK(*employers->value == double(caph.activeEmployerEstablishments));
    CHECK(employers->basis
          == QStringLiteral("établissements employeurs actifs (répertoire SIRENE, convention "
                            "sirene-ess-bench/1)"));
    CHECK(employers->perimeter
          == QStringLiteral("convention de l'application sirene-ess-bench/1, pas le périmètre "
                            "officiel Insee"));
    CHECK(*find(obs, "EPCI:200042190", "establishments", "ess")->value
          == double(caph.activeEmployerEssEstablishments));
    CHECK(*find(obs, "EPCI:200042190", "active_establishments", "all")->value
          == double(caph.activeEstablishments));
    CHECK(*find(obs, "EPCI:200042190", "active_establishments", "ess")->value
          == double(caph.activeEssEstablishments));
    const Observation *essJobs = find(obs, "EPCI:200042190", "employees", "ess");
    REQUIRE(essJobs);
    CHECK(*essJobs->value == caph.employeesEss.mid());
    CHECK(*essJobs->low == double(caph.employeesEss.low));
    CHECK(*essJobs->high == double(caph.employeesEss.high));
    // The area's total is the sum of its two EPCIs.
    const auto arr = workspace.observations({ QStringLiteral("ARR:596") }).value();
    CHECK(*find(arr, "ARR:596", "establishments", "all")->value
          == double(report.allTerritories.activeEmployerEstablishments));

    // The existing indicators turn the counts into estimated ratios with bounds.
    REQUIRE(caph.activeEmployerEssEstablishments > 0);
    const auto figures = workspace.figures(QStringLiteral("EPCI:200042190")).value();
    const indicators::Indicator *share =
            findIndicator(figures.indicators, "establishment_share", Method::Estimated);
    REQUIRE(share);
    // 100 x ESS employers / all employers
    CHECK(*share->value
          == Approx(100.0 * double(caph.activeEmployerEssEstablishments)
                    / double(caph.activeEmployerEstablishments))
                     .epsilon(1e-9));
    CHECK(share->perimeter.contains(QStringLiteral("sirene-ess-bench/1")));
    CHECK(share->year == year);
    const indicators::Indicator *jobs =
            findIndicator(figures.indicators, "employment_share", Method::Estimated);
    REQUIRE(jobs);
    const double allMid = caph.employeesAll.mid();
    CHECK(*jobs->value == Approx(100.0 * caph.employeesEss.mid() / allMid).epsilon(1e-9));
    // The bounds divide the ESS bounds by the central total (indicators::ratio).
    CHECK(*jobs->low == Approx(100.0 * double(caph.employeesEss.low) / allMid).epsilon(1e-9));
    CHECK(*jobs->high == Approx(100.0 * double(caph.employeesEss.high) / allMid).epsilon(1e-9));
    const indicators::Indicator *size =
            findIndicator(figures.indicators, "avg_employees", Method::Estimated);
    REQUIRE(size);
    // ESS employees / ESS employer establishments
    CHECK(*size->value
          == Approx(caph.employeesEss.mid() / double(caph.activeEmployerEssEstablishments))
                     .epsilon(1e-9));
    CHECK(*size->low
          == Approx(double(caph.employeesEss.low) / double(caph.activeEmployerEssEstablishments))
                     .epsilon(1e-9));

    // The published figure stays the headline; the register's is found beside it.
    const KeyFigure headline =
            workspace.keyFigure(QStringLiteral("ARR:596"), QStringLiteral("establishment_share"),
                                QStringLiteral("ess"));
    REQUIRE(headline.indicator);
    CHECK(headline.indicator->method == Method::Published);
    const auto estimate =
            registerEstimate(workspace, QStringLiteral("ARR:596"),
                             QStringLiteral("establishment_share"), QStringLiteral("ess"));
    REQUIRE(estimate);
    CHECK(estimate->indicator.method == Method::Estimated);
    // CAPH has no published share of its own: the card keeps the arrondissement's published
    // one in front of the register's own estimate.
    const KeyFigure card =
            workspace.keyFigure(QStringLiteral("EPCI:200042190"),
                                QStringLiteral("establishment_share"), QStringLiteral("ess"));
    REQUIRE(card.indicator);
    CHECK(card.indicator->method == Method::Published);
    CHECK(card.inherited);
    CHECK(estimate->provenance.convention == QStringLiteral("sirene-ess-bench/1"));
    CHECK(estimate->provenance.stockDate == report.provenance.stockDate.toString(Qt::ISODate));
}

TEST_CASE("the same files are refused unless replaced, errors and cancels change nothing",
          "[sirene]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("reg.sqlite"));
    Workspace workspace;
    REQUIRE(workspace.open(path, testsupport::referenceDataDir()).ok());
    const Run run = readGenerated(workspace.territories(), { QStringLiteral("EPCI:200042190") });
    REQUIRE(run.report.ok());
    const SireneDatasetContent content =
            sireneDatasetContent(run.report.value(), classification(), workspace.territories(),
                                 run.selection.storedCodes);
    const auto first = storeAndReopen(workspace, content, {});
    REQUIRE(first.ok());
    const QString before = testsupport::dumpDatabase(path);
    REQUIRE(before.contains(QStringLiteral("|sirene|")));

    SECTION("the same pair of files again is refused")
    {
        const auto again = storeAndReopen(workspace, content, {});
        REQUIRE_FALSE(again.ok());
        CHECK(again.error().code == Error::Code::Duplicate);
        CHECK(testsupport::dumpDatabase(path) == before);
    }
    SECTION("an error while writing rolls everything back, the replaced dataset included")
    {
        SireneDatasetContent broken = content;
        Observation bad = broken.observations.back();
        bad.territoryCode = QStringLiteral("COM:00000"); // no such territory: foreign key fails
        broken.observations.push_back(bad);
        broken.source.title += QStringLiteral(" (other)"); // a new source row, rolled back too
        SireneStoreOptions options;
        options.replace = true;
        const auto r = storeAndReopen(workspace, broken, options);
        REQUIRE_FALSE(r.ok());
        CHECK(testsupport::dumpDatabase(path) == before);
    }
    SECTION("a cancel before the commit rolls everything back")
    {
        std::atomic<bool> cancel { true };
        SireneStoreOptions options;
        options.replace = true;
        options.cancel = &cancel;
        const auto r = storeAndReopen(workspace, content, options);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == Error::Code::Cancelled);
        CHECK(testsupport::dumpDatabase(path) == before);
    }
    SECTION("a cancelled read returns Cancelled")
    {
        std::atomic<bool> cancel { true };
        const Run cancelled = readGenerated(workspace.territories(),
                                            { QStringLiteral("EPCI:200042190") }, &cancel);
        REQUIRE_FALSE(cancelled.report.ok());
        CHECK(cancelled.report.error().code == Error::Code::Cancelled);
    }
    SECTION("replace swaps the dataset")
    {
        SireneStoreOptions options;
        options.replace = true;
        const auto r = storeAndReopen(workspace, content, options);
        REQUIRE(r.ok());
        CHECK(r->replacedDatasetIds == QList<qint64> { first->datasetId });
        int sirene = 0;
        const QList<Dataset> datasets = workspace.datasets().value();
        for (const Dataset &d : datasets)
            sirene += d.kind == DatasetKind::Sirene ? 1 : 0;
        CHECK(sirene == 1);
    }
}

TEST_CASE("the commune table and the ranking charts read the stored register", "[sirene]")
{
    QTemporaryDir dir;
    Workspace workspace;
    REQUIRE(workspace
                    .open(dir.filePath(QStringLiteral("reg.sqlite")),
                          testsupport::referenceDataDir())
                    .ok());
    const QString caph = QStringLiteral("EPCI:200042190");
    REQUIRE(registerFigures(workspace, caph).isEmpty());
    const auto emptyChart = charts::communeRegisterRanking(
            {}, charts::CommuneRankingKey::EssEstablishments, QStringLiteral("CAPH"));
    CHECK_FALSE(emptyChart.hasData());
    CHECK_FALSE(emptyChart.emptyMessage.isEmpty());

    const Run run = readGenerated(workspace.territories(), { QStringLiteral("ARR:596") });
    REQUIRE(run.report.ok());
    const auto stored =
            storeAndReopen(workspace,
                           sireneDatasetContent(run.report.value(), classification(),
                                                workspace.territories(), run.selection.storedCodes),
                           {});
    REQUIRE(stored.ok());

    const indicators::RegisterFigures figures = registerFigures(workspace, caph);
    REQUIRE_FALSE(figures.isEmpty());
    CHECK(figures.communes.size() == std::size_t(workspace.territories().communesOf(caph).size()));
    CHECK(figures.provenance.convention == QStringLiteral("sirene-ess-bench/1"));
    qint64 ess = 0, employers = 0;
    for (const indicators::RegisterCommune &c : figures.communes) {
        CHECK(c.epciName == QStringLiteral("CAPH"));
        ess += qint64(c.counts.activeEss.value_or(0));
        employers += qint64(c.counts.employers.value_or(0));
    }
    const SireneMetrics &total = totalOf(run.report.value(), "CAPH");
    CHECK(ess == total.activeEssEstablishments);
    CHECK(employers == total.activeEmployerEstablishments);

    CommuneRegisterModel model;
    QAbstractItemModelTester tester(&model,
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    model.setFigures(figures);
    CHECK(model.rowCount() == int(figures.communes.size()));
    CHECK(model.columnCount() == CommuneRegisterModel::ColumnCount);
    // The convention and the stock date in words, for people (the ids stay in the files).
    CHECK(model.data(model.index(0, CommuneRegisterModel::Method), Qt::DisplayRole)
                  .toString()
                  .contains(conventionLabel(QStringLiteral("sirene-ess-bench/1"))));
    CHECK(model.data(model.index(0, CommuneRegisterModel::EssEmployees), Qt::ToolTipRole)
                  .toString()
                  .contains(format::longDate(figures.provenance.stockDate)));
    CHECK_FALSE(model.headerData(CommuneRegisterModel::EssShare, Qt::Horizontal, Qt::DisplayRole)
                        .toString()
                        .isEmpty());

    for (const auto key : { charts::CommuneRankingKey::EssEstablishments,
                            charts::CommuneRankingKey::EssEmployerShare }) {
        const charts::ChartSpec spec =
                charts::communeRegisterRanking(figures, key, QStringLiteral("CAPH"));
        CHECK(spec.kind == charts::ChartKind::HorizontalBars);
        REQUIRE(spec.hasData());
        CHECK(spec.values.size() <= 15);
        for (qsizetype i = 1; i < spec.values.size(); ++i)
            CHECK(*spec.values[i - 1].value >= *spec.values[i].value);
        for (const charts::ChartValue &v : spec.values)
            CHECK(v.method == Method::Estimated);
        CHECK(spec.sourceLine.contains(figures.provenance.stockDate));
        CHECK(spec.notes.join(u' ').contains(QStringLiteral("sirene-ess-bench/1")));
    }
}
