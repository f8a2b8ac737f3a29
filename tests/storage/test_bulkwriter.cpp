// SPDX-License-Identifier: GPL-3.0-or-later
// The one observation writer, and storage errors that must be returned, not swallowed.
#include "core/referencedata.h"
#include "core/storage/store.h"
#include "support/qtprinters.h"
#include "support/sqlprobe.h"
#include "support/sqlrefusal.h"
#include "support/testdb.h"

#include <catch2/catch.hpp>

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <sqlite3.h>

using namespace core;

namespace {
ReferenceData shipped()
{
    auto data = ReferenceData::load(testsupport::referenceDataDir());
    REQUIRE(data.ok());
    return data.value();
}

using testsupport::Refusal;
using testsupport::refuse;
using testsupport::storeHandle;

Observation figure(const QString &code, const QString &measure)
{
    Observation o;
    o.territoryCode = code;
    o.year = 2023;
    o.measure = measure;
    o.scope = QStringLiteral("ess");
    o.sector = QStringLiteral("all");
    o.unit = QStringLiteral("count");
    o.method = Method::Estimated;
    return o;
}
} // namespace

TEST_CASE("one writer stores an Observation and a UTF-8 row field for field", "[storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("db.sqlite"));
    const ReferenceData data = shipped();
    auto store = Store::open(path, { &data, false });
    REQUIRE(store.ok());
    Source src;
    src.title = QStringLiteral("Test source");

    auto begun = store.value()->beginBulk();
    REQUIRE(begun.ok());
    BulkWriter &w = *begun.value();
    auto sourceId = w.addSource(src);
    REQUIRE(sourceId.ok());
    Dataset ds;
    ds.kind = core::DatasetKind::Import;
    ds.sourceId = sourceId.value();
    auto datasetId = w.beginDataset(ds);
    REQUIRE(datasetId.ok());

    Observation o = figure(QStringLiteral("COM:59606"), QStringLiteral("employees"));
    o.value = 120;
    o.low = 100;
    o.high = 140;
    o.qualifier = QStringLiteral("approximate");
    o.publishedYear = 2024;
    o.unitCounted = QStringLiteral("employees");
    o.basis = QStringLiteral("basis");
    REQUIRE(w.add(o).ok());

    BulkWriter::Utf8Row row;
    row.territoryCode = "COM:59606";
    row.measure = "establishments";
    row.scope = "ess";
    row.sector = "all";
    row.unit = "count";
    row.method = "estimated";
    row.basis = "basis";
    row.year = 2023;
    row.publishedYear = 2024;
    row.value = 12;
    row.low = 10;
    row.high = 14;
    row.qualifier = "approximate";
    row.unitCounted = "employees";
    REQUIRE(w.add(row).ok());
    CHECK(w.written() == 2);
    REQUIRE(w.commit().ok());

    auto obs = store.value()->observations(QStringLiteral("COM:59606"));
    REQUIRE(obs.ok());
    std::vector<Observation> mine;
    for (const Observation &x : obs.value())
        if (x.datasetId == datasetId.value())
            mine.push_back(x);
    REQUIRE(mine.size() == 2); // ordered by measure: employees, establishments
    for (const Observation &x : mine) {
        CHECK(x.sourceId == sourceId.value()); // 0 in the row: the dataset's source
        CHECK(x.method == Method::Estimated);
        CHECK(x.qualifier == QStringLiteral("approximate"));
        CHECK(x.publishedYear == 2024);
        CHECK(x.unitCounted == QStringLiteral("employees"));
        CHECK(x.basis == QStringLiteral("basis"));
        CHECK(x.perimeter.isEmpty());
    }
    CHECK(mine[0].measure == QStringLiteral("employees"));
    CHECK(*mine[0].value == 120);
    CHECK(*mine[0].low == 100);
    CHECK(*mine[0].high == 140);
    CHECK(mine[1].measure == QStringLiteral("establishments"));
    CHECK(*mine[1].value == 12);
    CHECK(*mine[1].low == 10);
    CHECK(*mine[1].high == 14);

    SECTION("a figure without a qualifier is exact")
    {
        auto again = store.value()->addDataset(
                ds, { figure(QStringLiteral("FR"), QStringLiteral("employees")) });
        REQUIRE(again.ok());
        auto fr = store.value()->observations(QStringLiteral("FR"));
        REQUIRE(fr.ok());
        bool found = false;
        for (const Observation &x : fr.value()) {
            if (x.datasetId != again.value())
                continue;
            found = true;
            CHECK(x.qualifier == QStringLiteral("exact"));
            CHECK_FALSE(x.value.has_value());
        }
        CHECK(found);
    }
}

TEST_CASE("the writer refuses rows outside a dataset and rolls back when dropped", "[storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("db.sqlite"));
    const ReferenceData data = shipped();
    auto store = Store::open(path, { &data, false });
    REQUIRE(store.ok());
    const qint64 before =
            testsupport::queryScalar(path, QStringLiteral("SELECT count(*) FROM observation"));
    REQUIRE(before > 0);
    {
        auto begun = store.value()->beginBulk();
        REQUIRE(begun.ok());
        // No dataset yet: nothing to attach the row to.
        CHECK_FALSE(
                begun.value()->add(figure(QStringLiteral("FR"), QStringLiteral("employees"))).ok());
        Dataset ds;
        ds.kind = core::DatasetKind::Import;
        ds.sourceId = 1;
        REQUIRE(begun.value()->beginDataset(ds).ok());
        REQUIRE(begun.value()->add(figure(QStringLiteral("FR"), QStringLiteral("employees"))).ok());
        const auto bad = begun.value()->add(
                figure(QStringLiteral("COM:00000"), QStringLiteral("employees")));
        REQUIRE_FALSE(bad.ok());
        CHECK(bad.error().message.contains(QStringLiteral("COM:00000")));
    } // destroyed without commit
    CHECK(testsupport::queryScalar(path, QStringLiteral("SELECT count(*) FROM observation"))
          == before);
    CHECK(testsupport::queryScalar(path, QStringLiteral("SELECT count(*) FROM dataset")) == 1);
    auto begun = store.value()->beginBulk();
    REQUIRE(begun.ok());
    REQUIRE(begun.value()->commit().ok());
    CHECK_FALSE(begun.value()->commit().ok()); // closed: a second commit is an error
}

TEST_CASE("a statement that cannot be prepared is an error and writes nothing", "[storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("db.sqlite"));
    const ReferenceData data = shipped();
    auto store = Store::open(path, { &data, false });
    REQUIRE(store.ok());
    sqlite3 *handle = storeHandle(path);
    REQUIRE(handle != nullptr);
    const qint64 sources =
            testsupport::queryScalar(path, QStringLiteral("SELECT count(*) FROM source"));
    Source src;
    src.title = QStringLiteral("Never written");

    SECTION("the look-up of an identical source")
    {
        // The SELECT on source.title cannot be prepared; the INSERT could be, and must not run.
        Refusal r { SQLITE_READ, "source", "title" };
        sqlite3_set_authorizer(handle, refuse, &r);
        const auto id = store.value()->addSource(src);
        sqlite3_set_authorizer(handle, nullptr, nullptr);
        REQUIRE_FALSE(id.ok());
        CHECK(id.error().code == Error::Code::Database);
        CHECK(id.error().message.contains(QStringLiteral("source")));
        CHECK(testsupport::queryScalar(path, QStringLiteral("SELECT count(*) FROM source"))
              == sources);
    }
    SECTION("the observation insert")
    {
        Refusal r { SQLITE_INSERT, "observation", nullptr };
        sqlite3_set_authorizer(handle, refuse, &r);
        Dataset ds;
        ds.kind = core::DatasetKind::Import;
        const auto id = store.value()->addDataset(
                ds, { figure(QStringLiteral("FR"), QStringLiteral("employees")) });
        sqlite3_set_authorizer(handle, nullptr, nullptr);
        REQUIRE_FALSE(id.ok());
        CHECK(id.error().code == Error::Code::Database);
        CHECK(testsupport::queryScalar(path, QStringLiteral("SELECT count(*) FROM dataset")) == 1);
    }
    SECTION("the list of datasets")
    {
        Refusal r { SQLITE_READ, "dataset", "note" };
        sqlite3_set_authorizer(handle, refuse, &r);
        const auto list = store.value()->datasets();
        sqlite3_set_authorizer(handle, nullptr, nullptr);
        REQUIRE_FALSE(list.ok());
        CHECK(list.error().code == Error::Code::Database);
    }
}

TEST_CASE("a settings table that cannot be read fails the open and reinstalls nothing", "[storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("db.sqlite"));
    ReferenceData data = shipped();
    {
        auto store = Store::open(path, { &data, false });
        REQUIRE(store.ok());
    }
    // The meta table is gone (a damaged page reads the same): its version is unknown.
    {
        QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("DROP TABLE meta")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    const QByteArray before = testsupport::fileHash(path);
    ++data.version; // newer reference data would be installed over an older version
    auto store = Store::open(path, { &data, false });
    REQUIRE_FALSE(store.ok());
    CHECK(store.error().message.contains(QStringLiteral("meta")));
    auto readOnly = Store::open(path, { nullptr, true });
    CHECK_FALSE(readOnly.ok());
    CHECK(testsupport::fileHash(path) == before);
}
