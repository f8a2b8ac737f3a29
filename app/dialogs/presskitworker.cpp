// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/dialogs/presskitworker.h"

#include "core/workspace.h"

namespace app {

PressKitWorker::PressKitWorker(PressKitJob job, QObject *parent)
    : QObject(parent)
    , m_job(std::move(job))
{
}

void PressKitWorker::run()
{
    core::render::pinHashSeed();
    // Our own connection, on this thread (STYLE.md §7); the GUI's Workspace keeps its own.
    core::Workspace workspace;
    if (auto st = workspace.open(m_job.databasePath, m_job.referenceDataDir); !st) {
        emit failed(st.error().message, false);
        return;
    }
    core::render::PressKit kit(workspace, m_job.options);
    auto report = kit.write([this](int done, int total, const QString &) {
        emit progress(done, total);
        return !m_cancel.load();
    });
    if (!report) {
        emit failed(report.error().message,
                    report.error().code == core::Error::Code::Cancelled || m_cancel.load());
        return;
    }
    QStringList findings;
    for (const core::render::Finding &f : report->findings)
        findings << f.message;
    emit finished(report->files, findings, report->skipped);
}

} // namespace app
