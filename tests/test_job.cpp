// SPDX-License-Identifier: GPL-3.0-or-later
// The one way background work runs (core::Job), and the Workspace's jobs that write.
#include "core/job.h"
#include "core/workspace.h"
#include "support/qtprinters.h"
#include "support/sqlprobe.h"
#include "support/sqlrefusal.h"
#include "support/testdb.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThread>

#include <atomic>

using namespace core;

namespace {
/// A table of `rows` figures (territory;year;measure;scope;value), all keys distinct up to
/// 3 x 201 x 10 x 2 = 12,060 rows; the first is COM:59606 1900 employees/all = 100.
import::ImportRequest tableRequest(const QString &path, int rows){ REQUIRE(rows <= 12060);
QFile f(path);
REQUIRE(f.open(QIODevice::WriteOnly));
f.write("territory;year;measure;scope;value\n");
const char *codes[] = { "59606", "59014", "59526" };
const char *scopes[] = {
    "all",          "ess",          "non_ess",   "private",    "public",
    "associations", "cooperatives", "mutuelles", "fondations", "commercial_ess"
};
for (int i = 0; i < rows; ++i)
    f.write(QStringLiteral("%1;%2;%3;%4;%5\n")
                    .arg(QLatin1String(codes[i % 3]))
                    .arg(1900 + (i / 3) % 201)
                    .arg(QLatin1String((i / 6030) % 2 ? "establishments" : "employees"),
                         QLatin1String(scopes[(i / 603) % 10]))
                    .arg(100 + i)
                    .toUtf8());
f.close();
import::ImportRequest r;
r.path = path;
r.spec.territoryColumn = import::ColumnRef::fromString(QStringLiteral("territory"));
r.spec.yearColumn = import::ColumnRef::fromString(QStringLiteral("year"));
r.spec.measureColumn = import::ColumnRef::fromString(QStringLiteral("measure"));
r.spec.scopeColumn = import::ColumnRef::fromString(QStringLiteral("scope"));
r.spec.valueColumn = import::ColumnRef::fromString(QStringLiteral("value"));
r.source.title = QStringLiteral("Tableau du test des tâches");
return r;
} // namespace
} // namespace

TEST_CASE("a job runs on a thread of its own and reports progress then its value on the thread "
          "that owns it",
          "[job]")
{
    Job job;
    QSignalSpy finished(&job, &Job::finished);
    QSignalSpy failed(&job, &Job::failed);
    QList<qint64> done;
    QString lastText;
    bool onOwnerThread = true;
    int progressAtFinish = -1;
    QObject::connect(&job, &Job::progress, &job, [&](const JobProgress &p) {
        onOwnerThread = onOwnerThread && QThread::currentThread() == job.thread();
        done << p.done;
        lastText = p.text;
    });
    QObject::connect(&job, &Job::finished, &job, [&] {
        onOwnerThread = onOwnerThread && QThread::currentThread() == job.thread();
        progressAtFinish = int(done.size());
    });
    QThread *workThread = nullptr;
    REQUIRE(job.start([&workThread](const JobContext &context) -> Result<QVariant> {
        workThread = QThread::currentThread();
        for (int i = 1; i <= 5; ++i)
            context.progress({ i, 5, 10 * i, QStringLiteral("step %1").arg(i) });
        return QVariant(42);
    }));
    CHECK(job.isRunning());
    CHECK_FALSE(job.start([](const JobContext &) -> Result<QVariant> { return QVariant(); }));
    REQUIRE(finished.wait(20000));
    CHECK(workThread != nullptr);
    CHECK(workThread != job.thread());
    CHECK(onOwnerThread);
    CHECK(done == QList<qint64> { 1, 2, 3, 4, 5 });
    CHECK(progressAtFinish == 5); // every progress() came before finished()
    CHECK(lastText == QStringLiteral("step 5"));
    CHECK(finished.at(0).at(0).toInt() == 42);
    CHECK(job.result().toInt() == 42);
    CHECK(failed.isEmpty());
    CHECK_FALSE(job.isRunning());
}

TEST_CASE("a cancelled job stops its work and fails with Cancelled", "[job]")
{
    Job job;
    QSignalSpy progress(&job, &Job::progress);
    QSignalSpy finished(&job, &Job::finished);
    QSignalSpy failed(&job, &Job::failed);
    job.start([](const JobContext &context) -> Result<QVariant> {
        qint64 rounds = 0;
        while (!context.cancelled()) { // never ends by itself
            context.progress({ ++rounds, 0, 0, {} });
            QThread::msleep(2);
        }
        return makeError(Error::Code::Cancelled, QStringLiteral("stopped"));
    });
    REQUIRE(progress.wait(20000)); // it runs
    CHECK_FALSE(job.isCancelRequested());
    job.cancel();
    CHECK(job.isCancelRequested());
    REQUIRE(failed.wait(20000));
    REQUIRE(failed.size() == 1);
    CHECK(failed.at(0).at(0).value<Error>().code == Error::Code::Cancelled);
    CHECK(job.error().code == Error::Code::Cancelled);
    CHECK(finished.isEmpty());
    CHECK_FALSE(job.isRunning());
}

TEST_CASE("a job's error is reported by failed(), with its code and message", "[job]")
{
    Job job;
    QSignalSpy finished(&job, &Job::finished);
    QSignalSpy failed(&job, &Job::failed);
    job.start([](const JobContext &) -> Result<QVariant> {
        return makeError(Error::Code::Io, QStringLiteral("disque plein"));
    });
    REQUIRE(failed.wait(20000));
    REQUIRE(failed.size() == 1);
    const auto error = failed.at(0).at(0).value<Error>();
    CHECK(error.code == Error::Code::Io);
    CHECK(error.message == QStringLiteral("disque plein"));
    CHECK(job.error().message == QStringLiteral("disque plein"));
    CHECK(finished.isEmpty());
}

TEST_CASE("deleting a running job cancels its work and waits for it", "[job]")
{
    std::atomic<bool> started { false };
    std::atomic<bool> returned { false };
    auto *job = new Job;
    job->start([&](const JobContext &context) -> Result<QVariant> {
        started = true;
        while (!context.cancelled())
            QThread::msleep(2);
        returned = true;
        return makeError(Error::Code::Cancelled, QString());
    });
    while (!started)
        QThread::msleep(1);
    delete job;
    CHECK(returned);
}

TEST_CASE("the workspace reloads itself after a job's write, before the job says it finished",
          "[job][workspace]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("jobs.sqlite"));
    Workspace workspace;
    REQUIRE(workspace.open(path, testsupport::referenceDataDir()).ok());
    QSignalSpy added(&workspace, &Workspace::datasetAdded);

    SECTION("a written import")
    {
        Job *job = workspace.startTableImport(
                tableRequest(dir.filePath(QStringLiteral("t.csv")), 6), &workspace);
        QSignalSpy finished(job, &Job::finished);
        int addedAtFinish = -1;
        bool sourceKnown = false;
        QObject::connect(job, &Job::finished, &workspace, [&] {
            addedAtFinish = int(added.size());
            for (const Source &s : workspace.sources())
                sourceKnown =
                        sourceKnown || s.title == QStringLiteral("Tableau du test des tâches");
        });
        REQUIRE(finished.wait(20000));
        const auto outcome = job->result().value<import::ImportOutcome>();
        INFO(outcome.toText().toStdString());
        REQUIRE(outcome.status == import::ImportOutcome::Status::Written);
        CHECK(addedAtFinish == 1);
        CHECK(added.at(0).at(0).toLongLong() == outcome.datasetId);
        CHECK(sourceKnown);
        CHECK(workspace.readStatus().ok());
        const auto obs = workspace.observations({ QStringLiteral("COM:59606") });
        REQUIRE(obs.ok());
        bool found = false;
        for (const Observation &o : obs.value())
            found = found
                    || (o.year == 1900 && o.measure == u"employees" && o.scope == u"all"
                        && o.value == 100.0);
        CHECK(found);
    }
    SECTION("a cancelled import writes nothing and announces nothing")
    {
        const auto count = [&path](const char *sql) {
            return testsupport::queryScalar(path, QLatin1String(sql));
        };
        const char *const kDatasets = "SELECT count(*) FROM dataset";
        const char *const kSources = "SELECT count(*) FROM source";
        const char *const kObservations = "SELECT count(*) FROM observation";
        const qint64 datasets = count(kDatasets), sources = count(kSources),
                     observations = count(kObservations);
        Job *job = workspace.startTableImport(
                tableRequest(dir.filePath(QStringLiteral("long.csv")), 12060), &workspace);
        QSignalSpy finished(job, &Job::finished);
        job->cancel();
        REQUIRE(finished.wait(20000));
        CHECK(job->result().value<import::ImportOutcome>().status
              == import::ImportOutcome::Status::Cancelled);
        CHECK(added.isEmpty());
        CHECK(count(kDatasets) == datasets);
        CHECK(count(kSources) == sources);
        CHECK(count(kObservations) == observations);
    }
    SECTION("a register import that fails reports its error and announces nothing")
    {
        sirene::SireneImportRequest request;
        request.unitsPath = dir.filePath(QStringLiteral("missing-units.csv"));
        request.establishmentsPath = dir.filePath(QStringLiteral("missing-establishments.csv"));
        Job *job = workspace.startSireneImport(dir.filePath(QStringLiteral("none.json")), request,
                                               &workspace);
        QSignalSpy failed(job, &Job::failed);
        REQUIRE(failed.wait(20000));
        CHECK_FALSE(job->error().message.isEmpty());
        CHECK(job->error().code != Error::Code::Cancelled);
        CHECK(added.isEmpty());
    }
}

TEST_CASE("a reload that fails after a job's write is reported, not discarded", "[job][workspace]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("jobs.sqlite"));
    Workspace workspace;
    REQUIRE(workspace.open(path, testsupport::referenceDataDir()).ok());
    REQUIRE(workspace.readStatus().ok());
    // The workspace's own connection (the job opens another) can no longer read the sources.
    sqlite3 *handle = testsupport::storeHandle(path);
    REQUIRE(handle != nullptr);
    testsupport::Refusal refusal { SQLITE_READ, "source", nullptr };
    sqlite3_set_authorizer(handle, testsupport::refuse, &refusal);
    QSignalSpy added(&workspace, &Workspace::datasetAdded);
    Job *job = workspace.startTableImport(tableRequest(dir.filePath(QStringLiteral("t.csv")), 6),
                                          &workspace);
    QSignalSpy finished(job, &Job::finished);
    REQUIRE(finished.wait(20000));
    sqlite3_set_authorizer(handle, nullptr, nullptr);
    const auto outcome = job->result().value<import::ImportOutcome>();
    REQUIRE(outcome.status == import::ImportOutcome::Status::Written);
    CHECK(added.size() == 1);
    const Status st = workspace.readStatus();
    REQUIRE_FALSE(st.ok());
    CHECK(st.error().code == Error::Code::Database);
    CHECK(st.error().message.contains(path));
    // The write itself stands.
    CHECK(testsupport::queryScalar(path,
                                   QStringLiteral("SELECT count(*) FROM dataset WHERE id = %1")
                                           .arg(outcome.datasetId))
          == 1);
}
