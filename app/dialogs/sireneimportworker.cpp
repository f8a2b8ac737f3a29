// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/dialogs/sireneimportworker.h"

#include "app/cli/importsirenecommand.h"
#include "core/domain/territoryindex.h"
#include "core/format/french.h"
#include "core/import/sirene/classification.h"
#include "core/import/sirene/sireneimport.h"
#include "core/import/sirene/sirenereader.h"
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
            ? cli::defaultSireneClassificationPath()
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
    const QStringList codes = m_job.territoryCodes.isEmpty()
            ? QStringList { QStringLiteral("ARR:596") }
            : m_job.territoryCodes;
    auto selection = core::sirene::resolveSireneTerritories(index, codes);
    if (!selection)
        return fail(selection.error());

    core::sirene::SireneRequest request;
    request.unitsPath = m_job.unitsPath;
    request.establishmentsPath = m_job.establishmentsPath;
    request.territories = selection->territories;
    request.cancel = &m_cancel;
    request.progress = [this](const core::sirene::SireneProgress &p) {
        emit progress(p.bytesRead, p.totalBytes, p.rows);
    };
    const core::sirene::SireneReader reader(cls.value());
    const auto report = reader.run(request);
    if (!report)
        return fail(report.error());

    const auto content = core::sirene::sireneDatasetContent(report.value(), cls.value(), index,
                                                            selection->storedCodes);
    core::sirene::SireneStoreOptions options;
    options.replace = m_job.replace;
    options.cancel = &m_cancel;
    const auto stored = core::sirene::storeSireneDataset(*store.value(), content, options);
    if (!stored)
        return fail(stored.error());
    const auto &p = report->provenance;
    emit finished(stored->datasetId,
                  tr("Imported the SIRENE stock of %1 (%n estimated figure(s)).", nullptr,
                     int(stored->observations))
                          .arg(core::format::longDate(p.stockDate)));
}

} // namespace app
