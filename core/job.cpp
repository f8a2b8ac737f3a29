// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/job.h"

#include <QThread>

namespace core {

void JobContext::progress(JobProgress progress) const
{
    QMetaObject::invokeMethod(
            m_job, [job = m_job, progress = std::move(progress)] { emit job->progress(progress); },
            Qt::QueuedConnection);
}

Job::Job(QObject *parent)
    : QObject(parent)
{
}

Job::~Job()
{
    if (m_thread) {
        m_cancel = true;
        m_thread->wait();
        delete m_thread;
    }
}

bool Job::start(Work work)
{
    if (m_thread)
        return false;
    m_thread = QThread::create([this, work = std::move(work)] {
        const JobContext context(this, &m_cancel);
        m_outcome = work(context);
    });
    // Queued to this object's thread: finished() and failed() come after every progress().
    connect(m_thread, &QThread::finished, this, &Job::end);
    m_thread->start();
    return true;
}

bool Job::isRunning() const
{
    return m_thread && !m_ended;
}

void Job::end()
{
    Q_ASSERT(m_outcome);
    m_ended = true;
    Result<QVariant> outcome = std::move(*m_outcome);
    m_outcome.reset();
    if (outcome.ok()) {
        m_result = std::move(outcome.value());
        emit finished(m_result);
    } else {
        m_error = outcome.error();
        emit failed(m_error);
    }
}

} // namespace core
