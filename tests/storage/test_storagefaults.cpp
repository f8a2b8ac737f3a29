// SPDX-License-Identifier: GPL-3.0-or-later
// A second writer, a leftover private build: storage under faults.
#include "core/referencedata.h"
#include "core/storage/store.h"
#include "core/workspace.h"
#include "support/qtprinters.h"
#include "support/testdb.h"
#include "support/writeprotect.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <atomic>
#include <chrono>
#include <thread>

using namespace core;

namespace {
/// Holds the database's write lock from another connection for `holdMs`, on its own thread.
class WriteLockHolder
{
public:
    WriteLockHolder(const QString &path, int holdMs)
        : m_thread([this, path, holdMs] {
            const QString name = QStringLiteral("holder");
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
                db.setDatabaseName(path);
                if (db.open()) {
                    QSqlQuery q(db);
                    m_locked = q.exec(QStringLiteral("BEGIN IMMEDIATE"));
                    m_ready = true;
                    std::this_thread::sleep_for(std::chrono::milliseconds(holdMs));
                    q.exec(QStringLiteral("ROLLBACK"));
                }
                m_ready = true;
                db.close();
            }
            QSqlDatabase::removeDatabase(name);
        })
    {
        while (!m_ready)
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    ~WriteLockHolder() { m_thread.join(); }
    [[nodiscard]] bool locked() const { return m_locked; }

private:
    std::atomic<bool> m_ready { false };
    std::atomic<bool> m_locked { false };
    std::thread m_thread;
};

std::unique_ptr<Store> openStore(const QString &path, const ReferenceData &data)
{
    Store::OpenOptions options;
    options.referenceData = &data;
    auto store = Store::open(path, options);
    REQUIRE(store.ok());
    return std::move(store.value());
}
} // namespace

TEST_CASE("a second writer waits for the lock, and says so when it cannot get it",
          "[storage][hardening]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("db.sqlite"));
    auto data = ReferenceData::load(testsupport::referenceDataDir());
    REQUIRE(data.ok());
    auto store = openStore(path, data.value());

    SECTION("the other writer finishes in time: this one waits and goes on")
    {
        QElapsedTimer timer;
        timer.start();
        WriteLockHolder holder(path, 1000);
        REQUIRE(holder.locked());
        const Status st = store->removeDataset(424242);
        // Reached the dataset lookup after the lock was released: "no such dataset".
        REQUIRE_FALSE(st.ok());
        CHECK(st.error().code == Error::Code::NotFound);
        CHECK(timer.elapsed() >= 900);
    }
    SECTION("the other writer holds the lock past the busy timeout")
    {
        WriteLockHolder holder(path, 7000);
        REQUIRE(holder.locked());
        const Status st = store->removeDataset(424242);
        REQUIRE_FALSE(st.ok());
        CHECK(st.error().code == Error::Code::Database);
        CHECK(st.error().message.contains(QStringLiteral("another process is writing")));
    }
}

TEST_CASE("files of a killed first import are removed at the next open", "[storage][hardening]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("db.sqlite"));
    auto data = ReferenceData::load(testsupport::referenceDataDir());
    REQUIRE(data.ok());
    // pid 1 is alive; a pid above the kernel's maximum (4 194 304) never is.
    const QString orphan = path + QStringLiteral(".import-4194309");
    const QString alive = path + QStringLiteral(".import-1");
    const QString unrelated = path + QStringLiteral(".import-notes.txt");
    for (const QString &f : { orphan, orphan + QStringLiteral("-journal"), alive, unrelated }) {
        QFile file(f);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("half a database");
    }
    auto store = openStore(path, data.value());
    CHECK_FALSE(QFile::exists(orphan));
    CHECK_FALSE(QFile::exists(orphan + QStringLiteral("-journal")));
    CHECK(QFile::exists(alive));
    CHECK(QFile::exists(unrelated));
}

TEST_CASE("a database on read-only media (nothing can be created beside it) is read",
          "[storage][hardening]")
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("media"));
    REQUIRE(QDir().mkpath(folder));
    const QString path = folder + QStringLiteral("/db.sqlite");
    {
        Workspace created;
        REQUIRE(created.open(path, testsupport::referenceDataDir()).ok());
    }
    // The last connection folded the WAL back into the file and removed -wal and -shm: the file
    // is the whole database, as when it is copied to a USB stick or a CD.
    REQUIRE_FALSE(QFile::exists(path + QStringLiteral("-shm")));
    const QByteArray before = testsupport::fileHash(path);
    {
        testsupport::WriteProtect protect(folder);
        if (!protect.ok()) {
            WARN("this file system cannot protect a folder against root: test skipped");
            return;
        }
        Workspace reading;
        const Status opened =
                reading.open(path, testsupport::referenceDataDir(), Workspace::Access::ReadOnly);
        INFO((opened ? QString() : opened.error().message).toStdString());
        REQUIRE(opened.ok());
        const auto figures = reading.figures(QStringLiteral("ARR:596"));
        REQUIRE(figures.ok());
        CHECK_FALSE(figures->indicators.empty());
        CHECK(reading.readStatus().ok());
        // Writing is still refused, with the read-only message.
        Workspace writing;
        const Status st = writing.open(path, testsupport::referenceDataDir());
        REQUIRE_FALSE(st.ok());
        CHECK(st.error().message.contains(path));
        CHECK_FALSE(QFile::exists(path + QStringLiteral("-shm")));
    }
    CHECK(testsupport::fileHash(path) == before);
}

TEST_CASE("a database that cannot be written is read, and refused for writing with a message",
          "[storage][hardening]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("db.sqlite"));
    {
        Workspace created;
        REQUIRE(created.open(path, testsupport::referenceDataDir()).ok());
        CHECK_FALSE(created.isReadOnly());
    }
    const QByteArray before = testsupport::fileHash(path);
    Source source;
    source.title = QStringLiteral("Test");
    source.publisher = QStringLiteral("Test");

    SECTION("read access opens it with SQLITE_OPEN_READONLY (permissions do not matter)")
    {
        Workspace w;
        REQUIRE(w.open(path, testsupport::referenceDataDir(), Workspace::Access::ReadOnly).ok());
        CHECK(w.isReadOnly());
        const auto figures = w.figures(QStringLiteral("ARR:596"));
        REQUIRE(figures.ok());
        CHECK_FALSE(figures->indicators.empty());
        CHECK(w.readStatus().ok());
        Observation figure;
        figure.territoryCode = QStringLiteral("COM:59606");
        figure.year = 2022;
        figure.measure = QStringLiteral("employment_share");
        figure.scope = QStringLiteral("ess");
        figure.value = 12.5;
        const auto added = w.addFigure(figure, source);
        REQUIRE_FALSE(added.ok());
        CHECK(added.error().message.contains(QStringLiteral("read-only")));
        CHECK(testsupport::fileHash(path) == before);
    }
    SECTION("a write-protected file (mode 0444; immutable for root)")
    {
        testsupport::WriteProtect protect(path);
        if (!protect.ok()) {
            WARN("this file system cannot protect a file against root: part skipped");
            return;
        }
        Workspace reading;
        REQUIRE(reading.open(path, testsupport::referenceDataDir(), Workspace::Access::ReadOnly)
                        .ok());
        CHECK(reading.figures(QStringLiteral("ARR:596")).ok());
        Workspace writing;
        const Status st = writing.open(path, testsupport::referenceDataDir());
        REQUIRE_FALSE(st.ok());
        CHECK(st.error().code == Error::Code::ReadOnly);
        CHECK(st.error().message.contains(path));
        CHECK(st.error().message.contains(QStringLiteral("read-only")));
        CHECK(testsupport::fileHash(path) == before);
    }
}
