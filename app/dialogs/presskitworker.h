// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/render/presskit.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <atomic>

namespace app {

/// A press kit to write from which database.
struct PressKitJob
{
    QString databasePath;
    QString referenceDataDir;
    core::render::PressKitOptions options;
};

/// Writes one press kit on a worker thread with its own Workspace (its own database
/// connection) and reports by queued signals. Created on the GUI thread, then moved to its
/// QThread; cancel() may be called from any thread.
class PressKitWorker final : public QObject
{
    Q_OBJECT
public:
    explicit PressKitWorker(PressKitJob job, QObject *parent = nullptr);

    /// Asks the kit to stop: the drawing tasks stop between two files, the half kit is
    /// removed and the previous kit stays as it was.
    void cancel() { m_cancel = true; }

    /// Emits finished() or failed().
    void run();

signals:
    void progress(int done, int total);
    /// Files written (relative, sorted), pre-export findings, charts not drawn for lack of data.
    void finished(const QStringList &files, const QStringList &findings,
                  const QStringList &skipped);
    /// `cancelled` is true when the user stopped the kit.
    void failed(const QString &message, bool cancelled);

private:
    PressKitJob m_job;
    std::atomic<bool> m_cancel { false };
};

} // namespace app
