// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/importjob.h"

#include <QThread>

namespace core::import {

ImportJob::ImportJob(QObject *parent)
    : QObject(parent)
{
}

ImportJob::~ImportJob()
{
    if (m_thread) {
        m_cancel = true;
        m_thread->wait();
        delete m_thread;
    }
}

bool ImportJob::start(const QString &dbPath, const ImportRequest &request)
{
    if (isRunning())
        return false;
    delete m_thread;
    m_cancel = false;
    m_outcome = {};
    // The worker writes m_outcome only; the GUI thread reads it after QThread::finished.
    m_thread = QThread::create([this, dbPath, request] {
        const auto progress = [this](qint64 done, qint64 total) {
            QMetaObject::invokeMethod(
                    this, [this, done, total] { emit progressed(done, total); },
                    Qt::QueuedConnection);
        };
        m_outcome = ImportService::run(dbPath, request, progress, &m_cancel);
    });
    connect(m_thread, &QThread::finished, this, [this] { emit finished(); });
    m_thread->start();
    return true;
}

void ImportJob::cancel()
{
    m_cancel = true;
}

bool ImportJob::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

} // namespace core::import
