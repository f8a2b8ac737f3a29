// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QObject>
#include <QString>
#include <QVariant>

#include <atomic>
#include <functional>
#include <optional>

class QThread;

namespace core {

class Job;

/// How far a job got: `done` out of `total` (0 when unknown), `items` processed (rows, say)
/// and an optional description.
struct JobProgress
{
    qint64 done = 0;
    qint64 total = 0;
    qint64 items = 0;
    QString text;
};

/// What a job's work sees on its worker thread: the cancel token it must check, and a progress
/// reporter whose calls reach the Job's signals on the Job's (GUI) thread.
class JobContext final
{
public:
    /// True once Job::cancel() was called: the work stops, leaves the database as it was and
    /// returns Error::Code::Cancelled.
    [[nodiscard]] bool cancelled() const { return m_cancel->load(); }
    /// The token itself, for services that check a `const std::atomic<bool> *`.
    [[nodiscard]] const std::atomic<bool> *cancelToken() const { return m_cancel; }
    /// Queues Job::progress(); callable as often as the work likes.
    void progress(JobProgress progress) const;

private:
    friend class Job;
    JobContext(Job *job, const std::atomic<bool> *cancel)
        : m_job(job)
        , m_cancel(cancel)
    {
    }
    Job *m_job;
    const std::atomic<bool> *m_cancel;
};

/// The one way background work runs (table import, SIRENE import, press kit): a function run
/// once on a worker thread of its own, which opens its own database connection (STYLE.md §7)
/// and returns a value or an Error. progress(), then finished() or failed(), are emitted on the
/// thread the Job lives in (the GUI thread). Started by core::Workspace, owned by its QObject
/// parent; deleting a running Job cancels it and waits for the work to return.
/// Threads inside one job's work are not jobs and stay where they are: the table import's
/// reader/writer pipe (importpipeline.cpp), the SIRENE reader's hash and chunk threads, and
/// the press kit's own QThreadPool drawing charts in parallel; each is joined before the work
/// returns and reports through the work's progress and cancel token.
class Job final : public QObject
{
    Q_OBJECT
public:
    /// Runs on the worker thread; must not touch objects of the GUI thread.
    using Work = std::function<Result<QVariant>(const JobContext &)>;

    explicit Job(QObject *parent = nullptr);
    ~Job() override;

    /// Runs `work` on a new thread; false when this job already ran or runs.
    bool start(Work work);
    /// Asks the work to stop soon (it checks the token between rows or files); the ending
    /// still comes. Safe at any time, from any thread.
    void cancel() { m_cancel = true; }
    [[nodiscard]] bool isCancelRequested() const { return m_cancel.load(); }
    /// From start() until finished() or failed() is emitted.
    [[nodiscard]] bool isRunning() const;
    /// The work's value; valid once finished() was emitted.
    [[nodiscard]] const QVariant &result() const { return m_result; }
    /// The work's error; valid once failed() was emitted.
    [[nodiscard]] const Error &error() const { return m_error; }

signals:
    void progress(const core::JobProgress &progress);
    void finished(const QVariant &result);
    /// A work stopped by cancel() returns Error::Code::Cancelled, or a value that says so
    /// (see the Workspace operation that started it).
    void failed(const core::Error &error);

private:
    void end();

    QThread *m_thread = nullptr;
    bool m_ended = false;
    std::atomic<bool> m_cancel { false };
    // Written by the worker only; read on the Job's thread after QThread::finished.
    std::optional<Result<QVariant>> m_outcome;
    QVariant m_result;
    Error m_error;
};

} // namespace core
