// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/referencedata.h"
#include "core/storage/migrations.h"
#include "core/storage/store.h"
#include "support/qtprinters.h"
#include "support/testdb.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace core;

namespace {
ReferenceData loadShipped()
{
    auto data = ReferenceData::load(testsupport::referenceDataDir());
    REQUIRE(data.ok());
    return data.value();
}

int userVersion(const QString &path)
{
    int version = -1;
    {
        QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("probe"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("PRAGMA user_version")));
        REQUIRE(q.next());
        version = q.value(0).toInt();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("probe"));
    return version;
}

void execOn(const QString &path, const QString &sql)
{
    {
        QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(sql));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}
} // namespace

TEST_CASE("a new database is migrated and filled from data/", "[storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.sqlite"));
    const ReferenceData data = loadShipped();
    {
        auto store = Store::open(path, { &data, false });
        REQUIRE(store.ok());
        CHECK(store.value()->schemaVersion() == Store::kSchemaVersion);
        CHECK(store.value()->referenceDataVersion() == data.version);
        auto territories = store.value()->territories();
        REQUIRE(territories.ok());
        CHECK(territories->size() == data.territories.size());
        auto datasets = store.value()->datasets();
        REQUIRE(datasets.ok());
        REQUIRE(datasets->size() == 1);
        CHECK(datasets->first().kind == DatasetKind::Reference);
        CHECK(datasets->first().observationCount == qint64(data.figures.size()));
    }
    CHECK(userVersion(path) == Store::kSchemaVersion);

    SECTION("reopening an up-to-date database changes nothing")
    {
        auto again = Store::open(path, { &data, false });
        REQUIRE(again.ok());
        auto datasets = again.value()->datasets();
        REQUIRE(datasets.ok());
        REQUIRE(datasets->size() == 1);
        CHECK(datasets->first().observationCount == qint64(data.figures.size()));
    }
}

TEST_CASE("a database from a newer schema is refused and left unchanged", "[storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("future.sqlite"));
    const ReferenceData data = loadShipped();
    {
        auto store = Store::open(path, { &data, false });
        REQUIRE(store.ok());
    }
    execOn(path, QStringLiteral("PRAGMA user_version = 99"));
    const QByteArray before = testsupport::fileHash(path);
    auto store = Store::open(path, { &data, false });
    REQUIRE_FALSE(store.ok());
    CHECK(store.error().code == Error::Code::NewerSchema);
    CHECK(store.error().message.contains(QStringLiteral("99")));
    CHECK(testsupport::fileHash(path) == before);
}

TEST_CASE("a file that is not a database is refused and left unchanged", "[storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.sqlite"));
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("This is a text file, not SQLite.\n");
    }
    const QByteArray before = testsupport::fileHash(path);
    auto store = Store::open(path, { nullptr, false });
    REQUIRE_FALSE(store.ok());
    CHECK(store.error().code == Error::Code::Database);
    CHECK(testsupport::fileHash(path) == before);

    SECTION("another application's SQLite file is refused too")
    {
        const QString other = dir.filePath(QStringLiteral("other.sqlite"));
        execOn(other, QStringLiteral("CREATE TABLE things (x)"));
        const QByteArray otherBefore = testsupport::fileHash(other);
        auto s = Store::open(other, { nullptr, false });
        REQUIRE_FALSE(s.ok());
        CHECK(testsupport::fileHash(other) == otherBefore);
    }
}

TEST_CASE("newer reference data updates an existing database without touching imports", "[storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("update.sqlite"));
    ReferenceData data = loadShipped();
    qint64 importId = 0;
    {
        auto store = Store::open(path, { &data, false });
        REQUIRE(store.ok());
        Source src;
        src.title = QStringLiteral("Tableau URSSAF 2023");
        auto sourceId = store.value()->addSource(src);
        REQUIRE(sourceId.ok());
        Observation o;
        o.territoryCode = QStringLiteral("COM:59606");
        o.year = 2023;
        o.measure = QStringLiteral("employees");
        o.scope = QStringLiteral("ess");
        o.value = 4321;
        o.unit = QStringLiteral("count");
        o.sourceId = sourceId.value();
        Dataset ds;
        ds.kind = core::DatasetKind::Import;
        ds.fileName = QStringLiteral("urssaf.csv");
        ds.sha256 = QStringLiteral("abc");
        auto id = store.value()->addDataset(ds, { o });
        REQUIRE(id.ok());
        importId = id.value();
    }
    // Ship a "new" data/ version: one more figure and a renamed territory.
    data.version += 1;
    data.territories[0].name = QStringLiteral("France (renamed for the test)");
    ReferenceFigure extra = data.figures.front();
    extra.observation.year = 2030;
    data.figures.push_back(extra);
    auto store = Store::open(path, { &data, false });
    REQUIRE(store.ok());
    CHECK(store.value()->referenceDataVersion() == data.version);
    auto datasets = store.value()->datasets();
    REQUIRE(datasets.ok());
    REQUIRE(datasets->size() == 2);
    bool sawImport = false;
    for (const Dataset &d : datasets.value()) {
        if (d.kind == DatasetKind::Reference)
            CHECK(d.observationCount == qint64(data.figures.size()));
        if (d.id == importId) {
            sawImport = true;
            CHECK(d.observationCount == 1);
        }
    }
    CHECK(sawImport);
    auto territories = store.value()->territories();
    REQUIRE(territories.ok());
    CHECK(territories->first().name == QStringLiteral("France (renamed for the test)"));
    auto obs = store.value()->observations(QStringLiteral("COM:59606"));
    REQUIRE(obs.ok());
    REQUIRE(obs->size() == 1);
    CHECK(*obs->front().value == 4321);
}

TEST_CASE("a failed dataset write leaves the database as it was", "[storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("rollback.sqlite"));
    const ReferenceData data = loadShipped();
    auto store = Store::open(path, { &data, false });
    REQUIRE(store.ok());
    const auto before = store.value()->datasets()->size();
    Observation good;
    good.territoryCode = QStringLiteral("COM:59606");
    good.year = 2022;
    good.measure = QStringLiteral("employees");
    good.value = 1;
    good.unit = QStringLiteral("count");
    good.sourceId = 1;
    Observation bad = good;
    bad.territoryCode = QStringLiteral("COM:00000"); // violates the territory foreign key
    Dataset ds;
    ds.kind = core::DatasetKind::Import;
    auto id = store.value()->addDataset(ds, { good, bad });
    REQUIRE_FALSE(id.ok());
    CHECK(store.value()->datasets()->size() == before);
    CHECK(store.value()->observations(QStringLiteral("COM:59606"))->empty());

    SECTION("the reference dataset cannot be removed")
    {
        const qint64 refId = store.value()->datasets()->first().id;
        CHECK_FALSE(store.value()->removeDataset(refId).ok());
        CHECK_FALSE(store.value()->removeDataset(9999).ok());
    }
}

TEST_CASE("a schema-1 database gains what sources state, its figures kept", "[storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v1.sqlite"));
    // Schema 1 as released, with one imported figure.
    for (const QString &sql : storage::migrations().first().statements)
        execOn(path, sql);
    execOn(path,
           QStringLiteral("INSERT INTO territory (code, kind, name) VALUES ('FR', 'country', "
                          "'France')"));
    execOn(path, QStringLiteral("INSERT INTO source (id, title) VALUES (1, 'Old report')"));
    execOn(path,
           QStringLiteral("INSERT INTO dataset (id, kind, loaded_at, source_id) VALUES "
                          "(1, 'import', '2025-01-01T00:00:00Z', 1)"));
    execOn(path,
           QStringLiteral("INSERT INTO observation (dataset_id, territory_code, year, measure, "
                          "scope, sector, value, unit, method, source_id) VALUES (1, 'FR', "
                          "2019, 'employees', 'ess', 'all', 2600000, 'count', 'published', 1)"));
    execOn(path, QStringLiteral("PRAGMA user_version = 1"));

    auto store = Store::open(path, {});
    REQUIRE(store.ok());
    CHECK(store.value()->schemaVersion() == Store::kSchemaVersion);
    const auto obs = store.value()->observations(QStringLiteral("FR"));
    REQUIRE(obs.ok());
    REQUIRE(obs->size() == 1);
    const Observation &o = obs->front();
    CHECK(o.year == 2019);
    CHECK(*o.value == 2600000);
    CHECK(o.qualifier == QStringLiteral("exact"));
    CHECK(o.unitCounted.isEmpty()); // not stated: nothing will be computed from it
    CHECK(o.publishedYear == 0);
    const auto sources = store.value()->sources();
    REQUIRE(sources.ok());
    CHECK(sources->first().producer.isEmpty());
    CHECK_FALSE(sources->first().titleInferred);
}
