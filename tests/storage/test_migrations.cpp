// SPDX-License-Identifier: GPL-3.0-or-later
// Schema 3: a dataset's convention, stock date and files are stored as data; older databases
// are upgraded in place without losing anything.
#include "core/indicators/registerfigures.h"
#include "core/storage/migrations.h"
#include "core/storage/store.h"
#include "support/qtprinters.h"
#include "support/sqlprobe.h"

#include <catch2/catch.hpp>

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace core;

namespace {
void execAll(const QString &path, const QStringList &statements)
{
    {
        QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        for (const QString &sql : statements) {
            QSqlQuery q(db);
            INFO(sql.toStdString());
            REQUIRE(q.exec(sql));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}

const Dataset *byId(const QList<Dataset> &list, qint64 id)
{
    for (const Dataset &d : list)
        if (d.id == id)
            return &d;
    return nullptr;
}

const QString kSireneNote = QStringLiteral(
        "convention sirene-ess-bench/1 ; stock du 2026-10-01 (date du nom de fichier) ; "
        "StockUniteLegale_utf8.zip (StockUniteLegale_utf8.csv) : 120 octets, 3 lignes, SHA-256 "
        "aaaa ; StockEtablissement_utf8.zip : 240 octets, 5 lignes, SHA-256 bbbb");
} // namespace

TEST_CASE("the last migration is the schema version this build knows", "[storage]")
{
    REQUIRE_FALSE(storage::migrations().isEmpty());
    CHECK(storage::migrations().last().version == storage::kSchemaVersion);
    CHECK(Store::kSchemaVersion == storage::kSchemaVersion);
}

TEST_CASE("a schema-2 database gains dataset provenance as data, nothing lost", "[storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v2.sqlite"));
    // Schemas 1 and 2 as released, then what version 2 wrote: a register run, a table import
    // and a typed figure.
    QStringList old;
    for (const storage::Migration &m : storage::migrations())
        if (m.version <= 2)
            old += m.statements;
    old << QStringLiteral(
            "INSERT INTO territory (code, kind, name) VALUES ('FR', 'country', 'France')")
        << QStringLiteral("INSERT INTO source (id, title, published) VALUES "
                          "(1, 'Répertoire SIRENE (Insee), stock du 2026-10-01', '2026-10-01')")
        << QStringLiteral("INSERT INTO source (id, title) VALUES (2, 'A table')")
        << QStringLiteral(
                   "INSERT INTO dataset (id, kind, file_name, sha256, loaded_at, source_id, "
                   "note) VALUES (1, 'sirene', 'StockUniteLegale_utf8.zip + "
                   "StockEtablissement_utf8.zip', 'aaaa+bbbb', '2026-10-02T08:00:00Z', 1, '%1')")
                    .arg(kSireneNote)
        << QStringLiteral("INSERT INTO dataset (id, kind, file_name, sha256, loaded_at, source_id) "
                          "VALUES (2, 'import', 'table.csv', 'cccc', '2026-10-03T08:00:00Z', 2)")
        << QStringLiteral("INSERT INTO dataset (id, kind, loaded_at, source_id, note) VALUES "
                          "(3, 'figure', '2026-10-04T08:00:00Z', 2, 'typed')");
    for (int dataset = 1; dataset <= 3; ++dataset)
        old << QStringLiteral("INSERT INTO observation (dataset_id, territory_code, year, measure, "
                              "scope, sector, value, unit, method, source_id, note) VALUES "
                              "(%1, 'FR', 2026, 'establishments', 'ess', 'all', %2, 'count', "
                              "'estimated', %3, 'n%1')")
                        .arg(dataset)
                        .arg(dataset * 10)
                        .arg(dataset == 1 ? 1 : 2);
    old << QStringLiteral("PRAGMA user_version = 2");
    execAll(path, old);

    auto store = Store::open(path, {});
    REQUIRE(store.ok());
    CHECK(store.value()->schemaVersion() == 3);
    const auto datasets = store.value()->datasets();
    REQUIRE(datasets.ok());
    REQUIRE(datasets->size() == 3);

    const Dataset *sirene = byId(datasets.value(), 1);
    REQUIRE(sirene != nullptr);
    CHECK(sirene->convention == QStringLiteral("sirene-ess-bench/1"));
    CHECK(sirene->stockDate == QDate(2026, 10, 1));
    REQUIRE(sirene->files.size() == 2);
    CHECK(sirene->files[0]
          == DatasetFile { QStringLiteral("StockUniteLegale_utf8.zip"), QStringLiteral("aaaa") });
    CHECK(sirene->files[1]
          == DatasetFile { QStringLiteral("StockEtablissement_utf8.zip"), QStringLiteral("bbbb") });
    CHECK(sirene->note == kSireneNote); // kept word for word
    CHECK(sirene->sha256 == QStringLiteral("aaaa+bbbb"));

    const Dataset *import = byId(datasets.value(), 2);
    REQUIRE(import != nullptr);
    CHECK(import->convention.isEmpty());
    CHECK_FALSE(import->stockDate.isValid());
    REQUIRE(import->files.size() == 1);
    CHECK(import->files[0] == DatasetFile { QStringLiteral("table.csv"), QStringLiteral("cccc") });

    const Dataset *figure = byId(datasets.value(), 3);
    REQUIRE(figure != nullptr);
    CHECK(figure->files.isEmpty());
    CHECK(figure->note == QStringLiteral("typed"));

    // Every observation is still there, with its value and note.
    const auto obs = store.value()->observations(QStringLiteral("FR"));
    REQUIRE(obs.ok());
    REQUIRE(obs->size() == 3);
    for (const Observation &o : obs.value()) {
        CHECK(*o.value == o.datasetId * 10);
        CHECK(o.note == QStringLiteral("n%1").arg(o.datasetId));
    }

    SECTION("the register's provenance comes from the stored fields")
    {
        QHash<qint64, Source> sources;
        const auto list = store.value()->sources();
        REQUIRE(list.ok());
        for (const Source &s : list.value())
            sources.insert(s.id, s);
        const auto runs = indicators::registerDatasets(datasets.value(), sources);
        REQUIRE(runs.size() == 1);
        CHECK(runs[0].datasetId == 1);
        CHECK(runs[0].convention == QStringLiteral("sirene-ess-bench/1"));
        CHECK(runs[0].stockDate == QStringLiteral("2026-10-01"));
        CHECK(runs[0].year == 2026);
        CHECK(runs[0].sourceTitle.startsWith(QStringLiteral("Répertoire SIRENE")));
    }
    SECTION("removing a dataset removes its files")
    {
        REQUIRE(store.value()->removeDataset(1).ok());
        CHECK(testsupport::queryScalar(
                      path,
                      QStringLiteral("SELECT count(*) FROM dataset_file WHERE dataset_id = 1"))
              == 0);
        CHECK(testsupport::queryScalar(path, QStringLiteral("SELECT count(*) FROM dataset_file"))
              == 1);
    }
}

TEST_CASE("a dataset's convention, stock date and files are written and read back", "[storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("db.sqlite"));
    auto store = Store::open(path, {});
    REQUIRE(store.ok());
    Source src;
    src.title = QStringLiteral("Register");
    auto sourceId = store.value()->addSource(src);
    REQUIRE(sourceId.ok());

    Dataset run;
    run.kind = core::DatasetKind::Sirene;
    run.sourceId = sourceId.value();
    run.fileName = QStringLiteral("u.zip + e.zip");
    run.sha256 = QStringLiteral("11+22");
    // The note names another convention: only the field counts.
    run.note = QStringLiteral("convention something-else/9 ; stock du 2020-01-01");
    run.convention = QStringLiteral("sirene-ess-bench/1");
    run.stockDate = QDate(2026, 10, 1);
    run.files = { { QStringLiteral("u.zip"), QStringLiteral("11") },
                  { QStringLiteral("e.zip"), QStringLiteral("22") } };
    auto runId = store.value()->addDataset(run, {});
    REQUIRE(runId.ok());

    Dataset table;
    table.kind = core::DatasetKind::Import;
    table.sourceId = sourceId.value();
    table.fileName = QStringLiteral("t.csv");
    table.sha256 = QStringLiteral("33");
    auto tableId = store.value()->addDataset(table, {});
    REQUIRE(tableId.ok());

    const auto datasets = store.value()->datasets();
    REQUIRE(datasets.ok());
    const Dataset *r = byId(datasets.value(), runId.value());
    REQUIRE(r != nullptr);
    CHECK(r->convention == QStringLiteral("sirene-ess-bench/1"));
    CHECK(r->stockDate == QDate(2026, 10, 1));
    CHECK(r->files == run.files);
    const Dataset *t = byId(datasets.value(), tableId.value());
    REQUIRE(t != nullptr);
    REQUIRE(t->files.size() == 1); // one file: its name and hash
    CHECK(t->files[0] == DatasetFile { QStringLiteral("t.csv"), QStringLiteral("33") });

    const auto runs = indicators::registerDatasets(datasets.value(), {});
    REQUIRE(runs.size() == 1);
    CHECK(runs[0].convention == QStringLiteral("sirene-ess-bench/1"));
    CHECK(runs[0].stockDate == QStringLiteral("2026-10-01"));
}
