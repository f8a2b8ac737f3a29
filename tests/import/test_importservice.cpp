// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/figureimport.h"
#include "core/import/filehash.h"
#include "core/import/importservice.h"
#include "core/referencedata.h"
#include "core/storage/store.h"
#include "core/workspace.h"
#include "support/dbdump.h"
#include "support/qtprinters.h"
#include "support/testdb.h"

#include <QCoreApplication>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <atomic>

using namespace core;
using namespace core::import;

namespace {
QString fixture(const char *name)
{
    return QStringLiteral(ESS_TEST_DATA "/import/cli/") + QLatin1String(name);
}

std::unique_ptr<Store> openStore(const QString &path)
{
    static const ReferenceData data = [] {
        auto d = ReferenceData::load(testsupport::referenceDataDir());
        REQUIRE(d.ok());
        return d.value();
    }();
    Store::OpenOptions options;
    options.referenceData = &data;
    auto store = Store::open(path, options);
    REQUIRE(store.ok());
    return std::move(store).value();
}

ImportRequest vintageRequest(const char *file)
{
    ImportRequest r;
    r.path = fixture(file);
    r.spec.territoryColumn = ColumnRef::fromString(QStringLiteral("Code"));
    r.spec.yearColumn = ColumnRef::fromString(QStringLiteral("Année"));
    r.spec.mappings = { parseMapArgument(QStringLiteral("Salariés ESS=employees:ess")).value(),
                        parseMapArgument(QStringLiteral("#4=establishments:ess")).value() };
    r.source.title = QStringLiteral("Observatoire régional de l'ESS, Flores");
    return r;
}

/// A long-format table of `rows` rows over the communes of the reference data.
QString writeLongTable(const QString &path, int rows)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("territory;year;measure;scope;value\n");
    // Unique keys: 5 territories x 201 years x 10 scopes x 2 measures = 20,100.
    const char *codes[] = { "59606", "59014", "59526", "EPCI:245901160", "EPCI:200042190" };
    const char *scopes[] = { "all",        "ess",           "non_ess",      "private",
                             "public",     "associations",  "cooperatives", "mutuelles",
                             "fondations", "commercial_ess" };
    for (int i = 0; i < rows; ++i)
        f.write(QStringLiteral("%1;%2;%3;%4;%5\n")
                        .arg(QLatin1String(codes[i % 5]))
                        .arg(1900 + (i / 5) % 201)
                        .arg(QLatin1String((i / 10050) % 2 ? "establishments" : "employees"),
                             QLatin1String(scopes[(i / 1005) % 10]))
                        .arg(i % 1000)
                        .toUtf8());
    return path;
}

ImportRequest longRequest(const QString &path)
{
    ImportRequest r;
    r.path = path;
    r.spec.territoryColumn = ColumnRef::fromString(QStringLiteral("territory"));
    r.spec.yearColumn = ColumnRef::fromString(QStringLiteral("year"));
    r.spec.measureColumn = ColumnRef::fromString(QStringLiteral("measure"));
    r.spec.scopeColumn = ColumnRef::fromString(QStringLiteral("scope"));
    r.spec.valueColumn = ColumnRef::fromString(QStringLiteral("value"));
    r.source.title = QStringLiteral("Long table");
    return r;
}
} // namespace

TEST_CASE("the import service writes a file in one dataset with its source and hash", "[importcli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("s.sqlite"));
    auto store = openStore(db);
    const ImportOutcome outcome = ImportService::run(*store, vintageRequest("vintage_a.csv"));
    INFO(outcome.toText().toStdString());
    REQUIRE(outcome.status == ImportOutcome::Status::Written);
    CHECK(outcome.written == 4);
    CHECK(outcome.sha256.size() == 64);
    CHECK_FALSE(outcome.vintage.has_value());
    auto hash = hashFile(fixture("vintage_a.csv"));
    REQUIRE(hash.ok());
    CHECK(QString::fromLatin1(hash->sha256)
          == QString::fromLatin1(testsupport::fileHash(fixture("vintage_a.csv"))));
    auto found = store->datasetBySha256(outcome.sha256);
    REQUIRE(found.ok());
    CHECK(found.value() == outcome.datasetId);
    auto obs = store->observations(QStringLiteral("COM:59606"));
    REQUIRE(obs.ok());
    int imported = 0;
    for (const Observation &o : obs.value()) {
        if (o.datasetId != outcome.datasetId)
            continue;
        ++imported;
        CHECK(o.sourceId > 0);
        if (o.measure == u"employees")
            CHECK(o.value == Approx(4100));
    }
    CHECK(imported == 2);
}

TEST_CASE("the same file is refused unless replace, which swaps it in one transaction",
          "[importcli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("s.sqlite"));
    auto store = openStore(db);
    const ImportOutcome first = ImportService::run(*store, vintageRequest("vintage_a.csv"));
    REQUIRE(first.status == ImportOutcome::Status::Written);
    const QString before = testsupport::dumpDatabase(db);

    const ImportOutcome again = ImportService::run(*store, vintageRequest("vintage_a.csv"));
    CHECK(again.status == ImportOutcome::Status::Duplicate);
    CHECK(again.duplicateOfDatasetId == first.datasetId);
    CHECK(testsupport::dumpDatabase(db) == before);

    ImportRequest replace = vintageRequest("vintage_a.csv");
    replace.replace = true;
    const ImportOutcome replaced = ImportService::run(*store, replace);
    REQUIRE(replaced.status == ImportOutcome::Status::Written);
    CHECK(replaced.replacedDatasetId == first.datasetId);
    CHECK(replaced.datasetId > 0); // SQLite may reuse the freed id
    auto datasets = store->datasets();
    REQUIRE(datasets.ok());
    int imports = 0;
    for (const Dataset &d : datasets.value())
        imports += d.kind == core::DatasetKind::Import ? 1 : 0;
    CHECK(imports == 1);
    // The replaced import is not its own previous vintage.
    CHECK_FALSE(replaced.vintage.has_value());
}

TEST_CASE("a new vintage of a source is kept beside the old one with the changed figures",
          "[importcli]")
{
    QTemporaryDir dir;
    auto store = openStore(dir.filePath(QStringLiteral("s.sqlite")));
    const ImportOutcome a = ImportService::run(*store, vintageRequest("vintage_a.csv"));
    REQUIRE(a.status == ImportOutcome::Status::Written);
    const ImportOutcome b = ImportService::run(*store, vintageRequest("vintage_b.csv"));
    INFO(b.toText().toStdString());
    REQUIRE(b.status == ImportOutcome::Status::Written);
    REQUIRE(b.vintage.has_value());
    CHECK(b.vintage->olderDatasetId == a.datasetId);
    // 59606 employees 4100 -> 4250, 59014 employees 900 -> 880; 59014 in 2020 is new (2 figures).
    CHECK(b.vintage->changed == 2);
    CHECK(b.vintage->added == 2);
    CHECK(b.vintage->dropped == 0);
    REQUIRE(b.vintage->changes.size() == 2);
    const ValueChange &c = b.vintage->changes.at(0);
    CHECK(c.territoryCode == QStringLiteral("COM:59014"));
    CHECK(c.measure == QStringLiteral("employees"));
    CHECK(c.scope == QStringLiteral("ess"));
    CHECK(c.year == 2021);
    CHECK(*c.before == Approx(900));
    CHECK(*c.after == Approx(880));
    // 880 - 900 = -20, -20 / 900 = -2.22 %
    CHECK(ImportOutcome::changeText(c).contains(QStringLiteral("900 → 880")));
    CHECK(ImportOutcome::changeText(c).contains(QString(QChar(0x2212)) + QStringLiteral("20")));
    CHECK(ImportOutcome::changeText(c).contains(QStringLiteral("2,22 %")));
    CHECK(b.toText().contains(QStringLiteral("4 250").replace(u' ', QChar(0x202F))));
    auto datasets = store->datasets();
    REQUIRE(datasets.ok());
    CHECK(datasets->size() == 3); // reference + two vintages
}

TEST_CASE("a dry run checks and compares everything and writes nothing", "[importcli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("s.sqlite"));
    auto store = openStore(db);
    REQUIRE(ImportService::run(*store, vintageRequest("vintage_a.csv")).ok());
    const QString before = testsupport::dumpDatabase(db);
    ImportRequest dry = vintageRequest("vintage_b.csv");
    dry.dryRun = true;
    const ImportOutcome outcome = ImportService::run(*store, dry);
    REQUIRE(outcome.status == ImportOutcome::Status::DryRun);
    CHECK(outcome.written == 6);
    CHECK(outcome.datasetId == 0);
    REQUIRE(outcome.vintage.has_value());
    CHECK(outcome.vintage->changed == 2);
    CHECK(testsupport::dumpDatabase(db) == before);
}

TEST_CASE("cancelling an import leaves the database unchanged", "[importcli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("s.sqlite"));
    const QString csv = writeLongTable(dir.filePath(QStringLiteral("long.csv")), 20000);

    SECTION("from the progress callback, in the calling thread")
    {
        auto store = openStore(db);
        const QString before = testsupport::dumpDatabase(db);
        std::atomic_bool cancel { false };
        qint64 lastDone = 0;
        qint64 total = 0;
        const ImportOutcome outcome = ImportService::run(
                *store, longRequest(csv),
                [&](qint64 done, qint64 lines) {
                    lastDone = done;
                    total = lines;
                    if (done > 8000)
                        cancel = true;
                },
                &cancel);
        CHECK(outcome.status == ImportOutcome::Status::Cancelled);
        CHECK(lastDone > 8000);
        CHECK(total == 20001);
        CHECK(testsupport::dumpDatabase(db) == before);
    }
    SECTION("from the GUI thread, with the workspace's job")
    {
        openStore(db); // created with the reference data, then closed
        Workspace workspace;
        REQUIRE(workspace.open(db, testsupport::referenceDataDir()).ok());
        const QString before = testsupport::dumpDatabase(db);
        Job *job = workspace.startTableImport(longRequest(csv), &workspace);
        QSignalSpy finished(job, &Job::finished);
        job->cancel();
        REQUIRE(finished.wait(20000));
        CHECK(job->result().value<ImportOutcome>().status == ImportOutcome::Status::Cancelled);
        CHECK(testsupport::dumpDatabase(db) == before);
    }
    SECTION("the workspace's job runs a whole import and reports progress")
    {
        openStore(db);
        Workspace workspace;
        REQUIRE(workspace.open(db, testsupport::referenceDataDir()).ok());
        Job *job = workspace.startTableImport(longRequest(csv), &workspace);
        QSignalSpy finished(job, &Job::finished);
        QSignalSpy progressed(job, &Job::progress);
        REQUIRE(finished.wait(20000));
        const auto outcome = job->result().value<ImportOutcome>();
        INFO(outcome.toText().toStdString());
        CHECK(outcome.status == ImportOutcome::Status::Written);
        CHECK(outcome.written == 20000);
        CHECK(progressed.size() > 2);
    }
}

TEST_CASE("a database failure in the middle rolls the whole import back", "[importcli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("s.sqlite"));
    auto store = openStore(db);
    const QString before = testsupport::dumpDatabase(db);
    auto writer = store->beginBulk();
    REQUIRE(writer.ok());
    Source s;
    s.title = QStringLiteral("t");
    auto sourceId = writer.value()->addSource(s);
    REQUIRE(sourceId.ok());
    Dataset d;
    d.kind = core::DatasetKind::Import;
    d.sourceId = sourceId.value();
    REQUIRE(writer.value()->beginDataset(d).ok());
    Observation o;
    o.territoryCode = QStringLiteral("COM:59606");
    o.year = 2021;
    o.measure = QStringLiteral("employees");
    o.unit = QStringLiteral("count");
    o.value = 1.0;
    REQUIRE(writer.value()->add(o).ok());
    o.measure.clear(); // NULL measure: the NOT NULL constraint refuses the row
    CHECK_FALSE(writer.value()->add(o).ok());
    writer.value().reset();
    CHECK(testsupport::dumpDatabase(db) == before);
}

TEST_CASE("add-figure checks the figure and writes it with its source", "[importcli]")
{
    QTemporaryDir dir;
    auto store = openStore(dir.filePath(QStringLiteral("s.sqlite")));
    Source source;
    source.title = QStringLiteral("Panorama de l'ESS 2024");
    Observation f;
    f.territoryCode = QStringLiteral("59606");
    f.year = 2022;
    f.measure = QStringLiteral("employment_share");
    f.scope = QStringLiteral("ess");
    f.value = 12.5;
    auto id = FigureImport::add(*store, f, source);
    REQUIRE(id.ok());
    auto obs = store->observations(QStringLiteral("COM:59606"));
    REQUIRE(obs.ok());
    bool found = false;
    for (const Observation &o : obs.value())
        found = found || (o.datasetId == id.value() && o.value == 12.5 && o.unit == u"percent");
    CHECK(found);

    f.value = 120.0;
    CHECK(FigureImport::add(*store, f, source).error().code == Error::Code::Validation);
    f.value = 12.0;
    CHECK_FALSE(FigureImport::add(*store, f, Source {}).ok());
    f.territoryCode = QStringLiteral("Atlantis");
    CHECK(FigureImport::add(*store, f, source).error().code == Error::Code::NotFound);
}
