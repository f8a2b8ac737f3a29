// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/dialogs/sireneimportworker.h"

#include "app/application.h"
#include "core/domain/territoryindex.h"
#include "core/format/french.h"
#include "core/import/sirene/classification.h"
#include "core/import/sirene/sireneimportservice.h"
#include "core/storage/store.h"

namespace app {

SireneImportWorker::SireneImportWorker(SireneImportJob job, QObject *parent)
    : QObject(parent)
    , m_job(std::move(job))
{
}

void SireneImportWorker::run()
{
    using core::Error;
    const auto fail = [this](const Error &e) {
        emit failed(e.message, e.code == Error::Code::Cancelled || m_cancel.load());
    };
    const QString classificationPath = m_job.classificationPath.isEmpty()
            ? defaultSireneClassificationPath()
            : m_job.classificationPath;
    const auto cls = core::sirene::Classification::load(classificationPath);
    if (!cls)
        return fail(cls.error());

    // Our own connection, on this thread (STYLE.md §7); the GUI's Workspace keeps its own.
    auto store = core::Store::open(m_job.databasePath, core::Store::OpenOptions {});
    if (!store)
        return fail(store.error());
    auto territories = store.value()->territories();
    if (!territories)
        return fail(territories.error());
    const core::TerritoryIndex index(territories.value());
    const core::sirene::SireneImportService service(cls.value(), index);
    core::sirene::SireneImportRequest request;
    request.unitsPath = m_job.unitsPath;
    request.establishmentsPath = m_job.establishmentsPath;
    request.territoryCodes = m_job.territoryCodes;
    request.replace = m_job.replace;
    request.cancel = &m_cancel;
    request.progress = [this](const core::sirene::SireneProgress &p) {
        emit progress(p.bytesRead, p.totalBytes, p.rows);
    };
    const auto selection = service.select(request.territoryCodes);
    if (!selection)
        return fail(selection.error());
    const auto report = service.read(request, selection.value());
    if (!report)
        return fail(report.error());
    const auto stored = service.store(*store.value(), report.value(), selection.value(), request);
    if (!stored)
        return fail(stored.error());
    emit finished(stored->datasetId,
                  tr("Imported the SIRENE stock of %1 (%n estimated figure(s)).", nullptr,
                     int(stored->observations))
                          .arg(core::format::longDate(report->provenance.stockDate)));
}

} // namespace app
