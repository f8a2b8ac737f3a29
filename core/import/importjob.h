// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/import/importservice.h"

#include <QObject>

#include <atomic>

class QThread;

namespace core::import {

/// Runs one ImportService::run in a worker thread with its own database connection, and
/// reports progress and the end by queued signals. Owned by the GUI thread; cancel() is safe
/// at any time; the destructor cancels and waits.
class ImportJob final : public QObject
{
    Q_OBJECT
public:
    explicit ImportJob(QObject *parent = nullptr);
    ~ImportJob() override;

    /// Starts the import; false when one is already running.
    bool start(const QString &dbPath, const ImportRequest &request);
    /// Asks the worker to stop; the database is left as it was. finished() still comes.
    void cancel();
    [[nodiscard]] bool isRunning() const;
    /// Valid once finished() was emitted.
    [[nodiscard]] const ImportOutcome &outcome() const { return m_outcome; }

signals:
    /// Physical lines read and the file's line count (0 when unknown).
    void progressed(qint64 done, qint64 total);
    void finished();

private:
    QThread *m_thread = nullptr;
    std::atomic_bool m_cancel { false };
    ImportOutcome m_outcome;
};

} // namespace core::import
